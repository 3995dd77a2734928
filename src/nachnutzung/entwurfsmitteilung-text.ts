import { formatDatum } from '../shared/index.ts';
import type { Amt } from './texte.ts';

// The e-mail to the owner of a draft when the office stops taking online applications (ADR 0012). It names
// only the office, public contact data and dates: nothing of what the citizen entered. The link leads to the
// draft, which asks for the BundID login.

export type EntwurfsmitteilungAnlass =
  | { art: 'dauerhaft'; seit: string }
  | {
      art: 'voruebergehend';
      seit: string;
      /** expected resumption (available again on this day); null: open */
      bis: string | null;
      /** the office's own notice, only when it differs from the standard text */
      hinweis: string | null;
    };

export type Entwurfsmitteilung = {
  anlass: EntwurfsmitteilungAnlass;
  amt: Amt & { sprechzeiten: string | null };
  dienst: string;
  link: string;
  /** ISO date on which the draft is deleted if it is not changed before */
  loeschdatum: string;
};

function kontaktZeilen(a: Entwurfsmitteilung['amt']): string[] {
  return [
    a.name,
    a.amt,
    `${a.strasse}, ${a.plz} ${a.ort}`,
    ...(a.telefon === null ? [] : [`Telefon: ${a.telefon}`]),
    ...(a.email === null ? [] : [`E-Mail: ${a.email}`]),
    ...(a.sprechzeiten === null ? [] : [`Sprechzeiten: ${a.sprechzeiten}`]),
  ];
}

export function entwurfsmitteilungText(m: Entwurfsmitteilung): { betreff: string; text: string } {
  const a = m.anlass;
  const lage =
    a.art === 'dauerhaft'
      ? [
          `Sie haben online einen Antrag auf „${m.dienst}“ begonnen. Zuständig ist ${m.amt.name}.`,
          `Seit dem ${formatDatum(a.seit)} nimmt ${m.amt.name} diesen Antrag nicht mehr online an. Sie können Ihren Antrag dort nur noch schriftlich oder persönlich stellen.`,
        ]
      : [
          `Sie haben online einen Antrag auf „${m.dienst}“ begonnen. Zuständig ist ${m.amt.name}.`,
          `Seit dem ${formatDatum(a.seit)} ist der Online-Antrag für ${m.amt.name} vorübergehend nicht verfügbar. ${
            a.bis === null
              ? 'Wann er wieder verfügbar ist, steht noch nicht fest.'
              : `Er ist voraussichtlich ab dem ${formatDatum(a.bis)} wieder verfügbar.`
          }`,
          ...(a.hinweis === null ? [] : ['', 'Hinweis des Sozialamts:', a.hinweis]),
        ];
  const gespeichert =
    a.art === 'dauerhaft'
      ? 'Ihre bisherigen Angaben bleiben gespeichert. Sie können sie nach der Anmeldung mit Ihrem BundID-Konto ansehen und für Ihren schriftlichen Antrag nutzen:'
      : 'Ihre bisherigen Angaben bleiben gespeichert. Sobald der Online-Antrag wieder verfügbar ist, können Sie ihn nach der Anmeldung mit Ihrem BundID-Konto fortsetzen und absenden:';
  return {
    betreff:
      a.art === 'dauerhaft'
        ? `Ihr Antrag: ${m.amt.name} nimmt ihn nicht mehr online an`
        : `Ihr Antrag: zurzeit nicht online möglich bei ${m.amt.name}`,
    text: [
      'Guten Tag,',
      '',
      ...lage,
      '',
      a.art === 'dauerhaft'
        ? 'So stellen Sie den Antrag schriftlich:'
        : 'Wenn es eilt, stellen Sie den Antrag bitte in der Zwischenzeit schriftlich:',
      'Ein formloses Schreiben genügt. Schreiben Sie, dass Sie die Übernahme Ihrer Mietschulden beantragen, und legen Sie die Mahnung, die Kündigung oder die Räumungsklage bei. Sie können das Schreiben auch persönlich abgeben.',
      '',
      ...kontaktZeilen(m.amt),
      '',
      gespeichert,
      m.link,
      `Wenn Sie Ihren Entwurf bis dahin nicht ändern, wird er am ${formatDatum(m.loeschdatum)} gelöscht.`,
      '',
      'Mit freundlichen Grüßen',
      `Ihr Online-Dienst „${m.dienst}“`,
      '',
      'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
      'Sie bekommen sie, weil Sie in Ihrem Antragsentwurf „Per E-Mail“ als Kontaktweg gewählt haben.',
    ].join('\n'),
  };
}
