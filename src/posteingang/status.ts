import { formatEuro } from '../shared/index.ts';

// The status of a case in the office (pure): which changes are allowed, what a decision must carry, and the
// German words for all of it. Handlers and the API call pruefeAenderung() and show its message as it is.
//
//   eingegangen ─▶ in_bearbeitung ⇄ unterlagen_nachgefordert
//                       │                    │
//                       └────▶ entschieden ◀─┘ ─▶ abgeschlossen

export const fallstatus = [
  'eingegangen',
  'in_bearbeitung',
  'unterlagen_nachgefordert',
  'entschieden',
  'abgeschlossen',
] as const;
export type Fallstatus = (typeof fallstatus)[number];

export const entscheidungsarten = ['beihilfe', 'darlehen', 'abgelehnt', 'jobcenter'] as const;
export type Entscheidungsart = (typeof entscheidungsarten)[number];

export const statusNamen: Record<Fallstatus, string> = {
  eingegangen: 'Eingegangen',
  in_bearbeitung: 'In Bearbeitung',
  unterlagen_nachgefordert: 'Unterlagen nachgefordert',
  entschieden: 'Entschieden',
  abgeschlossen: 'Abgeschlossen',
};

/** What the citizen reads on the status page. */
export const statusFuerBuerger: Record<Fallstatus, string> = {
  eingegangen: 'Ihr Antrag ist beim Sozialamt eingegangen und wartet auf die Bearbeitung.',
  in_bearbeitung: 'Das Sozialamt bearbeitet Ihren Antrag.',
  unterlagen_nachgefordert: 'Das Sozialamt braucht noch Unterlagen von Ihnen.',
  entschieden: 'Das Sozialamt hat über Ihren Antrag entschieden. Sie bekommen einen Bescheid.',
  abgeschlossen: 'Ihr Antrag ist abgeschlossen.',
};

export const entscheidungsNamen: Record<Entscheidungsart, string> = {
  beihilfe: 'Bewilligt als Beihilfe',
  darlehen: 'Bewilligt als Darlehen',
  abgelehnt: 'Abgelehnt',
  jobcenter: 'An das Jobcenter weitergeleitet',
};

/** The transitions a case may take, and nothing else. */
export const erlaubteUebergaenge: Readonly<Record<Fallstatus, readonly Fallstatus[]>> = {
  eingegangen: ['in_bearbeitung'],
  in_bearbeitung: ['unterlagen_nachgefordert', 'entschieden'],
  unterlagen_nachgefordert: ['in_bearbeitung', 'entschieden'],
  entschieden: ['abgeschlossen'],
  abgeschlossen: [],
};

export const istFallstatus = (w: unknown): w is Fallstatus =>
  typeof w === 'string' && (fallstatus as readonly string[]).includes(w);
export const istEntscheidungsart = (w: unknown): w is Entscheidungsart =>
  typeof w === 'string' && (entscheidungsarten as readonly string[]).includes(w);

export type Entscheidung =
  | { art: 'beihilfe' | 'darlehen'; betragCent: number }
  | { art: 'abgelehnt' }
  | { art: 'jobcenter'; weitergeleitetAm: string };

export type Aenderung = { nach: Fallstatus; entscheidung?: Entscheidung | undefined };

export type Pruefung =
  | { ok: true }
  | { ok: false; feld: 'status' | 'entscheidung' | 'betrag' | 'weitergeleitetAm'; meldung: string };

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

function gueltigesDatum(iso: string): boolean {
  if (!ISO_DATUM.test(iso)) return false;
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Highest amount a decision may carry (plausibility: 100.000 €). */
export const HOECHSTBETRAG_CENT = 10_000_000;

/**
 * Whether a case in status `von` may change as asked, on day `heute` (ISO). The message says in plain German
 * why not, and which changes are possible instead.
 */
export function pruefeAenderung(von: Fallstatus, a: Aenderung, heute: string): Pruefung {
  if (a.nach === von)
    return { ok: false, feld: 'status', meldung: `Der Antrag hat den Status „${statusNamen[von]}“ bereits.` };
  const moeglich = erlaubteUebergaenge[von];
  if (!moeglich.includes(a.nach)) {
    const danach =
      moeglich.length === 0
        ? 'Ein abgeschlossener Antrag kann nicht mehr geändert werden.'
        : `Möglich ist nur: ${moeglich.map((s) => `„${statusNamen[s]}“`).join(' oder ')}.`;
    return {
      ok: false,
      feld: 'status',
      meldung: `Ein Antrag mit dem Status „${statusNamen[von]}“ kann nicht auf „${statusNamen[a.nach]}“ gesetzt werden. ${danach}`,
    };
  }
  if (a.nach !== 'entschieden') {
    if (a.entscheidung !== undefined)
      return {
        ok: false,
        feld: 'entscheidung',
        meldung: 'Eine Entscheidung gehört nur zum Status „Entschieden“.',
      };
    return { ok: true };
  }
  const e = a.entscheidung;
  if (e === undefined)
    return { ok: false, feld: 'entscheidung', meldung: 'Wählen Sie aus, wie entschieden wurde.' };
  if (e.art === 'beihilfe' || e.art === 'darlehen') {
    if (!Number.isInteger(e.betragCent) || e.betragCent <= 0)
      return {
        ok: false,
        feld: 'betrag',
        meldung: 'Geben Sie den bewilligten Betrag in Euro an, zum Beispiel 1.250,00.',
      };
    if (e.betragCent > HOECHSTBETRAG_CENT)
      return { ok: false, feld: 'betrag', meldung: 'Der Betrag ist zu hoch (höchstens 100.000,00 €).' };
  }
  if (e.art === 'jobcenter') {
    if (!gueltigesDatum(e.weitergeleitetAm))
      return {
        ok: false,
        feld: 'weitergeleitetAm',
        meldung: 'Geben Sie an, an welchem Tag der Antrag an das Jobcenter weitergeleitet wurde.',
      };
    if (e.weitergeleitetAm > heute)
      return {
        ok: false,
        feld: 'weitergeleitetAm',
        meldung: 'Das Datum der Weiterleitung darf nicht in der Zukunft liegen.',
      };
  }
  return { ok: true };
}

/** "Bewilligt als Darlehen: 1.250,00 €", "An das Jobcenter weitergeleitet am 4. Januar 2027". */
export function entscheidungText(
  e: { art: Entscheidungsart; betragCent: number | null; weitergeleitetAm: string | null },
  datum: (iso: string) => string,
): string {
  const name = entscheidungsNamen[e.art];
  if ((e.art === 'beihilfe' || e.art === 'darlehen') && e.betragCent !== null)
    return `${name}: ${formatEuro(e.betragCent)}`;
  if (e.art === 'jobcenter' && e.weitergeleitetAm !== null) return `${name} am ${datum(e.weitergeleitetAm)}`;
  return name;
}

/** "1.250,00", "1250", "1250,5", "1.250 €" → cents; undefined when it is not an amount. */
export function leseEuro(eingabe: string): number | undefined {
  const t = eingabe.replace(/€/g, '').replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(t)) return undefined;
  const [ganz = '0', bruch = ''] = t.replace(/\./g, '').split(',');
  return Number(ganz) * 100 + Number(bruch.padEnd(2, '0'));
}
