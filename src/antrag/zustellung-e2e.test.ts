import { afterAll, beforeAll, expect, test } from 'vitest';
import { browser, pfadFuer } from '../../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import type { RohEingabe } from './schritte/felder.ts';
import { testApp, type TestApp } from '../../test/app.ts';
import { gueltigesPdf } from '../../test/pdf.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { leseNachricht, validiereNachricht } from '../nachricht/index.ts';
import { antragAus as antragAusInhalt } from './inhalt/abbilden.ts';
import { INHALT } from './inhalt/definition.ts';
import { decrypt, decryptJson } from '../shared/verschluesselung.ts';
import { zustellstatus } from '../zustellung/outbox.ts';
import { leseVerbindung } from '../zustellung/verbindung.ts';
import { zustellKontext } from '../zustellung/verbindungstest.ts';
import { zustellWorker } from '../zustellung/worker.ts';
import { xtaClient } from '../zustellung/xta/client.ts';
import { antragRepo } from './antrag-repo.ts';
import { nachrichtFehlerText } from './nachricht-fehler-text.ts';

// Issue 5 end to end: a citizen fills the wizard for a flat in Rostock, uploads a document and submits → the
// application and its xSozial message are stored in one transaction → the delivery worker sends it to the
// built-in XTA mailbox (this app, on a loopback port) → the Rostock reader fetches exactly the queued XML,
// which is schema-valid and carries Antrag.pdf and the upload byte for byte.

let t: TestApp;
let internUrl: string;

beforeAll(async () => {
  t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const adresse = t.app.server.address();
  if (adresse === null || typeof adresse === 'string') throw new Error('kein Port');
  internUrl = `http://127.0.0.1:${adresse.port}/xta`;
});
afterAll(() => t.close());

const basisVon = (key: string) => key.split('/')[0] as EingabeSchritt;
const MIETVERTRAG = gueltigesPdf();

