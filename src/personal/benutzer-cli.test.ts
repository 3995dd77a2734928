import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { BENUTZER_HILFE, benutzerBefehl } from './benutzer-cli.ts';
import { ereignisseLesen } from './ereignis.ts';
import { anmeldungPruefen, kontoPerLogin } from './konto-repo.ts';

const t = await testApp();
const db = t.datenbank.db;
afterAll(() => t.close());
const dir = await mkdtemp(path.join(tmpdir(), 'mr-cli-'));

/** Runs `npm run cli -- benutzer …` as the CLI does, collecting what it prints. */
async function cli(...args: string[]) {
  const aus: string[] = [];
  const err: string[] = [];
  const code = await benutzerBefehl(args, {
    db,
    jetzt: t.uhr.jetzt,
    ausgabe: (z) => aus.push(z),
    fehler: (z) => err.push(z),
  });
  return { code, aus: aus.join('\n'), err: err.join('\n') };
}

const anmelden = (login: string, passwort: string) =>
  anmeldungPruefen(db, { login, passwort }, { jetzt: t.uhr.jetzt(), ip: null, production: false });

test('anlegen without a password file generates one, prints it once, and requires a change', async () => {
  const r = await cli(
    'anlegen',
    '--login',
    'sb.cli',
    '--name',
    'Sina Beispiel',
    '--rolle',
    'sachbearbeitung',
    '--behoerde',
    '13003',
  );
  expect(r.code).toBe(0);
  expect(r.aus).toContain('Konto „sb.cli“ angelegt');
  const passwort = /Erzeugtes Passwort[^:]*: (\S+)/.exec(r.aus)?.[1] ?? '';
  expect(passwort).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  const konto = await kontoPerLogin(db, 'sb.cli');
  expect(konto).toMatchObject({
    rollen: ['sachbearbeitung'],
    behoerden: ['13003'],
    passwortWechselNoetig: true,
  });
  expect((await anmelden('sb.cli', passwort)).ok).toBe(true);
  const protokoll = JSON.stringify(await ereignisseLesen(db, { kontoId: konto?.id ?? '' }));
  expect(protokoll).toContain('"weg":"cli"');
  expect(protokoll).not.toContain(passwort);
});

test('anlegen with a password file takes that password (rules apply) and several roles and offices', async () => {
  const datei = path.join(dir, 'pw');
  await writeFile(datei, 'Koordination am Schweriner See\n');
  const r = await cli(
    'anlegen',
    '--login=ko.cli',
    '--name=Kai Ordner',
    '--rolle',
    'land_koordination,sachbearbeitung',
    '--behoerde',
    '13003',
    '--behoerde',
    '13004',
    '--email',
    'ko@ego-mv.example',
    '--passwort-datei',
    datei,
  );
  expect(r.code).toBe(0);
  expect(r.aus).not.toContain('Erzeugtes Passwort');
  expect(await kontoPerLogin(db, 'ko.cli')).toMatchObject({
    rollen: ['sachbearbeitung', 'land_koordination'],
    behoerden: ['13003', '13004'],
    email: 'ko@ego-mv.example',
    passwortWechselNoetig: false,
  });
  expect((await anmelden('ko.cli', 'Koordination am Schweriner See')).ok).toBe(true);

  await writeFile(datei, 'passwort1234');
  const schwach = await cli(
    'anlegen',
    '--login',
    'x.cli',
    '--name',
    'X',
    '--rolle',
    'betrieb',
    '--passwort-datei',
    datei,
  );
  expect(schwach.code).toBe(1);
  expect(schwach.err).toContain('Passwort: Dieses Passwort steht in Listen häufig benutzter Passwörter');
  expect(await kontoPerLogin(db, 'x.cli')).toBeUndefined();
});

test('anlegen refuses bad input with the option name, and unknown options with the help', async () => {
  const r = await cli('anlegen', '--login', 'sb.cli', '--name', '', '--rolle', 'chef', '--behoerde', '99999');
  expect(r.code).toBe(1);
  expect(r.err).toContain('--login: Den Anmeldenamen „sb.cli“ gibt es schon.');
  expect(r.err).toContain('--name: ');
  expect(r.err).toContain('--rolle: Unbekannte Rolle: chef');
  expect(r.err).toContain('--behoerde: Ein Sozialamt mit dem Kreisschlüssel 99999 gibt es nicht.');
  const unbekannt = await cli('anlegen', '--admin');
  expect(unbekannt.code).toBe(2);
  expect(unbekannt.err).toContain(BENUTZER_HILFE);
  expect((await cli('anlegen', '--login', 'y', '--nur-oidc', '--passwort-datei', 'x')).code).toBe(2);
  expect((await cli('gibtsnicht')).err).toContain('Unbekannter Unterbefehl: gibtsnicht');
  expect((await cli('hilfe')).code).toBe(0);
  const fehlendeDatei = await cli(
    'anlegen',
    '--login',
    'z.cli',
    '--name',
    'Z',
    '--rolle',
    'betrieb',
    '--passwort-datei',
    path.join(dir, 'fehlt'),
  );
  expect(fehlendeDatei.code).toBe(1);
  expect(fehlendeDatei.err).toContain('lässt sich nicht lesen');
});

