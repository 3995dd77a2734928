import type { Generated } from 'kysely';

export type HintergrundLaufTable = {
  name: string;
  faellig_am: Date;
  sperre: string | null;
  gesperrt_bis: Date | null;
  prozess: string | null;
  letzter_lauf_am: Date | null;
  letzte_dauer_ms: number | null;
  letzter_fehler: string | null;
};

export type HintergrundProtokollTable = {
  id: Generated<string>;
  name: string;
  periode: Date;
  prozess: string;
  begonnen_am: Date;
  beendet_am: Date;
  ok: boolean;
  fehler: string | null;
};

export type HintergrundTables = {
  hintergrund_lauf: HintergrundLaufTable;
  hintergrund_protokoll: HintergrundProtokollTable;
};
