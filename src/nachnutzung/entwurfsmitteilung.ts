import { sql } from 'kysely';
import { DIENST_MIETRUECKSTAENDE, findBehoerde, findDienst } from '../katalog/index.ts';
import {
  sendeMail,
  leererSendebericht,
  MAIL_SPERRE_MS,
  nachFehlschlag,
  type Sendebericht,
  tagInBerlin,
} from '../shared/index.ts';
import { entwurfsmitteilungText, type EntwurfsmitteilungAnlass } from './entwurfsmitteilung-text.ts';
import { systemAkteur, type DienstDeps } from './dienst/grundlagen.ts';
import { protokolliere } from './dienst/protokoll.ts';
import type { Entwurfsquelle } from './entwurfsquelle.ts';
import type { EntwurfsmitteilungStatus, NachnutzungZustand } from './nachnutzung-tables.ts';
import { voruebergehendHinweis } from './texte.ts';

// Owners of not-yet-submitted drafts are told by e-mail how to apply in writing when the office of their draft
// stops taking online applications: when a permanent deregistration takes effect and when a temporary one
// starts (ADR 0012). Runs with the scheduled re-use check. Step 1 looks at each such timeline event once and
// queues one notice per draft that names this office and chose contact by e-mail; step 2 sends the queued
// notices with retries. Everyone else sees the written way when they come back to the wizard.

/** Timeline actions after which the office takes no new online applications, and the state they lead to. */
const ANLAESSE: Record<string, NachnutzungZustand> = {
  abmeldung_wirksam: 'abgemeldet',
  voruebergehend_abgemeldet: 'voruebergehend_abgemeldet',
};

/**
 * Older events are not looked at: a switch is recorded when it happens (also after a restart), so only a
 * database restored from an old backup or this feature's first start could find old ones.
 */
const HOECHSTALTER_TAGE = 7;

/** Step 1: queues the notices of new events; returns how many notices were queued. */
export async function entwurfsmitteilungenVormerken(
  deps: DienstDeps,
  quelle: Entwurfsquelle,
): Promise<number> {
  const db = deps.datenbank.db;
  const jetzt = deps.jetzt();
  const ereignisse = await db
    .selectFrom('nachnutzung_ereignis as e')
    .select(['e.id', 'e.behoerde_ags', 'e.aktion', 'e.erstellt_am'])
    .where('e.aktion', 'in', Object.keys(ANLAESSE))
    .where('e.dienst_id', '=', DIENST_MIETRUECKSTAENDE)
    .where('e.erstellt_am', '>', new Date(jetzt.getTime() - HOECHSTALTER_TAGE * 86_400_000))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('nachnutzung_entwurfserfassung as x')
            .select('x.ereignis_id')
            .whereRef('x.ereignis_id', '=', 'e.id'),
        ),
      ),
    )
    .orderBy('e.id')
    .execute();

  let vorgemerkt = 0;
  for (const e of ereignisse) {
    const ags = e.behoerde_ags;
    if (ags === null) continue;
    vorgemerkt += await db.transaction().execute(async (trx) => {
      // Claims the event; a second process waits here and then finds it taken.
      const neu = await trx
        .insertInto('nachnutzung_entwurfserfassung')
        .values({ ereignis_id: e.id, entwuerfe: 0, erfasst_am: jetzt })
        .onConflict((oc) => oc.column('ereignis_id').doNothing())
        .returning('ereignis_id')
        .executeTakeFirst();
      if (neu === undefined) return 0;
      const stand = await trx
        .selectFrom('nachnutzung')
        .select('zustand')
        .where('behoerde_ags', '=', ags)
        .where('dienst_id', '=', DIENST_MIETRUECKSTAENDE)
        .executeTakeFirst();
      // Already over (e.g. a temporary deregistration whose whole window passed while the app was down), or
      // superseded by a later switch into the same state, which has its own event: one mail, not two.
      if (stand?.zustand !== ANLAESSE[e.aktion]) return 0;
      const spaeter = await trx
        .selectFrom('nachnutzung_ereignis')
        .select('id')
        .where('behoerde_ags', '=', ags)
        .where('dienst_id', '=', DIENST_MIETRUECKSTAENDE)
        .where('id', '>', e.id)
        .where((eb) => eb('von_zustand', '<>', eb.ref('nach_zustand')))
        .limit(1)
        .executeTakeFirst();
      if (spaeter !== undefined) return 0;
      const ids = await quelle.entwuerfeMitEmailFuer(trx, ags, e.erstellt_am);
      if (ids.length > 0)
        await trx
          .insertInto('nachnutzung_entwurfsmitteilung')
          .values(
            ids.map((id) => ({
              ereignis_id: e.id,
              entwurf_id: id,
              naechster_versuch_am: jetzt,
              erstellt_am: jetzt,
            })),
          )
          .onConflict((oc) => oc.columns(['ereignis_id', 'entwurf_id']).doNothing())
          .execute();
      await trx
        .updateTable('nachnutzung_entwurfserfassung')
        .set({ entwuerfe: ids.length })
        .where('ereignis_id', '=', e.id)
        .execute();
      await protokolliere(trx, jetzt, {
        ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        aktion: 'entwurfsmitteilungen_vorgemerkt',
        akteur: systemAkteur,
        daten: { ereignis: e.id, entwuerfe: ids.length },
      });
      return ids.length;
    });
  }
  return vorgemerkt;
}

