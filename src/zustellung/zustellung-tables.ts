import type { ColumnType, Generated, Selectable } from 'kysely';

export const zustellStatus = ['queued', 'sent', 'delivered', 'failed', 'dead'] as const;
export type ZustellStatusWert = (typeof zustellStatus)[number];

export type ZustellVerbindungTable = {
  behoerde_ags: string;
  dienst_id: string;
  transport: 'intern' | 'xta';
  endpunkt_management: string | null;
  endpunkt_senden: string | null;
  client_zertifikat: string | null;
  client_schluessel: Buffer | null;
  ca_zertifikate: string | null;
  kennung_typ: Generated<string>;
  leser_kennung: string;
  leser_name: string;
  autor_kennung: string;
  autor_name: string;
  dienst_uri: string;
  xsozial_version: string;
  business_scenario_code: string;
  business_scenario_list_uri: string | null;
  business_scenario_list_version: string | null;
  nachrichtentyp_code: string;
  nachrichtentyp_list_uri: string;
  nachrichtentyp_list_version: string;
  nachrichtentyp_payload_schema: string;
  aktualisiert_am: Generated<Date>;
};

export type ZustellAuftragTable = {
  id: Generated<string>;
  behoerde_ags: string;
  dienst_id: string;
  bezug: string;
  nachricht_uuid: string;
  nachricht: Buffer;
  nachricht_bytes: number;
  test: Generated<boolean>;
  status: Generated<ZustellStatusWert>;
  xta_message_id: string | null;
  versuche: Generated<number>;
  naechster_versuch_am: ColumnType<Date, Date | undefined, Date>;
  sperre: string | null;
  gesperrt_bis: Date | null;
  sendung_begonnen_am: Date | null;
  erstellt_am: ColumnType<Date, Date | undefined, Date>;
  alter_ab: ColumnType<Date, Date | undefined, Date>;
  gesendet_am: Date | null;
  zugestellt_am: Date | null;
  fehlgeschlagen_am: Date | null;
  tot_am: Date | null;
  fehler_code: string | null;
  fehler_grund: string | null;
};

export type ZustellVersuchTable = {
  id: Generated<string>;
  auftrag_id: string;
  nummer: number;
  begonnen_am: Date;
  beendet_am: Date;
  ergebnis: string;
  fehler_code: string | null;
  fehler_grund: string | null;
};

export type XtaKontoTable = {
  kennung: string;
  name: string;
  zertifikat_sha256: string | null;
  dienste: string[] | null;
  gesperrt: Generated<boolean>;
  erstellt_am: Generated<Date>;
};

export type XtaMessageIdTable = {
  message_id: string;
  konto: string;
  erstellt_am: ColumnType<Date, Date, Date>;
};

export type XtaNachrichtTable = {
  message_id: string;
  autor: string;
  leser: string;
  metadaten: Buffer;
  inhalt: Buffer;
  groesse: number;
  test: boolean;
  eingang_am: Date;
  abgeholt_am: Date | null;
  quittiert_am: Date | null;
};

export type XtaAbrufTable = {
  id: string;
  konto: string;
  art: 'liste' | 'nachricht';
  message_ids: string[];
  position: number;
  list_form: Generated<string>;
  erstellt_am: Date;
  geschlossen_am: Date | null;
};

export type ZustellungTables = {
  zustell_verbindung: ZustellVerbindungTable;
  zustell_auftrag: ZustellAuftragTable;
  zustell_versuch: ZustellVersuchTable;
  xta_konto: XtaKontoTable;
  xta_message_id: XtaMessageIdTable;
  xta_nachricht: XtaNachrichtTable;
  xta_abruf: XtaAbrufTable;
};

export type ZustellAuftragZeile = Selectable<ZustellAuftragTable>;
export type ZustellVerbindungZeile = Selectable<ZustellVerbindungTable>;
