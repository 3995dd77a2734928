import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg, cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { createApp } from '../../src/app.tsx';
import { antragRepo } from '../../src/antrag/antrag-repo.ts';
import type { RohEingabe } from '../../src/antrag/schritte/felder.ts';
import { loadConfig } from '../../src/config.ts';
import { fromPool } from '../../src/db/client.ts';
import type { Deps } from '../../src/deps.ts';
import { createLogger } from '../../src/log.ts';
import { zustellKontext } from '../../src/zustellung/verbindungstest.ts';
import { zustellWorker } from '../../src/zustellung/worker.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { formularFelder } from '../../test/antrag-client.ts';
import { eingaben } from '../../test/antrag-eingaben.ts';
import type { TestApp } from '../../test/app.ts';
import { testBundid } from '../../test/bundid.ts';
import { verbindungAnlegen } from '../../test/posteingang.ts';
import { withDatabase } from '../../test/postgres.ts';
import { prepareSchema } from '../../test/prepare.ts';

// Load on a real socket with autocannon, on PostgreSQL, as ratios against a bare Fastify route and the start
// page measured in the same run (issue 18): a wizard step (GET + POST with CSRF) at 50 connections, full
// submits at 1/4/16 clients, how long delivery lags behind, and the RSS of the process under load. The app,
// the delivery worker and the load generator share this one process (the RSS is therefore an upper bound).

const SEKUNDEN = Number(process.env.BENCH_SEKUNDEN ?? 10);
const VERBINDUNGEN = 50;
const ABSCHNITT_START = '<!-- bench:last -->';
const ABSCHNITT_ENDE = '<!-- /bench:last -->';

type Lauf = { rps: number; p50: number; p99: number; fehler: number };

async function last(opts: autocannon.Options): Promise<Lauf> {
  const r = await autocannon(opts.amount === undefined ? { duration: SEKUNDEN, ...opts } : opts);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    // Redirects (303 after a post) are answers; 4xx, 5xx, errors and time-outs are not.
    fehler: r.errors + r.timeouts + r['4xx'] + r['5xx'],
  };
}

const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
const schluesselAus = (body: string) => /name="_schluessel" value="([^"]+)"/.exec(body)?.[1] ?? '';
function csrfCookie(headers: Record<string, unknown>): string {
  const roh = headers['set-cookie'];
  const liste = Array.isArray(roh) ? (roh as string[]) : typeof roh === 'string' ? [roh] : [];
  return liste.find((c) => c.startsWith('mr_csrf='))?.split(';')[0] ?? '';
}

/** autocannon's per-connection context, reset before each round of requests. */
const k = (ctx: object) => ctx as Record<string, string>;

let rssSpitze = 0;
const rssTakt = setInterval(() => {
  rssSpitze = Math.max(rssSpitze, process.memoryUsage().rss);
}, 200);

