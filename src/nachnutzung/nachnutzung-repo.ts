import type { Transaction } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Database } from '../db/schema.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { leseVerbindung } from '../zustellung/verbindung.ts';
import type { Fakten } from './lebenszyklus.ts';
import type {
  KontaktRolle,
  Nachnutzung,
  NachnutzungBedingungen,
  NachnutzungEreignis,
  NachnutzungInteressenbekundung,
  NachnutzungKontakt,
  NachnutzungUnterlage,
  NachnutzungVerbindung,
  NachnutzungVerbindungstest,
} from './nachnutzung-tables.ts';
import { schriftlicherWegText, type Amt } from './texte.ts';
import { anbindungsFehler, verbindungsStand } from './verbindung.ts';

/** The database or an open transaction (inside a transaction always pass `trx`, never `db`: PGlite deadlocks). */
export type DbOderTrx = Db | Transaction<Database>;

export function findNachnutzung(db: Db, ags: string, dienstId: string): Promise<Nachnutzung | undefined> {
  return db
    .selectFrom('nachnutzung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
}

/** Names of the offices where each service is live, keyed by service id. */
export async function liveBeiJeDienst(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('nachnutzung')
    .innerJoin('behoerde', 'behoerde.ags', 'nachnutzung.behoerde_ags')
    .select(['nachnutzung.dienst_id', 'behoerde.name'])
    .where('nachnutzung.zustand', 'in', ['produktiv', 'kuendigung_angekuendigt'])
    .orderBy('behoerde.ags')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.dienst_id, [...(map.get(r.dienst_id) ?? []), r.name]);
  return map;
}

/**
 * Embedded default: the pilot Hansestadt Rostock is live for "Übernahme von Mietrückständen", so a first start
 * shows both the online path and the written way. Runs once; never touches an existing record.
 */
export async function seedPilot(db: Db, heute: string): Promise<void> {
  await db
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: '13003',
      dienst_id: DIENST_MIETRUECKSTAENDE,
      zustand: 'produktiv',
      produktiv_seit: heute,
      hinweis_text: null,
      wirksam_zum: null,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doNothing())
    .execute();
}

// ---------------------------------------------------------------------------------------------------------
// What the citizen-facing service asks (wizard, responsibility, office pages).

export type Verfuegbarkeit =
  | { art: 'online'; wirksamZum: string | null }
  | { art: 'voruebergehend_nicht_verfuegbar'; hinweisText: string; wiederVerfuegbarAb: string | null }
  | { art: 'schriftlich'; grund: 'nicht_angebunden' | 'abgemeldet'; hinweisText: string };

/**
 * Whether an office takes online applications for a service today. Compares dates itself, so the answer is
 * right from the first minute of an effective date even before the scheduled job has switched the state.
 * Drafts are never touched; the wizard shows `hinweisText` and keeps them.
 */
export async function onlineVerfuegbarkeit(
  db: Db,
  ags: string,
  dienstId: string,
  heute: string,
): Promise<Verfuegbarkeit> {
  const row = await db
    .selectFrom('behoerde')
    .innerJoin('dienst', (j) => j.on('dienst.id', '=', dienstId))
    .leftJoin('nachnutzung', (j) =>
      j.onRef('nachnutzung.behoerde_ags', '=', 'behoerde.ags').on('nachnutzung.dienst_id', '=', dienstId),
    )
    .select([
      'behoerde.name',
      'behoerde.amt',
      'behoerde.strasse',
      'behoerde.plz',
      'behoerde.ort',
      'behoerde.telefon',
      'behoerde.email',
      'dienst.name as dienst_name',
      'nachnutzung.zustand',
      'nachnutzung.hinweis_text',
      'nachnutzung.wirksam_zum',
      'nachnutzung.voruebergehend_ab',
      'nachnutzung.voruebergehend_bis',
    ])
    .where('behoerde.ags', '=', ags)
    .executeTakeFirst();
  if (row === undefined) throw new Error(`Unbekanntes Sozialamt ${ags} oder unbekannter Dienst ${dienstId}`);
  const amt: Amt = row;
  const schriftlich = (grund: 'nicht_angebunden' | 'abgemeldet'): Verfuegbarkeit => ({
    art: 'schriftlich',
    grund,
    hinweisText: schriftlicherWegText(amt, row.dienst_name),
  });
  const voruebergehend: Verfuegbarkeit = {
    art: 'voruebergehend_nicht_verfuegbar',
    hinweisText: row.hinweis_text ?? schriftlicherWegText(amt, row.dienst_name),
    wiederVerfuegbarAb: row.voruebergehend_bis,
  };
  switch (row.zustand) {
    case 'kuendigung_angekuendigt':
      return row.wirksam_zum !== null && row.wirksam_zum <= heute
        ? schriftlich('abgemeldet')
        : { art: 'online', wirksamZum: row.wirksam_zum };
    case 'produktiv':
      return row.voruebergehend_ab !== null &&
        row.voruebergehend_ab <= heute &&
        (row.voruebergehend_bis === null || row.voruebergehend_bis > heute)
        ? voruebergehend
        : { art: 'online', wirksamZum: null };
    case 'voruebergehend_abgemeldet':
      return row.voruebergehend_bis !== null && row.voruebergehend_bis <= heute
        ? { art: 'online', wirksamZum: null }
        : voruebergehend;
    case 'abgemeldet':
      return schriftlich('abgemeldet');
    default:
      return schriftlich('nicht_angebunden');
  }
}

