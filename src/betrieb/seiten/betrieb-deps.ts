import type { Db } from '../../db/client.ts';
import { requirePersonal } from '../../personal/zugang.tsx';
import { seitenFuer } from '../../web/seite.ts';

export type BetriebDeps = { db: Db; jetzt: () => Date };

/** Declares an operators' page controller. */
export const betriebSeite = seitenFuer<BetriebDeps>();

/** Only the role Betrieb: jobs of all offices are shown. */
export const nurBetrieb = { preHandler: requirePersonal({ rollen: ['betrieb'] }) };
