import { auswahl, datum, email, plz, telefon, textfeld } from './felder.ts';
import { formSchritt } from './schritt.ts';
import { staatsangehoerigkeiten } from './staaten.ts';

// Sections A (applicant) and B (representative) of the field list.

// The address fields of a person who may have signed in with BundID: prefilled and locked when it gave them.
const strasseUndHausnummer = {
  strasse: textfeld({
    label: 'Straße',
    was: 'die Straße',
    bundid: 'strasse',
    autocomplete: 'address-line1',
  }),
  hausnummer: textfeld({
    label: 'Hausnummer',
    was: 'die Hausnummer',
    bundid: 'hausnummer',
    breite: 5,
    maxLength: 10,
  }),
};
const plzUndOrt = {
  plz: plz({ label: 'Postleitzahl', was: 'die Postleitzahl', bundid: 'plz', autocomplete: 'postal-code' }),
  ort: textfeld({ label: 'Ort', was: 'den Ort', bundid: 'ort', autocomplete: 'address-level2' }),
};

export const fuerWen = formSchritt({
  id: 'fuer-wen',
  slug: 'fuer-wen',
  titel: 'Für wen stellen Sie den Antrag?',
  abschnitt: 'person',
  felder: {
    antragFuer: auswahl({
      label: 'Für wen stellen Sie den Antrag?',
      kurz: 'Antrag für',
      was: 'aus, für wen Sie den Antrag stellen',
      fehlertext: 'Wählen Sie aus, für wen Sie den Antrag stellen',
      optionen: [
        { wert: 'selbst', label: 'Für mich selbst' },
        {
          wert: 'andere',
          label: 'Für eine andere Person, die ich vertrete',
          hinweis:
            'Zum Beispiel als rechtliche Betreuerin oder Betreuer, mit einer Vollmacht, als Elternteil oder für eine Beratungsstelle.',
        },
      ],
    }),
  },
});

export const vertretung = formSchritt({
  id: 'vertretung',
  slug: 'vertretung',
  titel: 'Wie vertreten Sie die antragstellende Person?',
  abschnitt: 'person',
  felder: {
    art: auswahl({
      label: 'Wie vertreten Sie die antragstellende Person?',
      kurz: 'Art der Vertretung',
      was: 'die Art der Vertretung',
      optionen: [
        { wert: 'betreuung', label: 'Als rechtliche Betreuerin oder rechtlicher Betreuer' },
        { wert: 'vollmacht', label: 'Mit einer Vollmacht' },
        { wert: 'eltern', label: 'Als Elternteil' },
        { wert: 'beratungsstelle', label: 'Für eine Beratungsstelle' },
      ],
    }),
    stelle: textfeld({
      label: 'Name der Beratungsstelle oder des Betreuungsvereins',
      hinweis: 'Nur ausfüllen, wenn Sie für eine Stelle handeln.',
      was: 'den Namen der Beratungsstelle',
      optional: true,
      autocomplete: 'organization',
    }),
  },
  regeln(d, fehler) {
    if (d.art === 'beratungsstelle' && d.stelle === undefined) {
      fehler('stelle', 'Geben Sie den Namen der Beratungsstelle an');
    }
  },
});

export const vertretungKontakt = formSchritt({
  id: 'vertretung-kontakt',
  slug: 'vertretung/kontakt',
  titel: 'Ihre Angaben als Vertretung',
  abschnitt: 'person',
  einleitung: 'Über diese Angaben erreicht das Sozialamt Sie als Vertretung.',
  felder: {
    vorname: textfeld({
      label: 'Vorname',
      was: 'Ihren Vornamen',
      bundid: 'vorname',
      autocomplete: 'given-name',
    }),
    familienname: textfeld({
      label: 'Familienname',
      was: 'Ihren Familiennamen',
      bundid: 'familienname',
      autocomplete: 'family-name',
    }),
    ...strasseUndHausnummer,
    ...plzUndOrt,
    telefon: telefon({
      label: 'Telefonnummer',
      hinweis: 'Damit das Sozialamt Sie bei Rückfragen schnell erreicht.',
      was: 'Ihre Telefonnummer',
      optional: true,
      autocomplete: 'tel',
    }),
    email: email({
      label: 'E-Mail-Adresse',
      was: 'Ihre E-Mail-Adresse',
      optional: true,
      bundid: 'email',
      autocomplete: 'email',
    }),
  },
});

