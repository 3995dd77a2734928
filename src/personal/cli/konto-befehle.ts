import { kontenListe } from '../konto.ts';
import { kontoAendern, kontoAnlegen } from '../konto-aendern.ts';
import { kontoAktivSetzen, sperreAufheben } from '../konto-status.ts';
import { passwortErzeugen } from '../passwort.ts';
import { fehlerAusgeben, kontoZeile, liste, passwortAusDatei, type Aufruf } from './aufruf.ts';

// Creating, listing, changing, deactivating and reactivating accounts from the command line.

export async function anlegen({ k, v, login, kontext }: Aufruf): Promise<number> {
  if (v['passwort-datei'] !== undefined && v['nur-oidc'] === true) {
    k.fehler('--passwort-datei und --nur-oidc schließen sich aus.');
    return 2;
  }
  const datei = await passwortAusDatei(v['passwort-datei'], k);
  if (datei === null) return 1;
  const erzeugt = v['nur-oidc'] === true || datei !== undefined ? undefined : passwortErzeugen();
  const e = await kontoAnlegen(
    k.db,
    {
      login: login ?? '',
      anzeigename: v.name ?? '',
      email: v.email ?? null,
      rollen: liste(v.rolle) ?? [],
      behoerden: liste(v.behoerde) ?? [],
      passwort: v['nur-oidc'] === true ? null : (datei ?? erzeugt ?? null),
      passwortWechselNoetig: erzeugt !== undefined,
    },
    kontext,
  );
  if (!e.ok) return fehlerAusgeben(e.fehler, k);
  k.ausgabe(`Konto „${e.wert.login}“ angelegt: ${kontoZeile(e.wert)}`);
  if (erzeugt !== undefined)
    k.ausgabe(
      `Erzeugtes Passwort (wird nur jetzt angezeigt, bei der ersten Anmeldung zu ändern): ${erzeugt}`,
    );
  return 0;
}

export async function auflisten({ k }: Aufruf): Promise<number> {
  const konten = await kontenListe(k.db);
  if (konten.length === 0) {
    k.ausgabe('Es gibt noch kein Konto. Anlegen: npm run cli -- benutzer anlegen …');
    return 0;
  }
  for (const konto of konten) k.ausgabe(`${konto.login.padEnd(20)} ${kontoZeile(konto, k.jetzt())}`);
  return 0;
}

export async function aendern({ k, v, kontext, kontoOderFehler }: Aufruf): Promise<number> {
  const konto = await kontoOderFehler();
  if (konto === undefined) return 1;
  const e = await kontoAendern(
    k.db,
    konto.id,
    {
      ...(v.name !== undefined ? { anzeigename: v.name } : {}),
      ...(v.email !== undefined ? { email: v.email } : {}),
      ...(v.rolle !== undefined ? { rollen: liste(v.rolle) ?? [] } : {}),
      ...(v.behoerde !== undefined ? { behoerden: liste(v.behoerde) ?? [] } : {}),
    },
    kontext,
  );
  if (!e.ok) return fehlerAusgeben(e.fehler, k);
  k.ausgabe(`Konto „${e.wert.login}“: ${kontoZeile(e.wert)}`);
  return 0;
}

export async function sperren({ k, kontext, kontoOderFehler }: Aufruf): Promise<number> {
  const konto = await kontoOderFehler();
  if (konto === undefined) return 1;
  await kontoAktivSetzen(k.db, konto.id, false, kontext);
  k.ausgabe(`Konto „${konto.login}“ ist deaktiviert. Laufende Sitzungen enden beim nächsten Aufruf.`);
  return 0;
}

export async function entsperren({ k, kontext, kontoOderFehler }: Aufruf): Promise<number> {
  const konto = await kontoOderFehler();
  if (konto === undefined) return 1;
  await kontoAktivSetzen(k.db, konto.id, true, kontext);
  if (konto.fehlversuche > 0 || konto.gesperrtBis !== null) await sperreAufheben(k.db, konto.id, kontext);
  k.ausgabe(`Konto „${konto.login}“ ist aktiv, eine Sperre nach Fehlversuchen ist aufgehoben.`);
  return 0;
}
