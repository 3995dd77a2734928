import type { Selectable } from 'kysely';

export type AntragEntwurfTable = {
  id: string;
  besitzer: string;
  inhalt: Buffer;
  absende_schluessel: string;
  erstellt_am: Date;
  geaendert_am: Date;
};

export type AntragTable = {
  id: string;
  vorgangsnummer: string;
  absende_schluessel: string;
  entwurf_id: string;
  besitzer: string;
  behoerde_ags: string;
  eingereicht_am: Date;
  daten: Buffer;
  antrag_pdf: Buffer | null;
  schonfrist_ende: string | null;
  schonfrist_vorlaeufig: boolean;
  jobcenter_hinweis: boolean;
  /** The xSozial message queued on submit. */
  nachricht_uuid: string | null;
};

export type AntragDateiTable = {
  id: string;
  entwurf_id: string | null;
  antrag_id: string | null;
  art: string;
  groesse: number;
  meta: Buffer;
  inhalt: Buffer;
  hochgeladen_am: Date;
};

export type AntragTables = {
  antrag_entwurf: AntragEntwurfTable;
  antrag: AntragTable;
  antrag_datei: AntragDateiTable;
};
export type AntragZeile = Selectable<AntragTable>;
