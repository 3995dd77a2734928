import type { Db } from '../../db/client.ts';
import { schriftlicherWegText, type Amt } from '../texte.ts';

// Whether citizens can apply online at an office for a service today, and which offices have left.

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
