import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Steckbrief } from './dienste.ts';

export type BehoerdeTable = {
  ags: string;
  ars: string;
  name: string;
  kurzname: string;
  art: 'kreisfreie_stadt' | 'landkreis';
  amt: string;
  strasse: string;
  plz: string;
  ort: string;
  telefon: string | null;
  email: string | null;
  webseite: string | null;
  sprechzeiten: string | null;
  datenschutz_kontakt: string;
  datenschutz_hinweis: string;
  barrierefreiheit_erklaerung: string;
  aktualisiert_am: Generated<Date>;
};

export type DienstTable = {
  id: string;
  name: string;
  reihenfolge: number;
  im_rollout_mv: boolean;
  eigene_antragsstrecke: Generated<boolean>;
  externer_link: string | null;
  ozg_id: string | null;
  leika_id: string | null;
  /** jsonb: written as a JSON string, read as the object. */
  steckbrief: ColumnType<Steckbrief | null, string | null, string | null>;
};

export type KatalogTables = { behoerde: BehoerdeTable; dienst: DienstTable };
export type Behoerde = Selectable<BehoerdeTable>;
export type Dienst = Selectable<DienstTable>;
