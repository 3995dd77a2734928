import { execFileSync, spawn } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Start-up of the compiled app (issue 13: cold start on an empty data directory ≤ 5 s, restart ≤ 2 s, PGlite),
// timed from spawn until /health/ready answers 200, as ratios against baselines measured in the same run:
// `node -e ''` (process start) and a bare Fastify server answering the same URL. Appends its own section to
// docs/benchmarks.md.

const wurzel = path.resolve(import.meta.dirname, '../..');

async function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const adresse = server.address();
      server.close(() => {
        if (adresse !== null && typeof adresse === 'object') resolve(adresse.port);
        else reject(new Error('kein Port'));
      });
    });
  });
}

async function bereit(url: string, bis: number): Promise<boolean> {
  while (Date.now() < bis) {
    const antwort = await fetch(url).catch(() => undefined);
    if (antwort?.status === 200) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** Milliseconds from spawn until GET /health/ready answers 200; then SIGTERM and wait for the exit. */
async function starteBisBereit(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freierPort();
  const beginn = performance.now();
  const kind = spawn(process.execPath, args, {
    cwd: wurzel,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const beendet = new Promise<number | null>((resolve) => kind.once('exit', resolve));
  const ok = await bereit(`http://127.0.0.1:${port}/health/ready`, Date.now() + 120_000);
  const ms = performance.now() - beginn;
  kind.kill('SIGTERM');
  const code = await beendet;
  if (!ok) throw new Error(`${args.join(' ')} wurde nicht bereit`);
  if (code !== 0) throw new Error(`${args.join(' ')} endete nach SIGTERM mit ${String(code)}`);
  return ms;
}

function nodeLeer(): number {
  const beginn = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  return performance.now() - beginn;
}

const FASTIFY_BASIS = `import Fastify from 'fastify';
const app = Fastify();
app.get('/health/ready', async () => ({ ok: true }));
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });`;

const median = (werte: number[]) => [...werte].sort((a, b) => a - b)[Math.floor(werte.length / 2)] ?? NaN;

export async function benchStart(runden = 3): Promise<string> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: wurzel, stdio: ['ignore', 'ignore', 'inherit'] });
  const leer: number[] = [];
  const fastify: number[] = [];
  const kalt: number[] = [];
  const neustart: number[] = [];
  for (let i = 0; i < runden; i++) {
    leer.push(nodeLeer());
    fastify.push(await starteBisBereit(['--input-type=module', '-e', FASTIFY_BASIS], {}));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-start-'));
    try {
      const env = { DATA_DIR: dataDir };
      kalt.push(await starteBisBereit(['dist/main.js'], env));
      neustart.push(await starteBisBereit(['dist/main.js'], env));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const zeile = (name: string, wert: number, basisName: string, basis: number) =>
    `| ${name} | ${ms(wert)} | ${basisName}: ${ms(basis)} | ${(wert / basis).toFixed(1)} × |`;
  const l = median(leer);
  const f = median(fastify);
  const text = [
    '',
    '## Start (kompiliert, `node dist/main.js`)',
    '',
    `Median aus ${runden} Läufen (Node ${process.version}, eingebettetes PGlite, leeres bzw. vorhandenes DATA_DIR); gemessen`,
    'vom Prozessstart bis `/health/ready` mit 200 antwortet. Ziel (Issue 13): Kaltstart ≤ 5 s, Neustart ≤ 2 s.',
    '',
    '| Messung | Zeit | Basis | Verhältnis |',
    '|---|---|---|---|',
    zeile('Kaltstart, leeres Datenverzeichnis', median(kalt), '`node -e ""`', l),
    zeile('Kaltstart, leeres Datenverzeichnis', median(kalt), 'nacktes Fastify', f),
    zeile('Neustart, vorhandenes Datenverzeichnis', median(neustart), '`node -e ""`', l),
    zeile('Neustart, vorhandenes Datenverzeichnis', median(neustart), 'nacktes Fastify', f),
    '',
    `Einzelwerte: Kaltstart ${kalt.map(ms).join(', ')}; Neustart ${neustart.map(ms).join(', ')}.`,
    '',
  ].join('\n');
  await appendFile(path.join(wurzel, 'docs/benchmarks.md'), text);
  process.stdout.write(text);
  return text;
}

if (process.argv[1] === import.meta.filename) await benchStart();
