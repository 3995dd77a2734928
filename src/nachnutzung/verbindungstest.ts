import {
  leseVerbindung,
  verbindungstest as zustellungsVerbindungstest,
  type VerbindungstestDeps,
} from '../zustellung/index.ts';
import { findeVerbindung } from './repo/verbindung.ts';
import { anbindungsFehler, fachverfahrenNamen, transportNamen } from './verbindung.ts';

// The ONE integration point for the connection test. The transport half is tested by zustellung/'s real
// test (account check, a test message through the outbox and the XTA client to the office's XTA server or the
// built-in mailbox, and the server's transport report); the case-management half is checked against the
// seed's rules here. nachnutzung/ stores what this returns, with time and report, as the condition for
// "Test erfolgreich".

export type VerbindungstestErgebnis = { bestanden: boolean; bericht: string };

export async function verbindungstest(
  deps: VerbindungstestDeps,
  ags: string,
  dienstId: string,
): Promise<VerbindungstestErgebnis> {
  const db = deps.datenbank.db;
  const [transport, fv] = await Promise.all([
    leseVerbindung(db, ags, dienstId),
    findeVerbindung(db, ags, dienstId),
  ]);
  const zeilen: string[] = [];
  if (fv === undefined) zeilen.push('Fachverfahren: nicht eingetragen – nicht bestanden');
  else
    zeilen.push(
      `Fachverfahren: ${fachverfahrenNamen[fv.fachverfahren]}${fv.comvibilia ? ' über Governikus ComVibilia' : ''}`,
    );
  if (transport !== undefined) zeilen.push(`Übertragungsweg: ${transportNamen[transport.transport]}`);
  const fehler = anbindungsFehler(transport, fv, deps.jetzt());
  const parameterOk = fehler !== null && fehler.length === 0;
  zeilen.push(`Parameterprüfung: ${parameterOk ? 'bestanden' : 'nicht bestanden'}`, ...(fehler ?? []));

  const e = await zustellungsVerbindungstest(deps, ags, dienstId);
  for (const s of e.schritte)
    zeilen.push(`${s.schritt}: ${s.ok ? 'bestanden' : 'nicht bestanden'} – ${s.meldung}`);
  if (e.transportbericht !== undefined) {
    const b = e.transportbericht;
    zeilen.push(`Transportbericht: ${b.statusText} (${b.server})`, ...b.fehler);
  }
  if (e.messageId !== undefined) zeilen.push(`MessageID der Testnachricht: ${e.messageId}`);
  return { bestanden: parameterOk && e.ok, bericht: zeilen.join('\n') };
}
