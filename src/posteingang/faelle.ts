import { randomBytes } from 'node:crypto';
import type { AntragRepo } from '../antrag/antrag-repo.ts';
import type { AntragZeile } from '../antrag/antrag-tables.ts';
import { UNTERLAGEN_ARTEN } from '../antrag/schritte/unterlagen.ts';
import type { Db } from '../db/client.ts';
import { heuteInDeutschland, plusTage, tageZwischen } from '../fristen/index.ts';
import type { PersonalSitzung } from '../personal/rollen.ts';
import { darfFaelleSehen } from '../personal/rollen.ts';
import { decrypt, decryptJson, encrypt, encryptJson, type Schluessel } from '../shared/verschluesselung.ts';
import {
  antraegeDerBehoerde,
  antraegeOhneFall,
  antragMitNummer,
  zustellstandDerBehoerde,
} from './antrag-zugriff.ts';
import { kurzinfoAus, type Kurzinfo } from './kurzinfo.ts';
import type {
  AkteurArt,
  FallZeile,
  MitteilungsArt,
  NachforderungZeile,
  ProtokollZeile,
  StatusAenderungZeile,
} from './posteingang-tables.ts';
import { eilstufe, istOffen, nachDringlichkeit, type Eilstufe, type Sortierbar } from './reihenfolge.ts';
import {
  istFallstatus,
  pruefeAenderung,
  type Aenderung,
  type Entscheidung,
  type Fallstatus,
} from './status.ts';
import { passt } from './suche.ts';

// Cases of the inbox: taking applications in, access per office, the list in order of urgency with filters and
// search, status changes with history, requests for documents, and the audit trail. Every function that
// returns or changes a case gets a Zugriff and checks it; a case of another office is "not found".

export type Kontext = { db: Db; schluessel: Schluessel; repo: AntragRepo; jetzt: () => Date };

export type Zugriff =
  | { art: 'personal'; personal: PersonalSitzung }
  | { art: 'api'; ags: string; schluesselId: string; bezeichnung: string };

export function darfZugreifen(z: Zugriff, ags: string): boolean {
  return z.art === 'personal' ? darfFaelleSehen(z.personal, ags) : z.ags === ags;
}

export type Akteur = { art: AkteurArt; id: string | null; name: string };

export function akteurVon(z: Zugriff): Akteur {
  return z.art === 'personal'
    ? { art: 'personal', id: z.personal.benutzerId, name: z.personal.anzeigename }
    : { art: 'api', id: z.schluesselId, name: `Schnittstelle „${z.bezeichnung}“` };
}

export const BUERGER: Akteur = { art: 'buerger', id: null, name: 'Antragstellende Person' };
export const SYSTEM: Akteur = { art: 'system', id: null, name: 'System' };

const ID_MUSTER = /^[A-Za-z0-9_-]{16}$/;
export const istId = (id: string): boolean => ID_MUSTER.test(id);
export const neueId = (): string => randomBytes(12).toString('base64url');

const kurzinfoKontext = (antragId: string) => `posteingang-fall:${antragId}`;
const hinweisKontext = (id: string) => `posteingang-nachforderung:${id}`;

export function leseKurzinfo(schluessel: Schluessel, antragId: string, kurzinfo: Buffer): Kurzinfo {
  return decryptJson<Kurzinfo>(schluessel, kurzinfo, kurzinfoKontext(antragId));
}

/** Receipt notices are queued only for applications this recent when the inbox takes them in. */
const EINGANG_MITTEILUNG_TAGE = 7;

/**
 * Takes new applications into the inbox: a case row (status "eingegangen") with the encrypted short info, and
 * the receipt notice. Idempotent; runs before every list and by the notice job.
 */
