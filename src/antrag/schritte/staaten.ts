// Nationalities as ISO 3166-1 alpha-2 codes with German names from the runtime's ICU data (Intl.DisplayNames),
// plus "staatenlos" and "ungeklärt". EU/EEA/Swiss citizens need no residence title (FreizügG/EU).

const CODES = (
  'AF EG AL DZ AD AO AG GQ AR AM AZ ET AU BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CL CN CR CI DK DE ' +
  'DM DO DJ EC SV ER EE SZ FJ FI FR GA GM GE GH GD GR GT GN GW GY HT HN IN ID IQ IR IE IS IL IT JM JP YE JO KH ' +
  'CM CA CV KZ QA KE KG KI CO KM CG CD XK HR CU KW LA LS LV LB LR LY LI LT LU MG MW MY MV ML MT MA MH MR MU MX ' +
  'FM MD MC MN ME MZ MM NA NR NP NZ NI NL NE NG KP MK NO OM AT TL PK PS PW PA PG PY PE PH PL PT RW RO RU SB ZM ' +
  'WS SM ST SA SE CH SN RS SC SL ZW SG SK SI SO ES LK KN LC VC ZA SD SS SR SY TJ TW TZ TH TG TO TT TD CZ TN TR ' +
  'TM TV UG UA HU UY UZ VU VA VE AE US GB VN CF CY'
).split(' ');

/** EU member states, the other EEA states (IS, LI, NO) and Switzerland. */
export const FREIZUEGIGKEIT = new Set(
  ('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' + 'IS LI NO CH').split(
    ' ',
  ),
);

const namen = new Intl.DisplayNames(['de'], { type: 'region' });

export const STAATENLOS = 'staatenlos';
export const UNGEKLAERT = 'ungeklaert';

export const staatsangehoerigkeiten = [
  { wert: 'DE', label: 'deutsch (Deutschland)' },
  ...CODES.filter((c) => c !== 'DE')
    .map((c) => ({ wert: c, label: namen.of(c) ?? c }))
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

/** Maps what BundID delivers ("deutsch", "D", "DE", "DEU", "AT") to our code, or undefined. */
export function staatAusBundId(wert: string | undefined): string | undefined {
  if (wert === undefined) return undefined;
  const w = wert.trim().toUpperCase();
  if (['DEUTSCH', 'D', 'DE', 'DEU'].includes(w)) return 'DE';
  return CODES.includes(w) ? w : undefined;
}
