import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browser } from '../../test/antrag-client.ts';
import { alsBuerger } from '../../test/anmeldung.ts';
import { testApp, type TestApp } from '../../test/app.ts';
import { pdfText, qpdfCheck } from '../../test/pdf.ts';
import { alsPersonal } from '../../test/personal-sitzung.ts';
import { einAntrag } from '../../test/posteingang.ts';
import { qrAusPdf } from '../../test/qr.ts';
import { ERKLAERUNG, KONTOAUSZUG, vermieterBrowser } from '../../test/vermieter.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import { leseNachricht, validiereNachricht } from '../nachricht/index.ts';
import { decryptJson, encryptJson } from '../shared/index.ts';
import { leseVerbindung } from '../zustellung/verbindung.ts';
import { zustellKontext } from '../zustellung/verbindungstest.ts';
import { zustellWorker } from '../zustellung/worker.ts';
import { xtaClient } from '../zustellung/xta/client.ts';

// Issue 16 end to end: submit → the citizen invites the landlord from the status page → the e-mail and the
// letter (QR code) carry the link → the landlord confirms the code sent by e-mail, fills in the declaration
// with the account statement → the follow-up message reaches the built-in mailbox, valid against the project's
// XSDs, referring to the application → the inbox shows the comparison with the differences.

let t: TestApp;
let internUrl: string;
let mailOrdner: string;

