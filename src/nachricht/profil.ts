import type { Beziehung, DokumentArt, DritteArt, Geschlecht, Kanal, LeistungArt } from './modell.ts';

// A receiver profile: namespace, version and every code value of one xSozial-basis release. Values seen in the
// real Sozialplattform message (xSozial-basis 2.4.0; its structure in testdaten/sozialplattform-struktur.ts) are plain;
// everything else carries `platzhalter: true` and a note, until confirmed against the official release on
// XRepository (urn:xoev-de:d-nrw:standard:xsozialbasis) and the Sozialplattform's data set for Mietschulden.

export interface CodeWert {
  code: string;
  /** Present when the list is not fixed by the schema (XÖV code types 3/4). */
  listURI?: string;
  listVersionID?: string;
  /** True while the value is not confirmed by an official source. */
  platzhalter?: boolean;
  hinweis?: string;
}

/** An element that the real sample does not show, emitted in a shape designed by us. */
export interface Erweiterung {
  /** Local element name (qualified with the xSozial prefix). */
  element: string;
  /** Emit it at all. A strict receiver gets a profile with `aktiv: false`. */
  aktiv: boolean;
  platzhalter: true;
  hinweis: string;
}

export interface XsozialProfil {
  /** e.g. "xsozial-2.4.0" */
  id: string;
  /** Root attribute `version`. */
  version: string;
  /** Root attribute `standard`. */
  standard: string;
  namespace: string;
  namespacePlatzhalter?: boolean;
  praefix: string;
  /** Local name of the root element. */
  wurzelelement: string;
  /** Our own XSD for the emitted subset (file in src/nachricht/xsd/), with the 2.4.0 namespace replaced. */
  xsd: string;
  nachrichtentyp: CodeWert;
  verzeichnisdienst: CodeWert;
  vorgangsTyp: CodeWert;
  /** person/typ per role; household members by relation. */
  personentyp: { antragsteller: CodeWert } & Record<Beziehung | 'haushaltsmitglied', CodeWert>;
  drittetyp: Record<DritteArt, CodeWert>;
  leistungArt: Record<LeistungArt, CodeWert>;
  dokumentTyp: Record<DokumentArt | 'antrag', CodeWert>;
  kanal: Record<Kanal, CodeWert>;
  geschlecht: { listURI: string; listVersionID: string; werte: Record<Geschlecht, string> };
  staatsangehoerigkeit: { listURI: string; listVersionID: string };
  postfachTyp: CodeWert;
  /** Elements of our own design where the sample shows nothing. */
  erweiterungen: {
    /** Name of an organisation (landlord company) inside `nichtNatuerlichePerson`, before `anschrift`. */
    organisationsname: Erweiterung;
    /** Birth name inside `nameNatuerlichePerson`, after `vorname`. */
    geburtsname: Erweiterung;
    /** Address and contacts of a person (after `allgemein`). */
    personKontakt: Erweiterung;
    /** The reply mailbox on a person (the sample shows it on a third party only); last child of `person`. */
    postfachBeiPerson: Erweiterung;
    /** Bank details of a third party; last child of `dritte`. */
    bankverbindung: Erweiterung;
    /** Key/value notes; last children of `vorgang`. */
    zusatzangabe: Erweiterung;
    /** The typed answers of the application in the project's extension namespace (ADR 0017); last child of `vorgang`. */
    antragsangaben: Erweiterung;
  };
}

/** Every code of a profile that is still a placeholder, with its path (for the README, logs and admin UI). */
export function platzhalterListe(profil: XsozialProfil): { pfad: string; code: string; hinweis?: string }[] {
  const liste: { pfad: string; code: string; hinweis?: string }[] = [];
  const besuche = (wert: unknown, pfad: string): void => {
    if (wert === null || typeof wert !== 'object') return;
    const o = wert as Record<string, unknown>;
    if (typeof o.code === 'string' && o.platzhalter === true) {
      liste.push({ pfad, code: o.code, ...(typeof o.hinweis === 'string' ? { hinweis: o.hinweis } : {}) });
      return;
    }
    if (typeof o.element === 'string' && o.platzhalter === true) {
      liste.push({
        pfad,
        code: `<${o.element}>`,
        ...(typeof o.hinweis === 'string' ? { hinweis: o.hinweis } : {}),
      });
      return;
    }
    for (const [k, v] of Object.entries(o)) besuche(v, pfad ? `${pfad}.${k}` : k);
  };
  besuche(profil, '');
  if (profil.namespacePlatzhalter) liste.unshift({ pfad: 'namespace', code: profil.namespace });
  return liste;
}
