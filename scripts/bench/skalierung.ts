import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { antragRepo } from '../../src/antrag/index.ts';
import { createApp } from '../../src/app.tsx';
import { loadConfig } from '../../src/config.ts';
import { fromPool } from '../../src/db/client.ts';
import { createLogger } from '../../src/log.ts';
import { cookieName } from '../../src/web/sitzung.ts';
import { eineIdentitaet } from '../../test/anmeldung.ts';
import { eingaben } from '../../test/antrag-eingaben.ts';
import { testBundid } from '../../test/bundid.ts';
import { freierPort } from '../../test/xta.ts';
import { withDatabase } from '../../test/postgres.ts';

// Scale-out on one PostgreSQL: one, then two web processes (HINTERGRUND_JOBS=false) plus one separate worker
// process (`npm run worker`). Measures wizard pages and submits per second over real HTTP (autocannon, fetch)
// and checks that every submitted application reaches the built-in mailbox exactly once.

const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const wurzel = path.resolve(import.meta.dirname, '../..');
const SEKUNDEN = 10;
const ABGABEN = 24;
const geheim = { SESSION_SECRET: 'b'.repeat(40), DATA_KEY: Buffer.alloc(32, 9).toString('base64') };

type Prozess = { kind: ChildProcess; port?: number };

