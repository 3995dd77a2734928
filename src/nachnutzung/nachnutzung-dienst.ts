import type { Updateable } from 'kysely';
import type { Deps } from '../deps.ts';
import { dauerhafteAbmeldungWirksamZum } from '../fristen/index.ts';
import { sendeMail, type MailErgebnis } from '../shared/mail.ts';
import { deutschesDatum, tagInBerlin } from './datum.ts';
import { findeUebergang, pruefeUebergang, zustandNamen, type Angaben } from './lebenszyklus.ts';
import {
  aktuelleBedingungenVersion,
  findeUnterlage,
  findeVerbindung,
  kontaktEmail,
  ladeFakten,
  letzterVerbindungstest,
  listeInteressenbekundungen,
  listeUnterlagen,
  type DbOderTrx,
} from './nachnutzung-repo.ts';
import type {
  KontaktEbene,
  KontaktRolle,
  Nachnutzung,
  NachnutzungTable,
  NachnutzungZustand,
  UnterlagenArt,
} from './nachnutzung-tables.ts';
import {
  entkopplungsPunkte,
  interessenbekundungBetreff,
  interessenbekundungText,
  mikMeldungKuendigung,
  mikMeldungVoruebergehend,
  voruebergehendHinweis,
  type EntkopplungsPunkt,
} from './texte.ts';
import { leseVerbindung, speichereVerbindung, type VerbindungEingabe } from '../zustellung/verbindung.ts';
import { pruefeFachverfahren, verbindungsStand } from './verbindung.ts';
import { verbindungstest } from './verbindungstest.ts';

// The actions of the re-use management. Each one runs in one transaction (state, data and timeline entry
// together), is checked against the lifecycle, and writes an entry to the timeline and audit log
// (nachnutzung_ereignis) with who, when, why and the texts or documents involved. Mails go out after the
// commit; a failed mail never undoes an action, it is reported and recorded.

export type DienstDeps = Pick<Deps, 'datenbank' | 'jetzt' | 'secrets' | 'config' | 'logger'>;

/** Who acts: a staff member, or the scheduled job. */
export type Akteur = { id: string; name: string; koordination: boolean };
export const systemAkteur: Akteur = {
  id: 'system',
  name: 'System (zeitgesteuerte Prüfung)',
  koordination: true,
};

export type Paar = { ags: string; dienstId: string };

export type Ergebnis<T = null> =
  | { ok: true; wert: T; hinweise: string[] }
  | { ok: false; fehler: string[]; feldfehler?: Record<string, string> };

const ok = <T>(wert: T, hinweise: string[] = []): Ergebnis<T> => ({ ok: true, wert, hinweise });
const nein = (...fehler: string[]): { ok: false; fehler: string[] } => ({ ok: false, fehler });

class Abbruch extends Error {
  constructor(readonly fehler: string[]) {
    super(fehler.join(' '));
    this.name = 'Abbruch';
  }
}

async function inTransaktion<T>(
  deps: DienstDeps,
  arbeit: (trx: DbOderTrx) => Promise<T>,
): Promise<Ergebnis<T>> {
  try {
    return ok(await deps.datenbank.db.transaction().execute(arbeit));
  } catch (error) {
    if (error instanceof Abbruch) return nein(...error.fehler);
    throw error;
  }
}

export function heute(deps: Pick<Deps, 'jetzt'>): string {
  return tagInBerlin(deps.jetzt());
}

export type Protokolleintrag = {
  ags?: string | null;
  dienstId?: string | null;
  aktion: string;
  akteur: Akteur;
  von?: NachnutzungZustand | null;
  nach?: NachnutzungZustand | null;
  begruendung?: string | null;
  daten?: Record<string, unknown>;
};

/** Writes one entry to the timeline and audit log. */
export async function protokolliere(db: DbOderTrx, jetzt: Date, e: Protokolleintrag): Promise<void> {
  await db
    .insertInto('nachnutzung_ereignis')
    .values({
      behoerde_ags: e.ags ?? null,
      dienst_id: e.dienstId ?? null,
      aktion: e.aktion,
      von_zustand: e.von ?? null,
      nach_zustand: e.nach ?? null,
      person_id: e.akteur.id,
      person_name: e.akteur.name,
      begruendung: e.begruendung ?? null,
      daten: JSON.stringify(e.daten ?? {}),
      erstellt_am: jetzt,
    })
    .execute();
}

