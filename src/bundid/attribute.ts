import type { BuergerIdentitaet, Geschlecht, Vertrauensniveau } from './identitaet.ts';

// BundID attributes (SAML Attribute Name = OID URN) and their mapping to BuergerIdentitaet. Pure: no I/O.
// Source: the team's research on public BundID integrations (not BundID itself; not part of this repository).

export const OID = {
  bpk2: 'urn:oid:1.3.6.1.4.1.25484.494450.3',
  postfach: 'urn:oid:2.5.4.18',
  vorname: 'urn:oid:2.5.4.42',
  familienname: 'urn:oid:2.5.4.4',
  email: 'urn:oid:0.9.2342.19200300.100.1.3',
  strasseHausnummer: 'urn:oid:2.5.4.16',
  plz: 'urn:oid:2.5.4.17',
  ort: 'urn:oid:2.5.4.7',
  land: 'urn:oid:1.2.40.0.10.2.1.1.225599',
  geburtsdatum: 'urn:oid:1.2.40.0.10.2.1.1.55',
  geburtsort: 'urn:oid:1.3.6.1.5.5.7.9.2',
  geburtsname: 'urn:oid:1.2.40.0.10.2.1.1.225566',
  staatsangehoerigkeit: 'urn:oid:1.2.40.0.10.2.1.1.225577',
  geschlecht: 'urn:oid:1.3.6.1.4.1.33592.1.3.5',
  doktorgrad: 'urn:oid:0.9.2342.19200300.100.1.40',
  vertrauensniveau: 'urn:oid:1.2.40.0.10.2.1.1.261.94',
  anmeldeart: 'urn:oid:1.3.6.1.4.1.25484.494450.2',
} as const;

/** Attributes requested in the AuthnRequest; only the pseudonym is required. */
export const angefragteAttribute: { name: string; erforderlich: boolean }[] = [
  { name: OID.bpk2, erforderlich: true },
  { name: OID.vertrauensniveau, erforderlich: false },
  { name: OID.postfach, erforderlich: false },
  { name: OID.vorname, erforderlich: false },
  { name: OID.familienname, erforderlich: false },
  { name: OID.geburtsname, erforderlich: false },
  { name: OID.geburtsdatum, erforderlich: false },
  { name: OID.geburtsort, erforderlich: false },
  { name: OID.strasseHausnummer, erforderlich: false },
  { name: OID.plz, erforderlich: false },
  { name: OID.ort, erforderlich: false },
  { name: OID.land, erforderlich: false },
  { name: OID.staatsangehoerigkeit, erforderlich: false },
  { name: OID.geschlecht, erforderlich: false },
  { name: OID.doktorgrad, erforderlich: false },
  { name: OID.email, erforderlich: false },
  { name: OID.anmeldeart, erforderlich: false },
];

/** STORK-QAA levels as BundID names them; 1 and 2 are below "substantiell". */
const storkStufen: Record<Vertrauensniveau, string> = {
  basis: 'STORK-QAA-Level-1',
  substantiell: 'STORK-QAA-Level-3',
  hoch: 'STORK-QAA-Level-4',
};

export function storkStufe(niveau: Vertrauensniveau): string {
  return storkStufen[niveau];
}

/**
 * Reads a trust level from `STORK-QAA-Level-n`, an `akdb:TrustLevel` word, or the eIDAS LoA URIs.
 * Unknown values give undefined (which the service provider treats as too low).
 */
export function niveauAus(wert: string | undefined): Vertrauensniveau | undefined {
  if (wert === undefined) return undefined;
  const w = wert.trim();
  const stork = /^STORK-QAA-Level-([1-4])$/i.exec(w);
  if (stork !== null) {
    const stufe = Number(stork[1]);
    return stufe >= 4 ? 'hoch' : stufe === 3 ? 'substantiell' : 'basis';
  }
  switch (w.toUpperCase()) {
    case 'HOCH':
    case 'HTTP://EIDAS.EUROPA.EU/LOA/HIGH':
      return 'hoch';
    case 'SUBSTANTIELL':
    case 'HTTP://EIDAS.EUROPA.EU/LOA/SUBSTANTIAL':
      return 'substantiell';
    case 'NORMAL':
    case 'UNTERGEORDNET':
    case 'HTTP://EIDAS.EUROPA.EU/LOA/LOW':
      return 'basis';
    default:
      return undefined;
  }
}

/**
 * Splits "Kröpeliner Straße 12" into street and house number. House numbers with letters, ranges and
 * fractions ("12a", "12 a", "3-5", "7/1") are recognised; anything else stays in the street.
 */
