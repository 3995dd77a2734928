import type { ColumnType, Generated, Selectable } from 'kysely';

export const nachnutzungZustaende = [
  'nicht_angebunden',
  'interesse_bekundet',
  'bedingungen_akzeptiert',
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
  'kuendigung_angekuendigt',
  'abgemeldet',
] as const;
export type NachnutzungZustand = (typeof nachnutzungZustaende)[number];

export type NachnutzungTable = {
  behoerde_ags: string;
  dienst_id: string;
  zustand: Generated<NachnutzungZustand>;
  hinweis_text: string | null;
  produktiv_seit: string | null;
  wirksam_zum: string | null;
  geaendert_am: Generated<Date>;
  geplant_produktiv_ab: Generated<string | null>;
  voruebergehend_ab: Generated<string | null>;
  voruebergehend_bis: Generated<string | null>;
  abmeldung_grund: Generated<string | null>;
  kuendigung_eingang: Generated<string | null>;
};

/** jsonb: written as a JSON string, read as the object. */
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export type NachnutzungEreignisTable = {
  id: Generated<string>;
  behoerde_ags: string | null;
  dienst_id: string | null;
  aktion: string;
  von_zustand: NachnutzungZustand | null;
  nach_zustand: NachnutzungZustand | null;
  person_id: string;
  person_name: string;
  begruendung: string | null;
  daten: Json;
  erstellt_am: Date;
};

export type NachnutzungBedingungenTable = {
  version: number;
  titel: string;
  text: string | null;
  datei: Buffer | null;
  dateiname: string | null;
  erstellt_von_name: string;
  erstellt_am: Date;
};

export type NachnutzungAkzeptanzTable = {
  id: Generated<string>;
  behoerde_ags: string;
  dienst_id: string;
  version: number;
  person_id: string;
  person_name: string;
  akzeptiert_am: Date;
};

export type NachnutzungInteressenbekundungTable = {
  id: Generated<string>;
  behoerde_ags: string;
  dienst_id: string;
  start_datum: string;
  kontakt_name: string;
  kontakt_email: string | null;
  kontakt_telefon: string | null;
  signatur: string;
  betreff: string;
  text: string;
  erstellt_von_name: string;
  erstellt_am: Date;
  gesendet_an: string | null;
  gesendet_am: Date | null;
  eingang_bestaetigt_am: Date | null;
};

export const unterlagenArten = ['bestaetigung', 'anbindungsunterlage'] as const;
export type UnterlagenArt = (typeof unterlagenArten)[number];

export type NachnutzungUnterlageTable = {
  id: Generated<string>;
  behoerde_ags: string;
  dienst_id: string;
  art: UnterlagenArt;
  titel: string;
  url: string | null;
  text: string | null;
  datei: Buffer | null;
  dateiname: string | null;
  dateityp: string | null;
  erstellt_von_name: string;
  erstellt_am: Date;
  empfang_bestaetigt_am: Date | null;
  empfang_bestaetigt_von_name: string | null;
};

export const fachverfahren = ['prosoz', 'laemmerzahl', 'posteingang'] as const;
export type Fachverfahren = (typeof fachverfahren)[number];

/** The case-management system of a pair; the transport parameters are zustellung/'s (zustell_verbindung). */
export type NachnutzungVerbindungTable = {
  behoerde_ags: string;
  dienst_id: string;
  fachverfahren: Fachverfahren;
  comvibilia: boolean;
  geaendert_von_name: string;
  geaendert_am: Date;
};

export type NachnutzungVerbindungstestTable = {
  id: Generated<string>;
  behoerde_ags: string;
  dienst_id: string;
  bestanden: boolean;
  bericht: string;
  verbindung_stand: string | null;
  durchgefuehrt_von_name: string;
  durchgefuehrt_am: Date;
};

export type NachnutzungEntkopplungTable = {
  behoerde_ags: string;
  dienst_id: string;
  punkt: string;
  erledigt_von_name: string;
  erledigt_am: Date;
};

export const kontaktEbenen = ['vollzugsebene', 'landkreis', 'land'] as const;
export type KontaktEbene = (typeof kontaktEbenen)[number];
export const kontaktRollen = ['koordinierende_stelle', 'mik', 'tff', 'ksv', 'behoerde'] as const;
export type KontaktRolle = (typeof kontaktRollen)[number];

export type NachnutzungKontaktTable = {
  id: Generated<string>;
  ebene: KontaktEbene;
  rolle: KontaktRolle;
  behoerde_ags: string | null;
  bezeichnung: string;
  email: string | null;
  telefon: string | null;
  hinweis: string | null;
  erstellt_am: Generated<Date>;
};

export type NachnutzungEntwurfserfassungTable = {
  ereignis_id: string;
  entwuerfe: number;
  erfasst_am: Date;
};

export type EntwurfsmitteilungStatus = 'offen' | 'gesendet' | 'entfaellt' | 'fehlgeschlagen';

export type NachnutzungEntwurfsmitteilungTable = {
  ereignis_id: string;
  entwurf_id: string;
  status: Generated<EntwurfsmitteilungStatus>;
  versuche: Generated<number>;
  naechster_versuch_am: Date;
  erstellt_am: Date;
  erledigt_am: Date | null;
  fehler: string | null;
};

export type NachnutzungTables = {
  nachnutzung: NachnutzungTable;
  nachnutzung_ereignis: NachnutzungEreignisTable;
  nachnutzung_bedingungen: NachnutzungBedingungenTable;
  nachnutzung_akzeptanz: NachnutzungAkzeptanzTable;
  nachnutzung_interessenbekundung: NachnutzungInteressenbekundungTable;
  nachnutzung_unterlage: NachnutzungUnterlageTable;
  nachnutzung_verbindung: NachnutzungVerbindungTable;
  nachnutzung_verbindungstest: NachnutzungVerbindungstestTable;
  nachnutzung_entkopplung: NachnutzungEntkopplungTable;
  nachnutzung_kontakt: NachnutzungKontaktTable;
  nachnutzung_entwurfserfassung: NachnutzungEntwurfserfassungTable;
  nachnutzung_entwurfsmitteilung: NachnutzungEntwurfsmitteilungTable;
};
export type Nachnutzung = Selectable<NachnutzungTable>;
export type NachnutzungEreignis = Selectable<NachnutzungEreignisTable>;
export type NachnutzungBedingungen = Selectable<NachnutzungBedingungenTable>;
export type NachnutzungInteressenbekundung = Selectable<NachnutzungInteressenbekundungTable>;
export type NachnutzungUnterlage = Selectable<NachnutzungUnterlageTable>;
export type NachnutzungVerbindung = Selectable<NachnutzungVerbindungTable>;
export type NachnutzungVerbindungstest = Selectable<NachnutzungVerbindungstestTable>;
export type NachnutzungKontakt = Selectable<NachnutzungKontaktTable>;