/** The state row of a pair, created as "nicht angebunden" on first use, locked for the transaction. */
async function sperreZeile(trx: DbOderTrx, paar: Paar): Promise<Nachnutzung> {
  await trx
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: paar.ags,
      dienst_id: paar.dienstId,
      hinweis_text: null,
      produktiv_seit: null,
      wirksam_zum: null,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doNothing())
    .execute();
  return trx
    .selectFrom('nachnutzung')
    .selectAll()
    .where('behoerde_ags', '=', paar.ags)
    .where('dienst_id', '=', paar.dienstId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function aktuellerZustand(db: DbOderTrx, paar: Paar): Promise<NachnutzungZustand> {
  const row = await db
    .selectFrom('nachnutzung')
    .select('zustand')
    .where('behoerde_ags', '=', paar.ags)
    .where('dienst_id', '=', paar.dienstId)
    .executeTakeFirst();
  return row?.zustand ?? 'nicht_angebunden';
}

type UebergangsOptionen = {
  aktion: string;
  angaben?: Angaben;
  /** The scheduled job: do nothing when the state has moved on meanwhile (another process was faster). */
  erwartetVon?: NachnutzungZustand;
  /** Writes inside the transaction that the precondition check must already see (e.g. an acceptance). */
  vorher?: (trx: DbOderTrx, zeile: Nachnutzung) => Promise<void>;
  set?: (zeile: Nachnutzung) => Updateable<NachnutzungTable>;
  /** Runs inside the transaction: read with `trx` only. */
  daten?: (zeile: Nachnutzung, trx: DbOderTrx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  begruendung?: string | null;
};

/** Performs one lifecycle transition, or refuses it with the lifecycle's German messages. */
async function uebergehen(
  deps: DienstDeps,
  paar: Paar,
  nach: NachnutzungZustand,
  akteur: Akteur,
  opts: UebergangsOptionen,
): Promise<Ergebnis<{ von: NachnutzungZustand; nach: NachnutzungZustand }>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const zeile = await sperreZeile(trx, paar);
    if (opts.erwartetVon !== undefined && zeile.zustand !== opts.erwartetVon)
      throw new Abbruch([`Der Zustand ist inzwischen „${zustandNamen[zeile.zustand]}“.`]);
    const uebergang = findeUebergang(zeile.zustand, nach);
    if (uebergang?.nurKoordination === true && !akteur.koordination)
      throw new Abbruch([`„${uebergang.bezeichnung}“ kann nur die Land-Koordination ausführen.`]);
    await opts.vorher?.(trx, zeile);
    const fakten = await ladeFakten(trx, paar.ags, paar.dienstId, tagInBerlin(jetzt), jetzt);
    const pruefung = pruefeUebergang(zeile.zustand, nach, fakten, opts.angaben ?? {});
    if (!pruefung.ok) throw new Abbruch(pruefung.fehler);
    await trx
      .updateTable('nachnutzung')
      .set({ ...opts.set?.(zeile), zustand: nach, geaendert_am: jetzt })
      .where('behoerde_ags', '=', paar.ags)
      .where('dienst_id', '=', paar.dienstId)
      .execute();
    await protokolliere(trx, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: opts.aktion,
      akteur,
      von: zeile.zustand,
      nach,
      begruendung: opts.begruendung ?? null,
      daten: (await opts.daten?.(zeile, trx)) ?? {},
    });
    return { von: zeile.zustand, nach };
  });
}

/** An action that is not a transition: allowed only in the given states. */
async function aktion<T>(
  deps: DienstDeps,
  paar: Paar,
  erlaubt: readonly NachnutzungZustand[] | 'alle',
  nichtErlaubt: string,
  arbeit: (trx: DbOderTrx, zeile: Nachnutzung, jetzt: Date) => Promise<T>,
): Promise<Ergebnis<T>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const zeile = await sperreZeile(trx, paar);
    if (erlaubt !== 'alle' && !erlaubt.includes(zeile.zustand))
      throw new Abbruch([`${nichtErlaubt} (Zustand: „${zustandNamen[zeile.zustand]}“).`]);
    return arbeit(trx, zeile, jetzt);
  });
}

async function mailMitProtokoll(
  deps: DienstDeps,
  eintrag: Omit<Protokolleintrag, 'aktion'>,
  mail: { an: string; betreff: string; text: string; antwortAn?: string | undefined },
): Promise<{ ergebnis: MailErgebnis | null; hinweis: string | null }> {
  try {
    const ergebnis = await sendeMail(deps, mail);
    await protokolliere(deps.datenbank.db, deps.jetzt(), {
      ...eintrag,
      aktion: 'mail_gesendet',
      daten: { an: mail.an, betreff: mail.betreff, text: mail.text, weg: ergebnis.art },
    });
    return { ergebnis, hinweis: null };
  } catch (error) {
    deps.logger.warn({ err: error }, 'E-Mail konnte nicht gesendet werden');
    await protokolliere(deps.datenbank.db, deps.jetzt(), {
      ...eintrag,
      aktion: 'mail_fehlgeschlagen',
      daten: { an: mail.an, betreff: mail.betreff, text: mail.text },
    });
    return {
      ergebnis: null,
      hinweis: `Die E-Mail an ${mail.an} konnte nicht gesendet werden. Bitte informieren Sie die Empfänger auf anderem Weg.`,
    };
  }
}

async function amtUndDienst(db: DbOderTrx, paar: Paar) {
  const [behoerde, dienst] = await Promise.all([
    db.selectFrom('behoerde').selectAll().where('ags', '=', paar.ags).executeTakeFirstOrThrow(),
    db.selectFrom('dienst').select(['id', 'name']).where('id', '=', paar.dienstId).executeTakeFirstOrThrow(),
  ]);
  return { behoerde, dienst };
}

async function mikAdresse(deps: DienstDeps): Promise<string> {
  return (await kontaktEmail(deps.datenbank.db, 'mik')) ?? deps.config.koordinierendeStelleEmail;
}

// ---------------------------------------------------------------------------------------------------------
// 1. Interessenbekundung

export type InteressenbekundungEingabe = {
  startDatum: string;
  kontaktName: string;
  kontaktEmail: string | null;
  kontaktTelefon: string | null;
  signatur: string;
};

