import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config.ts';
import { fromPglite } from '../../src/db/client.ts';
import { createLogger } from '../../src/log.ts';
import { xtaClient } from '../../src/zustellung/xta/client.ts';
import { speichereKonto } from '../../src/zustellung/xta-server/postfach-repo.ts';
import { testBundid } from '../../test/bundid.ts';
import { prepareSchema } from '../../test/prepare.ts';

// Peak RSS of the built-in mailbox and the product's client (one process: both sides count) while a 40 MiB
// message is sent, and – in a second child process on the same PGlite data directory – fetched over loopback
// HTTP, as a ratio to the message size. Once with MTOM/XOP (the client's default from 64 KiB on) and once
// base64-inline as the baseline. Each step in its own child, so the fetch is not hidden under the send's
// peak (Node does not give memory back). Appends to docs/benchmarks.md.

const GROESSE = 40 * 1024 * 1024;
const SCHLUESSEL = Buffer.alloc(32, 7);

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

/** One child step: `senden` stores a 40 MiB message (seeded bytes), `holen` fetches it and compares. */
async function kind(schritt: 'senden' | 'holen', art: 'mtom' | 'inline', verzeichnis: string): Promise<void> {
  const pglite = await PGlite.create(verzeichnis);
  const datenbank = fromPglite(pglite);
  if (schritt === 'senden') await prepareSchema(datenbank.db);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000' });
  const app = await createApp({
    config,
    secrets: { sessionSecret: 'x'.repeat(40), dataKey: SCHLUESSEL },
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
  const client = xtaClient({
    endpunkte: {
      management: `${basis}/ManagementPort`,
      senden: `${basis}/SendXtaPort`,
      msgBox: `${basis}/MsgBoxPort`,
    },
    timeoutMs: 300_000,
    mtom: art === 'mtom',
  });
  // The same bytes in both children: a fixed pattern, not random per process.
  const daten = Buffer.alloc(GROESSE);
  for (let i = 0; i < GROESSE; i += 4) daten.writeUInt32LE((i * 2654435761) >>> 0, i);
  let anstieg: number;
  let gleich = true;
  if (schritt === 'senden') {
    for (const p of [autor, leser])
      await speichereKonto(datenbank.db, { kennung: p.kennung, name: p.kennung });
    const messageId = await client.createMessageId(autor);
    anstieg = await spitze(() =>
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
  } else {
    anstieg = await spitze(async () => {
      // The MTOM client asks for MTOM in Accept; the inline baseline does not.
      const n = await client.getMessage(leser);
      gleich = n.container?.nachricht.daten.equals(daten) === true;
    });
  }
  await app.close();
  await datenbank.close();
  process.stdout.write(`${JSON.stringify({ anstieg, gleich })}\n`);
}

const ausfuehren = promisify(execFile);

async function messe(schritt: 'senden' | 'holen', art: 'mtom' | 'inline', verzeichnis: string) {
  const r = await ausfuehren(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), 'kind', schritt, art, verzeichnis],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { anstieg: number; gleich: boolean };
}

export async function benchXtaMtom(): Promise<void> {
  const ergebnisse: Record<string, { anstieg: number; gleich: boolean }> = {};
  for (const art of ['mtom', 'inline'] as const) {
    const verzeichnis = await mkdtemp(path.join(tmpdir(), 'xta-bench-'));
    try {
      ergebnisse[`senden-${art}`] = await messe('senden', art, verzeichnis);
      ergebnisse[`holen-${art}`] = await messe('holen', art, verzeichnis);
    } finally {
      await rm(verzeichnis, { recursive: true, force: true });
    }
  }
  const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
  const zeile = (name: string, schluessel: string) => {
    const e = ergebnisse[schluessel]!;
    return `| ${name}${e.gleich ? '' : ' – Inhalt abweichend!'} | ${mib(e.anstieg)} | ${(e.anstieg / GROESSE).toFixed(1)} × |`;
  };
  await appendFile(
    'docs/benchmarks.md',
    [
      '',
      '## XTA: 40 MiB senden und abholen (Spitzen-RSS, Postfach und Client in einem Prozess, je Schritt ein Kindprozess)',
      '',
      '| Vorgang | RSS-Anstieg (Spitze) | Verhältnis zur Nachrichtengröße |',
      '|---|---|---|',
      zeile('sendMessage als MTOM/XOP', 'senden-mtom'),
      zeile('getMessage als MTOM/XOP', 'holen-mtom'),
      zeile('sendMessage Base64 im Body (Vergleich)', 'senden-inline'),
      zeile('getMessage Base64 im Body (Vergleich)', 'holen-inline'),
      '',
      'Beide Seiten (Postfach und Client) zählen, weil sie im selben Prozess laufen. MTOM spart das Base64 auf der',
      'Leitung; intern setzt das Postfach das XOP-Infoset (Base64-Text im Umschlag) zusammen, bevor es liest –',
      'Streaming bis in die Datenbank ist nicht gebaut (ADR 0018).',
      '',
    ].join('\n'),
  );
}

if (process.argv[2] === 'kind') {
  const [, , , schritt, art, verzeichnis] = process.argv;
  await kind(schritt as 'senden' | 'holen', art as 'mtom' | 'inline', verzeichnis!);
}
