import {
  ersetzeNichtDin91379,
  staatMitCode,
  type Anlage,
  type Anschrift,
  type BeantragteLeistung,
  type Beziehung,
  type DokumentArt,
  type Dritter,
  type DvdvBehoerde,
  type Geschlecht,
  type Kommunikation,
  type MimeType,
  type Person,
  type XsozialVorgang,
} from '../nachricht/index.ts';
import { tagInBerlin } from '../shared/index.ts';
import type { AntragDaten, PersonDaten } from './flow.ts';
import { inhaltAus } from './inhalt/abbilden.ts';
import { INHALT } from './inhalt/definition.ts';
import type { Einreichung } from './inhalt/einreichung.ts';

// The wizard's typed application → the xSozial message input (pure). One small function per section; the
// message builder (nachricht/) checks and writes the XML. Codes come from the receiver's profile there.

/** What the header needs from the connection record (zustellung/) and the configuration. */
export type NachrichtKopf = {
  nachrichtUUID: string;
  erstellt: Date;
  leser: DvdvBehoerde;
  autor: DvdvBehoerde;
  dvdvDienstkennung: string;
  /** The application id (the same for all messages of one application). */
  vorgangsID: string;
  test?: boolean;
};

/** An attached file as stored with the application, decrypted. */
export type AnhangDatei = { art: string; dateiname: string; mime: string; inhalt: Buffer };

export const ANTRAGSTELLER_ID = 'Person_1';

const GESCHLECHT: Record<string, Geschlecht> = {
  weiblich: 'weiblich',
  maennlich: 'maennlich',
  divers: 'divers',
  ohne: 'ohneAngabe',
};

const BEZIEHUNG: Record<string, Beziehung> = {
  partner: 'ehepartner',
  'partner-eheaehnlich': 'partner',
  kind: 'kind',
  elternteil: 'elternteil',
  verwandt: 'sonstigVerwandt',
  'nicht-verwandt': 'nichtVerwandt',
};

/** The wizard's document types (schritte/unterlagen.ts) → the message's document kinds. */
export const DOKUMENT_ART: Record<string, DokumentArt> = {
  mietvertrag: 'mietvertrag',
  forderung: 'forderungsaufstellung',
  mahnung: 'mahnung',
  kuendigung: 'kuendigung',
  raeumungsklage: 'raeumungsklage',
  raeumungsurteil: 'raeumungsurteil',
  nebenkosten: 'nebenkostenabrechnung',
  mieterhoehung: 'sonstiges',
  einkommen: 'einkommensnachweis',
  kontoauszuege: 'kontoauszug',
  vermoegen: 'vermoegensnachweis',
  schulden: 'schuldennachweis',
  vermietererklaerung: 'vermietererklaerung',
  aufenthaltstitel: 'aufenthaltstitel',
  vollmacht: 'vollmacht',
  energie: 'energieversorger',
  ausweis: 'ausweis',
};

const MIME: Record<string, MimeType> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
};

const ohneLeere = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, w]) => w !== undefined && w !== '')) as T;

function kommunikation(k: { telefon?: string | undefined; email?: string | undefined }): Kommunikation[] {
  return [
    ...(k.email !== undefined ? [{ kanal: 'email' as const, kennung: k.email }] : []),
    ...(k.telefon !== undefined ? [{ kanal: 'telefon' as const, kennung: k.telefon }] : []),
  ];
}

function anschrift(a: {
  strasse: string;
  hausnummer?: string | undefined;
  plz: string;
  ort: string;
  adresszusatz?: string | undefined;
}): Anschrift {
  return ohneLeere({
    strasse: a.strasse,
    hausnummer: a.hausnummer,
    plz: a.plz,
    ort: a.ort,
    zusatz: a.adresszusatz,
  });
}

/** Destatis key of the citizenship: the wizard stores the key itself; an unknown value is left out, not guessed. */
export function staatsangehoerigkeitSchluessel(code: string | undefined): string | undefined {
  return code !== undefined && staatMitCode(code) !== undefined ? code : undefined;
}

/** Section A: the applicant with address and contact. */
export function antragstellerAus(d: AntragDaten): Person {
  const p = d['persoenliche-daten'];
  if (p === undefined) throw new Error('Angaben zur antragstellenden Person fehlen');
  const kontakt = d.kontakt === undefined ? [] : kommunikation(d.kontakt);
  return ohneLeere({
    personID: ANTRAGSTELLER_ID,
    rolle: 'antragsteller' as const,
    vorname: p.vorname,
    familienname: p.familienname,
    geburtsname: p.geburtsname,
    geburtsdatum: p.geburtsdatum,
    geschlecht: p.geschlecht === undefined ? undefined : GESCHLECHT[p.geschlecht],
    staatsangehoerigkeit: staatsangehoerigkeitSchluessel(d.staatsangehoerigkeit?.staat),
    anschrift: d.anschrift === undefined ? undefined : anschrift(d.anschrift),
    kommunikation: kontakt.length > 0 ? kontakt : undefined,
  });
}

