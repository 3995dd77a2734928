import type { BehoerdeTable } from './katalog-tables.ts';

type Stammdaten = Omit<
  BehoerdeTable,
  'datenschutz_hinweis' | 'barrierefreiheit_erklaerung' | 'aktualisiert_am' | 'datenschutz_kontakt'
> & { datenschutz_kontakt?: string };

// The eight örtliche Träger der Sozialhilfe in M-V (§ 3 Abs. 2 SGB XII): two kreisfreie Städte, six Landkreise.
// AGS/ARS from Destatis. Addresses and phone numbers are the public main addresses of the Kreisverwaltungen;
// each office confirms or corrects them in the re-use administration before going live.
export const behoerdenStammdaten: Stammdaten[] = [
  {
    ags: '13003',
    ars: '130030000000',
    name: 'Hanse- und Universitätsstadt Rostock',
    kurzname: 'Hansestadt Rostock',
    art: 'kreisfreie_stadt',
    amt: 'Amt für Soziales und Teilhabe, Abteilung Sozialhilfe, Sachgebiet Grundsicherung I und II',
    strasse: 'St.-Georg-Straße 109',
    plz: '18055',
    ort: 'Rostock',
    telefon: '+49 381 381-2547',
    email: null,
    webseite: 'https://rathaus.rostock.de',
    sprechzeiten: 'Dienstag 9 bis 12 Uhr und 13:30 bis 18 Uhr',
    datenschutz_kontakt:
      'Büro der Oberbürgermeisterin – Behördlicher Datenschutz, Neuer Markt 1, 18055 Rostock',
  },
  {
    ags: '13004',
    ars: '130040000000',
    name: 'Landeshauptstadt Schwerin',
    kurzname: 'Landeshauptstadt Schwerin',
    art: 'kreisfreie_stadt',
    amt: 'Fachdienst Soziales',
    strasse: 'Am Packhof 2–6',
    plz: '19053',
    ort: 'Schwerin',
    telefon: '+49 385 545-0',
    email: null,
    webseite: 'https://www.schwerin.de',
    sprechzeiten: null,
  },
  {
    ags: '13071',
    ars: '130710000000',
    name: 'Landkreis Mecklenburgische Seenplatte',
    kurzname: 'Mecklenburgische Seenplatte',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Platanenstraße 43',
    plz: '17033',
    ort: 'Neubrandenburg',
    telefon: '+49 395 57087-0',
    email: null,
    webseite: 'https://www.lk-mecklenburgische-seenplatte.de',
    sprechzeiten: null,
  },
  {
    ags: '13072',
    ars: '130720000000',
    name: 'Landkreis Rostock',
    kurzname: 'Landkreis Rostock',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Am Wall 3–5',
    plz: '18273',
    ort: 'Güstrow',
    telefon: '+49 3843 755-0',
    email: null,
    webseite: 'https://www.landkreis-rostock.de',
    sprechzeiten: null,
  },
  {
    ags: '13073',
    ars: '130730000000',
    name: 'Landkreis Vorpommern-Rügen',
    kurzname: 'Vorpommern-Rügen',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Carl-Heydemann-Ring 67',
    plz: '18437',
    ort: 'Stralsund',
    telefon: '+49 3831 357-1000',
    email: null,
    webseite: 'https://www.lk-vr.de',
    sprechzeiten: null,
  },
  {
    ags: '13074',
    ars: '130740000000',
    name: 'Landkreis Nordwestmecklenburg',
    kurzname: 'Nordwestmecklenburg',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Rostocker Straße 76',
    plz: '23970',
    ort: 'Wismar',
    telefon: '+49 3841 3040-0',
    email: null,
    webseite: 'https://www.nordwestmecklenburg.de',
    sprechzeiten: null,
  },
  {
    ags: '13075',
    ars: '130750000000',
    name: 'Landkreis Vorpommern-Greifswald',
    kurzname: 'Vorpommern-Greifswald',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Feldstraße 85a',
    plz: '17489',
    ort: 'Greifswald',
    telefon: '+49 3834 8760-0',
    email: null,
    webseite: 'https://www.kreis-vg.de',
    sprechzeiten: null,
  },
  {
    ags: '13076',
    ars: '130760000000',
    name: 'Landkreis Ludwigslust-Parchim',
    kurzname: 'Ludwigslust-Parchim',
    art: 'landkreis',
    amt: 'Sozialamt',
    strasse: 'Putlitzer Straße 25',
    plz: '19370',
    ort: 'Parchim',
    telefon: '+49 3871 722-0',
    email: null,
    webseite: 'https://www.kreis-lup.de',
    sprechzeiten: null,
  },
];