/**
 * Offices that left a service for good (scenario A): the wizard tells owners of drafts for these offices how
 * to apply in writing; their drafts are kept.
 */
export async function abgemeldeteBehoerden(
  db: Db,
  dienstId: string,
): Promise<{ ags: string; name: string; wirksamZum: string | null; hinweisText: string }[]> {
  const rows = await db
    .selectFrom('nachnutzung')
    .innerJoin('behoerde', 'behoerde.ags', 'nachnutzung.behoerde_ags')
    .innerJoin('dienst', 'dienst.id', 'nachnutzung.dienst_id')
    .select([
      'behoerde.ags',
      'behoerde.name',
      'behoerde.amt',
      'behoerde.strasse',
      'behoerde.plz',
      'behoerde.ort',
      'behoerde.telefon',
      'behoerde.email',
      'dienst.name as dienst_name',
      'nachnutzung.wirksam_zum',
    ])
    .where('nachnutzung.dienst_id', '=', dienstId)
    .where('nachnutzung.zustand', '=', 'abgemeldet')
    .orderBy('behoerde.ags')
    .execute();
  return rows.map((r) => ({
    ags: r.ags,
    name: r.name,
    wirksamZum: r.wirksam_zum,
    hinweisText: schriftlicherWegText(r, r.dienst_name),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Reads for the lifecycle and the administration.

export async function ladeFakten(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
  heute: string,
  jetzt: Date,
): Promise<Fakten> {
  const [stand, bekundung, aktuell, akzeptiert, unterlagen, verbindung, test] = await Promise.all([
    db
      .selectFrom('nachnutzung')
      .select('wirksam_zum')
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    db
      .selectFrom('nachnutzung_interessenbekundung')
      .select('id')
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    aktuelleBedingungenVersion(db),
    db
      .selectFrom('nachnutzung_akzeptanz')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    listeUnterlagen(db, ags, dienstId),
    findeVerbindung(db, ags, dienstId),
    letzterVerbindungstest(db, ags, dienstId),
  ]);
  // zustellung/'s reader takes a Db; a transaction is one (Transaction extends Kysely).
  const transport = await leseVerbindung(db, ags, dienstId);
  return {
    heute,
    interessenbekundung: bekundung !== undefined,
    aktuelleBedingungen: aktuell,
    akzeptierteBedingungen: akzeptiert?.version ?? null,
    unterlagen: {
      bestaetigungen: unterlagen.filter((u) => u.art === 'bestaetigung').length,
      anbindungsunterlagen: unterlagen.filter((u) => u.art === 'anbindungsunterlage').length,
      unbestaetigt: unterlagen.filter((u) => u.empfang_bestaetigt_am === null).length,
    },
    verbindungFehler: anbindungsFehler(transport, verbindung, jetzt),
    testBestanden: testGiltFuer(test, verbindungsStand(transport, verbindung)),
    wirksamZum: stand?.wirksam_zum ?? null,
  };
}

/** A connection test counts only when it passed and tested the connection as it is stored now. */
export function testGiltFuer(test: NachnutzungVerbindungstest | undefined, stand: string | null): boolean {
  return test !== undefined && stand !== null && test.bestanden && test.verbindung_stand === stand;
}

export async function aktuelleBedingungenVersion(db: DbOderTrx): Promise<number | null> {
  const row = await db
    .selectFrom('nachnutzung_bedingungen')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? null;
}

export function listeBedingungen(db: DbOderTrx): Promise<Omit<NachnutzungBedingungen, 'datei'>[]> {
  return db
    .selectFrom('nachnutzung_bedingungen')
    .select(['version', 'titel', 'text', 'dateiname', 'erstellt_von_name', 'erstellt_am'])
    .orderBy('version', 'desc')
    .execute();
}

export function findeBedingungen(
  db: DbOderTrx,
  version: number,
): Promise<NachnutzungBedingungen | undefined> {
  return db
    .selectFrom('nachnutzung_bedingungen')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
}

export function listeAkzeptanzen(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_akzeptanz')
    .select(['version', 'person_name', 'akzeptiert_am'])
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}

export function listeInteressenbekundungen(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungInteressenbekundung[]> {
  return db
    .selectFrom('nachnutzung_interessenbekundung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}

export type UnterlageOhneDatei = Omit<NachnutzungUnterlage, 'datei'>;

export function listeUnterlagen(db: DbOderTrx, ags: string, dienstId: string): Promise<UnterlageOhneDatei[]> {
  return db
    .selectFrom('nachnutzung_unterlage')
    .select([
      'id',
      'behoerde_ags',
      'dienst_id',
      'art',
      'titel',
      'url',
      'text',
      'dateiname',
      'dateityp',
      'erstellt_von_name',
      'erstellt_am',
      'empfang_bestaetigt_am',
      'empfang_bestaetigt_von_name',
    ])
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id')
    .execute();
}

export function findeUnterlage(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
  id: string,
): Promise<NachnutzungUnterlage | undefined> {
  return db
    .selectFrom('nachnutzung_unterlage')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findeVerbindung(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungVerbindung | undefined> {
  return db
    .selectFrom('nachnutzung_verbindung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
}

export function letzterVerbindungstest(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungVerbindungstest | undefined> {
  return db
    .selectFrom('nachnutzung_verbindungstest')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function listeVerbindungstests(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_verbindungstest')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
}

export function listeEntkopplung(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_entkopplung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .execute();
}

/** The timeline of one pair, newest first. */
export function zeitleiste(db: DbOderTrx, ags: string, dienstId: string): Promise<NachnutzungEreignis[]> {
  return db
    .selectFrom('nachnutzung_ereignis')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}

/** Contacts an office should ask: the Land level for everyone, plus the office's own entries. */
export function kontakteFuer(db: DbOderTrx, ags: string | null): Promise<NachnutzungKontakt[]> {
  let q = db.selectFrom('nachnutzung_kontakt').selectAll();
  q =
    ags === null
      ? q.where('behoerde_ags', 'is', null)
      : q.where((eb) => eb.or([eb('behoerde_ags', 'is', null), eb('behoerde_ags', '=', ags)]));
  return q.orderBy('behoerde_ags', 'desc').orderBy('ebene').orderBy('rolle').orderBy('id').execute();
}

export function alleKontakte(db: DbOderTrx): Promise<NachnutzungKontakt[]> {
  return db
    .selectFrom('nachnutzung_kontakt')
    .selectAll()
    .orderBy('behoerde_ags', 'desc')
    .orderBy('ebene')
    .orderBy('rolle')
    .orderBy('id')
    .execute();
}

export function findeKontakt(db: DbOderTrx, id: string): Promise<NachnutzungKontakt | undefined> {
  return db.selectFrom('nachnutzung_kontakt').selectAll().where('id', '=', id).executeTakeFirst();
}

/** E-mail address of the first contact with this role on the Land level, if any. */
export async function kontaktEmail(db: DbOderTrx, rolle: KontaktRolle): Promise<string | null> {
  const row = await db
    .selectFrom('nachnutzung_kontakt')
    .select('email')
    .where('rolle', '=', rolle)
    .where('behoerde_ags', 'is', null)
    .where('email', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.email ?? null;
}
