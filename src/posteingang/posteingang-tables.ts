import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Entscheidungsart, Fallstatus } from './status.ts';

export type AkteurArt = 'personal' | 'api' | 'buerger' | 'system';

export type PosteingangFallTable = {
  antrag_id: string;
  behoerde_ags: string;
  status: Fallstatus;
  entscheidung: Entscheidungsart | null;
  betrag_cent: number | null;
  /** ISO date. */
  weitergeleitet_am: string | null;
  kurzinfo: Buffer;
  aufgenommen_am: Date;
  geaendert_am: Date;
  version: Generated<number>;
};

export type PosteingangStatusAenderungTable = {
  id: Generated<string>;
  antrag_id: string;
  von: Fallstatus;
  nach: Fallstatus;
  entscheidung: Entscheidungsart | null;
  betrag_cent: number | null;
  weitergeleitet_am: string | null;
  zeitpunkt: Date;
  akteur_art: AkteurArt;
  akteur_id: string | null;
  akteur_name: string;
};

export type PosteingangNachforderungTable = {
  id: string;
  antrag_id: string;
  behoerde_ags: string;
  unterlagen: string[];
  /** ISO date. */
  frist: string;
  hinweis: Buffer | null;
  status: Generated<'offen' | 'beantwortet'>;
  erstellt_am: Date;
  /** 'buerger': documents the citizen adds of their own accord (no request of the office). */
  akteur_art: 'personal' | 'api' | 'buerger';
  akteur_id: string | null;
  akteur_name: string;
  beantwortet_am: Date | null;
  nachricht_uuid: string | null;
  zustell_auftrag_id: string | null;
};

export type PosteingangDateiTable = {
  id: string;
  nachforderung_id: string;
  antrag_id: string;
  art: string;
  groesse: number;
  meta: Buffer;
  inhalt: Buffer;
  hochgeladen_am: Date;
  gesendet: Generated<boolean>;
};

export const mitteilungsArten = ['eingang', 'zugestellt', 'nachforderung', 'entscheidung'] as const;
export type MitteilungsArt = (typeof mitteilungsArten)[number];

export type PosteingangMitteilungTable = {
  id: Generated<string>;
  antrag_id: string;
  art: MitteilungsArt;
  bezug: Generated<string>;
  status: Generated<'offen' | 'gesendet' | 'entfaellt' | 'fehlgeschlagen'>;
  versuche: Generated<number>;
  naechster_versuch_am: Date;
  erstellt_am: Date;
  erledigt_am: Date | null;
  fehler: string | null;
};

export type PosteingangProtokollTable = {
  id: Generated<string>;
  antrag_id: string;
  behoerde_ags: string;
  zeitpunkt: Date;
  art: string;
  akteur_art: AkteurArt;
  akteur_id: string | null;
  akteur_name: string;
  /** jsonb: written as a JSON string, read as the object. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
};

export type PosteingangApiSchluesselTable = {
  id: Generated<string>;
  behoerde_ags: string;
  bezeichnung: string;
  schluessel_hash: string;
  praefix: string;
  erstellt_am: Date;
  zuletzt_benutzt_am: Date | null;
  widerrufen_am: Date | null;
};

export type PosteingangTables = {
  posteingang_fall: PosteingangFallTable;
  posteingang_status_aenderung: PosteingangStatusAenderungTable;
  posteingang_nachforderung: PosteingangNachforderungTable;
  posteingang_datei: PosteingangDateiTable;
  posteingang_mitteilung: PosteingangMitteilungTable;
  posteingang_protokoll: PosteingangProtokollTable;
  posteingang_api_schluessel: PosteingangApiSchluesselTable;
};

export type FallZeile = Selectable<PosteingangFallTable>;
export type NachforderungZeile = Selectable<PosteingangNachforderungTable>;
export type StatusAenderungZeile = Selectable<PosteingangStatusAenderungTable>;
export type ProtokollZeile = Selectable<PosteingangProtokollTable>;
