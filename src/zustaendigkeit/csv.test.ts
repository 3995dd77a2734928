import { createReadStream } from 'node:fs';
import { expect, test } from 'vitest';
import { GEMEINDEN_MV } from '../../test/pfade.ts';
import { CsvFehler, leseCsv, type CsvDatensatz } from './csv.ts';

async function alle(chunks: Iterable<string> | AsyncIterable<string>): Promise<CsvDatensatz[]> {
  const ergebnis: CsvDatensatz[] = [];
  for await (const d of leseCsv(chunks)) ergebnis.push(d);
  return ergebnis;
}

const beispiel =
  '\uFEFFplz,ags,ort,kreis_ags,kreis_name,osm_id\r\n' +
  '18055,13003000,Rostock,13003,"Rostock, Hanse- und Universitätsstadt",62405\r\n' +
  '\r\n' +
  '18059,13072077,"Papen""dorf""",13072,Landkreis Rostock,394343\n' +
  '19053,13004000,"Schwe\nrin",13004,,62685\n' +
  '17033,13071107,Neubrandenburg,13071,"",1\n' +
  ',,,,,';

test('quoted fields with commas, doubled quotes and line breaks; CRLF, BOM and blank lines', async () => {
  const saetze = await alle([beispiel]);
  expect(saetze).toEqual([
    { zeile: 1, felder: ['plz', 'ags', 'ort', 'kreis_ags', 'kreis_name', 'osm_id'] },
    {
      zeile: 2,
      felder: ['18055', '13003000', 'Rostock', '13003', 'Rostock, Hanse- und Universitätsstadt', '62405'],
    },
    { zeile: 4, felder: ['18059', '13072077', 'Papen"dorf"', '13072', 'Landkreis Rostock', '394343'] },
    { zeile: 5, felder: ['19053', '13004000', 'Schwe\nrin', '13004', '', '62685'] },
    { zeile: 7, felder: ['17033', '13071107', 'Neubrandenburg', '13071', '', '1'] },
    { zeile: 8, felder: ['', '', '', '', '', ''] },
  ]);
});

test('the result does not depend on where the chunks are split', async () => {
  const erwartet = await alle([beispiel]);
  for (let i = 0; i <= beispiel.length; i++) {
    expect(await alle([beispiel.slice(0, i), beispiel.slice(i)]), `Schnitt bei ${i}`).toEqual(erwartet);
  }
  expect(await alle(Array.from(beispiel))).toEqual(erwartet);
});

test('broken quoting marks the record, names the problem and keeps the following lines intact', async () => {
  const saetze = await alle(['a,b"c,d\n', '"x"y,z\n', 'ok,1\n', '"offen,2\nweiter']);
  expect(saetze.map((s) => [s.zeile, s.fehler])).toEqual([
    [1, 'Anführungszeichen mitten in einem Feld ohne Anführungszeichen'],
    [2, 'Zeichen nach dem schließenden Anführungszeichen eines Feldes'],
    [3, undefined],
    [4, 'Anführungszeichen wird bis zum Dateiende nicht geschlossen'],
  ]);
  expect(saetze[2]?.felder).toEqual(['ok', '1']);
});

test('a record longer than the limit stops reading with the line number', async () => {
  await expect(alle(['kopf\n', 'gut\n', `"${'x'.repeat(20_000)}`])).rejects.toBeInstanceOf(CsvFehler);
  await expect(alle(['kopf\n', 'gut\n', `"${'x'.repeat(20_000)}`])).rejects.toThrow(/^Zeile 3:/);
});

test('an empty input and a trailing line break give no extra record', async () => {
  expect(await alle([])).toEqual([]);
  expect(await alle(['\n\n'])).toEqual([]);
  expect(await alle(['a,b\n'])).toEqual([{ zeile: 1, felder: ['a', 'b'] }]);
});

test('the shipped M-V file reads as 775 records of six fields', async () => {
  const datei = GEMEINDEN_MV;
  const saetze = await alle(createReadStream(datei, { encoding: 'utf8', highWaterMark: 1024 }));
  expect(saetze).toHaveLength(775);
  expect(saetze.every((s) => s.felder.length === 6 && s.fehler === undefined)).toBe(true);
  expect(saetze.find((s) => s.felder[0] === '18059' && s.felder[1] === '13003000')?.felder[4]).toBe(
    'Rostock, Hanse- und Universitätsstadt',
  );
});