export async function faelleAufnehmen(
  k: Kontext,
  filter: { ags?: string; besitzer?: string; id?: string } = {},
): Promise<number> {
  const neu = await antraegeOhneFall(k.db, filter);
  if (neu.length === 0) return 0;
  const jetzt = k.jetzt();
  const zeilen = neu.map((a) => {
    const eingang = k.repo.antragDaten(a);
    return { a, kurzinfo: encryptJson(k.schluessel, kurzinfoAus(eingang), kurzinfoKontext(a.id)) };
  });
  await k.db.transaction().execute(async (trx) => {
    for (const { a, kurzinfo } of zeilen) {
      const r = await trx
        .insertInto('posteingang_fall')
        .values({
          antrag_id: a.id,
          behoerde_ags: a.behoerde_ags,
          status: 'eingegangen',
          entscheidung: null,
          betrag_cent: null,
          weitergeleitet_am: null,
          kurzinfo,
          aufgenommen_am: jetzt,
          geaendert_am: a.eingereicht_am,
        })
        .onConflict((oc) => oc.column('antrag_id').doNothing())
        .returning('antrag_id')
        .executeTakeFirst();
      if (r === undefined) continue;
      if (jetzt.getTime() - a.eingereicht_am.getTime() <= EINGANG_MITTEILUNG_TAGE * 86_400_000)
        await mitteilungVormerken(trx, a.id, 'eingang', '', jetzt);
    }
  });
  return zeilen.length;
}

export async function mitteilungVormerken(
  trx: Db,
  antragId: string,
  art: MitteilungsArt,
  bezug: string,
  jetzt: Date,
): Promise<void> {
  await trx
    .insertInto('posteingang_mitteilung')
    .values({
      antrag_id: antragId,
      art,
      bezug,
      naechster_versuch_am: jetzt,
      erstellt_am: jetzt,
      erledigt_am: null,
      fehler: null,
    })
    .onConflict((oc) => oc.columns(['antrag_id', 'art', 'bezug']).doNothing())
    .execute();
}

export type ProtokollArt =
  | 'geoeffnet'
  | 'pdf_abgerufen'
  | 'nachricht_abgerufen'
  | 'anlage_abgerufen'
  | 'status_geaendert'
  | 'nachforderung_angelegt'
  | 'unterlagen_hochgeladen'
  | 'nachreichung_gesendet'
  | 'mitteilung_gesendet'
  | 'api_abgerufen';

export const protokollTexte: Record<ProtokollArt, string> = {
  geoeffnet: 'Antrag geöffnet',
  pdf_abgerufen: 'Antrags-PDF heruntergeladen',
  nachricht_abgerufen: 'xSozial-Nachricht heruntergeladen',
  anlage_abgerufen: 'Anlage heruntergeladen',
  status_geaendert: 'Status geändert',
  nachforderung_angelegt: 'Unterlagen nachgefordert',
  unterlagen_hochgeladen: 'Unterlage hochgeladen',
  nachreichung_gesendet: 'Unterlagen nachgereicht',
  mitteilung_gesendet: 'E-Mail-Benachrichtigung versendet',
  api_abgerufen: 'Über die Schnittstelle abgerufen',
};

export async function protokolliere(
  db: Db,
  a: Pick<AntragZeile, 'id' | 'behoerde_ags'>,
  art: ProtokollArt,
  akteur: Akteur,
  jetzt: Date,
  details: Record<string, string | number | boolean> = {},
): Promise<void> {
  await db
    .insertInto('posteingang_protokoll')
    .values({
      antrag_id: a.id,
      behoerde_ags: a.behoerde_ags,
      zeitpunkt: jetzt,
      art,
      akteur_art: akteur.art,
      akteur_id: akteur.id,
      akteur_name: akteur.name,
      details: JSON.stringify(details),
    })
    .execute();
}

