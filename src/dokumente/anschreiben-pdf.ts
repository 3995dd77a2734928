import { formatDatumLang, tagInBerlin } from '../shared/index.ts';
import { Satz } from './satz.ts';
import type { AnschreibenPdfEingabe } from './typen.ts';

export const ANSCHREIBEN_TITEL = 'Nachreichung von Unterlagen';

/**
 * The cover letter of a follow-up message ("Nachreichung von Unterlagen"): which documents the office asked
 * for, which files come with it. PDF/A-2a and tagged like every PDF of dokumente/; pure.
 */
export async function renderAnschreibenPdf(eingabe: AnschreibenPdfEingabe): Promise<Buffer> {
  const { vorgangsnummer } = eingabe;
  const titel = `${ANSCHREIBEN_TITEL} zum Antrag ${vorgangsnummer}`;
  const satz = new Satz({
    titel,
    kopfzeile: `${ANSCHREIBEN_TITEL} · Antrag auf Übernahme von Mietrückständen`,
    fusszeile: `Vorgangsnummer ${vorgangsnummer}`,
    erstelltAm: eingabe.nachgereichtAm,
  });

  satz.h1(titel);
  for (const zeile of [
    `Vorgangsnummer: ${vorgangsnummer}`,
    `Antragstellende Person: ${eingabe.antragsteller}`,
    `Zuständig: ${eingabe.behoerde}`,
    `Nachgefordert am ${formatDatumLang(tagInBerlin(eingabe.nachgefordertAm))}, Frist bis ${formatDatumLang(eingabe.frist)}`,
    `Nachgereicht am ${formatDatumLang(tagInBerlin(eingabe.nachgereichtAm))}`,
  ])
    satz.absatz(zeile, 'text', 1);

  satz.abschnitt('Nachgeforderte Unterlagen', () => {
    for (const u of eingabe.unterlagen)
      satz.absatz(
        `${u.titel}: ${u.anzahl === 0 ? 'nicht beigefügt' : `${u.anzahl} ${u.anzahl === 1 ? 'Datei' : 'Dateien'}`}`,
        'text',
        1,
      );
  });

  satz.abschnitt('Beigefügte Dateien', () => {
    for (const d of eingabe.dateien) satz.absatz(`${d.titel}: ${d.dateiname}`, 'text', 1);
  });

  return satz.fertig();
}
