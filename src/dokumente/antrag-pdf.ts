import { formatDateigroesse, formatZeitpunkt } from '../shared/index.ts';
import { schonfristSatz } from './format.ts';
import { Satz } from './satz.ts';
import type {
  AntragPdfEingabe,
  PdfAnlage,
  PdfBehoerde,
  PdfFehlenderNachweis,
  PdfZusammenfassung,
} from './typen.ts';

export const ANTRAG_TITEL = 'Antrag auf Übernahme von Mietrückständen';

/** The office's name and postal address as lines ("Amt …" between name and street when given). */
export function behoerdeZeilen(b: PdfBehoerde): string[] {
  return [b.name, b.amt ?? '', b.strasse, `${b.plz} ${b.ort}`].filter((z) => z.trim() !== '');
}

export function anlagenTabelle(satz: Satz, anlagen: readonly PdfAnlage[]): void {
  if (anlagen.length === 0) {
    satz.absatz('Es wurden keine Nachweise beigefügt.');
    return;
  }
  satz.tabelle({
    spalten: [{ anteil: 0.55 }, { anteil: 0.45 }],
    kopf: ['Nachweis', 'Datei'],
    zeilen: anlagen.map((a) => [
      a.bezeichnung,
      a.bytes === undefined ? a.dateiname : `${a.dateiname} (${formatDateigroesse(a.bytes)})`,
    ]),
  });
}

export function fehlendeListe(satz: Satz, fehlend: readonly PdfFehlenderNachweis[], keine: string): void {
  if (fehlend.length === 0) {
    satz.absatz(keine);
    return;
  }
  satz.liste(fehlend.map((f) => (f.hinweis ? `${f.bezeichnung} – ${f.hinweis}` : f.bezeichnung)));
}

/** The answers by section, as tables (shared by Antrag.pdf and the paper application). */
export function abschnitteSetzen(satz: Satz, zusammenfassung: PdfZusammenfassung): void {
  for (const abschnitt of zusammenfassung.abschnitte) {
    satz.abschnitt(abschnitt.titel, () => {
      const gruppen = abschnitt.gruppen ?? [];
      if (abschnitt.felder.length > 0) {
        satz.tabelle({
          spalten: [{ anteil: 0.42 }, { anteil: 0.58 }],
          zeilenkopf: true,
          zeilen: abschnitt.felder.map((f) => [f.label, f.wert]),
        });
      } else if (gruppen.length === 0) {
        satz.absatz('Keine Angaben.');
      }
      for (const gruppe of gruppen) {
        satz.abschnitt(
          gruppe.titel,
          () => {
            if (gruppe.felder.length === 0) satz.absatz('Keine Angaben.');
            else
              satz.tabelle({
                spalten: [{ anteil: 0.42 }, { anteil: 0.58 }],
                zeilenkopf: true,
                zeilen: gruppe.felder.map((f) => [f.label, f.wert]),
              });
          },
          'H3',
        );
      }
    });
  }
}

/**
 * Antrag.pdf: the complete application by section, PDF/A-2a and tagged. Pure: the output depends on nothing but
 * the input (equal input gives byte-equal output).
 */
export async function renderAntragPdf(eingabe: AntragPdfEingabe): Promise<Buffer> {
  const satz = new Satz({
    titel: `${ANTRAG_TITEL} – ${eingabe.vorgangsnummer}`,
    kopfzeile: `${ANTRAG_TITEL} · ${eingabe.antragsteller}`,
    fusszeile: `Vorgangsnummer ${eingabe.vorgangsnummer}`,
    erstelltAm: eingabe.eingereichtAm,
  });

  satz.h1(ANTRAG_TITEL);
  satz.absatz('Online-Antrag über den Onlinedienst „Übernahme von Mietrückständen“', 'klein', 8);
  if (eingabe.schonfrist) satz.hervorhebung(schonfristSatz(eingabe.schonfrist, eingabe.eingereichtAm));

  satz.tabelle({
    spalten: [{ anteil: 0.36 }, { anteil: 0.64 }],
    zeilenkopf: true,
    zeilen: [
      ['Vorgangsnummer', eingabe.vorgangsnummer],
      ['Eingegangen am', formatZeitpunkt(eingabe.eingereichtAm)],
      ['Zuständige Stelle', behoerdeZeilen(eingabe.behoerde).join('\n')],
      ['Antragstellende Person', eingabe.antragsteller],
    ],
  });
  for (const hinweis of eingabe.hinweise ?? []) satz.absatz(hinweis);

  abschnitteSetzen(satz, eingabe.zusammenfassung);

  satz.abschnitt('Beigefügte Nachweise', () => {
    anlagenTabelle(satz, eingabe.anlagen);
  });
  satz.abschnitt('Noch fehlende Nachweise', () => {
    fehlendeListe(satz, eingabe.fehlendeNachweise, 'Es fehlen keine Nachweise.');
  });
  return satz.fertig();
}

/**
 * Renders a small document once, so the first real submission does not pay for parsing the font tables and
 * warming the code paths (~0.5 s once per process). Call it at startup; the result is discarded.
 */
export async function vorwaermen(): Promise<void> {
  await renderAntragPdf({
    vorgangsnummer: 'VORWAERMEN',
    eingereichtAm: new Date(0),
    behoerde: { name: 'Sozialamt', strasse: 'Straße 1', plz: '00000', ort: 'Ort' },
    antragsteller: 'Ärztin Öztürk-Groß',
    schonfrist: { ende: '1970-03-01', vorlaeufig: true },
    zusammenfassung: {
      abschnitte: [{ id: 'a', titel: 'Übernahme', felder: [{ label: 'Rückstand', wert: '1.234,56 €' }] }],
    },
    anlagen: [{ bezeichnung: 'Mietvertrag', dateiname: 'mietvertrag.pdf', bytes: 1 }],
    fehlendeNachweise: [{ bezeichnung: 'Kontoauszüge' }],
  });
}
