import { describe, expect, test } from 'vitest';
import { testCa } from '../../test/zertifikate.ts';
import { pruefeVerbindung, type VerbindungsEingabe } from './verbindung.ts';

const ca = testCa();
const client = ca.ausstellen('Online-Dienst Mietrückstände');
const anderer = ca.ausstellen('Jemand anderes');
const abgelaufen = ca.ausstellen('Alt', {
  von: new Date('2024-01-01T00:00:00Z'),
  bis: new Date('2026-06-30T00:00:00Z'),
});
const jetzt = new Date('2026-11-29T10:00:00+01:00');

function xta(overrides: Partial<VerbindungsEingabe> = {}): VerbindungsEingabe {
  return {
    transport: 'xta',
    xtaUrl: 'https://xta.schwerin.example/MB_XTA-WS/XTA210msgBoxPort.svc',
    clientZertifikat: client.zertifikat,
    clientSchluessel: client.schluessel,
    dvdvKennung: 'psw:01003110',
    leserName: 'Landeshauptstadt Schwerin, Fachdienst Soziales',
    dienstUri: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/XSoz240-MIE-BEA-SOP2MIE.wsdl',
    xsozialVersion: '2.4.0',
    fachverfahren: 'prosoz',
    comvibilia: false,
    ...overrides,
  };
}
const postfach = (overrides: Partial<VerbindungsEingabe> = {}) =>
  xta({
    transport: 'postfach',
    xtaUrl: '',
    clientZertifikat: '',
    clientSchluessel: '',
    dvdvKennung: '',
    leserName: '',
    dienstUri: '',
    fachverfahren: 'posteingang',
    ...overrides,
  });

test('a complete XTA connection with a matching, valid certificate passes', () => {
  const e = pruefeVerbindung(xta(), jetzt);
  expect(e.ok).toBe(true);
  if (e.ok) {
    expect(e.werte).toMatchObject({
      transport: 'xta',
      dvdv_kennung: 'psw:01003110',
      fachverfahren: 'prosoz',
    });
    expect(e.werte.client_schluessel).toContain('PRIVATE KEY');
  }
});

test('the built-in mailbox with the built-in inbox needs no further parameters', () => {
  const e = pruefeVerbindung(postfach(), jetzt);
  expect(e).toMatchObject({
    ok: true,
    werte: { transport: 'postfach', xta_url: null, client_zertifikat: null },
  });
});

test('an empty key on a later save keeps the stored key, which must still match', () => {
  expect(pruefeVerbindung(xta({ clientSchluessel: '' }), jetzt, client.schluessel)).toMatchObject({
    ok: true,
    werte: { client_schluessel: null },
  });
  expect(pruefeVerbindung(xta({ clientSchluessel: '' }), jetzt, anderer.schluessel)).toMatchObject({
    ok: false,
    fehler: { clientSchluessel: 'Der private Schlüssel passt nicht zum Client-Zertifikat.' },
  });
});

describe('refusals, each at its field', () => {
  const faelle: [string, VerbindungsEingabe, string, RegExp][] = [
    [
      'Lämmerzahl without ComVibilia',
      xta({ fachverfahren: 'laemmerzahl' }),
      'comvibilia',
      /nur über Governikus ComVibilia/,
    ],
    [
      'built-in inbox over XTA',
      xta({ fachverfahren: 'posteingang' }),
      'fachverfahren',
      /eingebaute Posteingang liest aus dem eingebauten Postfach/,
    ],
    ['no transport', xta({ transport: '' }), 'transport', /Zustellweg/],
    ['unknown case-management system', xta({ fachverfahren: 'akte' }), 'fachverfahren', /Fachverfahren/],
    ['unknown xSozial version', xta({ xsozialVersion: '9.9' }), 'xsozialVersion', /xSozial-basis-Version/],
    ['http instead of https', xta({ xtaUrl: 'http://xta.example' }), 'xtaUrl', /https:\/\//],
    ['no certificate', xta({ clientZertifikat: '' }), 'clientZertifikat', /PEM-Format/],
    [
      'garbage certificate',
      xta({ clientZertifikat: '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----' }),
      'clientZertifikat',
      /kein gültiges Zertifikat/,
    ],
    [
      'expired certificate',
      xta({ clientZertifikat: abgelaufen.zertifikat, clientSchluessel: abgelaufen.schluessel }),
      'clientZertifikat',
      /abgelaufen/,
    ],
    [
      'key of another certificate',
      xta({ clientSchluessel: anderer.schluessel }),
      'clientSchluessel',
      /passt nicht/,
    ],
    ['garbage key', xta({ clientSchluessel: 'geheim' }), 'clientSchluessel', /kein gültiger/],
    ['DVDV identifier without prefix', xta({ dvdvKennung: '01003110' }), 'dvdvKennung', /psw:01003110/],
    ['no reader name', xta({ leserName: ' ' }), 'leserName', /Namen des Lesers/],
    ['service URI missing for XTA', xta({ dienstUri: '' }), 'dienstUri', /Dienste-URI/],
    ['service URI not a URI', postfach({ dienstUri: 'Mietschulden' }), 'dienstUri', /https:\/\/ oder urn:/],
  ];
  test.each(faelle)('%s', (_name, eingabe, feld, meldung) => {
    const e = pruefeVerbindung(eingabe, jetzt);
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.fehler[feld as keyof typeof e.fehler]).toMatch(meldung);
  });
});

test('Lämmerzahl via ComVibilia passes; the ComVibilia flag is dropped for other systems', () => {
  expect(pruefeVerbindung(xta({ fachverfahren: 'laemmerzahl', comvibilia: true }), jetzt)).toMatchObject({
    ok: true,
    werte: { comvibilia: true },
  });
  expect(pruefeVerbindung(xta({ comvibilia: true }), jetzt)).toMatchObject({
    ok: true,
    werte: { comvibilia: false },
  });
  expect(pruefeVerbindung(postfach({ dienstUri: 'urn:de:xta:mietrueckstaende' }), jetzt).ok).toBe(true);
});