beforeAll(async () => {
  mailOrdner = mkdtempSync(path.join(tmpdir(), 'mr-vermieter-'));
  t = await testApp({ env: { DATA_DIR: mailOrdner } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const adresse = t.app.server.address();
  if (adresse === null || typeof adresse === 'string') throw new Error('kein Port');
  internUrl = `http://127.0.0.1:${adresse.port}/xta`;
});
afterAll(async () => {
  await t.close();
  rmSync(mailOrdner, { recursive: true, force: true });
});

/** The newest mail to `an` in the mail folder (quoted-printable undone). */
function letzteMail(an: string): string {
  const ordner = path.join(mailOrdner, 'mails');
  const mails = readdirSync(ordner)
    .sort()
    .map((d) => readFileSync(path.join(ordner, d), 'utf8'))
    .filter((m) => m.includes(`To: ${an}`));
  const mail = mails.at(-1) ?? '';
  return mail
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const EMAIL = 'vermietung@wiro.example';

test('submit → invite → landlord declares with upload → message in the mailbox → comparison in the inbox', async () => {
  const antrag = await einAntrag(t, {
    eingaben: {
      'vermieter-kontakt': {
        ansprechperson: '',
        telefon: '',
        email: EMAIL,
        mieternummer: 'M-4711',
        informiert: 'ja',
      },
    },
  });
  const nr = antrag.vorgangsnummer;
  const buerger = browser(t, await alsBuerger(t));

  // The status page offers the invitation; the citizen invites.
  const status = await buerger.get(`/meine-antraege/${nr}`);
  expect(status.body).toContain('Vermieter einladen');
  const eingeladen = await buerger.post(`/meine-antraege/${nr}/vermieter-einladen`);
  expect(eingeladen.statusCode, eingeladen.body.slice(0, 300)).toBe(200);
  expect(eingeladen.body).toContain(`eine E-Mail an ${EMAIL} geschickt`);
  const link = /(http:\/\/\S+\/vermieter\/[A-Za-z0-9_-]{27})/.exec(letzteMail(EMAIL))?.[1];
  expect(link).toBeDefined();
  const pfad = new URL(link!).pathname;

  // The letter: tagged PDF with the link as text and as a QR code that decodes to it.
  const brief = await buerger.get(`/meine-antraege/${nr}/vermieter-brief.pdf`);
  expect(brief.statusCode).toBe(200);
  const pdf = brief.rawPayload;
  expect(pdfText(pdf).replace(/\s+/g, '')).toContain(link);
  expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
  expect(pdf.toString('latin1')).toContain('/Figure');
  expect(qpdfCheck(pdf).status).toBe(0);
  expect(qrAusPdf(pdf)).toBe(link);

  // The landlord: confirmation code by e-mail first, then the form – empty, without the tenant's figures.
  const v = vermieterBrowser(t);
  const bestaetigung = await v.get(pfad);
  expect(bestaetigung.statusCode).toBe(200);
  expect(bestaetigung.body).toContain('v***@wiro.example');
  expect(bestaetigung.body).not.toContain('name="grundmiete"');
  expect((await v.post(`${pfad}/code-senden`)).statusCode).toBe(303);
  const code = /lautet: (\d{6})/.exec(letzteMail(EMAIL))?.[1];
  expect(code).toBeDefined();
  const falsch = await v.post(`${pfad}/bestaetigen`, { code: code === '000000' ? '111111' : '000000' });
  expect(falsch.statusCode).toBe(400);
  expect(falsch.body).toContain('Der Code ist falsch');
  const richtig = await v.post(`${pfad}/bestaetigen`, { code: code! });
  expect(richtig.statusCode).toBe(303);
  const formular = await v.get(pfad);
  expect(formular.statusCode).toBe(200);
  expect(formular.body).toContain('Erika Mustermann');
  expect(formular.body).toContain('Kröpeliner Straße 12, 18055 Rostock');
  expect(formular.body).not.toMatch(/value="[^"]+"\s[^>]*name="(betrag|monat|grundmiete)/);
  expect(formular.body).not.toContain('1.300,00');
  expect(formular.body).not.toContain('650,00');
  expect(formular.body).not.toContain('value="DE02');

  // The landlord's cookie opens nothing else of the service.
  for (const url of ['/meine-antraege', `/meine-antraege/${nr}`, '/verwaltung/posteingang', '/antrag'])
    expect((await v.get(url)).statusCode, url).not.toBe(200);

  // A form with an error keeps the input and the uploaded file.
  const mitFehler = await v.erklaeren(
    pfad,
    { ...ERKLAERUNG, iban: 'DE00 1234' },
    { name: 'Mietkonto.pdf', inhalt: KONTOAUSZUG },
  );
  expect(mitFehler.statusCode).toBe(400);
  expect(mitFehler.body).toContain('WIRO Wohnen in Rostock');
  expect(mitFehler.body).toContain('Bereits hochgeladen: Mietkonto.pdf');
  const fertig = await v.erklaeren(pfad, ERKLAERUNG);
  expect(fertig.statusCode, fertig.body.slice(0, 300)).toBe(200);
  expect(fertig.body).toContain('Ihre Erklärung ist abgegeben');

  // Single use: the same link now gets the one "not valid" page.
  const nochmal = await v.erklaeren(pfad, ERKLAERUNG);
  expect(nochmal.statusCode).toBe(404);
  expect(nochmal.body).toContain('Dieser Link ist nicht gültig');

  // Delivered through the normal outbox to the built-in mailbox.
  const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 50 });
  const gelaufen = await worker.einmal();
  expect(gelaufen.map((e) => e.status)).toContain('delivered');
  const verbindung = await leseVerbindung(t.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE);
  const amt = { kennung: verbindung!.leserKennung, typ: 'xoev' };
  const client = xtaClient({
    endpunkte: {
      management: `${internUrl}/ManagementPort`,
      senden: `${internUrl}/SendXtaPort`,
      msgBox: `${internUrl}/MsgBoxPort`,
    },
    timeoutMs: 10_000,
  });
  const einladung = await t.datenbank.db
    .selectFrom('vermieter_einladung')
    .selectAll()
    .where('antrag_id', '=', antrag.id)
    .where('eingereicht_am', 'is not', null)
    .executeTakeFirstOrThrow();
  const liste = await client.getStatusList(amt);
  let xml: string | undefined;
  for (const m of liste.liste) {
    const abgeholt = await client.getMessage(amt, m.messageId);
    const text = abgeholt.container?.nachricht.daten.toString('utf8') ?? '';
    if (text.includes(einladung.nachricht_uuid!)) xml = text;
  }
  expect(xml).toBeDefined();
  const geprueft = await validiereNachricht(xml!);
  expect(geprueft.fehler).toEqual([]);
  const gelesen = leseNachricht(xml!);
  if (!gelesen.ok) throw new Error(gelesen.fehler);
  expect(gelesen.nachricht.referenzUUID).toBe(antrag.nachricht_uuid);
  expect(gelesen.nachricht.dokumente.map((d) => d.dateiname)).toContain('Mietkonto.pdf');
  expect(
    gelesen.nachricht.dokumente.find((d) => d.dateiname === 'Mietkonto.pdf')!.inhalt.equals(KONTOAUSZUG),
  ).toBe(true);
  // The declaration is typed data in the message (checked by the XSDs above) and reads back as entered.
  expect(xml).not.toContain('zusatzangabe');
  const erklaerung = gelesen.nachricht.vermieterErklaerung;
  expect(erklaerung?.referenzUUID).toBe(antrag.nachricht_uuid);
  expect(erklaerung?.vorgangsnummer).toBe(nr);
  expect(erklaerung?.rueckstand.monate.map((m) => m.offenCent)).toContain(70000);
  expect(erklaerung?.erklaerende.name).toBe('WIRO Wohnen in Rostock');
  expect(erklaerung?.fortsetzung).toBe(true);

  // The inbox: the declaration beside the tenant's figures, the November difference and the total marked.
  const sb = await alsPersonal(t, {
    benutzerId: 'sb-rostock',
    anzeigename: 'Sven Sachbearbeiter',
    rollen: ['sachbearbeitung'],
    behoerden: ['13003'],
    angemeldetAm: '2026-11-29T09:00:00.000Z',
  });
  const fall = await sb.get(`/verwaltung/posteingang/antrag/${nr}`);
  expect(fall.statusCode, fall.body.slice(0, 300)).toBe(200);
  const seite = fall.body.replace(/\s+/g, ' ');
  expect(seite).toContain('Erklärung des Vermieters');
  expect(seite).toMatch(
    /November 2026<\/th><td>650,00 €<\/td><td>700,00 €<\/td><td><strong>Abweichung: \+50,00 €/,
  );
  expect(seite).toMatch(/Oktober 2026<\/th><td>650,00 €<\/td><td>650,00 €<\/td><td>gleich/);
  expect(seite).toMatch(
    /Summe der Monate<\/th><td>1\.300,00 €<\/td><td>1\.350,00 €<\/td><td><strong>Abweichung: \+50,00 €/,
  );
  expect(seite).toContain('Frist des Vermieters');

  // The office sees the delivered message, not the stored copy: changing the copy changes nothing.
  const kontext = `vermieter-erklaerung:${einladung.id}`;
  const kopie = decryptJson<{ rueckstand: { monate: { offenCent: number }[] } }>(
    t.deps.secrets.dataKey,
    einladung.erklaerung!,
    kontext,
  );
  for (const m of kopie.rueckstand.monate) m.offenCent = 99_900;
  await t.datenbank.db
    .updateTable('vermieter_einladung')
    .set({ erklaerung: encryptJson(t.deps.secrets.dataKey, kopie, kontext) })
    .where('id', '=', einladung.id)
    .execute();
  const fallDanach = (await sb.get(`/verwaltung/posteingang/antrag/${nr}`)).body.replace(/\s+/g, ' ');
  expect(fallDanach).toMatch(/November 2026<\/th><td>650,00 €<\/td><td>700,00 €<\/td>/);
  expect(fallDanach).not.toContain('999,00');

  // The citizen learns that the landlord answered, not what.
  const danach = await buerger.get(`/meine-antraege/${nr}`);
  expect(danach.body).toContain('Ihr Vermieter hat am');
  expect(danach.body).not.toContain('700,00');
  expect(danach.body).not.toContain('Vermieter einladen');
});
