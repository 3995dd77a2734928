import { expect, test } from 'vitest';
import { crc32, dateiFehlertext, formatGroesse, pruefeDatei } from './datei-pruefung.ts';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.alloc(64, 7),
  Buffer.from([0xff, 0xd9]),
]);

test('PDF, PNG and JPEG are recognised by their content', () => {
  expect(pruefeDatei(PDF)).toEqual({ ok: true, mime: 'application/pdf' });
  expect(pruefeDatei(Buffer.concat([PDF, Buffer.from('\r\n  ')]))).toEqual({
    ok: true,
    mime: 'application/pdf',
  });
  expect(pruefeDatei(PNG)).toEqual({ ok: true, mime: 'image/png' });
  expect(pruefeDatei(JPEG)).toEqual({ ok: true, mime: 'image/jpeg' });
  expect(pruefeDatei(Buffer.concat([JPEG, Buffer.alloc(8)]))).toEqual({ ok: true, mime: 'image/jpeg' });
});

test('anything else is the wrong type, whatever its name', () => {
  for (const inhalt of [
    Buffer.from('PK\u0003\u0004'),
    Buffer.from('GIF89a'),
    Buffer.from('<html></html>'),
    Buffer.from('{\\rtf1'),
    Buffer.from(' %PDF-1.4'),
  ]) {
    expect(pruefeDatei(inhalt)).toEqual({ ok: false, grund: 'falscher-typ' });
  }
  expect(pruefeDatei(Buffer.alloc(0))).toEqual({ ok: false, grund: 'leer' });
});

test('truncated or corrupt files are refused', () => {
  expect(pruefeDatei(PDF.subarray(0, 30))).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(pruefeDatei(JPEG.subarray(0, 40))).toEqual({ ok: false, grund: 'beschaedigt' });
  // PNG: broken IHDR CRC, wrong IHDR length, zero width, missing IEND.
  const crc = Buffer.from(PNG);
  crc[29] = (crc[29] ?? 0) ^ 0xff;
  expect(pruefeDatei(crc)).toEqual({ ok: false, grund: 'beschaedigt' });
  const laenge = Buffer.from(PNG);
  laenge[11] = 12;
  expect(pruefeDatei(laenge)).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(pruefeDatei(PNG.subarray(0, PNG.length - 12))).toEqual({ ok: false, grund: 'beschaedigt' });
  expect(pruefeDatei(PNG.subarray(0, 20))).toEqual({ ok: false, grund: 'beschaedigt' });
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
