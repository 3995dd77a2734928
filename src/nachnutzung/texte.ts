import { formatDatum } from '../shared/index.ts';

// Texts the re-use management generates: the Nachnutzungskonzept's template for the declaration of interest
// (wording kept exactly, placeholders filled in), the notice for citizens during a temporary
// deregistration, the written way after a permanent one, and the notices to the MiK.

export type Interessenbekundung = {
  /** [zuständige Stelle] */
  stelle: string;
  /** [Name des Dienstes] */
  dienst: string;
  /** [Datum], ISO */
  startDatum: string;
  /** [Kontakt] */
  kontakt: { name: string; email?: string | undefined; telefon?: string | undefined };
  /** [Signatur] */
  signatur: string;
};

export function kontaktText(k: Interessenbekundung['kontakt']): string {
  const wege = [k.email, k.telefon].filter((x): x is string => x !== undefined && x.trim() !== '');
  return wege.length === 0 ? k.name : `${k.name} (${wege.join(', ')})`;
}

export function interessenbekundungBetreff(i: Pick<Interessenbekundung, 'stelle' | 'dienst'>): string {
  return `Interessenbekundung zur Nachnutzung des EfA-Onlinedienstes ${i.dienst} – ${i.stelle}`;
}

/** The seed's template with the placeholders filled in. */
export function interessenbekundungText(i: Interessenbekundung): string {
  return [
    'Lieber eGO MV,',
    '',
    `hiermit informiere ich Sie, dass ${i.stelle} den EfA-Onlinedienst ${i.dienst} ab dem ${formatDatum(i.startDatum)} nachnutzen möchte. Ich bestätige außerdem, dass wir die Nachnutzungsbedingungen für EfA-Onlinediensten in MV akzeptieren. Ich bitte Sie daher uns die Unterlagen zur Anbindung zur Verfügung zu stellen.`,
    '',
    `Im weiteren Verlauf der Anbindung wird ${kontaktText(i.kontakt)} als Ansprechperson verantwortlich sein.`,
    '',
    'Mit freundlichen Grüßen,',
    i.signatur.trim(),
  ].join('\n');
}

export type Amt = {
  name: string;
  amt: string;
  strasse: string;
  plz: string;
  ort: string;
  telefon: string | null;
  email: string | null;
};

export function amtAnschrift(b: Amt): string {
  const wege = [
    b.telefon === null ? null : `Telefon ${b.telefon}`,
    b.email === null ? null : `E-Mail ${b.email}`,
  ].filter((x) => x !== null);
  return `${b.name}, ${b.amt}, ${b.strasse}, ${b.plz} ${b.ort}${wege.length === 0 ? '' : `, ${wege.join(', ')}`}`;
}

/** Scenario B: shown on the office's page and at the start of the application for that office. */
export function voruebergehendHinweis(b: Amt, dienst: string, wiederAb: string | null): string {
  return [
    `Der Online-Dienst „${dienst}“ ist für Anträge an ${b.name} vorübergehend nicht verfügbar.`,
    wiederAb === null
      ? 'Wann er wieder verfügbar ist, steht noch nicht fest.'
      : `Er ist voraussichtlich ab dem ${formatDatum(wiederAb)} wieder verfügbar.`,
    `Bitte stellen Sie Ihren Antrag in der Zwischenzeit schriftlich oder persönlich: ${amtAnschrift(b)}.`,
    'Bereits gespeicherte Angaben in Ihrem Entwurf bleiben erhalten.',
  ].join(' ');
}

/** Scenario A and offices that never connected: how to apply in writing. */
export function schriftlicherWegText(b: Amt, dienst: string): string {
  return `Für ${b.name} können Sie „${dienst}“ nicht online beantragen. Bitte stellen Sie Ihren Antrag schriftlich oder persönlich: ${amtAnschrift(b)}.`;
}

export function mikMeldungVoruebergehend(m: {
  stelle: string;
  dienst: string;
  grund: string;
  ab: string;
  bis: string | null;
  person: string;
}): { betreff: string; text: string } {
  return {
    betreff: `Vorübergehende Abmeldung: ${m.dienst} – ${m.stelle}`,
    text: [
      'Guten Tag,',
      '',
      `${m.stelle} meldet den EfA-Onlinedienst ${m.dienst} vorübergehend ab.`,
      '',
      `Beginn: ${formatDatum(m.ab)}`,
      `Voraussichtliche Wiederaufnahme: ${m.bis === null ? 'noch offen' : formatDatum(m.bis)}`,
      `Begründung: ${m.grund}`,
      '',
      'Bürgerinnen und Bürger sehen in dieser Zeit einen Hinweis auf den schriftlichen Antragsweg. Bereits begonnene Entwürfe bleiben erhalten.',
      '',
      `Erfasst von: ${m.person}`,
    ].join('\n'),
  };
}

export function mikMeldungKuendigung(m: {
  stelle: string;
  dienst: string;
  grund: string;
  eingang: string;
  wirksamZum: string;
  person: string;
}): { betreff: string; text: string } {
  return {
    betreff: `Dauerhafte Abmeldung (Kündigung): ${m.dienst} – ${m.stelle}`,
    text: [
      'Guten Tag,',
      '',
      `${m.stelle} kündigt die Nachnutzung des EfA-Onlinedienstes ${m.dienst} dauerhaft.`,
      '',
      `Eingang der Kündigung: ${formatDatum(m.eingang)}`,
      `Frist: 3 Monate zum Monatsende – die Abmeldung wird wirksam zum ${formatDatum(m.wirksamZum)}.`,
      `Begründung: ${m.grund}`,
      '',
      'Wir bitten um Abstimmung der technischen Entkopplung mit dem MiK und dem Themenfeldführer (TFF).',
      '',
      `Erfasst von: ${m.person}`,
    ].join('\n'),
  };
}

/** Scenario A: the checklist for the technical decoupling agreed with the MiK and the TFF. */
export const entkopplungsPunkte = [
  { id: 'mik_angekuendigt', text: 'Kündigung beim MiK angekündigt' },
  { id: 'termin_abgestimmt', text: 'Ablauf und Termin der Entkopplung mit MiK und TFF abgestimmt' },
  { id: 'letzte_antraege', text: 'Letzte Anträge vollständig zugestellt und im Fachverfahren übernommen' },
  { id: 'zustellung_entfernt', text: 'Zustellweg abgeschaltet (XTA-Postfach, DVDV-Eintrag, Zertifikat)' },
  { id: 'fachverfahren_getrennt', text: 'Fachverfahren vom Online-Dienst getrennt' },
  { id: 'schriftlicher_weg', text: 'Schriftlicher Antragsweg auf der Seite des Sozialamts beschrieben' },
  { id: 'entkopplung_bestaetigt', text: 'Entkopplung durch MiK und TFF bestätigt' },
] as const;
export type EntkopplungsPunkt = (typeof entkopplungsPunkte)[number]['id'];
