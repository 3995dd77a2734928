import { parseArgs } from 'node:util';
import type { CliKontext, Unterbefehl } from './cli/aufruf.ts';
import { aendern, anlegen, auflisten, entsperren, sperren } from './cli/konto-befehle.ts';
import { passwort, protokoll } from './cli/passwort-befehle.ts';
import { kontoPerLogin, type Konto } from './konto.ts';

// `npm run cli -- benutzer <unterbefehl>`: staff accounts without a prompt, for scripts and the first
// account of an installation. The functions take their output sinks so that tests run exactly this code.

export type { CliKontext } from './cli/aufruf.ts';

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

const unterbefehle: Record<string, Unterbefehl> = {
  anlegen,
  liste: auflisten,
  aendern,
  sperren,
  entsperren,
  passwort,
  protokoll,
};

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
  const kontoOderFehler = async (): Promise<Konto | undefined> => {
    if (login === undefined) {
      k.fehler('Bitte den Anmeldenamen mit --login NAME angeben.');
      return undefined;
    }
    const konto = await kontoPerLogin(k.db, login);
    if (konto === undefined) k.fehler(`Ein Konto „${login}“ gibt es nicht.`);
    return konto;
  };

  const befehl = unterbefehl === undefined ? undefined : unterbefehle[unterbefehl];
  if (befehl !== undefined && Object.hasOwn(unterbefehle, unterbefehl ?? ''))
    return befehl({ k, v, login, kontext: { jetzt: k.jetzt(), weg: 'cli' }, kontoOderFehler });
  k.fehler(
    unterbefehl === undefined || unterbefehl === 'hilfe'
      ? BENUTZER_HILFE
      : `Unbekannter Unterbefehl: ${unterbefehl}\n\n${BENUTZER_HILFE}`,
  );
  return unterbefehl === 'hilfe' ? 0 : 2;
}
