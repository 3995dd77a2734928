// When the xSozial message cannot be built from the answers, the citizen is told which answer to correct.

const FELDNAMEN: Record<string, string> = {
  vorname: 'Vorname',
  familienname: 'Familienname',
  geburtsname: 'Geburtsname',
  geburtsdatum: 'Geburtsdatum',
  strasse: 'Straße',
  hausnummer: 'Hausnummer',
  plz: 'Postleitzahl',
  ort: 'Ort',
  zusatz: 'Adresszusatz',
  kennung: 'Telefonnummer oder E-Mail-Adresse',
  kontoinhaber: 'Kontoinhaber',
  iban: 'IBAN',
  bic: 'BIC',
  verwendungszweck: 'Verwendungszweck',
  organisation: 'Name',
};

/** A message builder error in plain words: whose answer, which field, what is wrong. */
export function nachrichtFehlerText(f: { feld: string; meldung: string }): string {
  const wer = f.feld.startsWith('personen[0]')
    ? 'Antragstellende Person'
    : f.feld.startsWith('personen[')
      ? 'Person im Haushalt'
      : f.feld.startsWith('dritte[')
        ? 'Vermieter oder Vertretung'
        : 'Antrag';
  const letztes = /([a-zA-Z]+)(\[\d+\])?$/.exec(f.feld)?.[1] ?? '';
  const feld = FELDNAMEN[letztes];
  return `${wer}${feld !== undefined ? `, ${feld}` : ''}: ${f.meldung}`;
}