/** Records the declaration and generates the seed's e-mail text; the state moves when eGo MV confirms receipt. */
export async function erfasseInteressenbekundung(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: InteressenbekundungEingabe,
): Promise<Ergebnis<{ id: string; betreff: string; text: string }>> {
  return aktion(
    deps,
    paar,
    ['nicht_angebunden'],
    'Eine Interessenbekundung ist nur möglich, solange der Dienst nicht angebunden ist',
    async (trx, zeile, jetzt) => {
      const { behoerde, dienst } = await amtUndDienst(trx, paar);
      const vorlage = {
        stelle: behoerde.name,
        dienst: dienst.name,
        startDatum: e.startDatum,
        kontakt: {
          name: e.kontaktName,
          email: e.kontaktEmail ?? undefined,
          telefon: e.kontaktTelefon ?? undefined,
        },
        signatur: e.signatur,
      };
      const text = interessenbekundungText(vorlage);
      const betreff = interessenbekundungBetreff(vorlage);
      const { id } = await trx
        .insertInto('nachnutzung_interessenbekundung')
        .values({
          behoerde_ags: paar.ags,
          dienst_id: paar.dienstId,
          start_datum: e.startDatum,
          kontakt_name: e.kontaktName,
          kontakt_email: e.kontaktEmail,
          kontakt_telefon: e.kontaktTelefon,
          signatur: e.signatur,
          betreff,
          text,
          erstellt_von_name: akteur.name,
          erstellt_am: jetzt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'interessenbekundung_erfasst',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { interessenbekundung: id, startDatum: e.startDatum, betreff, text },
      });
      return { id, betreff, text };
    },
  );
}

/** Sends the declaration to the Koordinierende Stelle (KOORDINIERENDE_STELLE_EMAIL). */
export async function sendeInteressenbekundung(
  deps: DienstDeps,
  paar: Paar,
  id: string,
  akteur: Akteur,
): Promise<Ergebnis<MailErgebnis>> {
  const bekundung = (await listeInteressenbekundungen(deps.datenbank.db, paar.ags, paar.dienstId)).find(
    (b) => b.id === id,
  );
  if (bekundung === undefined) return nein('Diese Interessenbekundung gibt es nicht.');
  const an = deps.config.koordinierendeStelleEmail;
  try {
    const ergebnis = await sendeMail(deps, {
      an,
      betreff: bekundung.betreff,
      text: bekundung.text,
      antwortAn: bekundung.kontakt_email ?? undefined,
    });
    const jetzt = deps.jetzt();
    await deps.datenbank.db
      .updateTable('nachnutzung_interessenbekundung')
      .set({ gesendet_an: an, gesendet_am: jetzt })
      .where('id', '=', id)
      .execute();
    await protokolliere(deps.datenbank.db, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: 'interessenbekundung_gesendet',
      akteur,
      daten: {
        interessenbekundung: id,
        an,
        betreff: bekundung.betreff,
        text: bekundung.text,
        weg: ergebnis.art,
      },
    });
    return ok(ergebnis);
  } catch (error) {
    deps.logger.warn({ err: error }, 'Interessenbekundung konnte nicht gesendet werden');
    return nein(
      `Die E-Mail an ${an} konnte nicht gesendet werden. Bitte kopieren Sie den Text und senden Sie ihn aus Ihrem E-Mail-Programm.`,
    );
  }
}

/** eGo MV confirms that the declaration arrived: → Interesse bekundet. */
export async function bestaetigeEingangInteressenbekundung(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'interesse_bekundet', akteur, {
    aktion: 'interessenbekundung_eingang_bestaetigt',
    vorher: async (trx) => {
      const [letzte] = await listeInteressenbekundungen(trx, paar.ags, paar.dienstId);
      if (letzte !== undefined)
        await trx
          .updateTable('nachnutzung_interessenbekundung')
          .set({ eingang_bestaetigt_am: deps.jetzt() })
          .where('id', '=', letzte.id)
          .execute();
    },
    daten: async (_zeile, trx) => {
      const [letzte] = await listeInteressenbekundungen(trx, paar.ags, paar.dienstId);
      return letzte === undefined
        ? {}
        : {
            interessenbekundung: letzte.id,
            startDatum: letzte.start_datum,
            betreff: letzte.betreff,
            text: letzte.text,
          };
    },
  });
}

// ---------------------------------------------------------------------------------------------------------
// 2. Nachnutzungsbedingungen

export async function ladeBedingungenHoch(
  deps: DienstDeps,
  akteur: Akteur,
  e: { titel: string; text: string | null; datei: Buffer | null; dateiname: string | null },
): Promise<Ergebnis<{ version: number }>> {
  if (!akteur.koordination) return nein('Nachnutzungsbedingungen kann nur die Land-Koordination hochladen.');
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    // Serialise concurrent uploads: the version is the next number.
    await trx.selectFrom('behoerde').select('ags').orderBy('ags').limit(1).forUpdate().execute();
    const version = ((await aktuelleBedingungenVersion(trx)) ?? 0) + 1;
    await trx
      .insertInto('nachnutzung_bedingungen')
      .values({
        version,
        titel: e.titel,
        text: e.text,
        datei: e.datei,
        dateiname: e.dateiname,
        erstellt_von_name: akteur.name,
        erstellt_am: jetzt,
      })
      .execute();
    await protokolliere(trx, jetzt, {
      aktion: 'bedingungen_hochgeladen',
      akteur,
      daten: { version, titel: e.titel, dateiname: e.dateiname, text: e.text },
    });
    return { version };
  });
}

