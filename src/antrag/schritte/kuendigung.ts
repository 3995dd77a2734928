import { auswahl, datum, jaNein, mehrfach, textfeld } from './felder.ts';
import { formSchritt, infoSchritt } from './schritt.ts';

// Section J: reminder, termination and eviction suit. The date the suit was served starts the Schonfrist
// (§ 569 Abs. 3 Nr. 2 BGB); when only the filing date is known, the deadline is shown as provisional.

export const mahnung = formSchritt({
  id: 'mahnung',
  slug: 'kuendigung/mahnung',
  titel: 'Mahnung',
  abschnitt: 'kuendigung',
  felder: {
    erhalten: jaNein({
      label: 'Haben Sie von Ihrem Vermieter eine Mahnung bekommen?',
      kurz: 'Mahnung erhalten',
      was: 'Sie eine Mahnung bekommen haben',
    }),
    datum: datum({
      label: 'Datum der letzten Mahnung',
      kurz: 'Datum der Mahnung',
      hinweis: 'Nur ausfüllen, wenn ja. Zum Beispiel 5 10 2026',
      was: 'das Datum der Mahnung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    if (d.erhalten && d.datum === undefined) fehler('datum', 'Geben Sie das Datum der Mahnung an');
  },
});

export const kuendigung = formSchritt({
  id: 'kuendigung',
  slug: 'kuendigung',
  titel: 'Kündigung',
  abschnitt: 'kuendigung',
  felder: {
    status: auswahl({
      label: 'Hat Ihr Vermieter Ihnen gekündigt?',
      kurz: 'Kündigung',
      was: 'eine Antwort',
      fehlertext: 'Wählen Sie aus, ob Ihr Vermieter Ihnen gekündigt hat',
      optionen: [
        { wert: 'erhalten', label: 'Ja, ich habe eine Kündigung bekommen' },
        {
          wert: 'angedroht',
          label: 'Nein, aber der Vermieter hat mit einer Kündigung gedroht',
          hinweis: 'Zum Beispiel in einer Mahnung oder in einem Gespräch.',
        },
        { wert: 'nein', label: 'Nein' },
      ],
    }),
  },
});

export const kuendigungAngaben = formSchritt({
  id: 'kuendigung-angaben',
  slug: 'kuendigung/angaben',
  titel: 'Angaben zur Kündigung',
  abschnitt: 'kuendigung',
  felder: {
    datum: datum({
      label: 'Datum des Kündigungsschreibens',
      kurz: 'Datum der Kündigung',
      hinweis: 'Steht oben im Brief. Zum Beispiel 1 10 2026',
      was: 'das Datum der Kündigung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
    }),
    zugang: datum({
      label: 'Wann haben Sie die Kündigung bekommen?',
      kurz: 'Kündigung erhalten am',
      hinweis: 'Zum Beispiel 4 10 2026',
      was: 'das Datum, an dem Sie die Kündigung bekommen haben',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
    }),
    arten: mehrfach({
      label: 'Welche Art von Kündigung steht im Brief?',
      kurz: 'Art der Kündigung',
      hinweis:
        'Oft kündigen Vermieter fristlos und hilfsweise ordentlich. Wählen Sie alle aus, die im Brief stehen.',
      was: 'eine Art der Kündigung',
      mindestens: 1,
      fehlertext: 'Wählen Sie mindestens eine Art der Kündigung aus',
      optionen: [
        { wert: 'fristlos', label: 'Fristlose Kündigung' },
        { wert: 'hilfsweise-ordentlich', label: 'Hilfsweise ordentliche Kündigung' },
        { wert: 'ordentlich', label: 'Ordentliche Kündigung (mit Frist)' },
        { wert: 'unbekannt', label: 'Das weiß ich nicht' },
      ],
    }),
  },
  regeln(d, fehler) {
    if (d.zugang < d.datum) {
      fehler(
        'zugang',
        'Sie können die Kündigung nicht vor dem Datum des Kündigungsschreibens bekommen haben',
      );
    }
  },
});

export const raeumungsklage = formSchritt({
  id: 'raeumungsklage',
  slug: 'raeumungsklage',
  titel: 'Räumungsklage',
  abschnitt: 'kuendigung',
  felder: {
    status: auswahl({
      label: 'Hat Ihr Vermieter beim Gericht eine Räumungsklage eingereicht?',
      kurz: 'Räumungsklage',
      hinweis: 'Die Klage kommt vom Amtsgericht in einem gelben Briefumschlag.',
      was: 'eine Antwort',
      fehlertext: 'Wählen Sie aus, ob Ihr Vermieter eine Räumungsklage eingereicht hat',
      optionen: [
        { wert: 'zugestellt', label: 'Ja, und ich habe die Klage vom Gericht bekommen' },
        {
          wert: 'eingereicht',
          label: 'Ja, aber ich habe die Klage noch nicht bekommen',
          hinweis: 'Zum Beispiel, weil Ihr Vermieter oder das Gericht Ihnen davon geschrieben hat.',
        },
        { wert: 'nein', label: 'Nein' },
        { wert: 'unbekannt', label: 'Ich weiß es nicht' },
      ],
    }),
  },
});

export const klageZustellung = formSchritt({
  id: 'klage-zustellung',
  slug: 'raeumungsklage/zustellung',
  titel: 'Zustellung der Räumungsklage',
  abschnitt: 'kuendigung',
  felder: {
    zugestelltAm: datum({
      label: 'An welchem Tag haben Sie die Klage bekommen?',
      kurz: 'Klage zugestellt am',
      hinweis:
        'Das Datum steht auf dem gelben Briefumschlag (Zustellungsurkunde). Ab diesem Tag haben Sie 2 Monate Zeit. Zum Beispiel 9 11 2026',
      was: 'das Datum der Zustellung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
    }),
    eingangAm: datum({
      label: 'Wann hat der Vermieter die Klage beim Gericht eingereicht?',
      kurz: 'Klage eingereicht am',
      hinweis: 'Wenn Sie es wissen. Es steht manchmal als Eingangsstempel auf der Klage.',
      was: 'das Datum der Einreichung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
    gericht: textfeld({
      label: 'Amtsgericht',
      hinweis: 'Zum Beispiel Amtsgericht Rostock.',
      was: 'das Amtsgericht',
      autocomplete: 'off',
    }),
    aktenzeichen: textfeld({
      label: 'Aktenzeichen des Gerichts',
      hinweis: 'Zum Beispiel 47 C 123/26.',
      was: 'das Aktenzeichen',
      optional: true,
      breite: 20,
      maxLength: 40,
      autocomplete: 'off',
    }),
  },
  regeln(d, fehler) {
    if (d.eingangAm !== undefined && d.eingangAm > d.zugestelltAm) {
      fehler('eingangAm', 'Die Klage kann nicht nach der Zustellung an Sie eingereicht worden sein');
    }
  },
});

export const klageEingang = formSchritt({
  id: 'klage-eingang',
  slug: 'raeumungsklage/einreichung',
  titel: 'Einreichung der Räumungsklage',
  abschnitt: 'kuendigung',
  felder: {
    eingangAm: datum({
      label: 'Wann wurde die Klage beim Gericht eingereicht?',
      kurz: 'Klage eingereicht am',
      hinweis:
        'Wenn Sie es wissen, zum Beispiel aus einem Schreiben Ihres Vermieters. Zum Beispiel 2 11 2026',
      was: 'das Datum der Einreichung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
    gericht: textfeld({ label: 'Amtsgericht', was: 'das Amtsgericht', optional: true, autocomplete: 'off' }),
    aktenzeichen: textfeld({
      label: 'Aktenzeichen des Gerichts',
      was: 'das Aktenzeichen',
      optional: true,
      breite: 20,
      maxLength: 40,
      autocomplete: 'off',
    }),
  },
});

/** Information page: the Schonfrist in plain words (or that it is provisional), and urgency. */
export const schonfrist = infoSchritt({
  id: 'schonfrist',
  slug: 'raeumungsklage/schonfrist',
  titel: 'Ihre Frist',
  abschnitt: 'kuendigung',
  ansicht: 'schonfrist',
});

export const raeumungTermine = formSchritt({
  id: 'raeumung-termine',
  slug: 'raeumungsklage/termine',
  titel: 'Termine im Räumungsverfahren',
  abschnitt: 'kuendigung',
  einleitung: 'Geben Sie an, was Sie schon wissen. Alle Angaben sind freiwillig.',
  felder: {
    verhandlung: datum({
      label: 'Termin der mündlichen Verhandlung beim Gericht',
      kurz: 'Verhandlungstermin',
      was: 'den Termin der Verhandlung',
      zeit: 'beliebig',
      ab: '2000-01-01',
      optional: true,
    }),
    urteil: datum({
      label: 'Datum des Räumungsurteils',
      kurz: 'Räumungsurteil vom',
      was: 'das Datum des Urteils',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
    raeumungsfrist: datum({
      label: 'Räumungsfrist bis',
      was: 'das Ende der Räumungsfrist',
      zeit: 'beliebig',
      ab: '2000-01-01',
      optional: true,
    }),
    raeumungstermin: datum({
      label: 'Räumungstermin der Gerichtsvollzieherin oder des Gerichtsvollziehers',
      kurz: 'Räumungstermin',
      was: 'den Räumungstermin',
      zeit: 'beliebig',
      ab: '2000-01-01',
      optional: true,
    }),
  },
});

export const fortsetzung = formSchritt({
  id: 'fortsetzung',
  slug: 'kuendigung/fortsetzung',
  titel: 'Bereitschaft Ihres Vermieters',
  abschnitt: 'kuendigung',
  felder: {
    vermieterBereit: auswahl({
      label: 'Ist Ihr Vermieter bereit, das Mietverhältnis fortzusetzen, wenn die Mietschulden bezahlt sind?',
      kurz: 'Vermieter bereit zur Fortsetzung',
      hinweis:
        'Eine schriftliche Erklärung Ihres Vermieters hilft sehr. Sie können sie bei den Unterlagen hochladen.',
      was: 'eine Antwort',
      fehlertext: 'Wählen Sie aus, ob Ihr Vermieter das Mietverhältnis fortsetzen will',
      optionen: [
        { wert: 'ja-schriftlich', label: 'Ja, das hat er schriftlich erklärt' },
        { wert: 'ja-muendlich', label: 'Ja, das hat er mündlich gesagt' },
        { wert: 'nein', label: 'Nein' },
        { wert: 'unbekannt', label: 'Das weiß ich nicht' },
      ],
    }),
  },
});
