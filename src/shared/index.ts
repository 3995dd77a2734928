// The public API of shared/: what other parts may use. Everything else in the folder is internal.

export { istEmail } from './email.ts';
export { fehler, ok } from './ergebnis.ts';
export type { Ergebnis } from './ergebnis.ts';
export {
  ZEITZONE,
  formatBetrag,
  formatDateigroesse,
  formatDatum,
  formatDatumLang,
  formatDatumMitWochentag,
  formatEuro,
  formatMonat,
  formatTag,
  formatTagUndUhrzeit,
  formatUhrzeit,
  formatZahl,
  formatZeit,
  formatZeitLang,
  formatZeitpunkt,
  fristInWorten,
  tagInBerlin,
} from './format.ts';
export { MAIL_SPERRE_MS, leererSendebericht, nachFehlschlag } from './mail-wiederholung.ts';
export type { Sendebericht } from './mail-wiederholung.ts';
export { mailVerzeichnis, sendeMail } from './mail.ts';
export type { MailErgebnis } from './mail.ts';
export { decrypt, decryptJson, encrypt, encryptJson, schluesselbund } from './verschluesselung.ts';
export type { Schluessel } from './verschluesselung.ts';
export {
  XmlFehler,
  domAttribut,
  domKind,
  domKinder,
  domNachfahren,
  domText,
  kind,
  kinder,
  leseXml,
  leseXmlDokument,
  text,
  xmlEscape,
} from './xml.ts';
export type { XmlBau, XmlElement, XmlGrenzen } from './xml.ts';