test('a submitted application reaches the Rostock mailbox as a valid xSozial message with its documents', async () => {
  const b = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:test-e2e-zustellung' })));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg) {
    const res = await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
    expect(res.statusCode, `${key}: ${res.body.slice(0, 300)}`).toBe(303);
  }
  const hoch = await b.hochladen(
    `${basis}/unterlagen/mietvertrag`,
    'Mietvertrag Müller.pdf',
    MIETVERTRAG,
    'application/pdf',
  );
  expect(hoch.statusCode, hoch.body.slice(0, 300)).toBe(303);

  const seite = await b.get(`${basis}/erklaerungen`);
  const schluessel = /name="_schluessel" value="([^"]+)"/.exec(seite.body)?.[1] ?? '';
  const res = await b.post(`${basis}/erklaerungen`, { ...eingabe('erklaerungen'), _schluessel: schluessel });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
  const eingangUrl = String(res.headers.location);
  const nummer = eingangUrl.split('/').at(-1) ?? '';

  // Stored: application with Antrag.pdf and message UUID, its file, one queued delivery job.
  const db = t.datenbank.db;
  const antrag = await db
    .selectFrom('antrag')
    .selectAll()
    .where('vorgangsnummer', '=', nummer)
    .executeTakeFirstOrThrow();
  expect(antrag.antrag_pdf).not.toBeNull();
  expect(antrag.nachricht_uuid).toMatch(/^[0-9a-f-]{36}$/);
  const repo = antragRepo(db, t.deps.secrets.dataKey);
  const antragPdf = repo.antragPdf(antrag);
  expect(antragPdf?.subarray(0, 5).toString()).toBe('%PDF-');
  const dateien = await db
    .selectFrom('antrag_datei')
    .selectAll()
    .where('antrag_id', '=', antrag.id)
    .execute();
  expect(dateien).toHaveLength(1);
  const datei = dateien[0]!;
  const dateiInhalt = decrypt(t.deps.secrets.dataKey, datei.inhalt, `antrag-datei:${datei.id}`);
  const dateiMeta = decryptJson<{ dateiname: string }>(
    t.deps.secrets.dataKey,
    datei.meta,
    `antrag-datei-meta:${datei.id}`,
  );
  expect(dateiInhalt.equals(MIETVERTRAG)).toBe(true);
  expect((await zustellstatus(db, antrag.id))?.status).toBe('queued');
  const auftrag = await db
    .selectFrom('zustell_auftrag')
    .select(['nachricht_uuid', 'behoerde_ags', 'dienst_id'])
    .where('bezug', '=', antrag.id)
    .executeTakeFirstOrThrow();
  expect(auftrag).toEqual({
    nachricht_uuid: antrag.nachricht_uuid,
    behoerde_ags: '13003',
    dienst_id: DIENST_MIETRUECKSTAENDE,
  });
  expect((await b.get(eingangUrl)).body).toContain(
    'wird an Hanse- und Universitätsstadt Rostock übermittelt',
  );

  // The real worker delivers through the XTA client to the built-in mailbox.
  const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 50 });
  expect((await worker.einmal()).map((e) => e.status)).toEqual(['delivered']);
  const status = await zustellstatus(db, antrag.id);
  expect(status?.status).toBe('delivered');
  const eingang = await b.get(eingangUrl);
  expect(eingang.body).toMatch(/zugestellt an Hanse- und Universitätsstadt Rostock am \d\d\.\d\d\.\d{4}/i);

  // The Rostock reader fetches the message: exactly the queued XML.
  const v = await leseVerbindung(db, '13003', DIENST_MIETRUECKSTAENDE);
  const amt = { kennung: v!.leserKennung, typ: 'xoev' };
  const client = xtaClient({
    endpunkte: {
      management: `${internUrl}/ManagementPort`,
      senden: `${internUrl}/SendXtaPort`,
      msgBox: `${internUrl}/MsgBoxPort`,
    },
    timeoutMs: 10_000,
  });
  const liste = await client.getStatusList(amt);
  const md = liste.liste.find((m) => m.leser.kennung === v!.leserKennung);
  expect(md).toBeDefined();
  const abgeholt = await client.getMessage(amt, md!.messageId);
  const xmlBytes = abgeholt.container?.nachricht.daten;
  expect(xmlBytes).toBeDefined();
  const gespeichert = await db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', '=', antrag.id)
    .executeTakeFirstOrThrow();
  const { entschluesselteNachricht } = await import('../zustellung/outbox.ts');
  expect(xmlBytes!.equals(entschluesselteNachricht(t.deps.secrets.dataKey, gespeichert))).toBe(true);

  const xml = xmlBytes!.toString('utf8');
  const geprueft = await validiereNachricht(xml);
  expect(geprueft.fehler).toEqual([]);
  expect(geprueft.ok).toBe(true);
  const gelesen = leseNachricht(xml);
  if (!gelesen.ok) throw new Error(gelesen.fehler);
  const n = gelesen.nachricht;
  expect(n.nachrichtenUUID).toBe(antrag.nachricht_uuid);
  expect(n.vorgangsID).toBe(antrag.id);
  expect(n.leser).toEqual({ kennung: v!.leserKennung, name: v!.leserName });
  expect(n.autor.kennung).toBe(t.deps.config.zustellung.autorKennung);
  expect(n.dvdvDienstkennung).toBe(v!.dienstUri);
  expect(n.antragsDatum).toMatch(/^2026-11-29/);
  expect(n.dokumente.map((d) => d.dateiname)).toEqual(['Antrag.pdf', dateiMeta.dateiname]);

  // Every typed value of the wizard is in the structured XML (outside the base64 documents), and reading the
  // message gives back exactly the stored answers (information pages carry none).
  const ohneDokumente = xml.replace(/<xsb:inhalt>[^<]*<\/xsb:inhalt>/g, '');
  const daten = repo.antragDaten(antrag).daten;
  const blaetter = (w: unknown): unknown[] =>
    w !== null && typeof w === 'object' ? Object.values(w).flatMap(blaetter) : [w];
  const werte = blaetter(daten).filter((w) => w !== undefined && w !== '');
  expect(werte.length).toBeGreaterThan(40);
  const maskiere = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const w of werte) {
    // amounts (whole cents) are written as euro with two places (5450 → 54.50), other numbers as they are
    const formen =
      typeof w === 'number' && Number.isSafeInteger(w) ? [String(w), (w / 100).toFixed(2)] : [String(w)];
    expect(
      formen.some((f) => ohneDokumente.includes(`>${maskiere(f)}<`)),
      String(w),
    ).toBe(true);
  }
  const mitAngaben = leseNachricht(xml, INHALT);
  if (!mitAngaben.ok) throw new Error(mitAngaben.fehler);
  const ohneInfoseiten = Object.fromEntries(
    Object.entries(daten).filter(
      ([, w]) => !(typeof w === 'object' && !Array.isArray(w) && Object.keys(w).length === 0),
    ),
  );
  expect(antragAusInhalt(mitAngaben.nachricht.antragsangaben ?? {})).toEqual(ohneInfoseiten);
  expect(n.dokumente[0]!.inhalt.equals(antragPdf!)).toBe(true);
  expect(n.dokumente[1]!.inhalt.equals(dateiInhalt)).toBe(true);
  expect(n.dokumente[1]!.mimeType).toBe('application/pdf');
});