export const persoenlicheDaten = formSchritt({
  id: 'persoenliche-daten',
  slug: 'persoenliche-daten',
  titel: 'Angaben zur antragstellenden Person',
  abschnitt: 'person',
  felder: {
    vorname: textfeld({
      label: 'Vorname',
      was: 'den Vornamen',
      bundid: 'vorname',
      autocomplete: 'given-name',
    }),
    familienname: textfeld({
      label: 'Familienname',
      was: 'den Familiennamen',
      bundid: 'familienname',
      autocomplete: 'family-name',
    }),
    geburtsname: textfeld({
      label: 'Geburtsname',
      hinweis: 'Nur wenn er anders ist als der Familienname.',
      was: 'den Geburtsnamen',
      optional: true,
      bundid: 'geburtsname',
    }),
    geburtsdatum: datum({
      label: 'Geburtsdatum',
      hinweis: 'Zum Beispiel 12 8 1964',
      was: 'das Geburtsdatum',
      zeit: 'vergangenheit',
      ab: '1900-01-01',
      abText: 'Das Geburtsdatum muss nach dem 1. Januar 1900 liegen',
      bundid: 'geburtsdatum',
    }),
    geburtsort: textfeld({
      label: 'Geburtsort',
      was: 'den Geburtsort',
      optional: true,
      bundid: 'geburtsort',
    }),
    geschlecht: auswahl({
      label: 'Geschlecht',
      was: 'das Geschlecht',
      optional: true,
      optionen: [
        { wert: 'weiblich', label: 'weiblich' },
        { wert: 'maennlich', label: 'männlich' },
        { wert: 'divers', label: 'divers' },
        { wert: 'ohne', label: 'ohne Angabe' },
      ],
    }),
    familienstand: auswahl({
      label: 'Familienstand',
      was: 'den Familienstand',
      optionen: [
        { wert: 'ledig', label: 'ledig' },
        { wert: 'verheiratet', label: 'verheiratet' },
        { wert: 'lebenspartnerschaft', label: 'eingetragene Lebenspartnerschaft' },
        { wert: 'getrennt', label: 'getrennt lebend' },
        { wert: 'geschieden', label: 'geschieden' },
        { wert: 'verwitwet', label: 'verwitwet' },
      ],
    }),
  },
});

export const staatsangehoerigkeit = formSchritt({
  id: 'staatsangehoerigkeit',
  slug: 'staatsangehoerigkeit',
  titel: 'Staatsangehörigkeit',
  abschnitt: 'person',
  felder: {
    staat: auswahl({
      label: 'Welche Staatsangehörigkeit hat die antragstellende Person?',
      kurz: 'Staatsangehörigkeit',
      hinweis: 'Bei mehreren Staatsangehörigkeiten wählen Sie die deutsche, falls vorhanden.',
      was: 'die Staatsangehörigkeit',
      liste: true,
      bundid: 'staatsangehoerigkeit',
      optionen: staatsangehoerigkeiten,
    }),
  },
});

