import { ereignisseLesen } from '../ereignis.ts';
import { kontenListe } from '../konto.ts';
import { passwortErzeugen } from '../passwort.ts';
import { passwortSetzen } from '../passwort-setzen.ts';
import { fehlerAusgeben, passwortAusDatei, type Aufruf } from './aufruf.ts';

// A new password for an account, and the security log.

export async function passwort({ k, v, kontext, kontoOderFehler }: Aufruf): Promise<number> {
  const konto = await kontoOderFehler();
  if (konto === undefined) return 1;
  const datei = await passwortAusDatei(v['passwort-datei'], k);
  if (datei === null) return 1;
  const erzeugt = datei === undefined ? passwortErzeugen() : undefined;
  const e = await passwortSetzen(
    k.db,
    konto.id,
    datei ?? erzeugt ?? '',
    { wechselNoetig: erzeugt !== undefined },
    kontext,
  );
  if (!e.ok) return fehlerAusgeben(e.fehler, k);
  k.ausgabe(`Neues Passwort für „${konto.login}“ gesetzt; eine Sperre nach Fehlversuchen ist aufgehoben.`);
  if (erzeugt !== undefined)
    k.ausgabe(
      `Erzeugtes Passwort (wird nur jetzt angezeigt, bei der nächsten Anmeldung zu ändern): ${erzeugt}`,
    );
  return 0;
}

export async function protokoll({ k, v, login, kontoOderFehler }: Aufruf): Promise<number> {
  const konto = login === undefined ? undefined : await kontoOderFehler();
  if (login !== undefined && konto === undefined) return 1;
  const anzahl = Math.min(Math.max(Number(v.anzahl ?? 50) || 50, 1), 1000);
  const logins = new Map((await kontenListe(k.db)).map((x) => [x.id, x.login]));
  const ereignisse = await ereignisseLesen(k.db, {
    ...(konto !== undefined ? { kontoId: konto.id } : {}),
    limit: anzahl,
  });
  for (const e of ereignisse)
    k.ausgabe(
      [
        e.zeitpunkt.toISOString(),
        e.art.padEnd(26),
        (e.konto_id === null ? '–' : (logins.get(e.konto_id) ?? e.konto_id)).padEnd(16),
        e.weg.padEnd(8),
        e.ip ?? '',
        Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : '',
      ].join(' '),
    );
  return 0;
}
