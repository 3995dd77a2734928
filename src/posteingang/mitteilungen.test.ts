import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp, type TestApp } from '../../test/app.ts';
import { alsPersonal, einePersonalSitzung } from '../../test/personal-sitzung.ts';
import { eingaben } from '../../test/antrag-eingaben.ts';
import { einAntrag } from '../../test/posteingang.ts';
import type { AntragZeile } from '../antrag/antrag-tables.ts';
import { zustellKontext } from '../zustellung/verbindungstest.ts';
import { zustellWorker } from '../zustellung/worker.ts';
import { entwicklungRouten, kopfzeile, mailText } from './entwicklung-routen.tsx';
import { BUERGER, fallZuAntrag, nachforderungAnlegen, statusAendern } from './faelle.ts';
import { mailtext, mitteilungsLauf } from './mitteilungen.ts';
import { posteingangKontext } from './routen.ts';

// E-mail notices in embedded mode: .eml files in DATA_DIR/mails, only for citizens who chose e-mail, with no
// personal data beyond the transaction number and the office, each exactly once.

let t: TestApp;
let verzeichnis: string;
let internUrl: string;
let mitMail: AntragZeile;
let ohneMail: AntragZeile;

const lauf = () =>
  mitteilungsLauf({ ...posteingangKontext(t.deps), config: t.deps.config, logger: t.deps.logger });

async function mails(): Promise<{ datei: string; inhalt: string }[]> {
  const dir = path.join(verzeichnis, 'mails');
  const dateien = (await readdir(dir).catch(() => [] as string[])).filter((d) => d.endsWith('.eml')).sort();
  return Promise.all(
    dateien.map(async (datei) => ({ datei, inhalt: await readFile(path.join(dir, datei), 'utf8') })),
  );
}

