import { expect, test } from 'vitest';
import { baueNachricht } from './bauen.ts';
import { beispielVorgang, BEISPIEL_PDF } from './beispiel.ts';
import { leseNachricht } from './lesen.ts';

function xml(): string {
  const e = baueNachricht(beispielVorgang());
  if (!e.ok) throw new Error('nicht gebaut');
  return e.wert;
}

test('reads the header ids and the documents', () => {
  const g = leseNachricht(xml());
  if (!g.ok) throw new Error(g.fehler);
  expect(g.nachricht).toMatchObject({
    namespace: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0',
    version: '2.4.0',
    test: false,
    nachrichtenUUID: '7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b',
    nachrichtentyp: '1000001',
    leser: { kennung: 'sozialamt:130030000000', name: 'Hansestadt Rostock, Amt für Soziales' },
    vorgangsID: '2ec9b669-87ec-446d-b365-26bc73bfac3f',
    vorgangsTyp: 'PLATZHALTER_VORGANG_MIETSCHULDEN',
  });
  expect(g.nachricht.referenzUUID).toBeUndefined();
  expect(g.nachricht.dokumente).toHaveLength(3);
  expect(g.nachricht.dokumente[0]!.inhalt.equals(BEISPIEL_PDF)).toBe(true);
});

test('another prefix for the same namespace reads the same', () => {
  const anders = xml().replaceAll('xsb:', 'sozial:').replace('xmlns:xsb=', 'xmlns:sozial=');
  const a = leseNachricht(xml());
  const b = leseNachricht(anders);
  expect(b).toEqual(a);
});

test('base64 split over lines (as other producers write it) decodes', () => {
  const b64 = BEISPIEL_PDF.toString('base64');
  const umbrochen = xml().replace(b64, b64.replace(/(.{20})/g, '$1\n'));
  const g = leseNachricht(umbrochen);
  expect(g.ok && g.nachricht.dokumente[0]!.inhalt.equals(BEISPIEL_PDF)).toBe(true);
});

test('refuses what is not such a message', () => {
  expect(leseNachricht('<kaputt')).toMatchObject({ ok: false, fehler: expect.stringMatching(/wohlgeformt/) });
  expect(leseNachricht('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toEqual({
    ok: false,
    fehler: 'DOCTYPE ist nicht erlaubt',
  });
  expect(leseNachricht('<a/>')).toEqual({
    ok: false,
    fehler: 'Wurzelelement vorgang.transportieren.1000001 fehlt',
  });
  expect(leseNachricht(xml().replace('Version_2_4_0"', 'Version_X"'))).toMatchObject({
    ok: false,
    fehler: expect.stringMatching(/Namensraum/),
  });
  expect(leseNachricht(xml().replace(/<nachrichtenUUID>[^<]*<\/nachrichtenUUID>/, ''))).toEqual({
    ok: false,
    fehler: 'Element nachrichtenUUID fehlt',
  });
  expect(leseNachricht(xml().replace('<xsb:inhalt>iVBOR', '<xsb:inhalt>!!iVBOR'))).toEqual({
    ok: false,
    fehler: 'Dokumentinhalt ist kein Base64',
  });
});

test('entities and character references are resolved exactly once', () => {
  const g = leseNachricht(
    xml().replace(
      /<name>Hansestadt Rostock, Amt für Soziales<\/name>/,
      '<name>&amp;amp; &amp;#x41; &#x41;&#66; &lt;&gt;&quot;&apos; &#13;</name>',
    ),
  );
  if (!g.ok) throw new Error(g.fehler);
  expect(g.nachricht.leser.name).toBe('&amp; &#x41; AB <>"\' \r'.trim());
});
