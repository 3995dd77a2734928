import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, expect, test } from 'vitest';
import { createLogger } from '../log.ts';
import { MailNichtKonfiguriert, sendeMail } from './mail.ts';

const logger = createLogger('silent');
const dataDir = await mkdtemp(path.join(tmpdir(), 'mr-mail-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const basis = { mailFrom: 'Mietrückstände <noreply@example.de>', dataDir, databaseUrl: undefined };

test('without SMTP_URL, embedded mode writes the mail as an .eml file into DATA_DIR/mails', async () => {
  const ergebnis = await sendeMail(
    { config: { ...basis, smtpUrl: undefined }, logger },
    {
      an: 'ozg@ego-mv.de',
      betreff: 'Interessenbekundung: Übernahme von Mietrückständen',
      text: 'Grüße aus Schwerin',
    },
  );
  expect(ergebnis.art).toBe('datei');
  if (ergebnis.art !== 'datei') return;
  expect(path.dirname(ergebnis.datei)).toBe(path.join(dataDir, 'mails'));
  expect((await readdir(path.join(dataDir, 'mails'))).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  expect((await stat(ergebnis.datei)).mode & 0o777).toBe(0o600);
  const eml = await readFile(ergebnis.datei, 'utf8');
  expect(eml).toContain('To: ozg@ego-mv.de');
  expect(eml).toContain('From: =?UTF-8?');
  expect(eml).toMatch(/Subject: =\?UTF-8\?/);
  expect(eml).toContain('Gr=C3=BC=C3=9Fe aus Schwerin');
});

test('with SMTP_URL the mail goes to a real SMTP server', async () => {
  const empfangen: { von: string; an: string[]; daten: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let daten = '';
      stream.on('data', (chunk: Buffer) => (daten += chunk.toString('utf8')));
      stream.on('end', () => {
        empfangen.push({
          von: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          an: session.envelope.rcptTo.map((r) => r.address),
          daten,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  try {
    const ergebnis = await sendeMail(
      { config: { ...basis, smtpUrl: `smtp://127.0.0.1:${port}` }, logger },
      { an: 'mik@example.de', betreff: 'Abmeldung', text: 'Text', antwortAn: 'amt@schwerin.example' },
    );
    expect(ergebnis).toMatchObject({ art: 'smtp', an: 'mik@example.de' });
    expect(empfangen).toHaveLength(1);
    expect(empfangen[0]).toMatchObject({ von: 'noreply@example.de', an: ['mik@example.de'] });
    expect(empfangen[0]?.daten).toContain('Reply-To: amt@schwerin.example');
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
});

test('an unreachable SMTP server is an error, not a silent loss', async () => {
  await expect(
    sendeMail(
      { config: { ...basis, smtpUrl: 'smtp://127.0.0.1:1' }, logger },
      { an: 'x@example.de', betreff: 'b', text: 't' },
    ),
  ).rejects.toThrow();
});

test('with PostgreSQL and without SMTP_URL, sending is refused instead of writing files on a server', async () => {
  await expect(
    sendeMail(
      { config: { ...basis, databaseUrl: 'postgres://db/x', smtpUrl: undefined }, logger },
      { an: 'x@example.de', betreff: 'b', text: 't' },
    ),
  ).rejects.toBeInstanceOf(MailNichtKonfiguriert);
});
