import { create } from 'xmlbuilder2';
import { beschreibeZeichen, pruefeDin91379 } from './din91379.ts';
import type {
  Anlage,
  Anschrift,
  Bankverbindung,
  Dritter,
  Kommunikation,
  NatuerlichePerson,
  Person,
  Postfach,
  Produktangaben,
  XsozialVorgang,
} from './modell.ts';
import { schreibeInhalt } from './inhalt/schreiben.ts';
import { schreibeVermieterErklaerung } from './vermieter-erklaerung/bauen.ts';
import type { CodeWert, XsozialProfil } from './profil.ts';
import { pruefeVorgang, type NachrichtFehler } from './pruefung.ts';
import { STANDARD_PROFIL } from './profile/index.ts';
import { datumMitBerlinerOffset, datumUtc, zeitpunktMitOffset } from './zeit.ts';
import { ok, type Ergebnis } from '../shared/index.ts';

// Builds `xsb:vorgang.transportieren.1000001` in exactly the shape of the real Sozialplattform message:
// qualified xSozial elements, unqualified XÖV header, `code` children and XInneres address subtree, and no
// default namespace. Every string passes `text()`, which normalises to NFC and checks DIN 91379; xmlbuilder2
// escapes it, so no input can change the structure.

/** The message as XML, or what is wrong with the input. */
export type NachrichtErgebnis = Ergebnis<string, NachrichtFehler[]>;

export const STANDARD_PRODUKT: Produktangaben = {
  produkt: 'Übernahme von Mietrückständen',
  produkthersteller: 'Open-Source-Projekt mietrueckstaende (EUPL-1.2)',
  produktversion: '0.1.0',
};

export const ANTRAG_DATEINAME = 'Antrag.pdf';

type Knoten = ReturnType<typeof create>;

