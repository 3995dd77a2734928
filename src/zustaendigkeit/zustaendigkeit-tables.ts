import type { Generated, Selectable } from 'kysely';

export type GemeindeverzeichnisFormat = 'plz_ort_de' | 'mv_plz_gemeinde';

export type GemeindeverzeichnisImportTable = {
  id: Generated<number>;
  dateiname: string;
  format: GemeindeverzeichnisFormat;
  pruefsumme: string;
  zeilen_gelesen: number;
  zeilen_importiert: number;
  zeilen_abgelehnt: number;
  lizenz: string;
  namensnennung: string;
  importiert_am: Date;
};

export type GemeindePlzTable = {
  plz: string;
  ags: string;
  name: string;
  kreis_name: string | null;
  land: string;
  osm_id: string | null;
  import_id: number;
};

export type ZustaendigkeitTables = {
  gemeindeverzeichnis_import: GemeindeverzeichnisImportTable;
  gemeinde_plz: GemeindePlzTable;
};
export type GemeindeverzeichnisImport = Selectable<GemeindeverzeichnisImportTable>;
export type GemeindePlz = Selectable<GemeindePlzTable>;
