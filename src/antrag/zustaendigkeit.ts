import type { Db } from '../db/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import {
  ermittleZustaendigkeit,
  verfuegbarkeit,
  kreisAgs,
  type Verfuegbarkeit,
} from '../zustaendigkeit/index.ts';
import { wohnungSozialamt } from './schritte/sozialamt.ts';
import { wohnungAnschrift } from './schritte/wohnung.ts';
import { auswerten, wohnungsPlz, type AntragDaten, type EntwurfInhalt, type FlowKontext } from './flow.ts';

// The one place where the application learns which office is responsible and whether it takes the application
// online. The flow stays pure: what needs the database (routing the flat's postal code through the gazetteer,
// the office's re-use state) is looked up here, before the draft is evaluated, and handed in as FlowKontext.

/** AGS of the responsible office (örtlicher Träger der Sozialhilfe, § 98 SGB XII: where the flat is). */
export function zustaendigesAmt(d: AntragDaten): string | undefined {
  return d['wohnung-sozialamt']?.ags;
}

/**
 * The office a stored draft names, read from its raw answer without a database: the chosen Kreis, or the Kreis
 * of the chosen municipality (first five digits of its AGS). For parts that look at many drafts at once (e.g.
 * nachnutzung's notices); the wizard itself evaluates the draft with `flowKontext`.
 */
export function amtDesEntwurfs(inhalt: EntwurfInhalt): string | undefined {
  const roh = inhalt.eingaben['wohnung-sozialamt'];
  const ags = typeof roh?.ags === 'string' ? roh.ags : undefined;
  const gemeinde = typeof roh?.gemeinde === 'string' ? roh.gemeinde : undefined;
  if (ags !== undefined && /^\d{5}$/.test(ags)) return ags;
  if (gemeinde !== undefined && /^\d{8}$/.test(gemeinde)) return kreisAgs(gemeinde);
  return undefined;
}

export async function verfuegbarkeitVon(
  db: Db,
  ags: string,
  heute: string,
): Promise<Verfuegbarkeit | undefined> {
  try {
    return await verfuegbarkeit(db, ags, DIENST_MIETRUECKSTAENDE, heute);
  } catch {
    return undefined; // not an office of this installation
  }
}

/**
 * The context to evaluate a draft in: routing for the flat's postal code, and of the office that follows from
 * it, whether it takes the application online today. Each lookup needs the answers before it, so the draft is
 * evaluated step by step: without routing (→ postal code), with routing (→ office).
 */
export async function flowKontext(db: Db, inhalt: EntwurfInhalt, heute: string): Promise<FlowKontext> {
  // Only the steps up to the one that gives the answer are evaluated (the rest cannot change it).
  const plz = wohnungsPlz(auswerten(inhalt, { heute, onlineAemter: [] }, wohnungAnschrift.id).daten);
  const zustaendigkeit = plz === undefined ? undefined : await ermittleZustaendigkeit(db, { plz });
  const ags = zustaendigesAmt(
    auswerten(inhalt, { heute, onlineAemter: [], zustaendigkeit }, wohnungSozialamt.id).daten,
  );
  if (ags === undefined) return { heute, zustaendigkeit, onlineAemter: [] };
  const online = (await verfuegbarkeitVon(db, ags, heute))?.art === 'online';
  return { heute, zustaendigkeit, onlineAemter: online ? [ags] : [] };
}
