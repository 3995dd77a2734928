import {
  DEUTSCH,
  STAATEN,
  STAATENLOS,
  UNGEKLAERT,
  staatMitCode,
  staatMitIso,
} from '../../nachricht/index.ts';

// Nationalities as Destatis keys (Staatsangehörigkeitsschlüssel, the list the xSozial message uses; shipped
// in nachricht/codelisten/ with its source), German first, then by name, then "staatenlos" and "ungeklärt".
// EU/EEA/Swiss citizens need no residence title (FreizügG/EU).

export { STAATENLOS, UNGEKLAERT };

/** EU member states, the other EEA states (IS, LI, NO) and Switzerland, as ISO codes. */
const FREIZUEGIG_ISO = (
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' + 'IS LI NO CH'
).split(' ');

/** The same states as Destatis keys. */
export const FREIZUEGIGKEIT = new Set(FREIZUEGIG_ISO.map((iso) => staatMitIso(iso)?.code ?? iso));

export const staatsangehoerigkeiten = [
  { wert: DEUTSCH, label: 'deutsch (Deutschland)' },
  ...STAATEN.filter((s) => s.iso !== undefined && s.code !== DEUTSCH)
    .map((s) => ({ wert: s.code, label: s.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de')),
  { wert: STAATENLOS, label: 'staatenlos' },
  { wert: UNGEKLAERT, label: 'ungeklärt' },
];

export function staatName(code: string): string {
  return staatsangehoerigkeiten.find((s) => s.wert === code)?.label ?? code;
}

/** Needs a residence title: neither German nor EU/EEA/Swiss. */
export function brauchtAufenthaltstitel(code: string): boolean {
  return !FREIZUEGIGKEIT.has(code);
}

/** Maps what BundID delivers ("deutsch", "D", "DE", "DEU", an ISO code or a Destatis key) to our key. */
export function staatAusBundId(wert: string | undefined): string | undefined {
  if (wert === undefined) return undefined;
  const w = wert.trim().toUpperCase();
  if (['DEUTSCH', 'D', 'DE', 'DEU'].includes(w)) return DEUTSCH;
  if (/^\d{3}$/.test(w)) return staatMitCode(w)?.code;
  return staatMitIso(w)?.code;
}