const nachAkzeptanzMoeglich: readonly NachnutzungZustand[] = [
  'bedingungen_akzeptiert',
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
  'kuendigung_angekuendigt',
];

/**
 * Accepts the terms in the version the person saw. The first acceptance moves the pair to "Bedingungen
 * akzeptiert"; after a new version it is recorded again without a state change (and go-live needs it).
 */
export async function akzeptiereBedingungen(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  version: number,
): Promise<Ergebnis<{ version: number }>> {
  const db = deps.datenbank.db;
  const aktuell = await aktuelleBedingungenVersion(db);
  if (aktuell === null) return nein('Es sind noch keine Nachnutzungsbedingungen hinterlegt.');
  if (version !== aktuell)
    return nein(
      `Inzwischen gibt es eine neue Fassung der Nachnutzungsbedingungen (Version ${aktuell}). Bitte lesen Sie sie und akzeptieren Sie erneut.`,
    );
  const zustand = await aktuellerZustand(db, paar);
  const eintragen = async (trx: DbOderTrx) => {
    const schon = await trx
      .selectFrom('nachnutzung_akzeptanz')
      .select('id')
      .where('behoerde_ags', '=', paar.ags)
      .where('dienst_id', '=', paar.dienstId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (schon !== undefined)
      throw new Abbruch([`Die Nachnutzungsbedingungen in Version ${version} sind bereits akzeptiert.`]);
    await trx
      .insertInto('nachnutzung_akzeptanz')
      .values({
        behoerde_ags: paar.ags,
        dienst_id: paar.dienstId,
        version,
        person_id: akteur.id,
        person_name: akteur.name,
        akzeptiert_am: deps.jetzt(),
      })
      .execute();
  };
  if (nachAkzeptanzMoeglich.includes(zustand)) {
    return aktion(
      deps,
      paar,
      nachAkzeptanzMoeglich,
      'Akzeptieren ist jetzt nicht möglich',
      async (trx, zeile, jetzt) => {
        await eintragen(trx);
        await protokolliere(trx, jetzt, {
          ags: paar.ags,
          dienstId: paar.dienstId,
          aktion: 'bedingungen_erneut_akzeptiert',
          akteur,
          von: zeile.zustand,
          nach: zeile.zustand,
          daten: { version },
        });
        return { version };
      },
    );
  }
  const e = await uebergehen(deps, paar, 'bedingungen_akzeptiert', akteur, {
    aktion: 'bedingungen_akzeptiert',
    vorher: (trx) => eintragen(trx),
    daten: () => ({ version }),
  });
  return e.ok ? ok({ version }) : e;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Unterlagen

export type UnterlagenEingabe = {
  art: UnterlagenArt;
  titel: string;
  url: string | null;
  text: string | null;
  datei: { inhalt: Buffer; name: string; typ: string } | null;
};

export async function fuegeUnterlageHinzu(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: UnterlagenEingabe,
): Promise<Ergebnis<{ id: string }>> {
  if (!akteur.koordination) return nein('Unterlagen stellt die Land-Koordination bereit.');
  return aktion(
    deps,
    paar,
    [
      'interesse_bekundet',
      'bedingungen_akzeptiert',
      'unterlagen_bereitgestellt',
      'technisch_angebunden',
      'test_erfolgreich',
      'produktiv',
      'voruebergehend_abgemeldet',
    ],
    'Unterlagen können erst nach dem Eingang der Interessenbekundung und nur bis zur Abmeldung hinzugefügt werden',
    async (trx, zeile, jetzt) => {
      const { id } = await trx
        .insertInto('nachnutzung_unterlage')
        .values({
          behoerde_ags: paar.ags,
          dienst_id: paar.dienstId,
          art: e.art,
          titel: e.titel,
          url: e.url,
          text: e.text,
          datei: e.datei?.inhalt ?? null,
          dateiname: e.datei?.name ?? null,
          dateityp: e.datei?.typ ?? null,
          erstellt_von_name: akteur.name,
          erstellt_am: jetzt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'unterlage_hinzugefuegt',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: {
          unterlage: id,
          art: e.art,
          titel: e.titel,
          url: e.url,
          text: e.text,
          dateiname: e.datei?.name ?? null,
        },
      });
      return { id };
    },
  );
}

/** The coordination sends the confirmation and the connection documents: → Unterlagen bereitgestellt. */
export async function stelleUnterlagenBereit(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  const e = await uebergehen(deps, paar, 'unterlagen_bereitgestellt', akteur, {
    aktion: 'unterlagen_bereitgestellt',
    daten: async (_zeile, trx) => ({
      unterlagen: (await listeUnterlagen(trx, paar.ags, paar.dienstId)).map((u) => ({
        id: u.id,
        art: u.art,
        titel: u.titel,
        url: u.url,
        dateiname: u.dateiname,
      })),
    }),
  });
  if (!e.ok) return e;
  const [bekundung] = await listeInteressenbekundungen(deps.datenbank.db, paar.ags, paar.dienstId);
  const hinweise: string[] = [];
  if (bekundung?.kontakt_email != null) {
    const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
    const mail = await mailMitProtokoll(
      deps,
      { ags: paar.ags, dienstId: paar.dienstId, akteur },
      {
        an: bekundung.kontakt_email,
        betreff: `Unterlagen zur Anbindung: ${dienst.name} – ${behoerde.name}`,
        text: [
          `Guten Tag ${bekundung.kontakt_name},`,
          '',
          `die Mitnutzungskoordination hat die Bestätigung und die Unterlagen zur Anbindung des EfA-Onlinedienstes ${dienst.name} bereitgestellt.`,
          `Sie finden sie in der Nachnutzungsverwaltung: ${deps.config.baseUrl}/verwaltung/nachnutzung/${paar.ags}/${paar.dienstId}/unterlagen`,
          'Bitte bestätigen Sie dort den Empfang.',
        ].join('\n'),
      },
    );
    if (mail.hinweis !== null) hinweise.push(mail.hinweis);
  }
  return ok(e.wert, hinweise);
}

export async function bestaetigeEmpfang(
  deps: DienstDeps,
  paar: Paar,
  unterlageId: string,
  akteur: Akteur,
): Promise<Ergebnis> {
  return aktion(
    deps,
    paar,
    [
      'unterlagen_bereitgestellt',
      'technisch_angebunden',
      'test_erfolgreich',
      'produktiv',
      'voruebergehend_abgemeldet',
      'kuendigung_angekuendigt',
    ],
    'Der Empfang kann erst bestätigt werden, wenn die Unterlagen bereitgestellt sind',
    async (trx, zeile, jetzt) => {
      const unterlage = await findeUnterlage(trx, paar.ags, paar.dienstId, unterlageId);
      if (unterlage === undefined) throw new Abbruch(['Diese Unterlage gibt es nicht.']);
      if (unterlage.empfang_bestaetigt_am !== null)
        throw new Abbruch([`Der Empfang von „${unterlage.titel}“ ist bereits bestätigt.`]);
      await trx
        .updateTable('nachnutzung_unterlage')
        .set({ empfang_bestaetigt_am: jetzt, empfang_bestaetigt_von_name: akteur.name })
        .where('id', '=', unterlageId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'unterlage_empfangen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { unterlage: unterlageId, titel: unterlage.titel },
      });
      return null;
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// 4. Technical connection and connection test

const verbindungsZustaende: readonly NachnutzungZustand[] = [
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
];

/**
 * Stores both halves of the technical connection: the transport through zustellung/'s `speichereVerbindung`
 * (its validation: addresses, certificates and key, DVDV identifiers, URIs), the case-management system here
 * (the seed's rules). Field errors of both come back by form field name.
 */
export async function speichereVerbindungsdaten(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: { transport: VerbindungEingabe; fachverfahren: string; comvibilia: boolean },
): Promise<Ergebnis> {
  const db = deps.datenbank.db;
  const zustand = await aktuellerZustand(db, paar);
  if (!verbindungsZustaende.includes(zustand))
    return nein(
      `Die Verbindungsdaten können eingetragen werden, sobald die Unterlagen bereitgestellt sind (Zustand: „${zustandNamen[zustand]}“).`,
    );
  const fv = pruefeFachverfahren(
    e,
    typeof e.transport.transport === 'string' ? e.transport.transport : undefined,
  );
  if (!fv.ok) return { ok: false, fehler: Object.values(fv.fehler), feldfehler: { ...fv.fehler } };
  // zustellung/ writes with `db`: never inside our transaction (PGlite has one connection).
  const gespeichert = await speichereVerbindung(db, deps.secrets.dataKey, {
    ...e.transport,
    behoerdeAgs: paar.ags,
    dienstId: paar.dienstId,
  });
  if (!gespeichert.ok) {
    const feldfehler: Record<string, string> = {};
    for (const f of gespeichert.fehler) feldfehler[f.feld] ??= f.meldung;
    return { ok: false, fehler: gespeichert.fehler.map((f) => f.meldung), feldfehler };
  }
  const v = gespeichert.verbindung;
  return aktion(
    deps,
    paar,
    verbindungsZustaende,
    'Die Verbindungsdaten können jetzt nicht geändert werden',
    async (trx, zeile, jetzt) => {
      const werte = {
        fachverfahren: fv.werte.fachverfahren,
        comvibilia: fv.werte.comvibilia,
        geaendert_von_name: akteur.name,
        geaendert_am: jetzt,
      };
      await trx
        .insertInto('nachnutzung_verbindung')
        .values({ behoerde_ags: paar.ags, dienst_id: paar.dienstId, ...werte })
        .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet(werte))
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'verbindung_gespeichert',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        // Never the private key.
        daten: {
          transport: v.transport,
          endpunktManagement: v.endpunktManagement,
          endpunktSenden: v.endpunktSenden,
          leserKennung: v.leserKennung,
          leserName: v.leserName,
          dienstUri: v.dienstUri,
          xsozialVersion: v.xsozialVersion,
          zertifikatGueltigBis: v.zertifikatGueltigBis,
          fachverfahren: fv.werte.fachverfahren,
          comvibilia: fv.werte.comvibilia,
          schluesselGeaendert: typeof e.transport.clientSchluessel === 'string',
        },
      });
      return null;
    },
  );
}

/** Runs the connection test (integration point in verbindungstest.ts) and stores its result with the report. */
export async function fuehreVerbindungstestAus(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
): Promise<Ergebnis<{ bestanden: boolean; bericht: string }>> {
  const db = deps.datenbank.db;
  const [transport, verbindung] = await Promise.all([
    leseVerbindung(db, paar.ags, paar.dienstId),
    findeVerbindung(db, paar.ags, paar.dienstId),
  ]);
  if (verbindung === undefined) return nein('Bitte tragen Sie zuerst die Verbindungsdaten ein.');
  const stand = verbindungsStand(transport, verbindung);
  const ergebnis = await verbindungstest(deps, paar.ags, paar.dienstId);
  const jetzt = deps.jetzt();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('nachnutzung_verbindungstest')
      .values({
        behoerde_ags: paar.ags,
        dienst_id: paar.dienstId,
        bestanden: ergebnis.bestanden,
        bericht: ergebnis.bericht,
        verbindung_stand: stand,
        durchgefuehrt_von_name: akteur.name,
        durchgefuehrt_am: jetzt,
      })
      .execute();
    const zustand = await aktuellerZustand(trx, paar);
    await protokolliere(trx, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: ergebnis.bestanden ? 'verbindungstest_bestanden' : 'verbindungstest_fehlgeschlagen',
      akteur,
      von: zustand,
      nach: zustand,
      daten: { bericht: ergebnis.bericht },
    });
  });
  return ok(ergebnis);
}