test('anlegen --nur-oidc creates an account without password', async () => {
  expect(
    (await cli('anlegen', '--login', 'oidc.cli', '--name', 'O', '--rolle', 'betrieb', '--nur-oidc')).code,
  ).toBe(0);
  expect((await kontoPerLogin(db, 'oidc.cli'))?.hatPasswort).toBe(false);
});

test('liste shows every account with roles, offices and status', async () => {
  const r = await cli('liste');
  expect(r.code).toBe(0);
  expect(r.aus).toMatch(
    /sb\.cli\s+Sina Beispiel · Rollen: sachbearbeitung · Sozialämter: 13003 · Passwort: muss geändert werden · aktiv/,
  );
  expect(r.aus).toMatch(/oidc\.cli\s+O · Rollen: betrieb · nur OIDC · aktiv/);
});

test('sperren deactivates, entsperren reactivates and lifts a lockout', async () => {
  expect((await cli('sperren', 'ko.cli')).code).toBe(0);
  expect((await anmelden('ko.cli', 'Koordination am Schweriner See')).ok).toBe(false);
  expect((await cli('liste')).aus).toMatch(/ko\.cli .*deaktiviert/);

  expect((await cli('entsperren', '--login', 'ko.cli')).code).toBe(0);
  for (let i = 0; i < 5; i++) await anmelden('ko.cli', 'falsch falsch falsch');
  expect((await cli('liste')).aus).toMatch(/ko\.cli .*gesperrt bis/);
  expect((await cli('entsperren', '--login', 'ko.cli')).code).toBe(0);
  expect((await anmelden('ko.cli', 'Koordination am Schweriner See')).ok).toBe(true);

  expect((await cli('sperren', '--login', 'gibt.es.nicht')).err).toContain(
    'Ein Konto „gibt.es.nicht“ gibt es nicht.',
  );
  expect((await cli('sperren')).err).toContain('--login NAME');
});

test('passwort sets a generated password (to be changed) or one from a file', async () => {
  const r = await cli('passwort', '--login', 'ko.cli');
  expect(r.code).toBe(0);
  const neu = /Erzeugtes Passwort[^:]*: (\S+)/.exec(r.aus)?.[1] ?? '';
  expect((await anmelden('ko.cli', neu)).ok).toBe(true);
  expect((await kontoPerLogin(db, 'ko.cli'))?.passwortWechselNoetig).toBe(true);

  const datei = path.join(dir, 'pw2');
  await writeFile(datei, 'Ein Boot auf der Warnow');
  expect((await cli('passwort', '--login', 'ko.cli', '--passwort-datei', datei)).code).toBe(0);
  expect((await anmelden('ko.cli', 'Ein Boot auf der Warnow')).ok).toBe(true);
  expect((await cli('passwort', '--login', 'ko.cli', '--passwort-datei', datei)).err).toContain(
    'vom bisherigen',
  );
});

test('aendern changes roles (logged) and refuses what would break an account', async () => {
  const r = await cli(
    'aendern',
    '--login',
    'sb.cli',
    '--rolle',
    'sachbearbeitung',
    '--behoerde',
    '13004',
    '--name',
    'Sina Neu',
  );
  expect(r.code).toBe(0);
  expect(r.aus).toContain('Sina Neu');
  const konto = await kontoPerLogin(db, 'sb.cli');
  expect(konto?.behoerden).toEqual(['13004']);
  const arten = (await ereignisseLesen(db, { kontoId: konto?.id ?? '' })).map((e) => e.art);
  expect(arten).toContain('rollen_geaendert');
  expect((await cli('aendern', '--login', 'sb.cli', '--behoerde', '')).code).toBe(1);
});

test('protokoll prints the security events, newest first, without passwords', async () => {
  const r = await cli('protokoll', '--login', 'ko.cli', '--anzahl', '5');
  expect(r.code).toBe(0);
  const zeilen = r.aus.split('\n');
  expect(zeilen).toHaveLength(5);
  expect(zeilen[0]).toMatch(/anmeldung_erfolgreich\s+ko\.cli/);
  expect(r.aus).not.toContain('Warnow');
});
