import { baueNachricht, type NachrichtErgebnis } from './bauen.ts';
import type { XsozialVorgang } from './modell.ts';
import type { XsozialProfil } from './profil.ts';
import { STANDARD_PROFIL } from './profile/index.ts';
import { validiereNachricht } from './validierung.ts';

/**
 * Builds the message and validates it against our XSD: what the delivery queues. A schema error here is a bug
 * of ours (the builder checked the input), so it is reported with the field "xsd".
 */
export async function baueUndValidiereNachricht(
  v: XsozialVorgang,
  profil: XsozialProfil = STANDARD_PROFIL,
): Promise<NachrichtErgebnis> {
  const gebaut = baueNachricht(v, profil);
  if (!gebaut.ok) return gebaut;
  const geprueft = await validiereNachricht(gebaut.wert, profil);
  if (!geprueft.ok)
    return { ok: false, fehler: geprueft.fehler.map((meldung) => ({ feld: 'xsd', meldung })) };
  return gebaut;
}