export function schliesseAnbindungAb(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'technisch_angebunden', akteur, {
    aktion: 'technisch_angebunden',
    daten: async (_zeile, trx) => {
      const [t, v] = await Promise.all([
        leseVerbindung(trx, paar.ags, paar.dienstId),
        findeVerbindung(trx, paar.ags, paar.dienstId),
      ]);
      return {
        transport: t?.transport ?? null,
        endpunktSenden: t?.endpunktSenden ?? null,
        leserKennung: t?.leserKennung ?? null,
        fachverfahren: v?.fachverfahren ?? null,
      };
    },
  });
}

export function haltTestFest(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'test_erfolgreich', akteur, {
    aktion: 'test_erfolgreich',
    daten: async (_zeile, trx) => {
      const test = await letzterVerbindungstest(trx, paar.ags, paar.dienstId);
      return { verbindungstest: test?.id ?? null, bericht: test?.bericht ?? null };
    },
  });
}

// ---------------------------------------------------------------------------------------------------------
// 5. Go-live

/** Go-live on the given date: today or earlier switches now; a later date is planned and switched by the job. */
export async function setzeProduktiv(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  datum: string | undefined,
): Promise<Ergebnis<{ geplant: boolean }>> {
  const tag = heute(deps);
  if (datum !== undefined && datum > tag) {
    // Check everything now, so that a plan is only recorded when the go-live could happen.
    const jetzt = deps.jetzt();
    return inTransaktion(deps, async (trx) => {
      const zeile = await sperreZeile(trx, paar);
      if (!akteur.koordination)
        throw new Abbruch(['„Produktiv setzen“ kann nur die Land-Koordination ausführen.']);
      const fakten = await ladeFakten(trx, paar.ags, paar.dienstId, tag, jetzt);
      const pruefung = pruefeUebergang(zeile.zustand, 'produktiv', fakten, { datum });
      if (!pruefung.ok) throw new Abbruch(pruefung.fehler);
      await trx
        .updateTable('nachnutzung')
        .set({ geplant_produktiv_ab: datum, geaendert_am: jetzt })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'produktivsetzung_geplant',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { datum },
      });
      return { geplant: true };
    });
  }
  const e = await uebergehen(deps, paar, 'produktiv', akteur, {
    aktion: 'produktiv_gesetzt',
    angaben: { datum },
    set: () => ({ produktiv_seit: datum ?? null, geplant_produktiv_ab: null, hinweis_text: null }),
    daten: () => ({ datum }),
  });
  return e.ok ? ok({ geplant: false }) : e;
}

