import { herzschlag } from '../hintergrund/index.ts';
import { metriken } from '../metriken.ts';
import { holeFaelligeAuftraege, verlaengereSperren, type GesperrterAuftrag } from './outbox.ts';
import { beiNeuenAuftraegen } from './wecker.ts';
import { sperrdauerMs, verarbeiteAuftrag, type Verarbeitung, type ZustellKontext } from './zustellen.ts';

// The delivery worker: polls the outbox, claims due jobs (SKIP LOCKED + lease) and processes them one by
// one. Any number of workers in any number of processes may run against one PostgreSQL. The lease is short
// (60 s) and renewed every third of it while the worker holds jobs, so a killed worker's jobs are due again
// within a minute, while a slow send never loses its lease to a second sender.

export type ZustellWorker = {
  start(): void;
  /** Stops polling and waits for the job in progress. */
  stop(): Promise<void>;
  /** Processes everything due now, then returns (tests, CLI). */
  einmal(): Promise<Verarbeitung[]>;
  /** Wakes a sleeping worker, e.g. right after a submission. */
  anstossen(): void;
};

/** Processes claimed jobs one by one while renewing the leases of those not yet done. */
export async function verarbeiteMitHerzschlag(
  k: ZustellKontext,
  auftraege: GesperrterAuftrag[],
): Promise<Verarbeitung[]> {
  const sperre = sperrdauerMs(k);
  const offen = new Set(auftraege);
  const stopp = herzschlag(Math.max(50, Math.floor(sperre / 3)), () =>
    verlaengereSperren(k.db, [...offen], new Date(k.jetzt().getTime() + sperre)),
  );
  const ergebnisse: Verarbeitung[] = [];
  try {
    for (const a of auftraege) {
      const v = await verarbeiteAuftrag(k, a);
      metriken.zustellungen.inc({ ergebnis: v.status });
      ergebnisse.push(v);
      offen.delete(a);
    }
  } finally {
    stopp();
  }
  return ergebnisse;
}

export function zustellWorker(k: ZustellKontext & { intervallMs: number; stapel?: number }): ZustellWorker {
  let laeuft = false;
  const aktiv = () => laeuft;
  let schlaf: { timer: NodeJS.Timeout; wecken: () => void } | undefined;
  let schleife: Promise<void> | undefined;
  let abmelden: (() => void) | undefined;
  let nochmal = false;

  async function einmal(): Promise<Verarbeitung[]> {
    const ergebnisse: Verarbeitung[] = [];
    const sperre = sperrdauerMs(k);
    for (;;) {
      const auftraege = await holeFaelligeAuftraege(k.db, {
        jetzt: k.jetzt(),
        anzahl: k.stapel ?? 5,
        sperrdauerMs: sperre,
      });
      if (auftraege.length === 0) return ergebnisse;
      ergebnisse.push(...(await verarbeiteMitHerzschlag(k, auftraege)));
    }
  }

  async function lauf(): Promise<void> {
    while (laeuft) {
      try {
        await einmal();
      } catch (error) {
        k.logger?.error({ err: error }, 'Zustell-Worker: Fehler beim Abholen von Aufträgen');
      }
      if (!aktiv()) break;
      // A job committed while this round was busy is not missed: the next round starts at once.
      if (nochmal) {
        nochmal = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        schlaf = { timer: setTimeout(resolve, k.intervallMs), wecken: resolve };
      });
      schlaf = undefined;
    }
  }

  return {
    start() {
      if (laeuft) return;
      laeuft = true;
      abmelden = beiNeuenAuftraegen(anstossen);
      schleife = lauf();
    },
    async stop() {
      laeuft = false;
      abmelden?.();
      if (schlaf !== undefined) {
        clearTimeout(schlaf.timer);
        schlaf.wecken();
      }
      await schleife;
      schleife = undefined;
    },
    einmal,
    anstossen,
  };

  function anstossen() {
    if (schlaf === undefined) {
      nochmal = true;
      return;
    }
    clearTimeout(schlaf.timer);
    schlaf.wecken();
  }
}
