import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { dateinameBereinigen, dateinameFuerTyp } from './dateiname.ts';
import { gueltigesPdf, JPEG_1X1 } from '../../test/pdf.ts';
import { crc32, dateiFehlertext, formatGroesse, pruefeDatei } from './datei-pruefung.ts';

const PDF = gueltigesPdf();
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = JPEG_1X1;

test('PDF, PNG and JPEG are recognised by their content', async () => {
  expect(await pruefeDatei(PDF)).toEqual({ ok: true, mime: 'application/pdf' });
  expect(await pruefeDatei(Buffer.concat([PDF, Buffer.from('\r\n  ')]))).toEqual({
    ok: true,
    mime: 'application/pdf',
  });
  expect(await pruefeDatei(PNG)).toEqual({ ok: true, mime: 'image/png' });
  expect(await pruefeDatei(JPEG)).toEqual({ ok: true, mime: 'image/jpeg' });
  expect(await pruefeDatei(Buffer.concat([JPEG, Buffer.alloc(8)]))).toEqual({ ok: true, mime: 'image/jpeg' });
});

test('anything else is the wrong type, whatever its name', async () => {
  for (const inhalt of [
    Buffer.from('PK\u0003\u0004'),
    Buffer.from('GIF89a'),
    Buffer.from('<html></html>'),
    Buffer.from('{\\rtf1'),
    Buffer.from(' %PDF-1.4'),
  ]) {
    expect(await pruefeDatei(inhalt)).toEqual({ ok: false, grund: 'falscher-typ' });
  }
  expect(await pruefeDatei(Buffer.alloc(0))).toEqual({ ok: false, grund: 'leer' });
});

test('truncated or corrupt files are refused', async () => {
  expect(await pruefeDatei(PDF.subarray(0, 30))).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(await pruefeDatei(JPEG.subarray(0, 40))).toEqual({ ok: false, grund: 'beschaedigt' });
  // A JPEG frame around nothing: start and end markers but no image header.
  expect(
    await pruefeDatei(
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]),
    ),
  ).toEqual({ ok: false, grund: 'beschaedigt' });
  // PNG: broken IHDR CRC, wrong IHDR length, zero width, missing IEND.
  const crc = Buffer.from(PNG);
  crc[29] = (crc[29] ?? 0) ^ 0xff;
  expect(await pruefeDatei(crc)).toEqual({ ok: false, grund: 'beschaedigt' });
  const laenge = Buffer.from(PNG);
  laenge[11] = 12;
  expect(await pruefeDatei(laenge)).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(await pruefeDatei(PNG.subarray(0, PNG.length - 12))).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(await pruefeDatei(PNG.subarray(0, 20))).toEqual({ ok: false, grund: 'beschaedigt' });
});

test('CRC-32 and the messages', () => {
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  expect(dateiFehlertext('falscher-typ', 'a.docx')).toBe(
    'Die Datei „a.docx“ ist kein PDF, JPEG oder PNG. Bitte speichern Sie sie in einem dieser Formate',
  );
  expect(dateiFehlertext('leer', 'a.pdf')).toContain('ist leer');
  expect(dateiFehlertext('beschaedigt', 'a.pdf')).toContain('beschädigt oder unvollständig');
  expect(formatGroesse(10 * 1024 * 1024)).toBe('10 MB');
  expect(formatGroesse(1500)).toBe('1 KB');
});

describe('PDFs are opened with a parser', () => {
  const mitObjekten = (objekte: string) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R${objekte.includes('OpenAction') ? '/OpenAction 4 0 R' : ''}>>endobj ` +
        '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]>>endobj ' +
        `${objekte}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
      'latin1',
    );

  test.each([
    [
      'random bytes behind %PDF',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000), Buffer.from('\n%%EOF')]),
      'beschaedigt',
    ],
    [
      'no pages',
      Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
      'beschaedigt',
    ],
    [
      'JavaScript on opening',
      mitObjekten('4 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj'),
      'aktive-inhalte',
    ],
    ['a launch action', mitObjekten('4 0 obj<</S/Launch/F(calc.exe)>>endobj'), 'aktive-inhalte'],
    [
      'a PDF/HTML polyglot',
      Buffer.concat([gueltigesPdf('<html><body><script>alert(1)</script>')]),
      'aktive-inhalte',
    ],
    [
      'a zip bomb framed as a PDF',
      (() => {
        const bombe = deflateSync(Buffer.alloc(150 * 1024 * 1024));
        return Buffer.concat([
          Buffer.from(`%PDF-1.5\n4 0 obj<</Length ${bombe.length}/Filter/FlateDecode>>stream\n`, 'latin1'),
          bombe,
          Buffer.from('\nendstream endobj\n'),
          gueltigesPdf().subarray(9),
        ]);
      })(),
      'zu-gross-entpackt',
    ],
    [
      'encrypted',
      mitObjekten('5 0 obj<</Filter/Standard/V 1/R 2/O(x)/U(y)/P -4>>endobj')
        .toString('latin1')
        .replace('trailer<<', 'trailer<</Encrypt 5 0 R'),
      'verschluesselt',
    ],
  ])('%s is refused', async (_fall, inhalt, grund) => {
    expect(await pruefeDatei(typeof inhalt === 'string' ? Buffer.from(inhalt, 'latin1') : inhalt)).toEqual({
      ok: false,
      grund,
    });
    expect(dateiFehlertext(grund as 'beschaedigt', 'a.pdf')).toMatch(/^Die Datei „a\.pdf“/);
  });

  test('an ordinary PDF with a compressed content stream passes', async () => {
    const inhalt = deflateSync(Buffer.from('BT /F1 12 Tf 10 10 Td (Hallo) Tj ET'));
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.5\n4 0 obj<</Length ${inhalt.length}/Filter/FlateDecode>>stream\n`, 'latin1'),
      inhalt,
      Buffer.from('\nendstream endobj\n'),
      gueltigesPdf().subarray(9),
    ]);
    expect(await pruefeDatei(pdf)).toEqual({ ok: true, mime: 'application/pdf' });
  });
});

describe('file names', () => {
  test.each([
    ['x.exe', 'application/pdf', 'x.pdf'],
    ['rechnung\u202Efdp.exe', 'application/pdf', 'rechnungfdp.pdf'],
    ['foto.JPEG', 'image/jpeg', 'foto.JPEG'],
    ['scan.pdf.png', 'application/pdf', 'scan.pdf.pdf'],
    ['C:\\Users\\a\\Mietvertrag.pdf', 'application/pdf', 'Mietvertrag.pdf'],
    ['\u0007\u200F.png', 'image/png', 'Datei.png'],
    ['Mieterin Jürgens', 'image/png', 'Mieterin Jürgens.png'],
  ] as const)('%s as %s is stored as %s', (name, typ, erwartet) => {
    expect(dateinameFuerTyp(name, typ)).toBe(erwartet);
  });

  test('decomposed umlauts are composed (NFC), control and direction characters removed', () => {
    expect(dateinameBereinigen('Ju\u0308rgens\u202A\u0000.pdf')).toBe('Jürgens.pdf');
  });
});
