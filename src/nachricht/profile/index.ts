import type { XsozialProfil } from '../profil.ts';
import { xsozial220 } from './xsozial-2.2.0.ts';
import { xsozial240 } from './xsozial-2.4.0.ts';

export { xsozial220, xsozial240 };

/** The profile used when an office's connection names no version. */
export const STANDARD_PROFIL: XsozialProfil = xsozial240;

export const PROFILE: Readonly<Record<string, XsozialProfil>> = {
  '2.4.0': xsozial240,
  '2.2.0': xsozial220,
};

/** The profile for a version as stored in an office's connection ("2.4.0", "2.4", "2.2"); undefined if unknown. */
export function profilFuerVersion(version: string): XsozialProfil | undefined {
  const v = version.trim();
  return PROFILE[v] ?? PROFILE[`${v}.0`];
}
