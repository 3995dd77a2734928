import { randomBytes } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config.ts';
import { fromPglite } from '../../src/db/client.ts';
import { createLogger } from '../../src/log.ts';
import { xtaClient } from '../../src/zustellung/xta/client.ts';
import { speichereKonto } from '../../src/zustellung/xta-server/postfach-repo.ts';
import { testBundid } from '../../test/bundid.ts';
import { prepareSchema } from '../../test/prepare.ts';

// Peak RSS of the built-in mailbox and the product's client (one process) while a 40 MiB message is sent and
// fetched over loopback HTTP, as a ratio to the message size. The payload travels base64-inline in the SOAP
// body (MTOM/XOP is not built yet, see docs/adr/0018-xta-fehler-und-wsdl.md). Appends to docs/benchmarks.md.

const GROESSE = 40 * 1024 * 1024;

async function spitze(f: () => Promise<unknown>): Promise<number> {
  globalThis.gc?.();
  const vorher = process.memoryUsage().rss;
  let hoch = vorher;
  const uhr = setInterval(() => {
    hoch = Math.max(hoch, process.memoryUsage().rss);
  }, 2);
  await f();
  clearInterval(uhr);
  return Math.max(hoch, process.memoryUsage().rss) - vorher;
}

export async function benchXtaMtom(): Promise<void> {
  const pglite = await PGlite.create();
  const datenbank = fromPglite(pglite);
  await prepareSchema(datenbank.db);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000' });
  const app = await createApp({
    config,
    secrets: { sessionSecret: 'x'.repeat(40), dataKey: randomBytes(32) },
    datenbank,
    logger: createLogger('silent'),
    jetzt: () => new Date(),
    bundid: await testBundid(config),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const basis = `http://127.0.0.1:${port}/xta`;
  const autor = { kennung: 'efa:bench', typ: 'xoev' };
  const leser = { kennung: 'xsb:bench', typ: 'xoev' };
  for (const p of [autor, leser]) await speichereKonto(datenbank.db, { kennung: p.kennung, name: p.kennung });
  const client = xtaClient({
    endpunkte: {
      management: `${basis}/ManagementPort`,
      senden: `${basis}/SendXtaPort`,
      msgBox: `${basis}/MsgBoxPort`,
    },
    timeoutMs: 120_000,
  });
  const daten = randomBytes(GROESSE);
  const messageId = await client.createMessageId(autor);
  const senden = await spitze(() =>
    client.sendMessage(
      {
        test: false,
        zeiten: { origin: new Date() },
        autor,
        leser,
        messageId,
        dienst: 'urn:bench',
        businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
        nachrichtentyp: { code: '1', listURI: 'urn:bench', listVersionID: '1', payloadSchema: 'urn:bench' },
      },
      { nachricht: { daten, contentType: 'application/octet-stream' }, anhaenge: [] },
    ),
  );
  const geprueft = { gleich: false };
  const holen = await spitze(async () => {
    const n = await client.getMessage(leser, messageId);
    geprueft.gleich = n.container?.nachricht.daten.equals(daten) === true;
  });
  await app.close();
  await datenbank.close();
  const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
  await appendFile(
    'docs/benchmarks.md',
    [
      '',
      '## XTA: 40 MiB senden und abholen (Spitzen-RSS, Postfach und Client in einem Prozess)',
      '',
      '| Vorgang | RSS-Anstieg (Spitze) | Verhältnis zur Nachrichtengröße |',
      '|---|---|---|',
      `| sendMessage (Base64 im Body) | ${mib(senden)} | ${(senden / GROESSE).toFixed(1)} × |`,
      `| getMessage (Base64 im Body)${geprueft.gleich ? '' : ' – Inhalt abweichend!'} | ${mib(holen)} | ${(holen / GROESSE).toFixed(1)} × |`,
      '',
      'getMessage läuft nach sendMessage im selben Prozess: Den Speicher von sendMessage gibt Node nicht an das',
      'Betriebssystem zurück, ein kleiner Anstieg heißt also nur „nicht über die Spitze von sendMessage hinaus“.',
      'Der Anstieg kommt vom Lesen des ganzen Umschlags als Zeichenkette und Baum (Base64 im Body); Streaming und',
      'MTOM/XOP sind noch nicht gebaut.',
      '',
    ].join('\n'),
  );
}