beforeAll(async () => {
  verzeichnis = await mkdtemp(path.join(tmpdir(), 'mr-mails-'));
  t = await testApp({ env: { DATA_DIR: verzeichnis, POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const adresse = t.app.server.address();
  if (adresse === null || typeof adresse === 'string') throw new Error('kein Port');
  internUrl = `http://127.0.0.1:${adresse.port}/xta`;
  mitMail = await einAntrag(t, {
    identitaet: eineIdentitaet({ pseudonym: 'bpk2:mit-mail' }),
    eingaben: { kontakt: { ...eingaben.kontakt, email: 'erika@example.org', kontaktweg: 'email' } },
  });
  ohneMail = await einAntrag(t, { identitaet: eineIdentitaet({ pseudonym: 'bpk2:ohne-mail' }) });
});
afterAll(async () => {
  await t.close();
  await rm(verzeichnis, { recursive: true, force: true });
});

describe('notices', () => {
  test('receipt: only to the citizen who chose e-mail, without personal data', async () => {
    expect(await lauf()).toEqual({ gesendet: 1, entfallen: 1, fehlgeschlagen: 0 });
    const [m, ...rest] = await mails();
    expect(rest).toEqual([]);
    expect(kopfzeile(m!.inhalt, 'To')).toBe('erika@example.org');
    expect(kopfzeile(m!.inhalt, 'Subject')).toBe(`Ihr Antrag ${mitMail.vorgangsnummer} ist eingegangen`);
    const text = mailText(m!.inhalt);
    expect(text).toContain(`http://127.0.0.1:3000/meine-antraege/${mitMail.vorgangsnummer}`);
    expect(text).toContain('Hanse- und Universitätsstadt Rostock');
    for (const persoenlich of ['Erika', 'Mustermann', 'Kröpeliner', 'DE02', '1.300', 'WIRO'])
      expect(text).not.toContain(persoenlich);
    const zeilen = await t.datenbank.db
      .selectFrom('posteingang_mitteilung')
      .selectAll()
      .orderBy('id')
      .execute();
    expect(zeilen.map((z) => [z.antrag_id, z.art, z.status])).toEqual([
      [mitMail.id, 'eingang', 'gesendet'],
      [ohneMail.id, 'eingang', 'entfaellt'],
    ]);
    expect(await lauf()).toEqual({ gesendet: 0, entfallen: 0, fehlgeschlagen: 0 });
  });

  test('delivery confirmation once the original message has arrived; the status page says where and when', async () => {
    const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 50 });
    await worker.einmal();
    const status = await t.datenbank.db
      .selectFrom('zustell_auftrag')
      .select('status')
      .where('bezug', '=', mitMail.id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('delivered');
    expect(await lauf()).toEqual({ gesendet: 1, entfallen: 1, fehlgeschlagen: 0 });
    const letzte = (await mails()).at(-1)!;
    expect(kopfzeile(letzte.inhalt, 'Subject')).toBe(
      `Ihr Antrag ${mitMail.vorgangsnummer} wurde dem Sozialamt zugestellt`,
    );
    expect(mailText(letzte.inhalt)).toContain(
      'am 29. November 2026 an Hanse- und Universitätsstadt Rostock übermittelt',
    );

    const cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:mit-mail' }));
    const seite = await t.app.inject({ url: `/meine-antraege/${mitMail.vorgangsnummer}`, cookies });
    expect(seite.body).toMatch(
      /Zugestellt an Hanse- und Universitätsstadt Rostock am 29\.11\.2026 um \d\d:\d\d Uhr\./,
    );
  });

  test('request for documents and decision available', async () => {
    const k = posteingangKontext(t.deps);
    const f = await fallZuAntrag(k, mitMail);
    const akteur = { art: 'personal' as const, id: null, name: 'Test' };
    const n = await nachforderungAnlegen(
      k,
      f,
      { unterlagen: ['kontoauszuege'], frist: '2026-12-14' },
      akteur,
    );
    expect(n.ok).toBe(true);
    expect((await lauf()).gesendet).toBe(1);
    const anforderung = (await mails()).at(-1)!;
    expect(kopfzeile(anforderung.inhalt, 'Subject')).toBe(
      `Das Sozialamt braucht Unterlagen zu Ihrem Antrag ${mitMail.vorgangsnummer}`,
    );
    const text = mailText(anforderung.inhalt);
    expect(text).toContain('bis zum 14. Dezember 2026');
    expect(text).not.toContain('Kontoauszüge');

    expect(
      (await statusAendern(k, f, { nach: 'entschieden', entscheidung: { art: 'abgelehnt' } }, BUERGER)).ok,
    ).toBe(true);
    expect((await lauf()).gesendet).toBe(1);
    const entscheidung = (await mails()).at(-1)!;
    expect(kopfzeile(entscheidung.inhalt, 'Subject')).toBe(
      `Zu Ihrem Antrag ${mitMail.vorgangsnummer} gibt es eine Entscheidung`,
    );
    expect(mailText(entscheidung.inhalt)).not.toContain('Abgelehnt');
    expect(await mails()).toHaveLength(4);
    const protokoll = await t.datenbank.db
      .selectFrom('posteingang_protokoll')
      .select('art')
      .where('antrag_id', '=', mitMail.id)
      .where('art', '=', 'mitteilung_gesendet')
      .execute();
    expect(protokoll).toHaveLength(4);
  });
});

describe('the development page of the mail folder', () => {
  const betrieb = () => alsPersonal(t, einePersonalSitzung({ rollen: ['betrieb'] }));

  test('lists the mails and shows one decoded to a signed-in operator', async () => {
    const b = await betrieb();
    const liste = await b.get('/entwicklung/mails');
    expect(liste.statusCode).toBe(200);
    expect(liste.body).toContain(`Ihr Antrag ${mitMail.vorgangsnummer} ist eingegangen`);
    const link = /href="(\/entwicklung\/mails\/[^"]+\.eml)"/.exec(liste.body)?.[1];
    const mail = await b.get(link!);
    expect(mail.statusCode).toBe(200);
    expect(mail.body).toContain('Guten Tag,');
    expect(mail.body).toContain('erika@example.org');
  });

  test.each([
    '/entwicklung/mails/..%2Fsecrets.json',
    '/entwicklung/mails/gibt-es-nicht.eml',
    '/entwicklung/mails/a.txt',
  ])('%s answers 404', async (url) => {
    expect((await (await betrieb()).get(url)).statusCode).toBe(404);
  });

  test('without a staff session: to the sign-in page, no mail shown', async () => {
    const datei = (await mails())[0]!.datei;
    for (const url of ['/entwicklung/mails', `/entwicklung/mails/${datei}`]) {
      const r = await t.app.inject({ url });
      expect(r.statusCode).toBe(303);
      expect(r.headers.location).toMatch(/^\/verwaltung\/anmelden/);
      expect(r.body).not.toContain('Guten Tag');
    }
  });

  test('staff without the operator role get 403', async () => {
    const s = await alsPersonal(
      t,
      einePersonalSitzung({ rollen: ['sachbearbeitung'], behoerden: ['13004'] }),
    );
    const datei = (await mails())[0]!.datei;
    for (const url of ['/entwicklung/mails', `/entwicklung/mails/${datei}`]) {
      const r = await s.get(url);
      expect(r.statusCode).toBe(403);
      expect(r.body).not.toContain('Guten Tag');
    }
  });

  type Abruf = (url: string) => Promise<{ statusCode: number; body: string }>;
  async function gibtEsNicht(p: FastifyInstance, url: Abruf = (u) => p.inject({ url: u })) {
    const datei = (await mails())[0]!.datei;
    expect((await url('/entwicklung/mails')).statusCode).toBe(404);
    const eine = await url(`/entwicklung/mails/${datei}`);
    expect(eine.statusCode).toBe(404);
    expect(eine.body).not.toContain('Guten Tag');
  }

  test('does not exist in production', async () => {
    const p = Fastify();
    entwicklungRouten(p, { production: true, dataDir: verzeichnis, host: '127.0.0.1' });
    await gibtEsNicht(p);
    await p.close();
  });

  test.each(['0.0.0.0', '::', '192.168.1.10'])(
    'does not exist when configured to listen on %s',
    async (host) => {
      const p = Fastify();
      entwicklungRouten(p, { production: false, dataDir: verzeichnis, host });
      await gibtEsNicht(p);
      await p.close();
    },
  );

  test('answers 404 when the server is actually bound to all addresses', async () => {
    const p = Fastify();
    entwicklungRouten(p, { production: false, dataDir: verzeichnis, host: '127.0.0.1' });
    await p.listen({ host: '0.0.0.0', port: 0 });
    const port = (p.server.address() as AddressInfo).port;
    await gibtEsNicht(p, async (u) => {
      const r = await fetch(`http://127.0.0.1:${port}${u}`, { redirect: 'manual' });
      return { statusCode: r.status, body: await r.text() };
    });
    await p.close();
  });
});

test.each(['eingang', 'zugestellt', 'nachforderung', 'entscheidung'] as const)(
  'the %s text names no person and links to the login-protected page',
  (art) => {
    const m = mailtext(art, {
      vorgangsnummer: 'MR-2026-ABCDEF',
      behoerde: 'Landeshauptstadt Schwerin',
      link: 'https://mr.example/meine-antraege/MR-2026-ABCDEF',
      eingereichtAm: new Date('2026-11-29T09:00:00Z'),
      frist: '2026-12-14',
      zugestelltAm: new Date('2026-11-29T09:05:00Z'),
    });
    expect(m.betreff).toContain('MR-2026-ABCDEF');
    expect(m.text).toContain('https://mr.example/meine-antraege/MR-2026-ABCDEF');
    expect(m.text).toMatch(/^Guten Tag,\n/);
  },
);
