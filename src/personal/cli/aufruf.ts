import { readFile } from 'node:fs/promises';
import type { Db } from '../../db/index.ts';
import type { FeldFehler } from '../../web/index.ts';
import type { Aenderungskontext, Konto } from '../konto.ts';

// What every `benutzer` subcommand gets, and the helpers they share for reading input and writing output.

export type CliKontext = {
  db: Db;
  jetzt: () => Date;
  ausgabe: (zeile: string) => void;
  fehler: (zeile: string) => void;
};

export type CliWerte = {
  login?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
  rolle?: string[] | undefined;
  behoerde?: string[] | undefined;
  'passwort-datei'?: string | undefined;
  'nur-oidc'?: boolean | undefined;
  anzahl?: string | undefined;
};

export type Aufruf = {
  k: CliKontext;
  v: CliWerte;
  login: string | undefined;
  kontext: Aenderungskontext;
  /** The account named by --login, or undefined after reporting why not. */
  kontoOderFehler: () => Promise<Konto | undefined>;
};

/** A subcommand; the result is the exit code. */
export type Unterbefehl = (a: Aufruf) => Promise<number>;

export const liste = (werte: string[] | undefined) =>
  werte === undefined
    ? undefined
    : werte
        .flatMap((w) => w.split(','))
        .map((w) => w.trim())
        .filter((w) => w !== '');

/** undefined: no file given; null: the file could not be read (reported). Strips one trailing newline. */
export async function passwortAusDatei(
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

export function fehlerAusgeben(fehler: FeldFehler, k: CliKontext): number {
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

export function kontoZeile(konto: Konto, jetzt?: Date): string {
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
