import { randomBytes } from 'node:crypto';
import type { AntragRepo } from '../../antrag/index.ts';
import type { Db } from '../../db/index.ts';
import { type PersonalSitzung, darfFaelleSehen } from '../../personal/index.ts';
import type { Schluessel } from '../../shared/index.ts';
import type { AkteurArt } from '../posteingang-tables.ts';

// Who acts on a case (staff of an office, an office API key, the citizen, the system) and who may see it.

export type Kontext = { db: Db; schluessel: Schluessel; repo: AntragRepo; jetzt: () => Date };

export type Zugriff =
  | { art: 'personal'; personal: PersonalSitzung }
  | { art: 'api'; ags: string; schluesselId: string; bezeichnung: string };

export function darfZugreifen(z: Zugriff, ags: string): boolean {
  return z.art === 'personal' ? darfFaelleSehen(z.personal, ags) : z.ags === ags;
}

export type Akteur = { art: AkteurArt; id: string | null; name: string };

export function akteurVon(z: Zugriff): Akteur {
  return z.art === 'personal'
    ? { art: 'personal', id: z.personal.benutzerId, name: z.personal.anzeigename }
    : { art: 'api', id: z.schluesselId, name: `Schnittstelle „${z.bezeichnung}“` };
}

export const BUERGER: Akteur = { art: 'buerger', id: null, name: 'Antragstellende Person' };
export const SYSTEM: Akteur = { art: 'system', id: null, name: 'System' };

const ID_MUSTER = /^[A-Za-z0-9_-]{16}$/;
export const istId = (id: string): boolean => ID_MUSTER.test(id);
export const neueId = (): string => randomBytes(12).toString('base64url');