// xmlbuilder2 leaves "&name;" and "&#123;" in text and attribute values unescaped (it takes them for entity
// references), so "&amp;" typed by a user would arrive as "&" and "&foo;" would make the document invalid.
// Escaping every "&" ourselves leaves only "&amp;" sequences, which it then passes through unchanged.
// Carriage returns (and in attributes tabs and line feeds) are written as character references so that
// XML parsers do not normalise them away.
function fuerText(wert: string): string {
  return wert.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

function fuerAttribut(wert: string): string {
  return wert.replace(/&/g, '&amp;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

class Schreiber {
  readonly fehler: NachrichtFehler[] = [];

  constructor(private readonly profil: XsozialProfil) {}

  /** Every text goes through here: NFC, then the DIN 91379 check naming the field. */
  text(feld: string, wert: string): string {
    const nfc = wert.normalize('NFC');
    const falsch = pruefeDin91379(nfc);
    if (falsch.length > 0) {
      this.fehler.push({
        feld,
        meldung: `Enthält Zeichen, die nicht übermittelt werden können: ${falsch.map(beschreibeZeichen).join(', ')}`,
        zeichen: falsch,
      });
    }
    return nfc;
  }

  q(eltern: Knoten, name: string): Knoten {
    return eltern.ele(this.profil.namespace, `${this.profil.praefix}:${name}`);
  }

  qText(eltern: Knoten, name: string, feld: string, wert: string): Knoten {
    return this.q(eltern, name).txt(fuerText(this.text(feld, wert)));
  }

  /** Unqualified element (header, `code`, XInneres address). */
  u(eltern: Knoten, name: string): Knoten {
    return eltern.ele(name);
  }

  uText(eltern: Knoten, name: string, feld: string, wert: string): Knoten {
    return this.u(eltern, name).txt(fuerText(this.text(feld, wert)));
  }

  attribut(el: Knoten, name: string, feld: string, wert: string): void {
    el.att(name, fuerAttribut(this.text(feld, wert)));
  }

  code(eltern: Knoten, name: string, wert: CodeWert, qualifiziert = true): Knoten {
    const attribute: Record<string, string> = {};
    if (wert.listURI) attribute.listURI = wert.listURI;
    if (wert.listVersionID) attribute.listVersionID = wert.listVersionID;
    const el = qualifiziert ? this.q(eltern, name) : this.u(eltern, name);
    for (const [k, v] of Object.entries(attribute)) this.attribut(el, k, `profil.${name}.${k}`, v);
    this.u(el, 'code').txt(fuerText(this.text(`profil.${name}.code`, wert.code)));
    return el;
  }
}

/** Splits "12a" / "116/1" into XInneres hausnummer (digits, ≤ 4) and hausnummerBuchstabeZusatzziffer (≤ 4). */
export function teileHausnummer(hausnummer: string): { nummer: string; zusatz?: string } | undefined {
  // the suffix starts with a letter, "." or "/" (124 a, 109.5, 116/1), so "12345" is not split into 1234 + 5
  const m = /^\s*(\d{1,4})\s*([\p{L}./][\p{L}0-9./ ]{0,3})?\s*$/u.exec(hausnummer);
  if (!m?.[1]) return undefined;
  const zusatz = m[2]?.trim();
  return zusatz ? { nummer: m[1], zusatz } : { nummer: m[1] };
}

function anschrift(s: Schreiber, eltern: Knoten, a: Anschrift, feld: string): void {
  const inland = s.q(s.q(eltern, 'anschrift'), 'anschriftInland');
  const gebaeude = s.u(inland, 'gebaeude');
  const teile = a.hausnummer?.trim() ? teileHausnummer(a.hausnummer) : undefined;
  // XInneres order: hausnummer, hausnummerBuchstabeZusatzziffer, postleitzahl, strasse, wohnort, zusatzangaben
  if (teile) {
    s.uText(gebaeude, 'hausnummer', `${feld}.hausnummer`, teile.nummer);
    if (teile.zusatz)
      s.uText(gebaeude, 'hausnummerBuchstabeZusatzziffer', `${feld}.hausnummer`, teile.zusatz);
  }
  s.uText(gebaeude, 'postleitzahl', `${feld}.plz`, a.plz);
  s.uText(gebaeude, 'strasse', `${feld}.strasse`, a.strasse);
  s.uText(gebaeude, 'wohnort', `${feld}.ort`, a.ort);
  // A house number XInneres cannot hold (e.g. "12-14") travels in full in zusatzangaben.
  const zusatz = [
    a.hausnummer?.trim() && !teile ? `Hausnummer ${a.hausnummer.trim()}` : '',
    a.zusatz?.trim() ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  if (zusatz) s.uText(gebaeude, 'zusatzangaben', `${feld}.zusatz`, zusatz);
}

function kommunikation(
  s: Schreiber,
  profil: XsozialProfil,
  eltern: Knoten,
  liste: Kommunikation[],
  feld: string,
): void {
  liste.forEach((k, i) => {
    const el = s.q(eltern, 'kommunikation');
    s.code(el, 'kanal', profil.kanal[k.kanal]);
    s.qText(el, 'kennung', `${feld}[${i}].kennung`, k.kennung.trim());
  });
}

function nameNatuerlichePerson(
  s: Schreiber,
  profil: XsozialProfil,
  eltern: Knoten,
  p: NatuerlichePerson,
  feld: string,
): void {
  const name = s.q(eltern, 'nameNatuerlichePerson');
  if (p.titel?.trim()) s.qText(name, 'titel', `${feld}.titel`, p.titel.trim());
  s.qText(s.q(name, 'familienname'), 'name', `${feld}.familienname`, p.familienname.trim());
  s.qText(s.q(name, 'vorname'), 'name', `${feld}.vorname`, p.vorname.trim());
  const geburtsname = profil.erweiterungen.geburtsname;
  if (geburtsname.aktiv && p.geburtsname?.trim()) {
    s.qText(s.q(name, geburtsname.element), 'name', `${feld}.geburtsname`, p.geburtsname.trim());
  }
}

/** nameNatuerlichePerson, geburt, geschlecht, staatsangehoerigkeit (as `allgemein` and `ansprechpartner`). */
function natuerlichePerson(
  s: Schreiber,
  profil: XsozialProfil,
  el: Knoten,
  p: NatuerlichePerson,
  feld: string,
): void {
  nameNatuerlichePerson(s, profil, el, p, feld);
  if (p.geburtsdatum) s.q(s.q(el, 'geburt'), 'datum').txt(datumUtc(p.geburtsdatum));
  if (p.geschlecht) {
    s.code(s.q(el, 'geschlecht'), 'geschlecht', {
      code: profil.geschlecht.werte[p.geschlecht],
      listURI: profil.geschlecht.listURI,
      listVersionID: profil.geschlecht.listVersionID,
    });
  }
  if (p.staatsangehoerigkeit) {
    s.code(s.q(el, 'staatsangehoerigkeit'), 'staatsangehoerigkeit', {
      code: p.staatsangehoerigkeit,
      listURI: profil.staatsangehoerigkeit.listURI,
      listVersionID: profil.staatsangehoerigkeit.listVersionID,
    });
  }
}

function postfach(
  s: Schreiber,
  profil: XsozialProfil,
  eltern: Knoten,
  pf: Postfach,
  name = 'postfach',
): void {
  const el = s.q(eltern, name);
  s.qText(el, 'postfachID', 'postfach.postfachID', pf.postfachID);
  s.code(el, 'postfachTyp', profil.postfachTyp);
  s.qText(el, 'provider', 'postfach.provider', pf.provider);
}

function bank(s: Schreiber, profil: XsozialProfil, eltern: Knoten, b: Bankverbindung, feld: string): void {
  const el = s.q(eltern, profil.erweiterungen.bankverbindung.element);
  s.qText(el, 'kontoinhaber', `${feld}.kontoinhaber`, b.kontoinhaber.trim());
  s.qText(el, 'iban', `${feld}.iban`, normalisiereIban(b.iban));
  if (b.bic?.trim()) s.qText(el, 'bic', `${feld}.bic`, b.bic.replace(/\s+/g, '').toUpperCase());
  if (b.verwendungszweck?.trim())
    s.qText(el, 'verwendungszweck', `${feld}.verwendungszweck`, b.verwendungszweck.trim());
}

export function normalisiereIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

function person(
  s: Schreiber,
  profil: XsozialProfil,
  vorgang: Knoten,
  p: Person,
  i: number,
  v: XsozialVorgang,
  empfaenger: boolean,
): void {
  const feld = `personen[${i}]`;
  const el = s.q(vorgang, 'person');
  s.qText(el, 'personID', `${feld}.personID`, p.personID);
  const typ =
    p.rolle === 'antragsteller'
      ? profil.personentyp.antragsteller
      : profil.personentyp[p.beziehung ?? 'haushaltsmitglied'];
  s.code(el, 'typ', typ);
  s.q(el, 'antragsteller').txt(String(p.rolle === 'antragsteller'));
  s.q(el, 'schriftgutempfaenger').txt(String(empfaenger));
  natuerlichePerson(s, profil, s.q(el, 'allgemein'), p, feld);
  const kontakt = profil.erweiterungen.personKontakt;
  if (kontakt.aktiv) {
    if (p.anschrift) anschrift(s, el, p.anschrift, `${feld}.anschrift`);
    if (p.kommunikation) kommunikation(s, profil, el, p.kommunikation, `${feld}.kommunikation`);
  }
  v.leistungen.forEach((l) => {
    const fuer = l.personID ?? antragstellerID(v);
    if (fuer !== p.personID) return;
    const lel = s.q(el, 'beantragteLeistung');
    s.qText(lel, 'beantragteLeistungID', 'leistungen.leistungID', l.leistungID ?? `${l.art}_${p.personID}`);
    s.code(lel, 'leistungArt', profil.leistungArt[l.art]);
  });
  if (empfaenger && v.postfach && profil.erweiterungen.postfachBeiPerson.aktiv) {
    postfach(s, profil, el, v.postfach, profil.erweiterungen.postfachBeiPerson.element);
  }
}

function dritte(
  s: Schreiber,
  profil: XsozialProfil,
  vorgang: Knoten,
  d: Dritter,
  i: number,
  v: XsozialVorgang,
): void {
  const feld = `dritte[${i}]`;
  const el = s.q(vorgang, 'dritte');
  s.qText(el, 'dritteID', `${feld}.dritteID`, d.dritteID);
  s.code(el, 'dritteTyp', profil.drittetyp[d.art]);
  const nnp = s.q(s.q(el, 'drittePerson'), 'nichtNatuerlichePerson');
  if (d.organisation?.trim() && profil.erweiterungen.organisationsname.aktiv) {
    s.qText(
      nnp,
      profil.erweiterungen.organisationsname.element,
      `${feld}.organisation`,
      d.organisation.trim(),
    );
  }
  anschrift(s, nnp, d.anschrift, `${feld}.anschrift`);
  if (d.kommunikation) kommunikation(s, profil, nnp, d.kommunikation, `${feld}.kommunikation`);
  if (d.ansprechpartner)
    natuerlichePerson(s, profil, s.q(nnp, 'ansprechpartner'), d.ansprechpartner, `${feld}.ansprechpartner`);
  s.q(el, 'schriftgutempfaenger').txt(String(d.schriftgutempfaenger === true));
  if (d.schriftgutempfaenger === true && v.postfach) postfach(s, profil, el, v.postfach);
  if (d.bank && profil.erweiterungen.bankverbindung.aktiv) bank(s, profil, el, d.bank, `${feld}.bank`);
}

function dokument(
  s: Schreiber,
  profil: XsozialProfil,
  xsozial: Knoten,
  d: {
    id: string;
    repId: string;
    name: string;
    dateiname: string;
    mimeType: string;
    inhalt: Buffer;
    typ: CodeWert;
  },
  feld: string,
): void {
  const el = s.q(xsozial, 'dokument');
  s.qText(el, 'dokumentID', `${feld}.dokumentID`, d.id);
  s.qText(el, 'name', `${feld}.name`, d.name);
  const rep = s.q(el, 'dokumentRepraesentation');
  s.qText(rep, 'dokumentRepraesentationID', `${feld}.dokumentID`, d.repId);
  s.qText(rep, 'mimeType', `${feld}.mimeType`, d.mimeType);
  s.q(rep, 'inhalt').txt(d.inhalt.toString('base64'));
  s.qText(rep, 'dateiname', `${feld}.dateiname`, d.dateiname);
  s.q(rep, 'inhaltTyp');
  s.code(el, 'dokumentTyp', d.typ);
}

function antragstellerID(v: XsozialVorgang): string | undefined {
  return v.personen.find((p) => p.rolle === 'antragsteller')?.personID;
}

/** The document ids the builder uses (also for the inbox to map documents back). */
export function dokumentIDs(anlage: Anlage, index: number): { id: string; repId: string } {
  const id = anlage.dokumentID ?? `Dok_ID_Anlage_${index + 1}`;
  return { id, repId: `ID_${id.replace(/^Dok_ID_/, '')}` };
}

/** Builds the message. Refusals name the field; nothing is built from invalid input. */
export function baueNachricht(v: XsozialVorgang, profil: XsozialProfil = STANDARD_PROFIL): NachrichtErgebnis {
  const vorab = pruefeVorgang(v);
  if (vorab.length > 0) return { ok: false, fehler: vorab };

  const s = new Schreiber(profil);
  const produkt = v.produkt ?? STANDARD_PRODUKT;
  const doc = create({ version: '1.0', encoding: 'UTF-8', standalone: true });
  const wurzel = doc.ele(profil.namespace, `${profil.praefix}:${profil.wurzelelement}`);
  s.attribut(wurzel, 'produkt', 'produkt.produkt', produkt.produkt);
  s.attribut(wurzel, 'produkthersteller', 'produkt.produkthersteller', produkt.produkthersteller);
  if (produkt.produktversion)
    s.attribut(wurzel, 'produktversion', 'produkt.produktversion', produkt.produktversion);
  s.attribut(wurzel, 'standard', 'profil.standard', profil.standard);
  if (v.test) s.attribut(wurzel, 'test', 'test', 'true');
  s.attribut(wurzel, 'version', 'profil.version', profil.version);

  // XÖV header (unqualified)
  const kopf = s.u(wurzel, 'nachrichtenkopf.g2g');
  const ident = s.u(kopf, 'identifikation.nachricht');
  s.uText(ident, 'nachrichtenUUID', 'nachrichtUUID', v.nachrichtUUID);
  s.code(ident, 'nachrichtentyp', profil.nachrichtentyp, false);
  s.u(ident, 'erstellungszeitpunkt').txt(zeitpunktMitOffset(v.erstellt));
  for (const [rolle, behoerde] of [
    ['leser', v.leser],
    ['autor', v.autor],
  ] as const) {
    const el = s.u(kopf, rolle);
    s.code(el, 'verzeichnisdienst', profil.verzeichnisdienst, false);
    s.uText(el, 'kennung', `${rolle}.kennung`, behoerde.kennung.trim());
    s.uText(el, 'name', `${rolle}.name`, behoerde.name.trim());
  }
  if (v.referenzUUID) s.uText(kopf, 'referenzUUID', 'referenzUUID', v.referenzUUID);
  s.uText(kopf, 'dvdvDienstkennung', 'dvdvDienstkennung', v.dvdvDienstkennung.trim());

  // xSozial body
  const xsozial = s.q(wurzel, 'xsozial');
  s.qText(s.q(xsozial, 'identifikationVorgang'), 'vorgangsID', 'vorgangsID', v.vorgangsID);
  const vorgang = s.q(xsozial, 'vorgang');
  s.code(vorgang, 'vorgangsTyp', profil.vorgangsTyp);
  s.q(vorgang, 'antragsDatum').txt(datumMitBerlinerOffset(v.antragsDatum));
  const dritterEmpfaenger = v.dritte.some((d) => d.schriftgutempfaenger === true);
  v.personen.forEach((p, i) => {
    const empfaenger = p.schriftgutempfaenger ?? (p.rolle === 'antragsteller' && !dritterEmpfaenger);
    person(s, profil, vorgang, p, i, v, empfaenger);
  });
  v.dritte.forEach((d, i) => {
    dritte(s, profil, vorgang, d, i, v);
  });
  const zusatz = profil.erweiterungen.zusatzangabe;
  if (zusatz.aktiv) {
    const angaben = [
      ...(v.jobcenterHinweis === undefined
        ? []
        : [{ schluessel: 'jobcenterHinweis', wert: String(v.jobcenterHinweis) }]),
      ...(v.zusatzangaben ?? []),
    ];
    angaben.forEach((a, i) => {
      const el = s.q(vorgang, zusatz.element);
      s.qText(el, 'schluessel', `zusatzangaben[${i}].schluessel`, a.schluessel);
      s.qText(el, 'wert', `zusatzangaben[${i}].wert`, a.wert);
    });
  }

  if (v.vermieterErklaerung !== undefined) schreibeVermieterErklaerung(vorgang, v.vermieterErklaerung);

  if (v.antragsangaben !== undefined && profil.erweiterungen.antragsangaben.aktiv) {
    schreibeInhalt(
      {
        text: (feld, wert) => s.text(feld, wert),
        fehler: (feld, meldung) => s.fehler.push({ feld, meldung }),
        maskiere: fuerText,
      },
      vorgang,
      v.antragsangaben.definition,
      v.antragsangaben.werte,
    );
  }

  // Documents: Antrag.pdf first, then every attachment.
  dokument(
    s,
    profil,
    xsozial,
    {
      id: 'Dok_ID_Antrag',
      repId: 'ID_Antrag',
      name: ANTRAG_DATEINAME,
      dateiname: ANTRAG_DATEINAME,
      mimeType: 'application/pdf',
      inhalt: v.antragPdf,
      typ: profil.dokumentTyp.antrag,
    },
    'antragPdf',
  );
  v.anlagen.forEach((a, i) => {
    const { id, repId } = dokumentIDs(a, i);
    dokument(
      s,
      profil,
      xsozial,
      {
        id,
        repId,
        name: a.name?.trim() || a.dateiname,
        dateiname: a.dateiname,
        mimeType: a.mimeType,
        inhalt: a.inhalt,
        typ: profil.dokumentTyp[a.art],
      },
      `anlagen[${i}]`,
    );
  });

  if (s.fehler.length > 0) return { ok: false, fehler: s.fehler };
  return ok(doc.end({ prettyPrint: true, wellFormed: true }));
}