/** Section C: the other members of the household, numbered after the applicant. */
export function haushaltsmitgliederAus(personen: readonly PersonDaten[]): Person[] {
  return personen.map((p, i) =>
    ohneLeere({
      personID: `Person_${i + 2}`,
      rolle: 'haushaltsmitglied' as const,
      beziehung: BEZIEHUNG[p.beziehung],
      vorname: p.vorname,
      familienname: p.familienname,
      geburtsdatum: p.geburtsdatum,
      staatsangehoerigkeit: staatsangehoerigkeitSchluessel(p.staatsangehoerigkeit),
    }),
  );
}

/** Section B: the representative (filing for someone else); receives the office's letters. */
export function vertretungAus(d: AntragDaten): Dritter | undefined {
  const k = d['vertretung-kontakt'];
  if (d['fuer-wen']?.antragFuer !== 'andere' || k === undefined) return undefined;
  const komm = kommunikation(k);
  return ohneLeere({
    dritteID: 'Vertretung',
    art: 'vertretung' as const,
    organisation: d.vertretung?.stelle,
    ansprechpartner: { vorname: k.vorname, familienname: k.familienname },
    anschrift: anschrift(k),
    kommunikation: komm.length > 0 ? komm : undefined,
    schriftgutempfaenger: true,
  });
}

/** Section F: the landlord (or the property management) with contact and bank account. */
export function vermieterAus(d: AntragDaten): Dritter | undefined {
  const v = d.vermieter;
  if (v === undefined) return undefined;
  const kontakt = d['vermieter-kontakt'];
  const bank = d['vermieter-bank'];
  const komm = kontakt === undefined ? [] : kommunikation(kontakt);
  const ansprechperson = kontakt?.ansprechperson;
  const privat = v.typ === 'privat';
  return ohneLeere({
    dritteID: 'Vermieter',
    art: v.typ === 'verwaltung' ? ('hausverwaltung' as const) : ('vermieter' as const),
    // A private landlord is a person; a company keeps its name as organisation.
    organisation: privat ? undefined : v.name,
    ansprechpartner: privat
      ? nameAlsPerson(v.name)
      : ansprechperson === undefined
        ? undefined
        : nameAlsPerson(ansprechperson),
    anschrift: anschrift(v),
    kommunikation: komm.length > 0 ? komm : undefined,
    bank:
      bank === undefined
        ? undefined
        : ohneLeere({
            kontoinhaber: bank.kontoinhaber,
            iban: bank.iban,
            bic: bank.bic,
            verwendungszweck: bank.verwendungszweck ?? kontakt?.mieternummer,
          }),
  });
}

/** "Anna Schröder" → vorname Anna, familienname Schröder; a single word is the family name. */
export function nameAlsPerson(name: string): { vorname: string; familienname: string } {
  const teile = name.trim().split(/\s+/);
  if (teile.length < 2) return { vorname: '-', familienname: name.trim() };
  return { vorname: teile.slice(0, -1).join(' '), familienname: teile.at(-1) ?? '' };
}

/** Section P: the benefits requested, for the applicant. */
export function leistungenAus(d: AntragDaten): BeantragteLeistung[] {
  return [
    { art: 'mietschulden' },
    ...(d.energie?.vorhanden === true ? [{ art: 'energieschulden' as const }] : []),
  ];
}

/** Section R: the attached files in upload order, names made DIN 91379-safe. */
export function anlagenAus(dateien: readonly AnhangDatei[]): Anlage[] {
  return dateien.map((f) => {
    const mimeType = MIME[f.mime];
    if (mimeType === undefined) throw new Error(`Dateityp ${f.mime} kann nicht übermittelt werden`);
    return {
      art: DOKUMENT_ART[f.art] ?? 'sonstiges',
      dateiname: ersetzeNichtDin91379(f.dateiname),
      mimeType,
      inhalt: f.inhalt,
    };
  });
}

/** The whole message input for one submitted application. */
export function xsozialVorgang(
  kopf: NachrichtKopf,
  d: AntragDaten,
  buerger: { postfach?: string | undefined; einreichung?: Einreichung },
  antragPdf: Buffer,
  dateien: readonly AnhangDatei[],
): XsozialVorgang {
  const dritte = [vertretungAus(d), vermieterAus(d)].filter((x) => x !== undefined);
  return {
    nachrichtUUID: kopf.nachrichtUUID,
    erstellt: kopf.erstellt,
    test: kopf.test ?? false,
    leser: kopf.leser,
    autor: kopf.autor,
    dvdvDienstkennung: kopf.dvdvDienstkennung,
    vorgangsID: kopf.vorgangsID,
    antragsDatum: tagInBerlin(kopf.erstellt),
    personen: [antragstellerAus(d), ...haushaltsmitgliederAus(d.personen)],
    dritte,
    leistungen: leistungenAus(d),
    ...(buerger.postfach !== undefined
      ? { postfach: { postfachID: buerger.postfach, provider: 'nkb' } }
      : {}),
    antragPdf,
    anlagen: anlagenAus(dateien),
    // Every answer as typed data (energy supplier, Bürgergeld and all the rest): no free-text notes.
    antragsangaben: { definition: INHALT, werte: inhaltAus(d, buerger.einreichung) },
  };
}