// ---------------------------------------------------------------------------------------------------------
// 6. Scenario B: temporary deregistration

export type VoruebergehendEingabe = {
  grund: string;
  /** null: immediately. */
  ab: string | null;
  /** Expected resumption (the service is available again on this day); null: open. */
  bis: string | null;
  /** Own notice for citizens; null: the standard notice. */
  hinweisText: string | null;
};

export async function meldeVoruebergehendAb(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: VoruebergehendEingabe,
): Promise<Ergebnis<{ geplant: boolean; hinweisText: string }>> {
  const tag = heute(deps);
  const ab = e.ab ?? tag;
  if (e.bis !== null && e.bis <= ab)
    return nein('Die voraussichtliche Wiederaufnahme muss nach dem Beginn der Abmeldung liegen.');
  const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
  const hinweisText = e.hinweisText ?? voruebergehendHinweis(behoerde, dienst.name, e.bis);
  const werte = {
    voruebergehend_ab: ab,
    voruebergehend_bis: e.bis,
    abmeldung_grund: e.grund,
    hinweis_text: hinweisText,
  };
  const daten = { ab, bis: e.bis, hinweisText };
  let ergebnis: Ergebnis<{ geplant: boolean; hinweisText: string }>;
  if (ab > tag) {
    ergebnis = await aktion(
      deps,
      paar,
      ['produktiv'],
      'Eine vorübergehende Abmeldung ist nur im Zustand „Produktiv“ möglich',
      async (trx, zeile, jetzt) => {
        if (e.grund.trim() === '') throw new Abbruch(['Bitte geben Sie den Grund an.']);
        await trx
          .updateTable('nachnutzung')
          .set({ ...werte, geaendert_am: jetzt })
          .where('behoerde_ags', '=', paar.ags)
          .where('dienst_id', '=', paar.dienstId)
          .execute();
        await protokolliere(trx, jetzt, {
          ags: paar.ags,
          dienstId: paar.dienstId,
          aktion: 'voruebergehende_abmeldung_geplant',
          akteur,
          von: zeile.zustand,
          nach: zeile.zustand,
          begruendung: e.grund,
          daten,
        });
        return { geplant: true, hinweisText };
      },
    );
  } else {
    const u = await uebergehen(deps, paar, 'voruebergehend_abgemeldet', akteur, {
      aktion: 'voruebergehend_abgemeldet',
      angaben: { grund: e.grund },
      begruendung: e.grund,
      set: () => werte,
      daten: () => daten,
    });
    ergebnis = u.ok ? ok({ geplant: false, hinweisText }) : u;
  }
  if (!ergebnis.ok) return ergebnis;
  const meldung = mikMeldungVoruebergehend({
    stelle: behoerde.name,
    dienst: dienst.name,
    grund: e.grund,
    ab,
    bis: e.bis,
    person: akteur.name,
  });
  const mail = await mailMitProtokoll(
    deps,
    { ags: paar.ags, dienstId: paar.dienstId, akteur },
    { an: await mikAdresse(deps), ...meldung },
  );
  return ok(ergebnis.wert, mail.hinweis === null ? [] : [mail.hinweis]);
}

