import { formatZeitpunkt } from '../shared/index.ts';
import { abschnitteSetzen, ANTRAG_TITEL, behoerdeZeilen, fehlendeListe } from './antrag-pdf.ts';
import { schonfristSatz } from './format.ts';
import { Satz } from './satz.ts';
import type { PapierantragPdfEingabe } from './typen.ts';

const PAPIERANTRAG_KENNZEICHEN = 'Schriftlicher Antrag (Papierantrag)';

/**
 * The written way's application form: the same sections as Antrag.pdf, marked as a paper application, with the
 * documents to enclose and lines for place, date and signature. Tagged PDF/A-2a like every document here.
 */
export async function renderPapierantragPdf(eingabe: PapierantragPdfEingabe): Promise<Buffer> {
  const satz = new Satz({
    titel: `${ANTRAG_TITEL} – ${PAPIERANTRAG_KENNZEICHEN}`,
    kopfzeile: `${PAPIERANTRAG_KENNZEICHEN} · ${eingabe.antragsteller}`,
    fusszeile: `${PAPIERANTRAG_KENNZEICHEN} – bitte unterschreiben und an das Sozialamt schicken`,
    erstelltAm: eingabe.erstelltAm,
  });

  satz.h1(ANTRAG_TITEL);
  satz.absatz(
    `${PAPIERANTRAG_KENNZEICHEN}. Die Angaben wurden im Onlinedienst „Übernahme von Mietrückständen“ erfasst und ausgedruckt; der Antrag wurde nicht online abgeschickt.`,
    'klein',
    8,
  );
  if (eingabe.schonfrist) satz.hervorhebung(schonfristSatz(eingabe.schonfrist, eingabe.erstelltAm));

  satz.tabelle({
    spalten: [{ anteil: 0.36 }, { anteil: 0.64 }],
    zeilenkopf: true,
    zeilen: [
      ['Art des Antrags', PAPIERANTRAG_KENNZEICHEN],
      ['Ausgedruckt am', formatZeitpunkt(eingabe.erstelltAm)],
      ['An', behoerdeZeilen(eingabe.behoerde).join('\n')],
      ['Antragstellende Person', eingabe.antragsteller],
    ],
  });
  for (const hinweis of eingabe.hinweise ?? []) satz.absatz(hinweis);

  abschnitteSetzen(satz, eingabe.zusammenfassung);

  satz.abschnitt('Bitte legen Sie Kopien bei', () => {
    fehlendeListe(satz, eingabe.beilagen, 'Nach Ihren Angaben sind keine Nachweise nötig.');
  });
  satz.abschnitt('Unterschrift', () => {
    satz.absatz(
      'Ich beantrage die Übernahme meiner Mietschulden. Ich versichere, dass meine Angaben vollständig und richtig sind. Änderungen teile ich dem Sozialamt sofort mit (§ 60 SGB I).',
    );
    satz.absatz('Ort, Datum: ________________________________');
    satz.absatz('Unterschrift: ______________________________');
  });
  return satz.fertig();
}
