import type { Verbindung } from './verbindung.ts';
import { baueVerbindungstestNachricht } from '../nachricht/index.ts';

// The connection test sends a complete, schema-valid test message (test="true", fictitious person, xsozial
// content) built by nachricht/, so the receiver's import is tried with exactly what real messages look like.

export type TestnachrichtBauer = (v: Verbindung, nachrichtUUID: string, jetzt: Date) => string;

export const baueTestnachricht: TestnachrichtBauer = (v, nachrichtUUID, jetzt) => {
  const gebaut = baueVerbindungstestNachricht({
    nachrichtUUID,
    erstellt: jetzt,
    leser: { kennung: v.leserKennung, name: v.leserName },
    autor: { kennung: v.autorKennung, name: v.autorName },
    dvdvDienstkennung: v.dienstUri,
    xsozialVersion: v.xsozialVersion,
  });
  // The connection's names were checked when it was saved; a refusal here is a defect, not a user error.
  if (!gebaut.ok)
    throw new Error(
      `Testnachricht ungültig: ${gebaut.fehler.map((f) => `${f.feld}: ${f.meldung}`).join('; ')}`,
    );
  return gebaut.wert;
};