export function protokollLesen(db: Db, antragId: string): Promise<ProtokollZeile[]> {
  return db
    .selectFrom('posteingang_protokoll')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('zeitpunkt', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}

export function statusHistorie(db: Db, antragId: string): Promise<StatusAenderungZeile[]> {
  return db
    .selectFrom('posteingang_status_aenderung')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('zeitpunkt')
    .orderBy('id')
    .execute();
}

// --- One case -----------------------------------------------------------------------------------------------

export type Fall = { antrag: AntragZeile; fall: FallZeile; kurzinfo: Kurzinfo };

/** The case with this transaction number, if it exists AND the caller may see it; otherwise undefined. */
export async function fallLaden(k: Kontext, nummer: string, zugriff: Zugriff): Promise<Fall | undefined> {
  const antrag = await antragMitNummer(k.db, nummer);
  if (antrag === undefined || !darfZugreifen(zugriff, antrag.behoerde_ags)) return undefined;
  return fallZuAntrag(k, antrag);
}

/** The case of an application already checked by the caller (e.g. the citizen's own). */
export async function fallZuAntrag(k: Kontext, antrag: AntragZeile): Promise<Fall> {
  let fall = await k.db
    .selectFrom('posteingang_fall')
    .selectAll()
    .where('antrag_id', '=', antrag.id)
    .executeTakeFirst();
  if (fall === undefined) {
    await faelleAufnehmen(k, { id: antrag.id });
    fall = await k.db
      .selectFrom('posteingang_fall')
      .selectAll()
      .where('antrag_id', '=', antrag.id)
      .executeTakeFirstOrThrow();
  }
  return { antrag, fall, kurzinfo: leseKurzinfo(k.schluessel, antrag.id, fall.kurzinfo) };
}

export function nachforderungenVon(db: Db, antragId: string): Promise<NachforderungZeile[]> {
  return db
    .selectFrom('posteingang_nachforderung')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('erstellt_am')
    .orderBy('id')
    .execute();
}

export function nachforderungHinweis(
  k: Pick<Kontext, 'schluessel'>,
  n: NachforderungZeile,
): string | undefined {
  return n.hinweis === null
    ? undefined
    : decrypt(k.schluessel, n.hinweis, hinweisKontext(n.id)).toString('utf8');
}

/** Whether an open request is past its deadline (the deadline day itself still counts). */
export const istUeberfaellig = (n: Pick<NachforderungZeile, 'status' | 'frist'>, heute: string): boolean =>
  n.status === 'offen' && n.frist < heute;

// --- Status changes ------------------------------------------------------------------------------------------

export type AenderungsErgebnis =
  | { ok: true; fall: FallZeile }
  | { ok: false; grund: 'ungueltig'; feld: string; meldung: string }
  | { ok: false; grund: 'veraltet'; meldung: string };

async function uebergang(
  trx: Db,
  antrag: AntragZeile,
  von: FallZeile,
  a: Aenderung,
  akteur: Akteur,
  jetzt: Date,
): Promise<FallZeile> {
  const e: Entscheidung | undefined = a.entscheidung;
  const neu = await trx
    .updateTable('posteingang_fall')
    .set({
      status: a.nach,
      entscheidung: e?.art ?? (a.nach === 'abgeschlossen' ? von.entscheidung : null),
      betrag_cent:
        e === undefined
          ? a.nach === 'abgeschlossen'
            ? von.betrag_cent
            : null
          : e.art === 'beihilfe' || e.art === 'darlehen'
            ? e.betragCent
            : null,
      weitergeleitet_am:
        e === undefined
          ? a.nach === 'abgeschlossen'
            ? von.weitergeleitet_am
            : null
          : e.art === 'jobcenter'
            ? e.weitergeleitetAm
            : null,
      geaendert_am: jetzt,
      version: von.version + 1,
    })
    .where('antrag_id', '=', antrag.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('posteingang_status_aenderung')
    .values({
      antrag_id: antrag.id,
      von: von.status,
      nach: a.nach,
      entscheidung: neu.entscheidung,
      betrag_cent: neu.betrag_cent,
      weitergeleitet_am: neu.weitergeleitet_am,
      zeitpunkt: jetzt,
      akteur_art: akteur.art,
      akteur_id: akteur.id,
      akteur_name: akteur.name,
    })
    .execute();
  await protokolliere(trx, antrag, 'status_geaendert', akteur, jetzt, { von: von.status, nach: a.nach });
  if (a.nach === 'entschieden') await mitteilungVormerken(trx, antrag.id, 'entscheidung', '', jetzt);
  return neu;
}

async function gesperrt(trx: Db, antragId: string): Promise<FallZeile> {
  return trx
    .selectFrom('posteingang_fall')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

const VERALTET =
  'Der Antrag wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den aktuellen Stand und entscheiden Sie noch einmal.';

/**
 * Changes the status of a case (in one transaction with its history, audit entry and notice). With
 * `version`, a change made in the meantime by someone else is refused instead of overwritten.
 */
export async function statusAendern(
  k: Kontext,
  f: Fall,
  a: Aenderung,
  akteur: Akteur,
  version?: number,
): Promise<AenderungsErgebnis> {
  const jetzt = k.jetzt();
  return k.db.transaction().execute(async (trx) => {
    const von = await gesperrt(trx, f.antrag.id);
    if (version !== undefined && von.version !== version)
      return { ok: false, grund: 'veraltet', meldung: VERALTET };
    const p = pruefeAenderung(von.status, a, heuteInDeutschland(jetzt));
    if (!p.ok) return { ok: false, grund: 'ungueltig', feld: p.feld, meldung: p.meldung };
    return { ok: true, fall: await uebergang(trx, f.antrag, von, a, akteur, jetzt) };
  });
}

// --- Requests for documents ----------------------------------------------------------------------------------

export const unterlagenArten = UNTERLAGEN_ARTEN.map((a) => ({
  id: a.id,
  titel: a.titel,
  hinweis: a.hinweis,
}));
export const unterlagenTitel = (art: string): string =>
  unterlagenArten.find((a) => a.id === art)?.titel ?? art;

export type NachforderungEingabe = { unterlagen: string[]; frist: string; hinweis?: string | undefined };

export type NachforderungErgebnis =
  | { ok: true; nachforderung: NachforderungZeile }
  | { ok: false; grund: 'ungueltig'; fehler: Record<string, string> }
  | { ok: false; grund: 'status'; meldung: string };

/** Shortest and longest deadline a request may set, in days from today. */
export const FRIST_MIN_TAGE = 1;
export const FRIST_MAX_TAGE = 180;
export const HINWEIS_MAX = 1000;

export function pruefeNachforderung(e: NachforderungEingabe, heute: string): Record<string, string> {
  const fehler: Record<string, string> = {};
  const bekannt = new Set<string>(unterlagenArten.map((a) => a.id));
  if (e.unterlagen.length === 0) fehler.unterlagen = 'Wählen Sie mindestens eine Unterlage aus';
  else if (e.unterlagen.some((u) => !bekannt.has(u)))
    fehler.unterlagen = 'Wählen Sie nur Unterlagen aus der Liste aus';
  else if (new Set(e.unterlagen).size !== e.unterlagen.length)
    fehler.unterlagen = 'Jede Unterlage nur einmal';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(e.frist) ||
    Number.isNaN(new Date(`${e.frist}T12:00:00Z`).getTime()) ||
    new Date(`${e.frist}T12:00:00Z`).toISOString().slice(0, 10) !== e.frist
  )
    fehler.frist = 'Geben Sie die Frist als gültiges Datum an';
  else if (tageZwischen(heute, e.frist) < FRIST_MIN_TAGE)
    fehler.frist = 'Die Frist muss mindestens morgen enden';
  else if (tageZwischen(heute, e.frist) > FRIST_MAX_TAGE)
    fehler.frist = `Die Frist darf höchstens ${FRIST_MAX_TAGE} Tage (bis ${plusTage(heute, FRIST_MAX_TAGE)}) dauern`;
  if (e.hinweis !== undefined && e.hinweis.length > HINWEIS_MAX)
    fehler.hinweis = `Der Hinweis darf höchstens ${HINWEIS_MAX} Zeichen haben`;
  return fehler;
}

/**
 * Requests documents: the case moves to "Unterlagen nachgefordert" (through "In Bearbeitung" when it was just
 * received), the citizen sees the request and gets a notice. Not possible once decided.
 */
export async function nachforderungAnlegen(
  k: Kontext,
  f: Fall,
  e: NachforderungEingabe,
  akteur: Akteur & { art: 'personal' | 'api' },
): Promise<NachforderungErgebnis> {
  const jetzt = k.jetzt();
  const fehler = pruefeNachforderung(e, heuteInDeutschland(jetzt));
  if (Object.keys(fehler).length > 0) return { ok: false, grund: 'ungueltig', fehler };
  return k.db.transaction().execute(async (trx) => {
    let fall = await gesperrt(trx, f.antrag.id);
    if (!istOffen(fall.status))
      return {
        ok: false,
        grund: 'status',
        meldung:
          'Für einen entschiedenen oder abgeschlossenen Antrag können keine Unterlagen nachgefordert werden.',
      } as const;
    if (fall.status === 'eingegangen')
      fall = await uebergang(trx, f.antrag, fall, { nach: 'in_bearbeitung' }, akteur, jetzt);
    if (fall.status === 'in_bearbeitung')
      fall = await uebergang(trx, f.antrag, fall, { nach: 'unterlagen_nachgefordert' }, akteur, jetzt);
    const id = neueId();
    const hinweis = e.hinweis?.trim();
    const nachforderung = await trx
      .insertInto('posteingang_nachforderung')
      .values({
        id,
        antrag_id: f.antrag.id,
        behoerde_ags: f.antrag.behoerde_ags,
        unterlagen: e.unterlagen,
        frist: e.frist,
        hinweis:
          hinweis === undefined || hinweis === ''
            ? null
            : encrypt(k.schluessel, Buffer.from(hinweis, 'utf8'), hinweisKontext(id)),
        erstellt_am: jetzt,
        akteur_art: akteur.art,
        akteur_id: akteur.id,
        akteur_name: akteur.name,
        beantwortet_am: null,
        nachricht_uuid: null,
        zustell_auftrag_id: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await protokolliere(trx, f.antrag, 'nachforderung_angelegt', akteur, jetzt, {
      nachforderung: id,
      unterlagen: e.unterlagen.join(','),
      frist: e.frist,
    });
    await mitteilungVormerken(trx, f.antrag.id, 'nachforderung', id, jetzt);
    return { ok: true, nachforderung } as const;
  });
}

// --- The list ------------------------------------------------------------------------------------------------

export type Listeneintrag = Sortierbar & {
  antragId: string;
  name: string;
  kurzinfo: Kurzinfo;
  eil: Eilstufe;
  entscheidung: FallZeile['entscheidung'];
  jobcenterHinweis: boolean;
  offeneNachforderungen: { id: string; frist: string; ueberfaellig: boolean }[];
  nachgereichtAm: Date | null;
  unterlagenFehlen: boolean;
  zustellung: { status: string; zugestelltAm: Date | null } | null;
};

export type Filter = {
  /** A status, 'offen' (not decided; default) or 'alle'. */
  status: Fallstatus | 'offen' | 'alle';
  dringend: boolean;
  unterlagenFehlen: boolean;
  zugestellt: 'ja' | 'nein' | undefined;
  suche: string;
};

export const leererFilter: Filter = {
  status: 'offen',
  dringend: false,
  unterlagenFehlen: false,
  zugestellt: undefined,
  suche: '',
};

/** Reads filter values from a query string; unknown values fall back to the default. */
export function filterAus(q: Record<string, unknown>): Filter {
  const s = q.status;
  const text = (w: unknown) => (typeof w === 'string' ? w : '');
  return {
    status: s === 'offen' || s === 'alle' || istFallstatus(s) ? s : 'offen',
    dringend: q.dringend === 'ja',
    unterlagenFehlen: q.fehlend === 'ja',
    zugestellt: q.zugestellt === 'ja' || q.zugestellt === 'nein' ? q.zugestellt : undefined,
    suche: text(q.suche).slice(0, 100).trim(),
  };
}

/**
 * The cases of one office, most urgent first, filtered and searched. Names are encrypted at rest: the short
 * info of each case is decrypted in memory for display, order and search (ADR 0010). Call only after
 * checking darfZugreifen for `ags`.
 */
export async function faelleDerBehoerde(k: Kontext, ags: string, filter: Filter): Promise<Listeneintrag[]> {
  await faelleAufnehmen(k, { ags });
  const heute = heuteInDeutschland(k.jetzt());
  const [zeilen, nachforderungen, zustellstand] = await Promise.all([
    antraegeDerBehoerde(k.db, ags),
    k.db
      .selectFrom('posteingang_nachforderung')
      .select(['id', 'antrag_id', 'frist', 'status', 'beantwortet_am'])
      .where('behoerde_ags', '=', ags)
      .execute(),
    zustellstandDerBehoerde(k.db, ags),
  ]);
  const nachAntrag = new Map<string, typeof nachforderungen>();
  for (const n of nachforderungen) nachAntrag.set(n.antrag_id, [...(nachAntrag.get(n.antrag_id) ?? []), n]);

  const eintraege: Listeneintrag[] = [];
  for (const z of zeilen) {
    if (filter.status === 'offen' && !istOffen(z.status)) continue;
    if (filter.status !== 'offen' && filter.status !== 'alle' && z.status !== filter.status) continue;
    const zustellung = zustellstand.get(z.id) ?? zustellstand.get(z.vorgangsnummer) ?? null;
    if (filter.zugestellt === 'ja' && zustellung?.status !== 'delivered') continue;
    if (filter.zugestellt === 'nein' && zustellung?.status === 'delivered') continue;
    const kurzinfo = leseKurzinfo(k.schluessel, z.id, z.kurzinfo);
    if (
      filter.suche !== '' &&
      !passt({ vorgangsnummer: z.vorgangsnummer, namen: kurzinfo.namen }, filter.suche)
    )
      continue;
    const eigene = nachAntrag.get(z.id) ?? [];
    const offene = eigene
      .filter((n) => n.status === 'offen')
      .map((n) => ({ id: n.id, frist: n.frist, ueberfaellig: istUeberfaellig(n, heute) }));
    const nachgereicht =
      eigene
        .map((n) => n.beantwortet_am)
        .filter((d): d is Date => d !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    const unterlagenFehlen = offene.length > 0 || (kurzinfo.fehlend.length > 0 && nachgereicht === null);
    if (filter.unterlagenFehlen && !unterlagenFehlen) continue;
    const sortierbar: Sortierbar = {
      status: z.status,
      schonfrist:
        z.schonfrist_ende === null ? null : { ende: z.schonfrist_ende, vorlaeufig: z.schonfrist_vorlaeufig },
      termine: kurzinfo.termine,
      eingereichtAm: z.eingereicht_am,
      vorgangsnummer: z.vorgangsnummer,
    };
    const eil = eilstufe(sortierbar, heute);
    if (filter.dringend && !eil.dringend) continue;
    eintraege.push({
      ...sortierbar,
      antragId: z.id,
      name: kurzinfo.name,
      kurzinfo,
      eil,
      entscheidung: z.entscheidung,
      jobcenterHinweis: z.jobcenter_hinweis,
      offeneNachforderungen: offene,
      nachgereichtAm: nachgereicht,
      unterlagenFehlen,
      zustellung,
    });
  }
  return nachDringlichkeit(eintraege, heute);
}
