import type { Db } from '../../db/index.ts';
import { requirePersonal } from '../../personal/index.ts';
import { seitenFuer } from '../../web/index.ts';

export type BetriebDeps = { db: Db; jetzt: () => Date };

/** Declares an operators' page controller. */
export const betriebSeite = seitenFuer<BetriebDeps>();

/** Only the role Betrieb: jobs of all offices are shown. */
export const nurBetrieb = { preHandler: requirePersonal({ rollen: ['betrieb'] }) };
