import { expect, test } from 'vitest';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { PLATZHALTER, standardVerbindung, type Verbindung } from '../zustellung/verbindung.ts';
import type { NachnutzungVerbindung } from './nachnutzung-tables.ts';
import {
  anbindungsFehler,
  pruefeFachverfahren,
  transportEingabe,
  verbindungsStand,
  xsozialVersionen,
} from './verbindung.ts';

const basis = standardVerbindung(
  { ags: '13004', ars: '130040000000', name: 'Landeshauptstadt Schwerin', amt: 'Fachdienst Soziales' },
  DIENST_MIETRUECKSTAENDE,
  { kennung: 'efa:130000000001', name: 'Onlinedienst' },
);

test('the case-management system: Lämmerzahl only via ComVibilia, the built-in inbox only on the built-in mailbox', () => {
  expect(pruefeFachverfahren({ fachverfahren: 'prosoz', comvibilia: false }, 'xta')).toEqual({
    ok: true,
    werte: { fachverfahren: 'prosoz', comvibilia: false },
  });
  expect(pruefeFachverfahren({ fachverfahren: 'laemmerzahl', comvibilia: false }, 'xta')).toEqual({
    ok: false,
    fehler: {
      comvibilia:
        'Lämmerzahl kann nur über Governikus ComVibilia angebunden werden. Bitte bestätigen Sie die Anbindung über ComVibilia oder wählen Sie ein anderes Fachverfahren.',
    },
  });
  expect(pruefeFachverfahren({ fachverfahren: 'laemmerzahl', comvibilia: true }, 'xta')).toMatchObject({
    ok: true,
    werte: { comvibilia: true },
  });
  expect(pruefeFachverfahren({ fachverfahren: 'posteingang', comvibilia: false }, 'xta')).toMatchObject({
    ok: false,
    fehler: { fachverfahren: expect.stringContaining('liest aus dem eingebauten XTA-Postfach') },
  });
  expect(pruefeFachverfahren({ fachverfahren: 'posteingang', comvibilia: true }, 'intern')).toEqual({
    ok: true,
    werte: { fachverfahren: 'posteingang', comvibilia: false },
  });
  expect(pruefeFachverfahren({ fachverfahren: '', comvibilia: false }, 'intern')).toMatchObject({
    ok: false,
    fehler: { fachverfahren: 'Bitte wählen Sie das Fachverfahren.' },
  });
});

const transport = (o: Partial<Verbindung> = {}): Verbindung => ({
  behoerdeAgs: '13004',
  dienstId: DIENST_MIETRUECKSTAENDE,
  transport: 'xta',
  endpunktManagement: 'https://xta.example/ManagementPort',
  endpunktSenden: 'https://xta.example/SendXtaPort',
  clientZertifikat: 'PEM',
  hatClientSchluessel: true,
  zertifikatGueltigBis: '2027-06-30T00:00:00.000Z',
  caZertifikate: null,
  kennungTyp: 'xoev',
  leserKennung: 'psw:01003110',
  leserName: 'Schwerin',
  autorKennung: 'efa:1',
  autorName: 'Dienst',
  dienstUri: PLATZHALTER.dienstUri,
  xsozialVersion: '2.4.0',
  businessScenarioCode: 'X',
  businessScenarioListUri: null,
  businessScenarioListVersion: null,
  nachrichtentypCode: '1000001',
  nachrichtentypListUri: 'urn:x',
  nachrichtentypListVersion: '1',
  nachrichtentypPayloadSchema: 'urn:y',
  aktualisiertAm: new Date('2026-11-29T09:00:00Z'),
  ...o,
});
const fv = (o: Partial<NachnutzungVerbindung> = {}): NachnutzungVerbindung => ({
  behoerde_ags: '13004',
  dienst_id: DIENST_MIETRUECKSTAENDE,
  fachverfahren: 'prosoz',
  comvibilia: false,
  geaendert_von_name: 'x',
  geaendert_am: new Date('2026-11-29T09:30:00Z'),
  ...o,
});

test('a connection is complete with both halves, and invalid once its client certificate has expired', () => {
  const jetzt = new Date('2026-11-29T10:00:00Z');
  expect(anbindungsFehler(undefined, fv(), jetzt)).toBeNull();
  expect(anbindungsFehler(transport(), undefined, jetzt)).toBeNull();
  expect(anbindungsFehler(transport(), fv(), jetzt)).toEqual([]);
  expect(anbindungsFehler(transport(), fv(), new Date('2027-07-01T00:00:00Z'))).toEqual([
    'Das Clientzertifikat ist abgelaufen.',
  ]);
  expect(anbindungsFehler(transport(), fv({ fachverfahren: 'posteingang' }), jetzt)?.[0]).toContain(
    'eingebaute Posteingang',
  );
});

test('the state of a connection changes with either half', () => {
  const stand = verbindungsStand(transport(), fv());
  expect(stand).toBe('2026-11-29T09:00:00.000Z|2026-11-29T09:30:00.000Z');
  expect(verbindungsStand(transport({ aktualisiertAm: new Date('2026-11-29T08:00:00Z') }), fv())).not.toBe(
    stand,
  );
  expect(verbindungsStand(transport(), fv({ geaendert_am: new Date('2026-11-29T09:31:00Z') }))).not.toBe(
    stand,
  );
  expect(verbindungsStand(undefined, fv())).toBeNull();
});

test('the form lays its fields over the stored connection; an empty key keeps the stored one', () => {
  const e = transportEingabe(basis, {
    transport: 'xta',
    endpunktManagement: ' https://xta.schwerin.example/ManagementPort ',
    endpunktSenden: 'https://xta.schwerin.example/SendXtaPort',
    clientSchluessel: '',
    leserKennung: 'psw:01003110',
    leserName: 'Fachdienst Soziales',
    dienstUri: PLATZHALTER.dienstUri,
    xsozialVersion: '2.2.0',
  });
  expect(e).toMatchObject({
    transport: 'xta',
    endpunktManagement: 'https://xta.schwerin.example/ManagementPort',
    clientSchluessel: undefined,
    autorKennung: 'efa:130000000001',
    xsozialVersion: '2.2.0',
    // The placeholder namespace follows the chosen version.
    nachrichtentypPayloadSchema: PLATZHALTER.payloadSchema('2.2.0'),
  });
  expect(xsozialVersionen).toEqual(['2.4.0', '2.2.0']);
});