export function behoerdenSeed(): Omit<BehoerdeTable, 'aktualisiert_am'>[] {
  return behoerdenStammdaten.map((b) => {
    const datenschutzKontakt =
      b.datenschutz_kontakt ??
      `Behördliche Datenschutzbeauftragte, ${b.name}, ${b.strasse}, ${b.plz} ${b.ort}`;
    return {
      ...b,
      datenschutz_kontakt: datenschutzKontakt,
      datenschutz_hinweis: datenschutzHinweis(b, datenschutzKontakt),
      barrierefreiheit_erklaerung: barrierefreiheitErklaerung(b),
    };
  });
}

/** Default Art. 13 DSGVO text of an office; the office edits it later. Paragraphs are separated by blank lines. */
function datenschutzHinweis(b: Stammdaten, kontakt: string): string {
  return [
    `Verantwortlich für die Verarbeitung Ihrer Daten ist: ${b.name}, ${b.amt}, ${b.strasse}, ${b.plz} ${b.ort}.`,
    `Datenschutzbeauftragte Stelle: ${kontakt}.`,
    'Zweck: Wir prüfen Ihren Antrag auf Übernahme von Mietrückständen und entscheiden darüber. Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe c und e DSGVO in Verbindung mit §§ 67a ff. SGB X und § 36 SGB XII (bei Bürgergeld § 22 Abs. 8 SGB II). Angaben zu Ihrer Gesundheit verarbeiten wir nur, soweit Sie sie selbst machen (Art. 9 DSGVO, § 67 Abs. 2 SGB X).',
    'Empfänger: Ihre Daten gehen an das zuständige Sozialamt. Mit Ihrer Einwilligung nehmen wir Kontakt zu Ihrem Vermieter, dem Gericht, dem Jobcenter, der Wohngeldstelle, Ihrem Energieversorger oder einer Schuldnerberatung auf. Bürgergeld-Anträge leiten wir an das Jobcenter weiter (§ 16 Abs. 2 SGB I). Der Betrieb des Online-Dienstes erfolgt im Auftrag (Art. 28 DSGVO). Eine Übermittlung in Drittländer findet nicht statt.',
    'Speicherdauer: Nicht abgeschickte Entwürfe werden nach 30 Tagen ohne Bearbeitung gelöscht. Abgeschickte Anträge bleiben im Online-Dienst nur so lange gespeichert, bis sie sicher an das Sozialamt übermittelt wurden. In der Akte des Sozialamts gelten dessen Aufbewahrungsfristen.',
    'Ihre Rechte: Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO, Einschränkungen nach §§ 82 bis 84 SGB X). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen.',
    'Beschwerde: Sie können sich beim Landesbeauftragten für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern beschweren, Werderstraße 74a, 19055 Schwerin.',
    'Mitwirkung: Die Angaben sind für die Entscheidung nötig (Mitwirkungspflicht nach § 60 SGB I). Fehlen sie, kann die Leistung nach § 66 SGB I versagt werden. Eine automatisierte Entscheidung im Sinne von Art. 22 DSGVO findet nicht statt.',
  ].join('\n\n');
}

function barrierefreiheitErklaerung(b: Stammdaten): string {
  return [
    `Diese Erklärung gilt für den Online-Dienst „Übernahme von Mietrückständen“, soweit er von ${b.name} angeboten wird.`,
    'Stand der Vereinbarkeit: Der Online-Dienst ist mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung Mecklenburg-Vorpommern (BITVO M-V) und der WCAG 2.1 Stufe AA teilweise vereinbar.',
    'Nicht barrierefreie Inhalte: Für die Startseite gibt es noch kein Video in Deutscher Gebärdensprache. Der PDF-Antrag ist getaggt, die volle Konformität mit PDF/UA ist noch nicht geprüft.',
    'Erstellung: Die Erklärung wurde am 29.11.2026 erstellt. Grundlage ist eine Selbstbewertung mit automatischen Prüfungen (axe-core) bei jeder Änderung.',
    `Feedback: Wenn Ihnen Barrieren auffallen, schreiben Sie uns oder rufen Sie uns an: ${b.amt}, ${b.strasse}, ${b.plz} ${b.ort}${b.telefon === null ? '' : `, Telefon ${b.telefon}`}. Wir antworten innerhalb von 6 Wochen.`,
    'Durchsetzungsverfahren: Wenn Sie innerhalb von 6 Wochen keine zufriedenstellende Antwort erhalten, können Sie sich an die Anlauf- und Überwachungsstelle Digitale Barrierefreiheit beim Ministerium für Soziales, Gesundheit und Sport Mecklenburg-Vorpommern wenden (§ 2 Abs. 1 BITVO M-V), Werderstraße 124, 19055 Schwerin.',
  ].join('\n\n');
}
