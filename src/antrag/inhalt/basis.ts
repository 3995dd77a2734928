// Where xSozial-basis 2.4.0 carries an answer as well (relative to xsb:vorgang), for the receiver documentation.
// The values are written there by antrag/xsozial.ts; the extension keeps every answer in its typed form.

const ANTRAGSTELLER = "xsb:person[xsb:antragsteller='true']";
const NAME = `${ANTRAGSTELLER}/xsb:allgemein/xsb:nameNatuerlichePerson`;
const ANSCHRIFT = `${ANTRAGSTELLER}/xsb:anschrift/xsb:anschriftInland/gebaeude`;
const VERMIETER = "xsb:dritte[xsb:dritteID='Vermieter']";
const VERMIETER_ANSCHRIFT = `${VERMIETER}/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude`;
const VERTRETUNG = "xsb:dritte[xsb:dritteID='Vertretung']";
const MITGLIED = "xsb:person[xsb:antragsteller='false']";

export const BASIS: Readonly<Record<string, string>> = {
  'persoenlicheDaten.vorname': `${NAME}/xsb:vorname/xsb:name`,
  'persoenlicheDaten.familienname': `${NAME}/xsb:familienname/xsb:name`,
  'persoenlicheDaten.geburtsname': `${NAME}/xsb:geburtsname/xsb:name`,
  'persoenlicheDaten.geburtsdatum': `${ANTRAGSTELLER}/xsb:allgemein/xsb:geburt/xsb:datum`,
  'persoenlicheDaten.geschlecht': `${ANTRAGSTELLER}/xsb:allgemein/xsb:geschlecht/xsb:geschlecht/code`,
  'staatsangehoerigkeit.staat': `${ANTRAGSTELLER}/xsb:allgemein/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit/code`,
  'anschrift.strasse': `${ANSCHRIFT}/strasse`,
  'anschrift.hausnummer': `${ANSCHRIFT}/hausnummer (+ hausnummerBuchstabeZusatzziffer)`,
  'anschrift.plz': `${ANSCHRIFT}/postleitzahl`,
  'anschrift.ort': `${ANSCHRIFT}/wohnort`,
  'anschrift.adresszusatz': `${ANSCHRIFT}/zusatzangaben`,
  'kontakt.email': `${ANTRAGSTELLER}/xsb:kommunikation[xsb:kanal/code='01']/xsb:kennung`,
  'kontakt.telefon': `${ANTRAGSTELLER}/xsb:kommunikation[xsb:kanal/code='02']/xsb:kennung`,
  'vertretung.stelle': `${VERTRETUNG}/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:organisationsname`,
  'vertretungKontakt.vorname': `${VERTRETUNG}/…/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:vorname/xsb:name`,
  'vertretungKontakt.familienname': `${VERTRETUNG}/…/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:familienname/xsb:name`,
  'vermieter.name': `${VERMIETER}/xsb:drittePerson/xsb:nichtNatuerlichePerson/(xsb:organisationsname | xsb:ansprechpartner)`,
  'vermieter.strasse': `${VERMIETER_ANSCHRIFT}/strasse`,
  'vermieter.hausnummer': `${VERMIETER_ANSCHRIFT}/hausnummer`,
  'vermieter.plz': `${VERMIETER_ANSCHRIFT}/postleitzahl`,
  'vermieter.ort': `${VERMIETER_ANSCHRIFT}/wohnort`,
  'vermieterBank.kontoinhaber': `${VERMIETER}/xsb:bankverbindung/xsb:kontoinhaber`,
  'vermieterBank.iban': `${VERMIETER}/xsb:bankverbindung/xsb:iban`,
  'vermieterBank.bic': `${VERMIETER}/xsb:bankverbindung/xsb:bic`,
  'vermieterBank.verwendungszweck': `${VERMIETER}/xsb:bankverbindung/xsb:verwendungszweck`,
  'haushaltsmitglied.vorname': `${MITGLIED}/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:vorname/xsb:name`,
  'haushaltsmitglied.familienname': `${MITGLIED}/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:familienname/xsb:name`,
  'haushaltsmitglied.geburtsdatum': `${MITGLIED}/xsb:allgemein/xsb:geburt/xsb:datum`,
  'haushaltsmitglied.staatsangehoerigkeit': `${MITGLIED}/xsb:allgemein/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit/code`,
  'haushaltsmitglied.beziehung': `${MITGLIED}/xsb:typ/code`,
};
