import type { Deps } from '../../deps.ts';
import { fehler, ok as erfolg, tagInBerlin } from '../../shared/index.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// The actions of the re-use management. Each one runs in one transaction (state, data and timeline entry
// together), is checked against the lifecycle, and writes an entry to the timeline and audit log
// (nachnutzung_ereignis) with who, when, why and the texts or documents involved. Mails go out after the
// commit; a failed mail never undoes an action, it is reported and recorded.

export type DienstDeps = Pick<Deps, 'datenbank' | 'jetzt' | 'secrets' | 'config' | 'logger'>;

/** Who acts: a staff member, or the scheduled job. */
export type Akteur = { id: string; name: string; koordination: boolean };
export const systemAkteur: Akteur = {
  id: 'system',
  name: 'System (zeitgesteuerte Prüfung)',
  koordination: true,
};

export type Paar = { ags: string; dienstId: string };

/**
 * The project's result type with this part's additions: a success carries warnings (a mail that could not be
 * sent), a refusal the lifecycle's messages and, for the connection form, messages per field.
 */
export type Ergebnis<T = null> =
  | (ReturnType<typeof erfolg<T>> & { readonly hinweise: string[] })
  | (ReturnType<typeof fehler<string[]>> & { readonly feldfehler?: Record<string, string> });

export const ok = <T>(wert: T, hinweise: string[] = []): Ergebnis<T> => ({ ...erfolg(wert), hinweise });
export const nein = (...meldungen: string[]): Ergebnis<never> => fehler(meldungen);

export class Abbruch extends Error {
  constructor(readonly fehler: string[]) {
    super(fehler.join(' '));
    this.name = 'Abbruch';
  }
}

export async function inTransaktion<T>(
  deps: DienstDeps,
  arbeit: (trx: DbOderTrx) => Promise<T>,
): Promise<Ergebnis<T>> {
  try {
    return ok(await deps.datenbank.db.transaction().execute(arbeit));
  } catch (error) {
    if (error instanceof Abbruch) return nein(...error.fehler);
    throw error;
  }
}

export function heute(deps: Pick<Deps, 'jetzt'>): string {
  return tagInBerlin(deps.jetzt());
}
