/** The fact sheet ("Steckbrief") of an EfA service, as the seed lists it. */
export type Steckbrief = {
  name: string;
  ozgId: string;
  leikaId: string;
  anzahlAntragsstrecken: number;
  verfuegbarSeit: string;
  zustaendigesFachressortMv: string;
  zustaendigeStelle: string;
  pilotkommuneMv: string;
  bela: string;
  federfuehrendesMinisterium: string;
  themenfeld: string;
  plattform: string;
  itDienstleister: string;
  xStandard: string;
  transportweg: string;
  anschlussfaehigeFachverfahren: string[];
  authentifizierung: string;
  anschlussNutzerkonto: string;
  ePayment: string;
  beschaffung: string;
  quellen: { titel: string; url: string }[];
};

export const DIENST_MIETRUECKSTAENDE = 'uebernahme-mietrueckstaende';

export const steckbriefMietrueckstaende: Steckbrief = {
  name: 'Übernahme von Mietrückständen',
  ozgId: '10090',
  leikaId: '99107042000000',
  anzahlAntragsstrecken: 1,
  verfuegbarSeit: '03/2022, wird stetig weiterentwickelt',
  zustaendigesFachressortMv: 'Referat IX 310, Sozialhilfe und Grundsicherung, Sozialministerium (SM)',
  zustaendigeStelle: 'Sozialämter der Landkreise und kreisfreien Städte',
  pilotkommuneMv: 'Hansestadt Rostock',
  bela: 'Nordrhein-Westfalen',
  federfuehrendesMinisterium: 'Ministerium für Arbeit, Gesundheit und Soziales (NRW)',
  themenfeld: 'Arbeit & Ruhestand',
  plattform: 'Sozialplattform',
  itDienstleister: 'IT.NRW',
  xStandard:
    'xSozial-basis (laut Steckbrief Version 2.2; die Sozialplattform sendet heute 2.4.0, 2.5.0 ist angekündigt)',
  transportweg: 'OSCI XTA / OSCI-Postfach',
  anschlussfaehigeFachverfahren: ['Prosoz', 'Lämmerzahl (nur über Governikus ComVibilia)'],
  authentifizierung: 'BundID',
  anschlussNutzerkonto: '–',
  ePayment: 'nicht notwendig',
  beschaffung:
    'Zentral durch das Land M-V beschafft und den kommunalen Vollzugsbehörden kostenneutral zur Verfügung gestellt; Strukturen nach den Vorgaben der AG RaBe-EfA (IT-PLR 2023/07).',
  quellen: [
    {
      titel: 'Generischer Anbindungsleitfaden EfA',
      url: 'https://zb.mv-serviceportal.de/static/MVP/Anbindungsleitfaden_EfA.pdf',
    },
    { titel: 'MV Serviceportal', url: 'https://www.mv-serviceportal.de/leistung?leistungId=115520181' },
    {
      titel: 'Informationsseite für Behörden (BeLa)',
      url: 'https://sozialplattform.de/inhalt/informationsseite-fuer-behoerden',
    },
    { titel: 'FAQ (BeLa)', url: 'https://sozialplattform.de/de/inhalt/haeufig-gestellte-fragen' },
    { titel: 'Release Notes', url: 'https://www.nrw-connect-extern.nrw.de/' },
    {
      titel: 'xSozial-basis in XRepository',
      url: 'https://www.xrepository.de/details/urn:xoev-de:d-nrw:standard:xsozialbasis',
    },
  ],
};

type DienstEintrag = {
  id: string;
  name: string;
  imRolloutMv: boolean;
  eigeneAntragsstrecke?: boolean;
  ozgId?: string;
  leikaId?: string;
  steckbrief?: Steckbrief;
};

const SOZIALPLATTFORM = 'https://sozialplattform.de';

/** The seed's list of reusable services, in its order, then the three deferred counselling services. */
export const dienste: DienstEintrag[] = [
  { id: 'buergergeld', name: 'Bürgergeld', imRolloutMv: true },
  { id: 'hilfe-zum-lebensunterhalt', name: 'Hilfe zum Lebensunterhalt', imRolloutMv: true },
  { id: 'grundsicherung', name: 'Grundsicherung im Alter und bei Erwerbsminderung', imRolloutMv: true },
  { id: 'asylbewerberleistungen', name: 'Leistungen nach Asylbewerberleistungsgesetz', imRolloutMv: true },
  {
    id: DIENST_MIETRUECKSTAENDE,
    name: 'Übernahme von Mietrückständen',
    imRolloutMv: true,
    eigeneAntragsstrecke: true,
    ozgId: '10090',
    leikaId: '99107042000000',
    steckbrief: steckbriefMietrueckstaende,
  },
  { id: 'bildung-und-teilhabe', name: 'Bedarf für Bildung und Teilhabe', imRolloutMv: true },
  {
    id: 'wohnberechtigungsschein',
    name: 'Bescheinigung für Geringverdiener – Wohnberechtigungsschein',
    imRolloutMv: true,
  },
  {
    id: 'aufnahme-erwerbstaetigkeit',
    name: 'Förderung der Aufnahme einer Erwerbstätigkeit',
    imRolloutMv: true,
  },
  { id: 'berufliche-eingliederung', name: 'Aktivierung und berufliche Eingliederung', imRolloutMv: true },
  { id: 'soziale-entschaedigung', name: 'Soziale Entschädigung SGB XIV', imRolloutMv: true },
  { id: 'suchtberatung', name: 'Suchtberatung', imRolloutMv: false },
  { id: 'schuldnerberatung', name: 'Schuldnerberatung', imRolloutMv: false },
  {
    id: 'besondere-soziale-schwierigkeiten',
    name: 'Hilfe zur Überwindung besonderer sozialer Schwierigkeiten',
    imRolloutMv: false,
  },
];

export function externerLink(d: DienstEintrag): string | null {
  return d.eigeneAntragsstrecke === true ? null : SOZIALPLATTFORM;
}