export async function lastBench(): Promise<void> {
  const url = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `mr_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const datenbank = fromPool(new pg.Pool({ connectionString: withDatabase(url, name), max: 10 }), 'postgres');
  await prepareSchema(datenbank.db);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0',
    NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '86400',
  });
  const deps: Deps = {
    config,
    secrets: { sessionSecret: 'b'.repeat(40), dataKey: randomBytes(32) },
    datenbank,
    logger: createLogger('silent'),
    jetzt: () => new Date(),
    bundid: await testBundid(config),
  };
  const app = await createApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const adresse = app.server.address();
  if (adresse === null || typeof adresse === 'string') throw new Error('kein Port');
  const basis = `http://127.0.0.1:${adresse.port}`;
  const t = { app, deps, datenbank, uhr: { jetzt: deps.jetzt } } as unknown as TestApp;

  const nackt = Fastify();
  nackt.get('/', () => ({ hallo: 'welt' }));
  await nackt.listen({ port: 0, host: '127.0.0.1' });
  const nacktAdresse = nackt.server.address();
  if (nacktAdresse === null || typeof nacktAdresse === 'string') throw new Error('kein Port');

  // One citizen with many complete drafts (the wizard's 50 connections take turns over 50 of them).
  const identitaet = eineIdentitaet();
  const repo = antragRepo(datenbank.db, deps.secrets.dataKey);
  const besitzer = repo.besitzerVon(identitaet.pseudonym);
  const alle: Record<string, RohEingabe> = {
    ...(eingaben as Record<string, RohEingabe>),
    'einkommen/antragsteller': eingaben.einkommen,
    'wohnung-sozialamt': { ags: '13003' },
  };
  delete alle.erklaerungen;
  const entwuerfe = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push((await repo.entwurfAnlegen(besitzer, { eingaben: alle, personen: [] }, deps.jetzt())).id);
    return ids;
  };
  await verbindungAnlegen(t, '13003');
  const sitzung = Object.entries(await alsBuerger(t, identitaet))
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const rssRuhe = process.memoryUsage().rss;
  rssSpitze = rssRuhe;

  const bare = await last({ url: `http://127.0.0.1:${nacktAdresse.port}/`, connections: VERBINDUNGEN });
  const start = await last({ url: `${basis}/`, connections: VERBINDUNGEN });

  const schrittEntwuerfe = await entwuerfe(VERBINDUNGEN);
  const mieteBody = (tok: string) =>
    new URLSearchParams([['_csrf', tok], ...formularFelder(eingaben.miete)]).toString();
  let runde = 0;
  const schritt = await last({
    url: basis,
    connections: VERBINDUNGEN,
    requests: [
      {
        method: 'GET',
        setupRequest: (req, ctx) => {
          k(ctx).pfad = `/antrag/${schrittEntwuerfe[runde++ % schrittEntwuerfe.length] ?? ''}/miete`;
          return { ...req, path: k(ctx).pfad, headers: { cookie: sitzung } };
        },
        onResponse: (_status, body, ctx, headers) => {
          k(ctx).token = token(body);
          k(ctx).cookie = csrfCookie(headers ?? {});
        },
      },
      {
        method: 'POST',
        setupRequest: (req, ctx) => ({
          ...req,
          path: k(ctx).pfad,
          headers: {
            cookie: `${sitzung}; ${k(ctx).cookie}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: mieteBody(k(ctx).token ?? ''),
        }),
      },
    ],
  });
  const schrittGepostet = await datenbank.db
    .selectFrom('antrag_entwurf')
    .select('id')
    .where('id', 'in', schrittEntwuerfe)
    .execute();
  if (schrittGepostet.length !== VERBINDUNGEN) throw new Error('Entwürfe verschwunden');

  // Submits: each client takes the next unused draft, fetches the declarations page, posts it.
  const erklaerungen = formularFelder(eingaben.erklaerungen);
  const anzahlAntraege = async () => (await datenbank.db.selectFrom('antrag').select('id').execute()).length;
  let bisher = 0;
  const einreichen = async (clients: number, anzahl: number) => {
    const offen = await entwuerfe(anzahl);
    const vorher = Date.now();
    const lauf = await last({
      url: basis,
      connections: clients,
      amount: anzahl * 2,
      // A submit on a loaded machine may take longer than autocannon's default 10 s; it is not an error.
      timeout: 60,
      requests: [
        {
          method: 'GET',
          setupRequest: (req, ctx) => {
            k(ctx).pfad = `/antrag/${offen.shift() ?? 'keiner'}/erklaerungen`;
            return { ...req, path: k(ctx).pfad, headers: { cookie: sitzung } };
          },
          onResponse: (_status, body, ctx, headers) => {
            k(ctx).token = token(body);
            k(ctx).schluessel = schluesselAus(body);
            k(ctx).cookie = csrfCookie(headers ?? {});
          },
        },
        {
          method: 'POST',
          setupRequest: (req, ctx) => ({
            ...req,
            path: k(ctx).pfad,
            headers: {
              cookie: `${sitzung}; ${k(ctx).cookie}`,
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams([
              ['_csrf', k(ctx).token ?? ''],
              ['_schluessel', k(ctx).schluessel ?? ''],
              ...erklaerungen,
            ]).toString(),
          }),
        },
      ],
    });
    const sekunden = (Date.now() - vorher) / 1000;
    // The last round of some connections may end after the GET: only what was submitted counts.
    const jetzt = await anzahlAntraege();
    const neu = jetzt - bisher;
    bisher = jetzt;
    return { ...lauf, proSekunde: neu / sekunden };
  };

  const worker = zustellWorker({
    ...zustellKontext({ ...deps, internUrl: `${basis}/xta` }),
    intervallMs: 1000,
  });
  worker.start();
  const einzeln = await einreichen(1, 8);
  const vier = await einreichen(4, 24);
  const sechzehn = await einreichen(16, 64);
  const eingereicht = await datenbank.db.selectFrom('antrag').select('id').execute();
  // Delivery: wait until the queue is drained (at most two minutes), then the lag from submit to delivery.
  const ende = Date.now() + 120_000;
  let offen = 1;
  while (Date.now() < ende) {
    offen = Number(
      (
        await datenbank.db
          .selectFrom('zustell_auftrag')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('zugestellt_am', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (offen === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const verzug = (
    await datenbank.db.selectFrom('zustell_auftrag').select(['erstellt_am', 'zugestellt_am']).execute()
  )
    .filter((z) => z.zugestellt_am !== null)
    .map((z) => (z.zugestellt_am?.getTime() ?? 0) - z.erstellt_am.getTime())
    .sort((a, b) => a - b);
  const quantil = (q: number) =>
    (verzug[Math.min(verzug.length - 1, Math.floor(q * verzug.length))] ?? NaN) / 1000;

  await worker.stop();
  clearInterval(rssTakt);
  await app.close();
  await nackt.close();
  await datenbank.close();
  // pool.end() resolves before its sockets are closed; dropping under them would kill them with an error.
  for (let i = 0; i < 100; i++) {
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if ((rows[0]?.n ?? 0) === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await admin.query(`drop database if exists ${name}`);
  await admin.end();

  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const zeile = (name: string, l: Lauf, ziel: string) =>
    `| ${name} | ${l.rps.toFixed(0)} | ${(l.rps / start.rps).toFixed(3)} | ${(l.rps / bare.rps).toFixed(4)} | ${l.p50} ms | ${l.p99} ms | ${l.fehler} | ${ziel} |`;
  const submitZeile = (n: number, l: Awaited<ReturnType<typeof einreichen>>) =>
    `| Einreichen, ${n} Client${n > 1 ? 's' : ''} (GET Erklärungen + POST) | ${l.proSekunde.toFixed(1)} Anträge/s | p50 ${l.p50} ms, p99 ${l.p99} ms | ${l.fehler} |`;
  const text = [
    ABSCHNITT_START,
    '## Last (issue 18): Assistent, Einreichen, Zustellung, Speicher',
    '',
    `Gemessen mit \`npm run bench\` (scripts/bench/last.ts, autocannon, ${SEKUNDEN} s je Lauf) am ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC;`,
    `Maschine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${mb(totalmem())} RAM, Node ${process.version}, PostgreSQL;`,
    `Load average vor dem Lauf ${loadavgVorher.map((l) => l.toFixed(2)).join(' / ')}, danach ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} (andere Prozesse teilen die CPU).`,
    '',
    '| Lauf (50 Verbindungen) | Anfragen/s | × Startseite | × nackte Route | p50 | p99 | Fehler (4xx/5xx) | Ziel |',
    '|---|---|---|---|---|---|---|---|',
    zeile('Nackte Fastify-Route', bare, '–'),
    zeile('Startseite GET /', start, '–'),
    zeile('Assistentenschritt GET + POST (mit CSRF)', schritt, '≥ 0.5 × Startseite, p99 ≤ 50 ms'),
    '',
    '| Einreichen | Durchsatz | Latenz je Anfrage | Fehler (4xx/5xx) |',
    '|---|---|---|---|',
    submitZeile(1, einzeln),
    submitZeile(4, vier),
    submitZeile(16, sechzehn),
    '',
    `Eingereicht: ${eingereicht.length} Anträge (Ziel ≥ 50 Anträge/s). Zustellverzug (Einreichen → zugestellt, eingebautes Postfach): p50 ${quantil(0.5).toFixed(2)} s, p95 ${quantil(0.95).toFixed(2)} s, offen nach dem Warten: ${offen}.`,
    `RSS dieses Prozesses (App + Worker + Lastgenerator): in Ruhe ${mb(rssRuhe)}, Spitze unter Last ${mb(rssSpitze)} (Ziel ≤ 250 MB je Web-Prozess).`,
    ABSCHNITT_ENDE,
    '',
  ].join('\n');
  let doku = '';
  try {
    doku = await readFile('docs/benchmarks.md', 'utf8');
  } catch {
    doku = '# Benchmarks\n';
  }
  const a = doku.indexOf(ABSCHNITT_START);
  const e = doku.indexOf(ABSCHNITT_ENDE);
  doku =
    a !== -1 && e !== -1
      ? doku.slice(0, a) + text + doku.slice(e + ABSCHNITT_ENDE.length + 1)
      : `${doku.trimEnd()}\n\n${text}`;
  await writeFile('docs/benchmarks.md', doku);
  process.stdout.write(`${text}\n`);
}

const loadavgVorher = loadavg();
