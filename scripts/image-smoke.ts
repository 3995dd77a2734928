import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../test/antrag-eingaben.ts';
import { formularFelder, pfadFuer } from '../test/antrag-client.ts';

// Smoke test of a running server over real HTTP (scripts/test-image.sh runs it against the container): sign in
// through the built-in BundID stand-in, answer the shortest path of the wizard as test/antrag-client.ts does
// with inject, submit, and read the receipt. Prints the application's reference; exits 1 on any deviation.

const basisUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
const cookies = new Map<string, string>();

type Antwort = { status: number; ort: string | undefined; text: string; url: string };
type Senden = { method?: string; body?: URLSearchParams };

async function anfrage(url: string, init: Senden = {}): Promise<Antwort> {
  const ziel = new URL(url, basisUrl);
  const res = await fetch(ziel, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(init.body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(init.body === undefined ? {} : { body: init.body.toString() }),
  });
  for (const c of res.headers.getSetCookie()) {
    const [paar = ''] = c.split(';');
    const i = paar.indexOf('=');
    cookies.set(paar.slice(0, i), paar.slice(i + 1));
  }
  const ort = res.headers.get('location') ?? undefined;
  return { status: res.status, ort, text: await res.text(), url: ziel.href };
}

/** GET or POST, then follow redirects (303 → GET) like a browser. */
async function folge(url: string, init: Senden = {}): Promise<Antwort> {
  let a = await anfrage(url, init);
  for (let i = 0; i < 10 && a.status >= 300 && a.status < 400 && a.ort !== undefined; i++)
    a = await anfrage(new URL(a.ort, a.url).href);
  return a;
}

const entity = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The first POST form whose action matches, with its hidden fields. */
function formular(html: string, aktion: RegExp): { action: string; felder: [string, string][] } {
  for (const [, attribute = '', inhalt = ''] of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = entity(/action="([^"]*)"/.exec(attribute)?.[1] ?? '');
    if (!aktion.test(action)) continue;
    const felder: [string, string][] = [];
    for (const [input = ''] of inhalt.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]*)"/.exec(input)?.[1];
      if (name !== undefined) felder.push([name, entity(/value="([^"]*)"/.exec(input)?.[1] ?? '')]);
    }
    return { action, felder };
  }
  throw new Error(`Kein Formular mit action ${String(aktion)}`);
}

function pruefe(bedingung: boolean, meldung: string, a: Antwort): asserts bedingung {
  if (!bedingung) throw new Error(`${meldung} (${a.status} ${a.url}): ${a.text.slice(0, 400)}`);
}

async function sende(seite: Antwort, aktion: RegExp, felder: [string, string][] = []): Promise<Antwort> {
  const f = formular(seite.text, aktion);
  const namen = new Set(felder.map(([name]) => name));
  return folge(new URL(f.action, seite.url).href, {
    method: 'POST',
    body: new URLSearchParams([...f.felder.filter(([name]) => !namen.has(name)), ...felder]),
  });
}

// 1. Sign-in through the stand-in: our AuthnRequest → person chooser → signed answer → back to /antrag.
const anmeldung = await folge('/anmelden?ziel=/antrag');
pruefe(anmeldung.status === 200, 'Anmeldeseite', anmeldung);
const auswahl = await sende(anmeldung, /bundid-testidp\/sso$/);
const persona = /name="persona"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="persona"/.exec(auswahl.text);
pruefe(persona !== null, 'Personenauswahl', auswahl);
const zurueck = await sende(auswahl, /bundid-testidp\/anmelden$/, [
  ['persona', persona[1] ?? persona[2] ?? ''],
  ['aktion', 'anmelden'],
]);
const antrag = await sende(zurueck, /./);
pruefe(antrag.status === 200 && new URL(antrag.url).pathname === '/antrag', 'Zurück zum Antrag', antrag);

// 2. A new draft and the shortest path, step by step.
const entwurf = await sende(antrag, /\/antrag\/neu$/);
const basis = new URL(entwurf.url).pathname;
pruefe(/^\/antrag\/[0-9a-f]{16}$/.test(basis), 'Neuer Entwurf', entwurf);
let seite = entwurf;
for (const key of kuerzesterWeg) {
  const schritt: EingabeSchritt = key === 'einkommen/antragsteller' ? 'einkommen' : key;
  const pfad = pfadFuer(basis, key);
  seite = await sende(await folge(pfad), new RegExp(`^${pfad}$`), formularFelder(eingabe(schritt)));
  pruefe(!seite.text.includes('id="fehlerzusammenfassung"'), `Schritt ${key}`, seite);
}
pruefe(new URL(seite.url).pathname === `${basis}/pruefen`, 'Prüfseite', seite);

// 3. Declarations and submit, then the receipt.
const erklaerungen = await folge(`${basis}/erklaerungen`);
const felder = formularFelder(eingabe('erklaerungen'));
const quittung = await sende(erklaerungen, new RegExp(`^${basis}/erklaerungen$`), felder);
const aktenzeichen = /MR-\d{4}-[2-9A-Z]{6}/.exec(new URL(quittung.url).pathname)?.[0];
pruefe(
  aktenzeichen !== undefined && quittung.text.includes('Ihr Antrag ist eingegangen'),
  'Quittung',
  quittung,
);
process.stdout.write(`Antrag eingereicht: ${aktenzeichen}\n`);
