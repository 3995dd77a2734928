import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import type { FeldFehler } from '../web/komponenten/formular.tsx';
import { ereignisseLesen } from './ereignis.ts';
import {
  kontenListe,
  kontoAendern,
  kontoAktivSetzen,
  kontoAnlegen,
  kontoPerLogin,
  passwortSetzen,
  sperreAufheben,
  type Konto,
} from './konto-repo.ts';
import { passwortErzeugen } from './passwort.ts';

// `npm run cli -- benutzer <unterbefehl>`: staff accounts without a prompt, for scripts and the first
// account of an installation. The functions take their output sinks so that tests run exactly this code.

export type CliKontext = {
  db: Db;
  jetzt: () => Date;
  ausgabe: (zeile: string) => void;
  fehler: (zeile: string) => void;
};

export const BENUTZER_HILFE = `Verwendung: npm run cli -- benutzer <unterbefehl> [optionen]

  anlegen   --login NAME --name "Anzeigename" --rolle ROLLE [--rolle …] [--behoerde AGS …]
            [--email ADRESSE] [--passwort-datei DATEI | --nur-oidc]
            Ohne --passwort-datei wird ein Passwort erzeugt und einmal angezeigt; es muss bei der
            ersten Anmeldung geändert werden. --nur-oidc: ohne Passwort, nur Anmeldung über OpenID Connect.
  liste     alle Konten mit Rollen, Sozialämtern und Status
  aendern   --login NAME [--name …] [--email …] [--rolle …] [--behoerde …]
  sperren   --login NAME   Konto deaktivieren (laufende Sitzungen enden beim nächsten Aufruf)
  entsperren --login NAME  Konto aktivieren und eine Sperre nach Fehlversuchen aufheben
  passwort  --login NAME [--passwort-datei DATEI]
            Neues Passwort; ohne Datei erzeugt und einmal angezeigt (muss dann geändert werden).
  protokoll [--login NAME] [--anzahl N]   Sicherheitsereignisse, neueste zuerst

Rollen: sachbearbeitung, land_koordination, betrieb. Sozialamt: fünfstelliger Kreisschlüssel, z. B. 13003.`;

const optionen = {
  login: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  rolle: { type: 'string', multiple: true },
  behoerde: { type: 'string', multiple: true },
  'passwort-datei': { type: 'string' },
  'nur-oidc': { type: 'boolean' },
  anzahl: { type: 'string' },
} as const;

const liste = (werte: string[] | undefined) =>
  werte === undefined
    ? undefined
    : werte
        .flatMap((w) => w.split(','))
        .map((w) => w.trim())
        .filter((w) => w !== '');

export async function benutzerBefehl(args: string[], k: CliKontext): Promise<number> {
  const [unterbefehl, ...rest] = args;
  let werte: ReturnType<typeof parseArgs<{ options: typeof optionen; allowPositionals: true }>>;
  try {
    werte = parseArgs({ args: rest, options: optionen, allowPositionals: true, strict: true });
  } catch (error) {
    k.fehler(`${error instanceof Error ? error.message : String(error)}\n\n${BENUTZER_HILFE}`);
    return 2;
  }
  const v = werte.values;
  const login = v.login ?? werte.positionals[0];
  const kontext = { jetzt: k.jetzt(), weg: 'cli' as const };

  const kontoOderFehler = async (): Promise<Konto | undefined> => {
    if (login === undefined) {
      k.fehler('Bitte den Anmeldenamen mit --login NAME angeben.');
      return undefined;
    }
    const konto = await kontoPerLogin(k.db, login);
    if (konto === undefined) k.fehler(`Ein Konto „${login}“ gibt es nicht.`);
    return konto;
  };

  switch (unterbefehl) {
    case 'anlegen': {
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
    case 'liste': {
      const konten = await kontenListe(k.db);
      if (konten.length === 0) {
        k.ausgabe('Es gibt noch kein Konto. Anlegen: npm run cli -- benutzer anlegen …');
        return 0;
      }
      for (const konto of konten) k.ausgabe(`${konto.login.padEnd(20)} ${kontoZeile(konto, k.jetzt())}`);
      return 0;
    }
    case 'aendern': {
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
    case 'sperren': {
      const konto = await kontoOderFehler();
      if (konto === undefined) return 1;
      await kontoAktivSetzen(k.db, konto.id, false, kontext);
      k.ausgabe(`Konto „${konto.login}“ ist deaktiviert. Laufende Sitzungen enden beim nächsten Aufruf.`);
      return 0;
    }
    case 'entsperren': {
      const konto = await kontoOderFehler();
      if (konto === undefined) return 1;
      await kontoAktivSetzen(k.db, konto.id, true, kontext);
      if (konto.fehlversuche > 0 || konto.gesperrtBis !== null) await sperreAufheben(k.db, konto.id, kontext);
      k.ausgabe(`Konto „${konto.login}“ ist aktiv, eine Sperre nach Fehlversuchen ist aufgehoben.`);
      return 0;
    }
    case 'passwort': {
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
      k.ausgabe(
        `Neues Passwort für „${konto.login}“ gesetzt; eine Sperre nach Fehlversuchen ist aufgehoben.`,
      );
      if (erzeugt !== undefined)
        k.ausgabe(
          `Erzeugtes Passwort (wird nur jetzt angezeigt, bei der nächsten Anmeldung zu ändern): ${erzeugt}`,
        );
      return 0;
    }
    case 'protokoll': {
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
    default:
      k.fehler(
        unterbefehl === undefined || unterbefehl === 'hilfe'
          ? BENUTZER_HILFE
          : `Unbekannter Unterbefehl: ${unterbefehl}\n\n${BENUTZER_HILFE}`,
      );
      return unterbefehl === 'hilfe' ? 0 : 2;
  }
}

/** undefined: no file given; null: the file could not be read (reported). Strips one trailing newline. */
async function passwortAusDatei(
  datei: string | undefined,
  k: CliKontext,
): Promise<string | undefined | null> {
  if (datei === undefined) return undefined;
  try {
    return (await readFile(datei, 'utf8')).replace(/\r?\n$/, '');
  } catch {
    k.fehler(`Die Passwort-Datei ${datei} lässt sich nicht lesen.`);
    return null;
  }
}

function fehlerAusgeben(fehler: FeldFehler, k: CliKontext): number {
  const namen: Record<string, string> = {
    login: '--login',
    anzeigename: '--name',
    email: '--email',
    rollen: '--rolle',
    behoerden: '--behoerde',
    passwort: 'Passwort',
  };
  for (const [feld, text] of Object.entries(fehler))
    if (text !== undefined) k.fehler(`${namen[feld] ?? feld}: ${text}`);
  return 1;
}

function kontoZeile(konto: Konto, jetzt?: Date): string {
  const status = !konto.aktiv
    ? 'deaktiviert'
    : jetzt !== undefined && konto.gesperrtBis !== null && konto.gesperrtBis > jetzt
      ? `gesperrt bis ${konto.gesperrtBis.toISOString()}`
      : 'aktiv';
  return [
    konto.anzeigename,
    `Rollen: ${konto.rollen.join(', ')}`,
    konto.behoerden.length > 0 ? `Sozialämter: ${konto.behoerden.join(', ')}` : null,
    konto.email !== null ? `E-Mail: ${konto.email}` : null,
    konto.hatPasswort ? (konto.passwortWechselNoetig ? 'Passwort: muss geändert werden' : null) : 'nur OIDC',
    konto.demo ? 'Demo' : null,
    status,
  ]
    .filter((x) => x !== null)
    .join(' · ');
}
