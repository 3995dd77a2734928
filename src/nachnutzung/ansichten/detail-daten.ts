import type { Behoerde } from '../../katalog/index.ts';
import type { Fakten } from '../lebenszyklus.ts';
import type {
  Nachnutzung,
  NachnutzungEreignis,
  NachnutzungInteressenbekundung,
  NachnutzungKontakt,
  NachnutzungVerbindung,
  NachnutzungVerbindungstest,
  NachnutzungZustand,
} from '../nachnutzung-tables.ts';
import type { UnterlageOhneDatei } from '../repo/unterlagen.ts';
import type { Verbindung } from '../../zustellung/index.ts';

// What the detail page of one pair shows (web/detail-laden.ts loads it).

export type Detail = {
  behoerde: Behoerde;
  dienst: { id: string; name: string };
  zustand: NachnutzungZustand;
  stand: Nachnutzung | undefined;
  fakten: Fakten;
  bekundungen: NachnutzungInteressenbekundung[];
  akzeptanzen: { version: number; person_name: string; akzeptiert_am: Date }[];
  unterlagen: UnterlageOhneDatei[];
  /** Case-management system (nachnutzung/). */
  verbindung: NachnutzungVerbindung | undefined;
  /** Transport parameters (zustellung/). */
  transport: Verbindung | undefined;
  tests: NachnutzungVerbindungstest[];
  entkopplung: { punkt: string; erledigt_von_name: string; erledigt_am: Date }[];
  zeitleiste: NachnutzungEreignis[];
  kontakte: NachnutzungKontakt[];
};