async function absenden(b: ReturnType<typeof browser>, ueberschreiben: Partial<Record<string, RohEingabe>>) {
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg) {
    const res = await b.post(pfadFuer(basis, key), { ...eingabe(basisVon(key)), ...ueberschreiben[key] });
    expect(res.statusCode, `${key}: ${res.body.slice(0, 300)}`).toBe(303);
  }
  const seite = await b.get(`${basis}/erklaerungen`);
  const schluessel = /name="_schluessel" value="([^"]+)"/.exec(seite.body)?.[1] ?? '';
  return {
    basis,
    res: await b.post(`${basis}/erklaerungen`, { ...eingabe('erklaerungen'), _schluessel: schluessel }),
  };
}

async function anzahl(tabelle: 'antrag' | 'zustell_auftrag') {
  const r = await t.datenbank.db
    .selectFrom(tabelle)
    .select((e) => e.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

test('a message error is shown in plain words (whose answer, which field, what)', () => {
  expect(nachrichtFehlerText({ feld: 'dritte[1].bank.bic', meldung: 'Die BIC hat 8 oder 11 Zeichen.' })).toBe(
    'Vermieter oder Vertretung, BIC: Die BIC hat 8 oder 11 Zeichen.',
  );
  expect(nachrichtFehlerText({ feld: 'personen[0].anschrift.plz', meldung: 'x' })).toBe(
    'Antragstellende Person, Postleitzahl: x',
  );
  expect(nachrichtFehlerText({ feld: 'personen[2].vorname', meldung: 'y' })).toBe(
    'Person im Haushalt, Vorname: y',
  );
  expect(nachrichtFehlerText({ feld: 'xsd', meldung: 'z' })).toBe('Antrag: z');
});

test('answers the message could not carry are refused at the field (BIC, characters outside DIN 91379)', async () => {
  const b = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:test-e2e-din' })));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('vermieter'))) {
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  }
  const name = await b.post(
    pfadFuer(basis, 'vermieter'),
    eingabe('vermieter', { name: 'Ωmega Wohnen GmbH' }),
  );
  expect(name.statusCode).toBe(400);
  expect(name.body).toContain('enthält Zeichen, die nicht übermittelt werden können: „Ω“');
  expect(name.body).toContain('Ωmega Wohnen GmbH');
  await b.post(pfadFuer(basis, 'vermieter'), eingabe('vermieter'));
  await b.post(pfadFuer(basis, 'vermieter-kontakt'), eingabe('vermieter-kontakt'));
  const bic = await b.post(pfadFuer(basis, 'vermieter-bank'), eingabe('vermieter-bank', { bic: 'ABC' }));
  expect(bic.statusCode).toBe(400);
});

test('without a delivery connection for the office the submission is refused and nothing is stored', async () => {
  const b = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:test-e2e-ohne-verbindung' })));
  await t.datenbank.db.deleteFrom('zustell_verbindung').where('behoerde_ags', '=', '13003').execute();
  const vorher = [await anzahl('antrag'), await anzahl('zustell_auftrag')];
  const { res } = await absenden(b, {});
  expect(res.statusCode).toBe(503);
  expect(res.body).toContain('kann gerade nicht an das zuständige Amt übermittelt werden');
  expect([await anzahl('antrag'), await anzahl('zustell_auftrag')]).toEqual(vorher);
});
