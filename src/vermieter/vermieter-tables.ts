import type { ColumnType, Generated, Selectable } from 'kysely';

// The tables of vermieter/ (migrations/202612041600_vermieter_init.sql).

export type VermieterEinladungTable = {
  id: string;
  antrag_id: string;
  behoerde_ags: string;
  code_hash: string;
  erstellt_am: Date;
  gueltig_bis: Date;
  akteur_art: 'buerger' | 'personal' | 'api' | 'betrieb';
  akteur_name: string;
  widerrufen_am: Date | null;
  kontakt: Buffer;
  brief: Buffer | null;
  bestaetigung_hash: string | null;
  bestaetigung_bis: Date | null;
  fehlversuche: Generated<number>;
  erklaerung: Buffer | null;
  datei: Buffer | null;
  datei_meta: Buffer | null;
  eingereicht_am: Date | null;
  nachricht_uuid: string | null;
  zustell_auftrag_id: string | null;
  /** ISO date. */
  frist: ColumnType<string | null, string | null, string | null>;
};

export type VermieterProtokollTable = {
  id: Generated<string>;
  einladung_id: string | null;
  art: string;
  zeitpunkt: Date;
  details: ColumnType<Record<string, unknown>, string, string>;
};

export type VermieterTables = {
  vermieter_einladung: VermieterEinladungTable;
  vermieter_protokoll: VermieterProtokollTable;
};

export type EinladungZeile = Selectable<VermieterEinladungTable>;
