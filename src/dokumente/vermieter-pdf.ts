import { formatDatumLang, formatEuro, formatMonat, tagInBerlin } from '../shared/index.ts';
import { zeichneQrCode } from './qr.ts';
import { Satz } from './satz.ts';

// The two PDFs of the landlord's declaration: the letter inviting the landlord (link and QR code, for landlords
// without e-mail) and the declaration itself, which travels to the office as the follow-up message's PDF.
// Tagged PDF/A-2a like every PDF of dokumente/; pure.

export type VermieterBriefEingabe = {
  vermieter: { name: string; anschrift: string };
  mieter: string;
  wohnung: string;
  behoerde: string;
  link: string;
  gueltigBis: Date;
  erstelltAm: Date;
};

export async function renderVermieterBriefPdf(e: VermieterBriefEingabe): Promise<Buffer> {
  const titel = 'Bitte um Ihre Erklärung zu Mietrückständen';
  const satz = new Satz({
    titel,
    kopfzeile: `${titel} · Übernahme von Mietrückständen`,
    fusszeile: `Gültig bis ${formatDatumLang(tagInBerlin(e.gueltigBis))}`,
    erstelltAm: e.erstelltAm,
  });
  satz.absatz(e.vermieter.name, 'text', 0);
  satz.absatz(e.vermieter.anschrift, 'text', 12);
  satz.h1(titel);
  satz.absatz('Guten Tag,', 'text', 6);
  satz.absatz(
    `${e.mieter} hat bei ${e.behoerde} beantragt, Mietrückstände für die Wohnung ${e.wohnung} zu übernehmen. ` +
      'Das Sozialamt kann nur helfen, wenn es von Ihnen erfährt, wie hoch die Rückstände laut Ihrem Mietkonto sind, ' +
      'ob Sie das Mietverhältnis fortsetzen, wenn die Rückstände bezahlt sind, und wohin es zahlen soll.',
  );
  satz.absatz(
    'Bitte geben Sie Ihre Erklärung online ab. Sie brauchen dafür kein Konto. Öffnen Sie diese Adresse oder scannen Sie den QR-Code:',
  );
  satz.absatz(e.link, 'h3', 8);
  zeichneQrCode(satz, e.link, 130, `QR-Code mit der Adresse ${e.link}`);
  satz.absatz(
    `Der Link gilt bis zum ${formatDatumLang(tagInBerlin(e.gueltigBis))} und nur für eine Erklärung. Bitte geben Sie ihn nicht weiter. ` +
      'Wenn Sie die Erklärung nicht online abgeben können, wenden Sie sich bitte an das Sozialamt.',
  );
  satz.absatz('Mit freundlichen Grüßen', 'text', 0);
  satz.absatz('Ihr Online-Dienst „Übernahme von Mietrückständen“', 'text', 0);
  return satz.fertig();
}

export type VermieterErklaerungPdfEingabe = {
  vorgangsnummer: string;
  mieter: string;
  wohnung: string;
  eingereichtAm: Date;
  /** Sections of label/value pairs, in the order of the form. */
  abschnitte: { titel: string; felder: { label: string; wert: string }[] }[];
  monate: { monat: string; betragCent: number }[];
  datei: string;
};

export async function renderVermieterErklaerungPdf(e: VermieterErklaerungPdfEingabe): Promise<Buffer> {
  const titel = `Erklärung des Vermieters zum Antrag ${e.vorgangsnummer}`;
  const satz = new Satz({
    titel,
    kopfzeile: `Erklärung des Vermieters · Antrag auf Übernahme von Mietrückständen`,
    fusszeile: `Vorgangsnummer ${e.vorgangsnummer}`,
    erstelltAm: e.eingereichtAm,
  });
  satz.h1(titel);
  satz.absatz(`Mieter: ${e.mieter}`, 'text', 1);
  satz.absatz(`Wohnung: ${e.wohnung}`, 'text', 1);
  satz.absatz(`Abgegeben am ${formatDatumLang(tagInBerlin(e.eingereichtAm))}`, 'text', 1);
  satz.abschnitt('Rückstand laut Mietkonto', () => {
    satz.tabelle({
      spalten: [{ anteil: 0.5 }, { anteil: 0.5 }],
      kopf: ['Monat', 'Offener Betrag'],
      zeilen: [
        ...e.monate.map((m) => [formatMonat(m.monat), formatEuro(m.betragCent)]),
        ['Summe', formatEuro(e.monate.reduce((s, m) => s + m.betragCent, 0))],
      ],
      zeilenkopf: true,
    });
  });
  for (const a of e.abschnitte)
    satz.abschnitt(a.titel, () => {
      for (const f of a.felder) satz.absatz(`${f.label}: ${f.wert}`, 'text', 1);
    });
  satz.abschnitt('Anlage', () => {
    satz.absatz(`Mietkontoauszug: ${e.datei}`, 'text', 1);
  });
  return satz.fertig();
}
