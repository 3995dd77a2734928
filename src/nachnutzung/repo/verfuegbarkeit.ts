import type { Db } from '../../db/index.ts';
import { schriftlicherWegText, type Amt } from '../texte.ts';
import { behoerdenNachAgs, findBehoerde, findDienst } from '../../katalog/index.ts';

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
  const [behoerde, dienst, stand] = await Promise.all([
    findBehoerde(db, ags),
    findDienst(db, dienstId),
    db
      .selectFrom('nachnutzung')
      .select(['zustand', 'hinweis_text', 'wirksam_zum', 'voruebergehend_ab', 'voruebergehend_bis'])
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
  ]);
  if (behoerde === undefined || dienst === undefined)
    throw new Error(`Unbekanntes Sozialamt ${ags} oder unbekannter Dienst ${dienstId}`);
  const amt: Amt = behoerde;
  const row = {
    dienst_name: dienst.name,
    zustand: stand?.zustand ?? null,
    hinweis_text: stand?.hinweis_text ?? null,
    wirksam_zum: stand?.wirksam_zum ?? null,
    voruebergehend_ab: stand?.voruebergehend_ab ?? null,
    voruebergehend_bis: stand?.voruebergehend_bis ?? null,
  };
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
  const [rows, dienst] = await Promise.all([
    db
      .selectFrom('nachnutzung')
      .select(['behoerde_ags', 'wirksam_zum'])
      .where('dienst_id', '=', dienstId)
      .where('zustand', '=', 'abgemeldet')
      .orderBy('behoerde_ags')
      .execute(),
    findDienst(db, dienstId),
  ]);
  if (dienst === undefined) return [];
  const behoerden = await behoerdenNachAgs(
    db,
    rows.map((r) => r.behoerde_ags),
  );
  return rows.flatMap((r) => {
    const b = behoerden.get(r.behoerde_ags);
    if (b === undefined) return [];
    return [
      {
        ags: b.ags,
        name: b.name,
        wirksamZum: r.wirksam_zum,
        hinweisText: schriftlicherWegText(b, dienst.name),
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reads for the lifecycle and the administration.
