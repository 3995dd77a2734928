import type { Db } from '../db/index.ts';

export type ZustellKennzahlen = {
  /** Jobs not yet delivered and not dead (queued, sent, failed), test jobs excluded. */
  offen: number;
  /** Age of the oldest of them in seconds (0 when there is none). */
  aeltesteOffenSekunden: number;
  /** Jobs that need an operator. */
  tot: number;
  /** Jobs whose last attempt failed and that wait for a retry. */
  fehlgeschlagen: number;
};

/** The state of the outbox for health, metrics and the operators' digest (one query). */
export async function zustellKennzahlen(db: Db, jetzt: Date): Promise<ZustellKennzahlen> {
  const z = await db
    .selectFrom('zustell_auftrag')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', 'in', ['queued', 'sent', 'failed']).as('offen'),
      eb.fn
        .min<Date | null>('erstellt_am')
        .filterWhere('status', 'in', ['queued', 'sent', 'failed'])
        .as('aeltestes'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'dead').as('tot'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'failed').as('fehlgeschlagen'),
    ])
    .where('test', '=', false)
    .executeTakeFirstOrThrow();
  const aeltestes = z.aeltestes === null ? undefined : new Date(z.aeltestes);
  return {
    offen: Number(z.offen),
    aeltesteOffenSekunden:
      aeltestes === undefined ? 0 : Math.max(0, Math.round((jetzt.getTime() - aeltestes.getTime()) / 1000)),
    tot: Number(z.tot),
    fehlgeschlagen: Number(z.fehlgeschlagen),
  };
}
