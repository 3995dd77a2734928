// Wakes the delivery workers of this process when jobs were committed, so a submitted application goes out at
// once instead of after the next poll (ADR 0024). Workers in other processes still find the job by polling.

const schlaefer = new Set<() => void>();

/** Called after a transaction that queued delivery jobs has committed. */
export function neueZustellauftraege(): void {
  for (const wecken of schlaefer) wecken();
}

/** A worker listens while it runs; the returned function ends that. */
export function beiNeuenAuftraegen(wecken: () => void): () => void {
  schlaefer.add(wecken);
  return () => schlaefer.delete(wecken);
}
