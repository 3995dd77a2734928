import { anlagenTabelle, behoerdeZeilen, fehlendeListe } from './antrag-pdf.ts';
import { formatDatum, formatEuro, formatZeitpunkt } from '../shared/index.ts';
import { schonfristSatz } from './format.ts';
import { Satz } from './satz.ts';
import type { EingangsbestaetigungPdfEingabe } from './typen.ts';

export const EINGANGSBESTAETIGUNG_TITEL = 'Eingangsbestätigung';

/**
 * The receipt for the citizen: office, exact submission time, transaction number, short summary, attached and
 * missing documents, next steps, the Schonfrist if any, the office's contact. PDF/A-2a and tagged; pure.
 */
export async function renderEingangsbestaetigungPdf(
  eingabe: EingangsbestaetigungPdfEingabe,
): Promise<Buffer> {
  const { behoerde, vorgangsnummer } = eingabe;
  const satz = new Satz({
    titel: `${EINGANGSBESTAETIGUNG_TITEL} – Antrag auf Übernahme von Mietrückständen – ${vorgangsnummer}`,
    kopfzeile: `${EINGANGSBESTAETIGUNG_TITEL} · Antrag auf Übernahme von Mietrückständen`,
    fusszeile: `Vorgangsnummer ${vorgangsnummer}`,
    erstelltAm: eingabe.eingereichtAm,
  });

  satz.h1(EINGANGSBESTAETIGUNG_TITEL);
  satz.absatz(
    `Ihr Antrag auf Übernahme von Mietrückständen ist beim Sozialamt eingegangen. ` +
      `Bitte bewahren Sie diese Bestätigung auf.`,
  );
  satz.abstand(4);
  satz.tabelle({
    spalten: [{ anteil: 0.36 }, { anteil: 0.64 }],
    zeilenkopf: true,
    zeilen: [
      ['Vorgangsnummer', vorgangsnummer],
      ['Eingegangen am', formatZeitpunkt(eingabe.eingereichtAm)],
      ['Zuständige Stelle', behoerdeZeilen(behoerde).join('\n')],
    ],
  });
  satz.absatz(
    'Der Zeitpunkt des Eingangs ist wichtig: Ab diesem Zeitpunkt weiß das Sozialamt von Ihrer Notlage. ' +
      'Hilfe ist ab dem Tag möglich, an dem das Amt davon erfährt (§ 18 SGB XII).',
  );

  if (eingabe.schonfrist) {
    const { schonfrist } = eingabe;
    satz.abschnitt('Ihre Frist', () => {
      satz.hervorhebung(schonfristSatz(schonfrist, eingabe.eingereichtAm));
      satz.absatz(
        `Bis zum ${formatDatum(schonfrist.ende)} muss Ihre Vermieterin oder Ihr Vermieter das Geld oder eine ` +
          'schriftliche Zusage des Amtes erhalten haben. Dann wird eine fristlose Kündigung wegen der Mietschulden ' +
          'unwirksam (Schonfrist, § 569 Abs. 3 Nr. 2 BGB). Das Sozialamt behandelt Ihren Antrag deshalb vorrangig.',
      );
      if (schonfrist.vorlaeufig)
        satz.absatz(
          'Das Datum ist vorläufig. Es wurde aus dem Tag berechnet, an dem die Räumungsklage beim Gericht eingegangen ist. ' +
            'Die Frist beginnt aber erst mit der Zustellung der Klage an Sie. Den Tag der Zustellung finden Sie auf ' +
            'dem gelben Briefumschlag des Gerichts. Teilen Sie ihn dem Sozialamt bitte sofort mit.',
        );
    });
  }

  if (eingabe.jobcenterHinweis) {
    satz.abschnitt('Hinweis zur Zuständigkeit', () => {
      satz.absatz(
        'Sie haben angegeben, dass Sie Bürgergeld beziehen. Für Mietschulden ist dann in der Regel das Jobcenter ' +
          'zuständig. Das Sozialamt leitet Ihren Antrag weiter; er gilt trotzdem als an dem oben genannten Tag ' +
          'gestellt (§ 16 Abs. 2 SGB I). Sie müssen dafür nichts tun.',
      );
    });
  }

  satz.abschnitt('Ihre Angaben in Kürze', () => {
    satz.tabelle({
      spalten: [{ anteil: 0.36 }, { anteil: 0.64 }],
      zeilenkopf: true,
      zeilen: [
        ['Antragstellende Person', eingabe.antragsteller],
        ['Wohnung', eingabe.wohnungsanschrift],
        ['Mietrückstand insgesamt', formatEuro(eingabe.rueckstandGesamtCent)],
        ['Beantragter Betrag', formatEuro(eingabe.beantragterBetragCent)],
      ],
    });
  });

  satz.abschnitt('Beigefügte Nachweise', () => {
    anlagenTabelle(satz, eingabe.anlagen);
  });

  satz.abschnitt('Noch fehlende Nachweise', () => {
    fehlendeListe(satz, eingabe.fehlendeNachweise, 'Es fehlen keine Nachweise.');
    if (eingabe.fehlendeNachweise.length > 0)
      satz.absatz(
        `Bitte reichen Sie diese Nachweise so bald wie möglich nach. Geben Sie dabei immer die Vorgangsnummer ` +
          `${vorgangsnummer} an. Ohne die Nachweise kann das Sozialamt Ihren Antrag nicht abschließend prüfen.`,
      );
  });

  satz.abschnitt('Wie geht es weiter?', () => {
    satz.liste(
      [
        'Das Sozialamt prüft Ihren Antrag. Wenn Unterlagen fehlen oder etwas unklar ist, meldet es sich bei Ihnen.',
        'Zahlen Sie Ihre laufende Miete weiter, wenn es Ihnen möglich ist. Sonst wächst der Rückstand.',
        'Öffnen Sie Post vom Gericht und von Ihrer Vermieterin oder Ihrem Vermieter sofort. Geben Sie sie ' +
          'an das Sozialamt weiter.',
        'Wenn sich etwas ändert, zum Beispiel Ihr Einkommen oder der Mietrückstand, sagen Sie es dem Sozialamt.',
        'Sie bekommen vom Sozialamt einen schriftlichen Bescheid über Ihren Antrag.',
      ],
      true,
    );
  });

  satz.abschnitt('Kontakt', () => {
    const zeilen: string[][] = [['Anschrift', behoerdeZeilen(behoerde).join('\n')]];
    if (behoerde.telefon) zeilen.push(['Telefon', behoerde.telefon]);
    if (behoerde.email) zeilen.push(['E-Mail', behoerde.email]);
    if (behoerde.sprechzeiten) zeilen.push(['Sprechzeiten', behoerde.sprechzeiten]);
    if (behoerde.webseite) zeilen.push(['Internet', behoerde.webseite]);
    satz.tabelle({ spalten: [{ anteil: 0.36 }, { anteil: 0.64 }], zeilenkopf: true, zeilen });
    satz.absatz(`Bitte geben Sie bei jeder Nachricht die Vorgangsnummer ${vorgangsnummer} an.`);
  });

  return satz.fertig();
}
