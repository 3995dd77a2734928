import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Rolle } from './rollen.ts';

export type PersonalKontoTable = {
  id: Generated<string>;
  login: string;
  anzeigename: string;
  email: string | null;
  passwort_hash: string | null;
  rollen: ColumnType<Rolle[], Rolle[] | undefined, Rolle[]>;
  aktiv: Generated<boolean>;
  fehlversuche: Generated<number>;
  gesperrt_bis: Date | null;
  passwort_wechsel_noetig: Generated<boolean>;
  passwort_geaendert_am: Date | null;
  demo: Generated<boolean>;
  erstellt_am: Date;
  geaendert_am: Date;
};

export type PersonalKontoBehoerdeTable = {
  konto_id: string;
  behoerde_ags: string;
};

export const ereignisArten = [
  'anmeldung_erfolgreich',
  'anmeldung_fehlgeschlagen',
  'anmeldung_waehrend_sperre',
  'konto_gesperrt',
  'abmeldung',
  'konto_angelegt',
  'konto_geaendert',
  'rollen_geaendert',
  'passwort_geaendert',
  'konto_deaktiviert',
  'konto_aktiviert',
  'sperre_aufgehoben',
  'oidc_abgelehnt',
] as const;
export type EreignisArt = (typeof ereignisArten)[number];
export type EreignisWeg = 'passwort' | 'oidc' | 'cli' | 'system' | 'web';

export type PersonalEreignisTable = {
  id: Generated<string>;
  zeitpunkt: Date;
  art: EreignisArt;
  konto_id: string | null;
  ausgeloest_von: string | null;
  weg: EreignisWeg;
  ip: string | null;
  /** jsonb: written as a JSON string, read as the object. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
};

export type PersonalTables = {
  personal_konto: PersonalKontoTable;
  personal_konto_behoerde: PersonalKontoBehoerdeTable;
  personal_ereignis: PersonalEreignisTable;
};

export type PersonalKonto = Selectable<PersonalKontoTable>;
export type PersonalEreignis = Selectable<PersonalEreignisTable>;