/** Step 2: sends the due notices (claimed with FOR UPDATE SKIP LOCKED, so several processes may run this). */
export async function entwurfsmitteilungenSenden(
  deps: DienstDeps,
  quelle: Entwurfsquelle,
  anzahl = 20,
): Promise<Sendebericht> {
  const db = deps.datenbank.db;
  const jetzt = deps.jetzt();
  const faellig = await db.transaction().execute(async (trx) => {
    const zeilen = await trx
      .selectFrom('nachnutzung_entwurfsmitteilung')
      .selectAll()
      .where('status', '=', 'offen')
      .where('naechster_versuch_am', '<=', jetzt)
      .orderBy('naechster_versuch_am')
      .limit(anzahl)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const z of zeilen)
      await trx
        .updateTable('nachnutzung_entwurfsmitteilung')
        .set({
          naechster_versuch_am: new Date(jetzt.getTime() + MAIL_SPERRE_MS),
          versuche: sql`versuche + 1`,
        })
        .where('ereignis_id', '=', z.ereignis_id)
        .where('entwurf_id', '=', z.entwurf_id)
        .execute();
    return zeilen;
  });

  const bericht = leererSendebericht();
  for (const m of faellig) {
    const setze = (werte: {
      status?: EntwurfsmitteilungStatus;
      fehler?: string | null;
      naechster_versuch_am?: Date;
    }) =>
      db
        .updateTable('nachnutzung_entwurfsmitteilung')
        .set({ ...werte, ...(werte.status === undefined ? {} : { erledigt_am: deps.jetzt() }) })
        .where('ereignis_id', '=', m.ereignis_id)
        .where('entwurf_id', '=', m.entwurf_id)
        .execute();
    const entfaellt = async (grund: string) => {
      await setze({ status: 'entfaellt', fehler: grund });
      bericht.entfallen += 1;
    };

    const zeile = await db
      .selectFrom('nachnutzung_ereignis as e')
      .innerJoin('nachnutzung as n', (j) =>
        j.onRef('n.behoerde_ags', '=', 'e.behoerde_ags').onRef('n.dienst_id', '=', 'e.dienst_id'),
      )
      .select(['e.aktion', 'e.daten', 'e.erstellt_am', 'e.behoerde_ags', 'e.dienst_id', 'n.zustand'])
      .where('e.id', '=', m.ereignis_id)
      .executeTakeFirst();
    const ags = zeile?.behoerde_ags ?? null;
    const amt = ags === null ? undefined : await findBehoerde(db, ags);
    const dienstId = zeile?.dienst_id ?? null;
    const dienst = dienstId === null ? undefined : await findDienst(db, dienstId);
    const ereignis =
      zeile === undefined || amt === undefined || dienst === undefined
        ? undefined
        : { ...zeile, ...amt, dienst: dienst.name };
    if (ereignis === undefined) {
      await entfaellt('Ereignis nicht gefunden');
      continue;
    }
    if (ereignis.zustand !== ANLAESSE[ereignis.aktion]) {
      await entfaellt('Der Online-Antrag ist wieder verfügbar');
      continue;
    }
    const entwurf = await quelle.entwurf(db, m.entwurf_id);
    if (entwurf === undefined) {
      await entfaellt('Entwurf abgesendet oder gelöscht');
      continue;
    }
    const an = entwurf.amt === ereignis.ags ? entwurf.email : undefined;
    if (an === undefined) {
      await entfaellt('Entwurf nennt ein anderes Sozialamt oder keine E-Mail-Benachrichtigung');
      continue;
    }
    const text = entwurfsmitteilungText({
      anlass: anlass(ereignis),
      amt: ereignis,
      dienst: ereignis.dienst,
      link: `${deps.config.baseUrl}/antrag/${entwurf.id}`,
      loeschdatum: entwurf.loeschdatum,
    });
    try {
      await sendeMail(deps, { an, betreff: text.betreff, text: text.text });
      await setze({ status: 'gesendet', fehler: null });
      bericht.gesendet += 1;
    } catch (error) {
      const f = nachFehlschlag(error, m.versuche + 1, deps.jetzt());
      if (f.art === 'entfaellt') {
        await entfaellt(f.grund);
        continue;
      }
      deps.logger.warn(
        { ereignis: m.ereignis_id, versuche: m.versuche + 1 },
        'E-Mail an Entwurfsbesitzer nicht versendet',
      );
      if (f.art === 'aufgegeben') {
        await setze({ status: 'fehlgeschlagen', fehler: f.grund });
        bericht.fehlgeschlagen += 1;
      } else {
        await setze({ fehler: f.grund, naechster_versuch_am: f.naechsterVersuch });
      }
    }
  }
  return bericht;
}

function anlass(e: {
  aktion: string;
  daten: Record<string, unknown>;
  erstellt_am: Date;
  name: string;
  amt: string;
  strasse: string;
  plz: string;
  ort: string;
  telefon: string | null;
  email: string | null;
  dienst: string;
}): EntwurfsmitteilungAnlass {
  const text = (k: string) => {
    const wert = e.daten[k];
    return typeof wert === 'string' ? wert : null;
  };
  const tag = tagInBerlin(e.erstellt_am);
  if (e.aktion === 'abmeldung_wirksam') return { art: 'dauerhaft', seit: text('wirksamZum') ?? tag };
  const bis = text('bis');
  const hinweis = text('hinweisText');
  // The standard notice repeats what the mail says anyway; only the office's own words are quoted.
  const eigen = hinweis !== null && hinweis !== voruebergehendHinweis(e, e.dienst, bis) ? hinweis : null;
  return { art: 'voruebergehend', seit: text('ab') ?? tag, bis, hinweis: eigen };
}

/** One run: queue the notices of new events, send what is due. */
export async function entwurfsmitteilungsLauf(
  deps: DienstDeps,
  quelle: Entwurfsquelle,
): Promise<Sendebericht> {
  await entwurfsmitteilungenVormerken(deps, quelle);
  return entwurfsmitteilungenSenden(deps, quelle);
}
