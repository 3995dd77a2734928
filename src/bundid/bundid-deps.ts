import type { Db } from '../db/index.ts';
import type { Logger } from '../log.ts';
import { seitenFuer } from '../web/index.ts';
import type { Dienstanbieter } from './dienstanbieter.ts';
import type { BundidKonfiguration } from './konfiguration.ts';
import type { BundidMaterial } from './laden.ts';

export type BundidDeps = {
  config: BundidKonfiguration;
  baseUrl: string;
  material: BundidMaterial;
  db: Db;
  jetzt: () => Date;
  logger: Logger;
};

/** The pages also need the service provider, built once per app. */
export type BundidSeitenDeps = BundidDeps & { sp: Dienstanbieter };

/** Declares a BundID page controller. */
export const bundidSeite = seitenFuer<BundidSeitenDeps>();