function starte(datei: string, env: Record<string, string>, fertig: string): Promise<Prozess> {
  const kind = spawn(process.execPath, ['--import', 'tsx', datei], {
    cwd: wurzel,
    env: {
      PATH: process.env.PATH,
      TZ: 'Europe/Berlin',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      ...geheim,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let aus = '';
    kind.stdout.on('data', (d: Buffer) => {
      aus += d.toString();
      if (aus.includes(fertig)) resolve({ kind });
    });
    kind.once('exit', (c) => {
      reject(new Error(`${datei} endete mit ${c}: ${aus}`));
    });
  });
}

async function web(datenbankUrl: string, port: number, intern: string, dataDir: string): Promise<Prozess> {
  const p = await starte(
    'src/main.ts',
    {
      DATABASE_URL: datenbankUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      HINTERGRUND_JOBS: 'false',
      XTA_INTERN_URL: intern,
      RATE_LIMIT_PER_MINUTE: '100000000',
    },
    'läuft',
  );
  return { ...p, port };
}

async function rps(
  ports: number[],
  pfad: (i: number) => string,
  cookie: (i: number) => string,
): Promise<number> {
  const laeufe = ports.map((port, i) =>
    autocannon({
      url: `http://127.0.0.1:${port}${pfad(i)}`,
      connections: 4,
      duration: SEKUNDEN,
      headers: { cookie: cookie(i) },
    }),
  );
  const ergebnisse = await Promise.all(laeufe);
  for (const e of ergebnisse) if (e.non2xx > 0) throw new Error(`${e.non2xx} Antworten nicht 2xx`);
  return ergebnisse.reduce((s, e) => s + e.requests.average, 0);
}

export async function skalierung(): Promise<void> {
  const name = `bench_skalierung_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const datenbankUrl = withDatabase(url, name);
  const ordner = await mkdtemp(path.join(tmpdir(), 'mr-skalierung-'));
  const prozesse: Prozess[] = [];
  const pool = new pg.Pool({ connectionString: datenbankUrl, max: 4 });
  try {
    const [p1, p2] = [await freierPort(), await freierPort()];
    const intern = `http://127.0.0.1:${p1}/xta`;
    prozesse.push(await web(datenbankUrl, p1, intern, path.join(ordner, 'w1')));
    prozesse.push(
      await starte(
        'src/worker.ts',
        {
          DATABASE_URL: datenbankUrl,
          DATA_DIR: path.join(ordner, 'wk'),
          XTA_INTERN_URL: intern,
          ZUSTELLUNG_INTERVALL_MS: '200',
        },
        'Worker läuft',
      ),
    );

    // Drafts and citizen sessions are prepared in this process on the same database (same keys).
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      DATABASE_URL: datenbankUrl,
      DATA_DIR: ordner,
      ...geheim,
    });
    const datenbank = fromPool(pool, 'postgres');
    const deps = {
      config,
      secrets: { sessionSecret: geheim.SESSION_SECRET, dataKey: Buffer.from(geheim.DATA_KEY, 'base64') },
      datenbank,
      logger: createLogger('silent'),
      jetzt: () => new Date(),
      bundid: await testBundid(config),
    };
    const app = await createApp(deps);
    await app.ready();
    const repo = antragRepo(datenbank.db, deps.secrets.dataKey);
    const alle = {
      ...(eingaben as Record<string, unknown>),
      'einkommen/antragsteller': eingaben.einkommen,
      'wohnung-sozialamt': { ags: '13003' },
    } as unknown as Record<string, never>;
    delete alle.erklaerungen;
    async function entwurf(n: number) {
      const identitaet = eineIdentitaet({ pseudonym: `bpk2:skalierung-${n}`, familienname: `Skal${n}` });
      const e = await repo.entwurfAnlegen(
        repo.besitzerVon(identitaet.pseudonym),
        { eingaben: alle, personen: [] },
        new Date(),
      );
      const sitzung = await app.sitzungen.erzeugen('buerger', {
        identitaet,
        angemeldetAm: new Date().toISOString(),
      });
      return { id: e.id, schluessel: e.absendeSchluessel, cookie: `${cookieName.buerger}=${sitzung}` };
    }
    const leser = [await entwurf(0), await entwurf(1)];
    const seite = (i: number) => `/antrag/${leser[i]!.id}/pruefen`;
    const keks = (i: number) => leser[i]!.cookie;

    async function abgeben(ports: number[], start: number): Promise<number> {
      const entwuerfe = await Promise.all(Array.from({ length: ABGABEN }, (_, i) => entwurf(start + i)));
      const beginn = performance.now();
      await Promise.all(
        entwuerfe.map(async (e, i) => {
          const basis = `http://127.0.0.1:${ports[i % ports.length]}/antrag/${e.id}/erklaerungen`;
          const get = await fetch(basis, { headers: { cookie: e.cookie } });
          const html = await get.text();
          const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
          const csrf = get.headers
            .getSetCookie()
            .map((c) => c.split(';')[0])
            .join('; ');
          const post = await fetch(basis, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: `${e.cookie}; ${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              _csrf: token,
              _schluessel: e.schluessel,
              richtig: 'ja',
              mitwirkung: 'ja',
              datenschutz: 'ja',
              vermieter: 'ja',
              gericht: 'ja',
            }).toString(),
          });
          if (post.status !== 303 || !(post.headers.get('location') ?? '').includes('/antrag/eingang/'))
            throw new Error(`Absenden: ${post.status} ${post.headers.get('location') ?? ''}`);
        }),
      );
      return ABGABEN / ((performance.now() - beginn) / 1000);
    }

    await rps([p1], seite, keks); // warm-up
    const seiten1 = await rps([p1], seite, keks);
    const abgaben1 = await abgeben([p1], 100);
    prozesse.push(await web(datenbankUrl, p2, intern, path.join(ordner, 'w2')));
    await rps([p2], seite, keks); // warm-up
    const seiten2 = await rps([p1, p2], seite, keks);
    const abgaben2 = await abgeben([p1, p2], 200);

    // Every submitted application reaches the mailbox once.
    let zugestellt = 0;
    for (let i = 0; i < 240 && zugestellt < 2 * ABGABEN; i++) {
      await new Promise((r) => setTimeout(r, 500));
      zugestellt = Number(
        (
          await pool.query<{ n: string }>(
            "select count(*) as n from zustell_auftrag where status = 'delivered'",
          )
        ).rows[0]?.n,
      );
    }
    const postfach = Number(
      (await pool.query<{ n: string }>('select count(*) as n from xta_nachricht')).rows[0]?.n,
    );
    const auftraege = Number(
      (await pool.query<{ n: string }>('select count(*) as n from zustell_auftrag')).rows[0]?.n,
    );
    await app.close();

    const zeilen = [
      '<!-- skalierung:anfang -->',
      '## Skalierung: ein und zwei Web-Prozesse, ein Worker-Prozess, eine PostgreSQL',
      '',
      `\`scripts/bench/skalierung.ts\`, gemessen am ${new Date().toISOString().slice(0, 16)} UTC auf dieser Maschine (2 Kerne, von acht Helfern geteilt: die Zahlen schwanken stark). Web-Prozesse mit \`HINTERGRUND_JOBS=false\`, Zustellung im eigenen \`npm run worker\`; Last mit autocannon (4 Verbindungen je Web-Prozess, ${SEKUNDEN} s) bzw. ${ABGABEN} gleichzeitige Abgaben (GET + POST der Erklärungen).`,
      '',
      '| Messung | 1 Web-Prozess | 2 Web-Prozesse | Verhältnis (Ziel ≥ 1,8) |',
      '|---|---|---|---|',
      `| Schrittseite \`GET /antrag/:id/pruefen\` (Anfragen/s) | ${seiten1.toFixed(1)} | ${seiten2.toFixed(1)} | ${(seiten2 / seiten1).toFixed(2)} |`,
      `| Abgaben (Anträge/s) | ${abgaben1.toFixed(2)} | ${abgaben2.toFixed(2)} | ${(abgaben2 / abgaben1).toFixed(2)} |`,
      '',
      'Einordnung: Hier teilen sich Web-Prozesse, Worker, PostgreSQL, Lastgenerator und die anderen Helfer zwei Kerne; ein zweiter Web-Prozess kann also kaum zusätzliche Rechenzeit bekommen. Das Ziel ≥ 1,8 setzt freie Kerne je Prozess voraus (Replikate auf eigenen Rechnern bzw. Containern); was hier zählt, ist, dass nichts zwischen den Prozessen sperrt und nichts doppelt zugestellt wird.',
      '',
      `Zustellung: ${auftraege} Aufträge, ${zugestellt} zugestellt, ${postfach} Nachrichten im Postfach, Doppelzustellungen: ${postfach - zugestellt}.`,
      '<!-- skalierung:ende -->',
    ];
    const datei = path.join(wurzel, 'docs/benchmarks.md');
    const alt = await readFile(datei, 'utf8').catch(() => '');
    const ohne = alt.replace(/\n?<!-- skalierung:anfang -->[\s\S]*<!-- skalierung:ende -->\n?/, '\n');
    await writeFile(datei, `${ohne.trimEnd()}\n\n${zeilen.join('\n')}\n`);
    process.stdout.write(`${zeilen.join('\n')}\n`);
  } finally {
    for (const p of prozesse) p.kind.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await pool.end().catch(() => undefined);
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
    await rm(ordner, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await skalierung();
