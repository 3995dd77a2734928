import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { fuehreFaelligeUebergaengeAus } from './job.ts';
import {
  fuehreVerbindungstestAus,
  haltTestFest,
  schliesseAnbindungAb,
  speichereVerbindungsdaten,
} from './dienst/anbindung.ts';
import { akzeptiereBedingungen, ladeBedingungenHoch } from './dienst/bedingungen.ts';
import type { Akteur, Paar } from './dienst/grundlagen.ts';
import {
  bestaetigeEingangInteressenbekundung,
  erfasseInteressenbekundung,
} from './dienst/interessenbekundung.ts';
import { setzeProduktiv } from './dienst/produktiv.ts';
import { bestaetigeEmpfang, fuegeUnterlageHinzu, stelleUnterlagenBereit } from './dienst/unterlagen.ts';
import { findNachnutzung } from './nachnutzung-repo.ts';
import { listeUnterlagen } from './repo/unterlagen.ts';
import { findBehoerde } from '../katalog/katalog-repo.ts';
import { standardVerbindung } from '../zustellung/verbindung.ts';
import { freierPort } from '../../test/freier-port.ts';

// Planned go-live through the service functions and the scheduled job.

const koordination: Akteur = { id: 'k', name: 'Karla Koordinatorin', koordination: true };
const amt: Akteur = { id: 'a', name: 'Anna Amt', koordination: false };
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mr-job-'));
  const port = await freierPort();
  t = await testApp({ env: { DATA_DIR: dataDir, XTA_INTERN_URL: `http://127.0.0.1:${port}/xta` } });
  await t.app.listen({ port, host: '127.0.0.1' });
  expect(
    (
      await ladeBedingungenHoch(t.deps, koordination, {
        titel: 'B',
        text: 'Text',
        datei: null,
        dateiname: null,
      })
    ).ok,
  ).toBe(true);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Brings a pair to "Test erfolgreich" through the service layer, checking each step. */
async function bisTestErfolgreich(paar: Paar) {
  const schritte = [
    () =>
      erfasseInteressenbekundung(t.deps, paar, amt, {
        startDatum: '2026-12-01',
        kontaktName: 'Anna Amt',
        kontaktEmail: null,
        kontaktTelefon: null,
        signatur: 'Anna',
      }),
    () => bestaetigeEingangInteressenbekundung(t.deps, paar, koordination),
    () => akzeptiereBedingungen(t.deps, paar, amt, 1),
    () =>
      fuegeUnterlageHinzu(t.deps, paar, koordination, {
        art: 'bestaetigung',
        titel: 'Bestätigung',
        text: 'ok',
        url: null,
        datei: null,
      }),
    () =>
      fuegeUnterlageHinzu(t.deps, paar, koordination, {
        art: 'anbindungsunterlage',
        titel: 'Leitfaden',
        text: null,
        url: 'https://example.de/l.pdf',
        datei: null,
      }),
    () => stelleUnterlagenBereit(t.deps, paar, koordination),
  ];
  for (const s of schritte) expect(await s()).toMatchObject({ ok: true });
  for (const u of await listeUnterlagen(t.deps.datenbank.db, paar.ags, paar.dienstId))
    expect((await bestaetigeEmpfang(t.deps, paar, u.id, amt)).ok).toBe(true);
  expect(
    (
      await speichereVerbindungsdaten(t.deps, paar, amt, {
        transport: standardVerbindung((await findBehoerde(t.deps.datenbank.db, paar.ags))!, paar.dienstId, {
          kennung: t.deps.config.zustellung.autorKennung,
          name: t.deps.config.zustellung.autorName,
        }),
        fachverfahren: 'posteingang',
        comvibilia: false,
      })
    ).ok,
  ).toBe(true);
  expect((await schliesseAnbindungAb(t.deps, paar, amt)).ok).toBe(true);
  expect(await fuehreVerbindungstestAus(t.deps, paar, amt)).toMatchObject({
    ok: true,
    wert: { bestanden: true },
  });
  expect((await haltTestFest(t.deps, paar, amt)).ok).toBe(true);
}

const zustand = async (p: Paar) => findNachnutzung(t.deps.datenbank.db, p.ags, p.dienstId);

test('the office cannot perform coordination steps, even through the service layer', async () => {
  const paar = { ags: '13076', dienstId: DIENST_MIETRUECKSTAENDE };
  await erfasseInteressenbekundung(t.deps, paar, amt, {
    startDatum: '2027-01-01',
    kontaktName: 'A',
    kontaktEmail: null,
    kontaktTelefon: null,
    signatur: 'A',
  });
  expect(await bestaetigeEingangInteressenbekundung(t.deps, paar, amt)).toEqual({
    ok: false,
    fehler: ['„Eingang der Interessenbekundung bestätigen“ kann nur die Land-Koordination ausführen.'],
  });
});

test('a go-live date in the future is planned and switched by the job on that day', async () => {
  const paar = { ags: '13004', dienstId: DIENST_MIETRUECKSTAENDE };
  await bisTestErfolgreich(paar);
  expect(await setzeProduktiv(t.deps, paar, koordination, '2026-12-01')).toMatchObject({
    ok: true,
    wert: { geplant: true },
  });
  expect(await zustand(paar)).toMatchObject({
    zustand: 'test_erfolgreich',
    geplant_produktiv_ab: '2026-12-01',
  });
  t.uhr.setze('2026-11-30T23:59:00+01:00');
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
  t.uhr.setze('2026-12-01T00:00:01+01:00');
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([
    { ags: '13004', dienstId: DIENST_MIETRUECKSTAENDE, von: 'test_erfolgreich', nach: 'produktiv' },
  ]);
  expect(await zustand(paar)).toMatchObject({
    zustand: 'produktiv',
    produktiv_seit: '2026-12-01',
    geplant_produktiv_ab: null,
  });
});

test('a planned go-live that is no longer allowed (new terms) is not executed, recorded once, and dropped', async () => {
  const paar = { ags: '13071', dienstId: DIENST_MIETRUECKSTAENDE };
  await bisTestErfolgreich(paar);
  expect((await setzeProduktiv(t.deps, paar, koordination, '2026-12-10')).ok).toBe(true);
  await ladeBedingungenHoch(t.deps, koordination, { titel: 'B2', text: 'Neu', datei: null, dateiname: null });
  t.uhr.setze('2026-12-10T08:00:00+01:00');
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
  expect(await zustand(paar)).toMatchObject({ zustand: 'test_erfolgreich', geplant_produktiv_ab: null });
  const e = await t.deps.datenbank.db
    .selectFrom('nachnutzung_ereignis')
    .selectAll()
    .where('aktion', '=', 'produktivsetzung_nicht_ausgefuehrt')
    .execute();
  expect(e).toHaveLength(1);
  expect(e[0]?.begruendung).toContain('(Version 2) muss vor der Produktivsetzung akzeptiert werden.');
});

test('planning a go-live checks the preconditions at once', async () => {
  const paar = { ags: '13072', dienstId: DIENST_MIETRUECKSTAENDE };
  expect(await setzeProduktiv(t.deps, paar, koordination, '2027-12-01')).toMatchObject({
    ok: false,
    fehler: [expect.stringContaining('von „Nicht angebunden“ zu „Produktiv“ ist nicht zulässig')],
  });
  expect(await setzeProduktiv(t.deps, paar, amt, '2027-12-01')).toMatchObject({ ok: false });
});
