import { auswahl, email, iban, jaNein, plz, telefon, textfeld } from './felder.ts';
import { formSchritt } from './schritt.ts';

// Section G: landlord or property management, with the bank details the office pays to.

export const vermieter = formSchritt({
  id: 'vermieter',
  slug: 'vermieter',
  titel: 'Ihr Vermieter',
  abschnitt: 'vermieter',
  felder: {
    typ: auswahl({
      label: 'Wer ist Ihr Vermieter?',
      kurz: 'Art des Vermieters',
      was: 'die Art des Vermieters',
      fehlertext: 'Wählen Sie aus, wer Ihr Vermieter ist',
      optionen: [
        { wert: 'privat', label: 'Eine Privatperson' },
        { wert: 'unternehmen', label: 'Ein Wohnungsunternehmen' },
        { wert: 'genossenschaft', label: 'Eine Wohnungsgenossenschaft' },
        { wert: 'verwaltung', label: 'Eine Hausverwaltung im Auftrag des Eigentümers' },
      ],
    }),
    name: textfeld({
      label: 'Name oder Firma',
      hinweis: 'So wie im Mietvertrag oder auf der Mahnung.',
      was: 'den Namen oder die Firma des Vermieters',
      autocomplete: 'off',
    }),
    strasse: textfeld({ label: 'Straße', was: 'die Straße des Vermieters', autocomplete: 'off' }),
    hausnummer: textfeld({
      label: 'Hausnummer',
      was: 'die Hausnummer des Vermieters',
      breite: 5,
      maxLength: 10,
    }),
    plz: plz({ label: 'Postleitzahl', was: 'die Postleitzahl des Vermieters', autocomplete: 'off' }),
    ort: textfeld({ label: 'Ort', was: 'den Ort des Vermieters', autocomplete: 'off' }),
  },
});

export const vermieterKontakt = formSchritt({
  id: 'vermieter-kontakt',
  slug: 'vermieter/kontakt',
  titel: 'Kontakt zum Vermieter',
  abschnitt: 'vermieter',
  einleitung:
    'Diese Angaben helfen dem Sozialamt, schnell mit Ihrem Vermieter zu sprechen. Sie sind freiwillig.',
  felder: {
    ansprechperson: textfeld({
      label: 'Ansprechperson',
      was: 'die Ansprechperson',
      optional: true,
      autocomplete: 'off',
    }),
    telefon: telefon({
      label: 'Telefonnummer',
      was: 'die Telefonnummer des Vermieters',
      optional: true,
      autocomplete: 'off',
    }),
    email: email({
      label: 'E-Mail-Adresse',
      was: 'die E-Mail-Adresse des Vermieters',
      optional: true,
      autocomplete: 'off',
    }),
    mieternummer: textfeld({
      label: 'Mieternummer oder Vertragsnummer',
      hinweis: 'Steht meist auf der Mahnung oder dem Mietkontoauszug. Das Amt gibt sie bei der Zahlung an.',
      was: 'die Mieternummer',
      optional: true,
      maxLength: 60,
      breite: 20,
    }),
    informiert: jaNein({
      label: 'Weiß Ihr Vermieter, dass Sie diesen Antrag stellen?',
      kurz: 'Vermieter über Antrag informiert',
      was: 'Ihr Vermieter von dem Antrag weiß',
      optional: true,
    }),
  },
});

/** The landlord's account, asked the same way of the tenant here and of the landlord in vermieter/. */
export const bankverbindungFelder = {
  kontoinhaber: textfeld({ label: 'Kontoinhaber', was: 'den Kontoinhaber', autocomplete: 'off' }),
  iban: iban({ label: 'IBAN', hinweis: 'Zum Beispiel DE02 1203 0000 0000 2020 51', was: 'die IBAN' }),
  bic: textfeld({
    label: 'BIC',
    hinweis: 'Nur bei einem Konto im Ausland nötig.',
    was: 'die BIC',
    optional: true,
    breite: 10,
    maxLength: 11,
    autocomplete: 'off',
  }),
};

export const vermieterBank = formSchritt({
  id: 'vermieter-bank',
  slug: 'vermieter/bankverbindung',
  titel: 'Bankverbindung des Vermieters',
  abschnitt: 'vermieter',
  einleitung:
    'Wenn das Sozialamt hilft, zahlt es direkt an Ihren Vermieter. Die Bankverbindung steht im Mietvertrag, auf der Mahnung oder auf dem Mietkontoauszug.',
  felder: {
    ...bankverbindungFelder,
    verwendungszweck: textfeld({
      label: 'Verwendungszweck',
      hinweis:
        'Zum Beispiel Ihre Mieternummer, wenn der Vermieter einen bestimmten Verwendungszweck verlangt.',
      was: 'den Verwendungszweck',
      optional: true,
      maxLength: 140,
      autocomplete: 'off',
    }),
  },
  regeln(d, fehler) {
    if (d.bic !== undefined && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(d.bic.toUpperCase())) {
      fehler('bic', 'Die BIC muss 8 oder 11 Zeichen haben, zum Beispiel BYLADEM1001');
    }
  },
});
