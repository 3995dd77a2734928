import type { HintergrundTables } from '../hintergrund/hintergrund-tables.ts';
import type { BundidTables } from '../bundid/bundid-tables.ts';
import type { AntragTables } from '../antrag/antrag-tables.ts';
import type { KatalogTables } from '../katalog/katalog-tables.ts';
import type { NachnutzungTables } from '../nachnutzung/nachnutzung-tables.ts';
import type { PersonalTables } from '../personal/personal-tables.ts';
import type { PosteingangTables } from '../posteingang/posteingang-tables.ts';
import type { VermieterTables } from '../vermieter/vermieter-tables.ts';
import type { WebTables } from '../web/web-tables.ts';
import type { ZustaendigkeitTables } from '../zustaendigkeit/zustaendigkeit-tables.ts';
import type { ZustellungTables } from '../zustellung/zustellung-tables.ts';

// Each part declares the tables it owns; the database type is their union.
export type Database = BundidTables &
  KatalogTables &
  NachnutzungTables &
  PersonalTables &
  WebTables &
  ZustaendigkeitTables &
  ZustellungTables &
  AntragTables &
  PosteingangTables &
  HintergrundTables &
  VermieterTables;