export const aufenthaltstitel = formSchritt({
  id: 'aufenthaltstitel',
  slug: 'aufenthaltstitel',
  titel: 'Aufenthaltstitel',
  abschnitt: 'person',
  einleitung:
    'Wer nicht die Staatsangehörigkeit eines EU-Staates, Islands, Liechtensteins, Norwegens oder der Schweiz hat, braucht für Leistungen des Sozialamts einen Aufenthaltstitel.',
  felder: {
    art: auswahl({
      label: 'Welchen Aufenthaltstitel hat die antragstellende Person?',
      kurz: 'Aufenthaltstitel',
      was: 'den Aufenthaltstitel',
      optionen: [
        { wert: 'aufenthaltserlaubnis', label: 'Aufenthaltserlaubnis' },
        { wert: 'niederlassungserlaubnis', label: 'Niederlassungserlaubnis' },
        { wert: 'daueraufenthalt-eu', label: 'Erlaubnis zum Daueraufenthalt – EU' },
        { wert: 'blaue-karte', label: 'Blaue Karte EU' },
        { wert: 'fiktionsbescheinigung', label: 'Fiktionsbescheinigung' },
        {
          wert: 'gestattung-duldung',
          label: 'Aufenthaltsgestattung oder Duldung',
          hinweis:
            'Dann ist meist die Stelle für Leistungen nach dem Asylbewerberleistungsgesetz zuständig. Sie können den Antrag trotzdem stellen.',
        },
        { wert: 'sonstiges', label: 'Anderer Aufenthaltstitel' },
      ],
    }),
    gueltigBis: datum({
      label: 'Gültig bis',
      hinweis: 'Leer lassen, wenn der Aufenthaltstitel unbefristet ist. Zum Beispiel 31 12 2027',
      was: 'das Ablaufdatum des Aufenthaltstitels',
      zeit: 'zukunft',
      jahreVoraus: 15,
      optional: true,
    }),
  },
});

export const anschrift = formSchritt({
  id: 'anschrift',
  slug: 'anschrift',
  titel: 'Anschrift der antragstellenden Person',
  abschnitt: 'person',
  einleitung: 'Die Anschrift, unter der die antragstellende Person gemeldet ist.',
  felder: {
    ...strasseUndHausnummer,
    adresszusatz: textfeld({
      label: 'Adresszusatz',
      hinweis: 'Zum Beispiel „bei Müller“ oder „Hinterhaus, 3. Etage links“.',
      was: 'den Adresszusatz',
      optional: true,
      autocomplete: 'address-line2',
    }),
    ...plzUndOrt,
  },
});

export const kontakt = formSchritt({
  id: 'kontakt',
  slug: 'kontakt',
  titel: 'Wie erreicht das Sozialamt die antragstellende Person?',
  abschnitt: 'person',
  felder: {
    telefon: telefon({
      label: 'Telefonnummer',
      hinweis:
        'Wir empfehlen die Angabe: Bei drohender Räumung muss das Sozialamt Sie schnell erreichen können.',
      was: 'die Telefonnummer',
      optional: true,
      autocomplete: 'tel',
    }),
    email: email({
      label: 'E-Mail-Adresse',
      was: 'die E-Mail-Adresse',
      optional: true,
      bundid: 'email',
      autocomplete: 'email',
    }),
    kontaktweg: auswahl({
      label: 'Wie möchten Sie am liebsten kontaktiert werden?',
      kurz: 'Bevorzugter Kontaktweg',
      was: 'den bevorzugten Kontaktweg',
      optional: true,
      optionen: [
        { wert: 'postfach', label: 'Über das Postfach im BundID-Konto' },
        { wert: 'email', label: 'Per E-Mail' },
        { wert: 'telefon', label: 'Per Telefon' },
        { wert: 'brief', label: 'Per Brief' },
      ],
    }),
    aktenzeichen: textfeld({
      label: 'Aktenzeichen beim Sozialamt oder Nummer der Bedarfsgemeinschaft beim Jobcenter',
      kurz: 'Aktenzeichen',
      hinweis: 'Nur wenn Sie dem Amt schon bekannt sind.',
      was: 'das Aktenzeichen',
      optional: true,
      maxLength: 60,
    }),
  },
  regeln(d, fehler) {
    if (d.kontaktweg === 'email' && d.email === undefined) {
      fehler('email', 'Geben Sie die E-Mail-Adresse an, wenn Sie per E-Mail kontaktiert werden möchten');
    }
    if (d.kontaktweg === 'telefon' && d.telefon === undefined) {
      fehler('telefon', 'Geben Sie die Telefonnummer an, wenn Sie per Telefon kontaktiert werden möchten');
    }
  },
});