/** Resumption by hand: back to "Produktiv", or a planned temporary deregistration is withdrawn. */
export async function nimmWiederAuf(deps: DienstDeps, paar: Paar, akteur: Akteur, systemGrund?: string) {
  const zustand = await aktuellerZustand(deps.datenbank.db, paar);
  const leeren = {
    voruebergehend_ab: null,
    voruebergehend_bis: null,
    abmeldung_grund: null,
    hinweis_text: null,
  };
  if (zustand === 'produktiv') {
    return aktion(deps, paar, ['produktiv'], 'Nicht möglich', async (trx, zeile, jetzt) => {
      if (zeile.voruebergehend_ab === null)
        throw new Abbruch(['Der Dienst ist produktiv; es ist keine vorübergehende Abmeldung geplant.']);
      await trx
        .updateTable('nachnutzung')
        .set({ ...leeren, geaendert_am: jetzt })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'voruebergehende_abmeldung_zurueckgenommen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { ab: zeile.voruebergehend_ab, bis: zeile.voruebergehend_bis },
      });
      return { von: zeile.zustand, nach: zeile.zustand };
    });
  }
  const e = await uebergehen(deps, paar, 'produktiv', akteur, {
    aktion: 'wiederaufgenommen',
    erwartetVon: systemGrund === undefined ? undefined : 'voruebergehend_abgemeldet',
    begruendung: systemGrund ?? null,
    set: () => leeren,
    daten: (zeile) => ({ ab: zeile.voruebergehend_ab, bis: zeile.voruebergehend_bis }),
  });
  if (e.ok && systemGrund === undefined) {
    const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
    await mailMitProtokoll(
      deps,
      { ags: paar.ags, dienstId: paar.dienstId, akteur },
      {
        an: await mikAdresse(deps),
        betreff: `Wiederaufnahme: ${dienst.name} – ${behoerde.name}`,
        text: `${behoerde.name} hat den EfA-Onlinedienst ${dienst.name} am ${deutschesDatum(heute(deps))} wieder aufgenommen.\n\nErfasst von: ${akteur.name}`,
      },
    );
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------
// 7. Scenario A: permanent deregistration

export async function kuendige(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: { grund: string; eingang: string },
): Promise<Ergebnis<{ wirksamZum: string }>> {
  const wirksamZum = /^\d{4}-\d{2}-\d{2}$/.test(e.eingang) ? dauerhafteAbmeldungWirksamZum(e.eingang) : null;
  const u = await uebergehen(deps, paar, 'kuendigung_angekuendigt', akteur, {
    aktion: 'kuendigung_angekuendigt',
    angaben: { grund: e.grund, datum: e.eingang },
    begruendung: e.grund,
    set: () => ({ kuendigung_eingang: e.eingang, wirksam_zum: wirksamZum, abmeldung_grund: e.grund }),
    daten: () => ({ eingang: e.eingang, wirksamZum }),
  });
  if (!u.ok || wirksamZum === null) return u.ok ? nein('Ungültiges Eingangsdatum.') : u;
  const jetzt = deps.jetzt();
  await deps.datenbank.db
    .insertInto('nachnutzung_entkopplung')
    .values({
      behoerde_ags: paar.ags,
      dienst_id: paar.dienstId,
      punkt: 'mik_angekuendigt',
      erledigt_von_name: akteur.name,
      erledigt_am: jetzt,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id', 'punkt']).doNothing())
    .execute();
  const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
  const mail = await mailMitProtokoll(
    deps,
    { ags: paar.ags, dienstId: paar.dienstId, akteur },
    {
      an: await mikAdresse(deps),
      ...mikMeldungKuendigung({
        stelle: behoerde.name,
        dienst: dienst.name,
        grund: e.grund,
        eingang: e.eingang,
        wirksamZum,
        person: akteur.name,
      }),
    },
  );
  return ok({ wirksamZum }, mail.hinweis === null ? [] : [mail.hinweis]);
}

export async function setzeEntkopplungspunkt(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  punkt: EntkopplungsPunkt,
  erledigt: boolean,
): Promise<Ergebnis> {
  const text = entkopplungsPunkte.find((p) => p.id === punkt)?.text ?? punkt;
  return aktion(
    deps,
    paar,
    ['kuendigung_angekuendigt', 'abgemeldet'],
    'Die Checkliste zur Entkopplung gilt erst nach der Kündigung',
    async (trx, zeile, jetzt) => {
      if (erledigt) {
        await trx
          .insertInto('nachnutzung_entkopplung')
          .values({
            behoerde_ags: paar.ags,
            dienst_id: paar.dienstId,
            punkt,
            erledigt_von_name: akteur.name,
            erledigt_am: jetzt,
          })
          .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id', 'punkt']).doNothing())
          .execute();
      } else {
        await trx
          .deleteFrom('nachnutzung_entkopplung')
          .where('behoerde_ags', '=', paar.ags)
          .where('dienst_id', '=', paar.dienstId)
          .where('punkt', '=', punkt)
          .execute();
      }
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: erledigt ? 'entkopplung_erledigt' : 'entkopplung_wieder_offen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { punkt, text },
      });
      return null;
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// 8. Scheduled switches (the job calls these with the system actor)

export function lasseAbmeldungWirksamWerden(deps: DienstDeps, paar: Paar, akteur: Akteur = systemAkteur) {
  return uebergehen(deps, paar, 'abgemeldet', akteur, {
    aktion: 'abmeldung_wirksam',
    erwartetVon: 'kuendigung_angekuendigt',
    begruendung: 'Die Kündigungsfrist ist abgelaufen.',
    set: () => ({ hinweis_text: null, voruebergehend_ab: null, voruebergehend_bis: null }),
    daten: (z) => ({ wirksamZum: z.wirksam_zum }),
  });
}

export function beginneGeplanteAbmeldung(deps: DienstDeps, paar: Paar) {
  return uebergehen(deps, paar, 'voruebergehend_abgemeldet', systemAkteur, {
    aktion: 'voruebergehend_abgemeldet',
    erwartetVon: 'produktiv',
    begruendung: 'Geplanter Beginn der vorübergehenden Abmeldung.',
    angaben: { grund: 'geplant' },
    daten: (z) => ({
      ab: z.voruebergehend_ab,
      bis: z.voruebergehend_bis,
      hinweisText: z.hinweis_text,
      grund: z.abmeldung_grund,
    }),
  });
}

export async function fuehreGeplanteProduktivsetzungAus(deps: DienstDeps, paar: Paar) {
  const e = await uebergehen(deps, paar, 'produktiv', systemAkteur, {
    aktion: 'produktiv_gesetzt',
    erwartetVon: 'test_erfolgreich',
    begruendung: 'Geplante Produktivsetzung.',
    angaben: { datum: heute(deps) },
    set: (z) => ({ produktiv_seit: z.geplant_produktiv_ab, geplant_produktiv_ab: null, hinweis_text: null }),
    daten: (z) => ({ datum: z.geplant_produktiv_ab }),
  });
  if (!e.ok) {
    // Record the refusal once and drop the plan, so that the overview shows the open task instead.
    const jetzt = deps.jetzt();
    await deps.datenbank.db.transaction().execute(async (trx) => {
      const zeile = await sperreZeile(trx, paar);
      if (zeile.zustand !== 'test_erfolgreich' || zeile.geplant_produktiv_ab === null) return;
      await trx
        .updateTable('nachnutzung')
        .set({ geplant_produktiv_ab: null })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'produktivsetzung_nicht_ausgefuehrt',
        akteur: systemAkteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        begruendung: e.fehler.join(' '),
        daten: { datum: zeile.geplant_produktiv_ab },
      });
    });
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------
// 9. Contacts and exports

export type KontaktEingabe = {
  ebene: KontaktEbene;
  rolle: KontaktRolle;
  behoerdeAgs: string | null;
  bezeichnung: string;
  email: string | null;
  telefon: string | null;
  hinweis: string | null;
};

export async function legeKontaktAn(
  deps: DienstDeps,
  akteur: Akteur,
  k: KontaktEingabe,
): Promise<Ergebnis<{ id: string }>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const { id } = await trx
      .insertInto('nachnutzung_kontakt')
      .values({
        ebene: k.ebene,
        rolle: k.rolle,
        behoerde_ags: k.behoerdeAgs,
        bezeichnung: k.bezeichnung,
        email: k.email,
        telefon: k.telefon,
        hinweis: k.hinweis,
        erstellt_am: jetzt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await protokolliere(trx, jetzt, {
      ags: k.behoerdeAgs,
      aktion: 'kontakt_angelegt',
      akteur,
      daten: { kontakt: id, ...k },
    });
    return { id };
  });
}

export async function loescheKontakt(deps: DienstDeps, akteur: Akteur, id: string): Promise<Ergebnis> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const k = await trx.selectFrom('nachnutzung_kontakt').selectAll().where('id', '=', id).executeTakeFirst();
    if (k === undefined) throw new Abbruch(['Diesen Kontakt gibt es nicht mehr.']);
    await trx.deleteFrom('nachnutzung_kontakt').where('id', '=', id).execute();
    await protokolliere(trx, jetzt, {
      ags: k.behoerde_ags,
      aktion: 'kontakt_geloescht',
      akteur,
      daten: { kontakt: id, bezeichnung: k.bezeichnung, rolle: k.rolle, ebene: k.ebene },
    });
    return null;
  });
}