export function strasseTrennen(zeile: string): { strasse?: string; hausnummer?: string } {
  const text = zeile.replace(/\s+/g, ' ').trim();
  if (text === '') return {};
  const treffer = /^(.*\D)\s+(\d+\s?[a-zA-Z]?(?:\s?[-–/]\s?\d+\s?[a-zA-Z]?)?)$/.exec(text);
  if (treffer?.[1] === undefined || treffer[2] === undefined) return { strasse: text };
  return { strasse: treffer[1].trim(), hausnummer: treffer[2].replace(/\s/g, '') };
}

/** "1964-08-12", "19640812" or "12.08.1964" → "1964-08-12"; incomplete or impossible dates → undefined. */
export function datumAus(wert: string): string | undefined {
  const w = wert.trim();
  const m =
    /^(\d{4})-(\d{2})-(\d{2})/.exec(w) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(w) ??
    ((d) => (d === null ? null : [d[0], d[3], d[2], d[1]]))(/^(\d{2})\.(\d{2})\.(\d{4})$/.exec(w));
  if (m === null) return undefined;
  const [, jahr, monat, tag] = m;
  const iso = `${jahr}-${monat}-${tag}`;
  const datum = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(datum.getTime()) || datum.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function geschlechtAus(wert: string): Geschlecht | undefined {
  switch (wert.trim().toLowerCase()) {
    case '1':
    case 'm':
    case 'male':
      return 'maennlich';
    case '2':
    case 'f':
    case 'w':
    case 'female':
      return 'weiblich';
    case '3':
    case 'd':
    case 'diverse':
      return 'divers';
    default:
      return undefined;
  }
}

function staatsangehoerigkeitAus(wert: string): string {
  return ['D', 'DE', 'DEU'].includes(wert.trim().toUpperCase()) ? 'deutsch' : wert.trim();
}

export type Attribute = Record<string, string | string[] | undefined>;

export type Abbildung =
  { ok: true; identitaet: BuergerIdentitaet } | { ok: false; grund: 'pseudonym_fehlt' | 'niveau_fehlt' };

/**
 * Maps the attributes of a verified assertion to the citizen identity. The trust level comes from the
 * EID-CITIZEN-QAA-LEVEL attribute, else from the AuthnContextClassRef. Missing optional attributes are
 * left out; a missing pseudonym or trust level is an error.
 */
export function identitaetAusAttributen(attribute: Attribute, authnContext?: string): Abbildung {
  const wert = (oid: string): string | undefined => {
    const v = attribute[oid];
    const erster = Array.isArray(v) ? v[0] : v;
    const getrimmt = erster?.trim();
    return getrimmt === undefined || getrimmt === '' ? undefined : getrimmt;
  };

  const pseudonym = wert(OID.bpk2);
  if (pseudonym === undefined) return { ok: false, grund: 'pseudonym_fehlt' };
  const vertrauensniveau = niveauAus(wert(OID.vertrauensniveau)) ?? niveauAus(authnContext);
  if (vertrauensniveau === undefined) return { ok: false, grund: 'niveau_fehlt' };

  const identitaet: BuergerIdentitaet = { pseudonym, vertrauensniveau };
  const setze = <K extends keyof BuergerIdentitaet>(k: K, v: BuergerIdentitaet[K] | undefined) => {
    if (v !== undefined) identitaet[k] = v;
  };
  setze('vorname', wert(OID.vorname));
  setze('familienname', wert(OID.familienname));
  setze('geburtsname', wert(OID.geburtsname));
  const geburtsdatum = wert(OID.geburtsdatum);
  setze('geburtsdatum', geburtsdatum === undefined ? undefined : datumAus(geburtsdatum));
  setze('geburtsort', wert(OID.geburtsort));
  const nationalitaet = wert(OID.staatsangehoerigkeit);
  setze(
    'staatsangehoerigkeit',
    nationalitaet === undefined ? undefined : staatsangehoerigkeitAus(nationalitaet),
  );
  setze('email', wert(OID.email));
  setze('postfach', wert(OID.postfach));
  const geschlecht = wert(OID.geschlecht);
  setze('geschlecht', geschlecht === undefined ? undefined : geschlechtAus(geschlecht));
  setze('doktorgrad', wert(OID.doktorgrad));
  setze('anmeldeart', wert(OID.anmeldeart));

  const zeile = wert(OID.strasseHausnummer);
  const anschrift: NonNullable<BuergerIdentitaet['anschrift']> = {
    ...(zeile === undefined ? {} : strasseTrennen(zeile)),
  };
  const plz = wert(OID.plz);
  const ort = wert(OID.ort);
  const land = wert(OID.land);
  if (plz !== undefined) anschrift.plz = plz;
  if (ort !== undefined) anschrift.ort = ort;
  if (land !== undefined) anschrift.land = land;
  if (Object.keys(anschrift).length > 0) identitaet.anschrift = anschrift;
  return { ok: true, identitaet };
}
