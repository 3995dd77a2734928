import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { freierPort, testPki } from '../../test/xta.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { listeZustellauftraege } from './outbox.ts';
import {
  leseVerbindung,
  leseVersandVerbindung,
  listeVerbindungen,
  PLATZHALTER,
  seedZustellung,
  speichereVerbindung,
  standardVerbindung,
  type VerbindungEingabe,
} from './verbindung.ts';
import { verbindungstest } from './verbindungstest.ts';
import { findeKonto } from './xta-server/postfach-repo.ts';

let t: TestApp;
let internUrl: string;

beforeAll(async () => {
  t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  internUrl = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}/xta`;
});
afterAll(() => t.close());

async function basis(ags = '13075'): Promise<VerbindungEingabe> {
  const b = await t.datenbank.db
    .selectFrom('behoerde')
    .select(['ags', 'ars', 'name', 'amt'])
    .where('ags', '=', ags)
    .executeTakeFirstOrThrow();
  return standardVerbindung(b, DIENST_MIETRUECKSTAENDE, {
    kennung: 'efa:130000000001',
    name: 'Onlinedienst',
  });
}

test('the embedded default: Rostock receives the service in the built-in mailbox; seeding again changes nothing', async () => {
  const v = await leseVerbindung(t.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE);
  expect(v).toMatchObject({
    transport: 'intern',
    leserKennung: 'xsb:130030000000',
    autorKennung: t.deps.config.zustellung.autorKennung,
    dienstUri: PLATZHALTER.dienstUri,
    xsozialVersion: '2.4.0',
    businessScenarioCode: 'XSOZIAL-BASIS',
    businessScenarioListUri: null,
    nachrichtentypCode: '1000001',
    nachrichtentypPayloadSchema: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0',
    hatClientSchluessel: false,
  });
  expect(await findeKonto(t.datenbank.db, 'xsb:130030000000')).toBeDefined();
  expect(await findeKonto(t.datenbank.db, t.deps.config.zustellung.autorKennung)).toBeDefined();
  await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...(await basis('13003')),
    leserName: 'Geändert',
  });
  await seedZustellung(t.datenbank.db, t.deps.config.zustellung);
  expect((await leseVerbindung(t.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE))?.leserName).toBe(
    'Geändert',
  );
  expect((await listeVerbindungen(t.datenbank.db)).length).toBeGreaterThanOrEqual(1);
});

test('every field problem comes back in German, nothing is stored', async () => {
  const r = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...(await basis()),
    transport: 'xta',
    endpunktManagement: 'http://xta.example.de/ManagementPort',
    leserKennung: '  ',
    dienstUri: 'kein uri',
    xsozialVersion: 'zwei',
    businessScenarioListUri: 'urn:de:xta:codeliste:business.scenario',
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const meldungen = Object.fromEntries(r.fehler.map((f) => [f.feld, f.meldung]));
  expect(meldungen).toMatchObject({
    endpunktManagement:
      'Die Adresse des ManagementPort muss eine Adresse mit https:// sein (http:// nur für localhost).',
    leserKennung: 'Bitte geben Sie die DVDV-Kennung des Sozialamts an.',
    dienstUri: 'Die DVDV-Dienst-URI muss eine URI sein, z. B. https://… oder urn:…',
    xsozialVersion: 'Die Version hat die Form 2.4.0.',
    businessScenarioListVersion:
      'Codeliste und Version des BusinessScenario gehören zusammen: beide angeben oder beide leer lassen.',
    endpunktSenden: 'Bitte geben Sie die Adresse des SendXtaPort an.',
  });
  expect(await leseVerbindung(t.datenbank.db, '13075', DIENST_MIETRUECKSTAENDE)).toBeUndefined();
  const unbekannt = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...(await basis()),
    behoerdeAgs: '99999',
    dienstId: 'gibt-es-nicht',
  });
  expect(unbekannt).toMatchObject({ ok: false, fehler: [{ feld: 'behoerdeAgs' }, { feld: 'dienstId' }] });
});

test('certificates: PEM checked, key must match the certificate, key stored encrypted and never read back', async () => {
  const pki = testPki();
  const z = pki.client('Onlinedienst');
  const https = {
    ...(await basis()),
    transport: 'xta' as const,
    endpunktManagement: 'https://xta.example.de/m',
    endpunktSenden: 'https://xta.example.de/s',
  };

  const ohne = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, https);
  expect(ohne).toMatchObject({
    ok: false,
    fehler: [{ feld: 'clientZertifikat' }, { feld: 'clientSchluessel' }],
  });

  const fremderSchluessel = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  const falsch = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...https,
    clientZertifikat: z.zertifikat,
    clientSchluessel: fremderSchluessel,
    caZertifikate: 'kein pem',
  });
  expect(falsch.ok).toBe(false);
  if (falsch.ok) return;
  expect(falsch.fehler.map((f) => f.meldung)).toEqual([
    'Der private Schlüssel gehört nicht zum Clientzertifikat.',
    'Die CA-Zertifikate sind keine lesbaren Zertifikate im PEM-Format.',
  ]);

  const kaputt = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...https,
    clientZertifikat: 'x',
    clientSchluessel: '-----BEGIN ENCRYPTED PRIVATE KEY-----',
  });
  expect(kaputt.ok ? [] : kaputt.fehler.map((f) => f.feld)).toEqual(['clientZertifikat', 'clientSchluessel']);

  const gut = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...https,
    clientZertifikat: z.zertifikat,
    clientSchluessel: z.schluessel,
    caZertifikate: pki.ca.zertifikat,
  });
  expect(gut.ok).toBe(true);
  const v = await leseVerbindung(t.datenbank.db, '13075', DIENST_MIETRUECKSTAENDE);
  expect(v).toMatchObject({ hatClientSchluessel: true, clientZertifikat: z.zertifikat.trim() });
  expect(v?.zertifikatGueltigBis).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(JSON.stringify(v)).not.toContain('PRIVATE KEY');
  const roh = await t.datenbank.db
    .selectFrom('zustell_verbindung')
    .select('client_schluessel')
    .where('behoerde_ags', '=', '13075')
    .executeTakeFirstOrThrow();
  expect(roh.client_schluessel?.includes(Buffer.from('PRIVATE KEY'))).toBe(false);
  expect(
    (await leseVersandVerbindung(t.datenbank.db, t.deps.secrets.dataKey, '13075', DIENST_MIETRUECKSTAENDE))
      ?.clientSchluessel,
  ).toBe(z.schluessel.trim());

  // Saving again without a key keeps the stored one; null removes it.
  expect(
    (
      await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
        ...https,
        clientZertifikat: z.zertifikat,
      })
    ).ok,
  ).toBe(true);
  expect((await leseVerbindung(t.datenbank.db, '13075', DIENST_MIETRUECKSTAENDE))?.hatClientSchluessel).toBe(
    true,
  );
  const entfernt = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...https,
    clientZertifikat: z.zertifikat,
    clientSchluessel: null,
  });
  expect(entfernt).toMatchObject({ ok: false, fehler: [{ feld: 'clientSchluessel' }] });
}, 60_000);

test('connection test on the embedded default: account, test message (TestMsg, test="true"), transport report', async () => {
  const e = await verbindungstest({ ...t.deps, internUrl }, '13003', DIENST_MIETRUECKSTAENDE);
  expect(e.ok).toBe(true);
  expect(e.schritte.map((s) => s.schritt)).toEqual([
    'Verbindung',
    'Konto',
    'Testnachricht',
    'Transportbericht',
  ]);
  expect(e.transportbericht).toMatchObject({
    status: 1,
    statusText: 'grün (zugestellt, ohne Fehler und Warnungen)',
  });
  const n = await t.datenbank.db
    .selectFrom('xta_nachricht')
    .select(['test', 'leser'])
    .where('message_id', '=', e.messageId!)
    .executeTakeFirstOrThrow();
  expect(n).toEqual({ test: true, leser: 'xsb:130030000000' });
  const auftrag = (await listeZustellauftraege(t.datenbank.db)).find((a) => a.id === e.auftragId);
  expect(auftrag).toMatchObject({ test: true, status: 'delivered' });
});

test('connection test reports what fails: no connection, unreachable server', async () => {
  const keine = await verbindungstest({ ...t.deps, internUrl }, '13076', 'suchtberatung');
  expect(keine).toMatchObject({ ok: false, schritte: [{ schritt: 'Verbindung', ok: false }] });

  const tot = `http://127.0.0.1:${await freierPort()}/xta`;
  const weg = await verbindungstest({ ...t.deps, internUrl: tot }, '13003', DIENST_MIETRUECKSTAENDE);
  expect(weg.ok).toBe(false);
  expect(weg.schritte[1]).toMatchObject({ schritt: 'Konto', ok: false });
  expect(weg.schritte[1]?.meldung).toContain('Verbindung abgelehnt');
});
