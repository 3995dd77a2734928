import { describe, expect, test } from 'vitest';
import {
  pdfInfo,
  pdfObjekte,
  pdfSchriften,
  pdfSeitenTexte,
  pdfText,
  pdfTextEinzeilig,
  qpdfCheck,
  xmlFehler,
} from '../../test/pdf.ts';
import { renderAnschreibenPdf, renderAntragPdf, renderEingangsbestaetigungPdf, vorwaermen } from './index.ts';
import { baueAntragPdfEingabe, baueBehoerde, baueEingangsbestaetigungEingabe } from './testdaten.ts';
import type { AntragPdfEingabe } from './typen.ts';

const einzeilig = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every PDF we produce must pass these: PDF/A-2a identification, tagged, fonts embedded, structurally clean. */
function pruefePdfA(pdf: Buffer): { strukturtypen: Set<string>; metadaten: string } {
  expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  expect(qpdfCheck(pdf).status).toBe(0);

  const { katalog, dict, objekt, streamDaten } = pdfObjekte(pdf);
  expect(katalog['/Lang']).toBe('u:de-DE');
  expect(dict(katalog['/MarkInfo'])['/Marked']).toBe(true);
  expect(dict(katalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
  expect(katalog['/OutputIntents']).toBeDefined();

  const metadaten = streamDaten(katalog['/Metadata']).toString('utf8');
  expect(metadaten).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(metadaten).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  expect(xmlFehler(metadaten)).toBeNull();

  // Walk the structure tree from /StructTreeRoot.
  const wurzel = dict(katalog['/StructTreeRoot']);
  const strukturtypen = new Set<string>();
  const besuche = (k: unknown): void => {
    if (Array.isArray(k)) {
      k.forEach(besuche);
      return;
    }
    if (typeof k !== 'string' || !k.endsWith(' R')) return;
    const o = objekt(k);
    const d = o.value;
    if (d === null || typeof d !== 'object' || Array.isArray(d) || typeof d['/S'] !== 'string') return;
    strukturtypen.add(d['/S'].slice(1));
    if (d['/S'] === '/TH') expect(dict(d['/A'])['/O']).toBe('/Table');
    besuche(d['/K']);
  };
  besuche(wurzel['/K']);

  // Everything on the pages is either tagged content or an artifact: no text or painting outside BDC … EMC.
  const seiten = dict(katalog['/Pages'])['/Kids'] as string[];
  for (const seite of seiten) {
    const inhalt = dict(seite)['/Contents'];
    const referenzen = Array.isArray(inhalt) ? inhalt : [inhalt];
    const zeilen = referenzen.flatMap((r) =>
      streamDaten(r as string)
        .toString('latin1')
        .split('\n'),
    );
    let tiefe = 0;
    for (const zeile of zeilen) {
      const z = zeile.trim();
      if (/\b(BDC|BMC)$/.test(z)) tiefe++;
      else if (z === 'EMC') tiefe--;
      else if (z === 'BT' || /^(S|f|f\*|B|b)$/.test(z))
        expect(tiefe, `"${z}" ohne Markierung`).toBeGreaterThan(0);
    }
    expect(tiefe).toBe(0);
  }

  const schriften = pdfSchriften(pdf);
  expect(schriften.length).toBeGreaterThan(0);
  for (const s of schriften) expect(s).toMatchObject({ eingebettet: true, teilmenge: true, unicode: true });
  return { strukturtypen, metadaten };
}

describe('Antrag.pdf', () => {
  test('contains every label and value of every section, with umlauts, ß and €', async () => {
    const eingabe = baueAntragPdfEingabe();
    const text = einzeilig(pdfText(await renderAntragPdf(eingabe)));
    for (const abschnitt of eingabe.zusammenfassung.abschnitte) {
      expect(text).toContain(abschnitt.titel);
      const felder = [...abschnitt.felder, ...(abschnitt.gruppen ?? []).flatMap((g) => g.felder)];
      for (const g of abschnitt.gruppen ?? []) expect(text).toContain(g.titel);
      for (const f of felder) {
        expect(text).toContain(einzeilig(f.label));
        expect(text).toContain(einzeilig(f.wert));
      }
    }
    expect(text).toContain('Größmann-Öztürk');
    expect(text).toContain('St.-Georg-Straße 109');
    expect(text).toContain('2.269,50 €');
  });

  test('cover block: transaction number, time in Europe/Berlin, office, applicant, urgent marker', async () => {
    const pdf = await renderAntragPdf(baueAntragPdfEingabe());
    const erste = einzeilig(pdfSeitenTexte(pdf)[0] ?? '');
    expect(erste).toContain('Antrag auf Übernahme von Mietrückständen');
    expect(erste).toContain('EILT: Schonfrist endet am 04.01.2027');
    expect(erste).not.toContain('(vorläufig)');
    expect(erste).toContain('Vorgangsnummer MR-2026-4K7P-Q9XD');
    expect(erste).toContain('Eingegangen am 29.11.2026 um 14:05:09 Uhr (MEZ)');
    expect(erste).toContain(
      'Hanse- und Universitätsstadt Rostock Amt für Soziales und Teilhabe, Abteilung Sozialhilfe St.-Georg-Straße 109 18055 Rostock',
    );
    expect(erste).toContain('Antragstellende Person Jürgen Größmann-Öztürk');
  });

  test('urgent marker: provisional, passed, or absent without Schonfrist; summer time is MESZ', async () => {
    const vorlaeufig = pdfTextEinzeilig(
      await renderAntragPdf(baueAntragPdfEingabe({ schonfrist: { ende: '2027-01-04', vorlaeufig: true } })),
    );
    expect(vorlaeufig).toContain('EILT: Schonfrist endet am 04.01.2027 (vorläufig)');

    const vorbei = pdfTextEinzeilig(
      await renderAntragPdf(baueAntragPdfEingabe({ schonfrist: { ende: '2026-11-28', vorlaeufig: false } })),
    );
    expect(vorbei).toContain('EILT: Schonfrist endete am 28.11.2026');

    const ohne = pdfTextEinzeilig(
      await renderAntragPdf(
        baueAntragPdfEingabe({ schonfrist: null, eingereichtAm: new Date('2026-07-01T21:59:58Z') }),
      ),
    );
    expect(ohne).not.toContain('EILT');
    expect(ohne).toContain('01.07.2026 um 23:59:58 Uhr (MESZ)');
  });

  test('attached and missing documents are listed', async () => {
    const text = pdfTextEinzeilig(await renderAntragPdf(baueAntragPdfEingabe()));
    expect(text).toContain('Beigefügte Nachweise');
    expect(text).toContain('Mietvertrag mietvertrag.pdf (793 KB)');
    expect(text).toContain('Kündigungsschreiben kuendigung.jpg (2,4 MB)');
    expect(text).toContain('Noch fehlende Nachweise');
    expect(text).toContain('Räumungsklage mit Zustellungsnachweis');
    expect(text).toContain('Kontoauszüge der letzten 3 Monate – bitte innerhalb von 2 Wochen nachreichen');

    const leer = pdfTextEinzeilig(
      await renderAntragPdf(baueAntragPdfEingabe({ anlagen: [], fehlendeNachweise: [] })),
    );
    expect(leer).toContain('Es wurden keine Nachweise beigefügt.');
    expect(leer).toContain('Es fehlen keine Nachweise.');
  });

  test('empty sections, groups and values are rendered as such', async () => {
    const pdf = await renderAntragPdf(
      baueAntragPdfEingabe({
        zusammenfassung: {
          abschnitte: [
            { id: 'a', titel: 'Leerer Abschnitt', felder: [] },
            {
              id: 'b',
              titel: 'Abschnitt mit leerer Gruppe',
              felder: [],
              gruppen: [{ titel: 'Gruppe', felder: [] }],
            },
            { id: 'c', titel: 'Leere Werte', felder: [{ label: 'Frage', wert: '  ' }] },
          ],
        },
        anlagen: [],
        fehlendeNachweise: [],
      }),
    );
    const text = pdfTextEinzeilig(pdf);
    expect(text).toContain('Leerer Abschnitt Keine Angaben.');
    expect(text).toContain('Abschnitt mit leerer Gruppe Gruppe Keine Angaben.');
    expect(text).toContain('Leere Werte Frage –');
    pruefePdfA(pdf);
  });

  test('PDF/A-2a, tagged with headings, tables and lists, fonts embedded, qpdf clean', async () => {
    const pdf = await renderAntragPdf(baueAntragPdfEingabe());
    const { strukturtypen, metadaten } = pruefePdfA(pdf);
    for (const typ of [
      'Document',
      'Sect',
      'H1',
      'H2',
      'H3',
      'P',
      'Table',
      'TR',
      'TH',
      'TD',
      'L',
      'LI',
      'Lbl',
      'LBody',
    ])
      expect(strukturtypen).toContain(typ);
    expect(metadaten).toContain('Antrag auf Übernahme von Mietrückständen – MR-2026-4K7P-Q9XD');
    expect(pdfSchriften(pdf).map((s) => s.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['FiraSans-Regular', 'FiraSans-Bold']),
    );
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('A4');
  });

  test('"Seite x von y" and the transaction number on every page', async () => {
    const pdf = await renderAntragPdf(baueAntragPdfEingabe());
    const seiten = pdfSeitenTexte(pdf);
    expect(seiten.length).toBe(Number(pdfInfo(pdf).Pages));
    expect(seiten.length).toBeGreaterThanOrEqual(3);
    seiten.forEach((seite, i) => {
      expect(seite).toContain(`Seite ${i + 1} von ${seiten.length}`);
      expect(seite).toContain('Vorgangsnummer MR-2026-4K7P-Q9XD');
    });
  });

  test('equal input gives byte-equal output (pure)', async () => {
    const a = await renderAntragPdf(baueAntragPdfEingabe());
    const b = await renderAntragPdf(baueAntragPdfEingabe());
    expect(a.equals(b)).toBe(true);
  });

  test('no state leaks from one document into the next (shared, parsed fonts)', async () => {
    const vorher = await renderAntragPdf(baueAntragPdfEingabe());
    await vorwaermen();
    // U+FB01 and the fi ligature are one glyph; fontkit remembers the code points of a glyph's first use.
    await renderAntragPdf(baueAntragPdfEingabe({ antragsteller: 'ﬁ ﬂ ﬀ', hinweise: ['ﬁnden 🏠 \u00A0 ﬃ'] }));
    const nachher = await renderAntragPdf(baueAntragPdfEingabe());
    expect(nachher.equals(vorher)).toBe(true);
    expect(pdfTextEinzeilig(nachher)).toContain(
      'Aus dieser finanziellen Lage finde ich allein nicht heraus.',
    );
    expect(pdfTextEinzeilig(nachher)).toContain('(beruflicher Neuanfang)');
  });

  test('a row is never split across pages unless it is taller than a page', async () => {
    // 60 rows of three lines each: many page breaks; every row's three lines must stay on one page.
    const felder = Array.from({ length: 60 }, (_, i) => ({
      label: `Frage ${i + 1}`,
      wert: `Antwort ${i + 1} Zeile eins\nAntwort ${i + 1} Zeile zwei\nAntwort ${i + 1} Zeile drei`,
    }));
    const pdf = await renderAntragPdf(
      baueAntragPdfEingabe({ zusammenfassung: { abschnitte: [{ id: 'x', titel: 'Viele Zeilen', felder }] } }),
    );
    const seiten = pdfSeitenTexte(pdf);
    expect(seiten.length).toBeGreaterThan(2);
    for (let i = 1; i <= 60; i++) {
      const seite = seiten.findIndex((s) => s.includes(`Antwort ${i} Zeile eins`));
      expect(seite).toBeGreaterThanOrEqual(0);
      expect(seiten[seite]).toContain(`Antwort ${i} Zeile drei`);
      expect(seiten[seite]).toContain(`Frage ${i}\n`);
    }
    // Continued tables repeat the section title as an artifact.
    expect(seiten[1]).toContain('Viele Zeilen (Fortsetzung)');
  });

  test('a heading always stays on the page of the first row that follows it', async () => {
    const zeilen = (n: number): string =>
      Array.from({ length: 8 }, (_, i) => `Wert ${n}.${i + 1}`).join('\n');
    const abschnitte = Array.from({ length: 24 }, (_, n) =>
      n % 3 === 2
        ? {
            id: `a${n}`,
            titel: `Abschnitt ${n}`,
            felder: [],
            gruppen: [{ titel: `Gruppe ${n}`, felder: [{ label: `Feld ${n}`, wert: zeilen(n) }] }],
          }
        : { id: `a${n}`, titel: `Abschnitt ${n}`, felder: [{ label: `Feld ${n}`, wert: zeilen(n) }] },
    );
    const seiten = pdfSeitenTexte(
      await renderAntragPdf(baueAntragPdfEingabe({ zusammenfassung: { abschnitte } })),
    );
    expect(seiten.length).toBeGreaterThan(3);
    for (let n = 0; n < 24; n++) {
      const seite = seiten.find((s) => s.includes(`Abschnitt ${n}\n`));
      expect(seite, `Abschnitt ${n}`).toBeDefined();
      expect(seite).toContain(`Feld ${n}\n`);
      expect(seite).toContain(`Wert ${n}.8`);
      if (n % 3 === 2) expect(seite).toContain(`Gruppe ${n}\n`);
    }
  });

  describe('hostile text', () => {
    const freitext = Array.from({ length: 700 }, (_, i) => `W${String(i).padStart(4, '0')}`).join(' '); // 3499 chars
    const langesWort = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(6);
    const eingabe: AntragPdfEingabe = baueAntragPdfEingabe({
      vorgangsnummer: 'MR-<b>&"\'-1',
      antragsteller: 'Anna <Test> & Söhne',
      behoerde: baueBehoerde({ name: 'Amt & <Ämter>' }),
      zusammenfassung: {
        abschnitte: [
          {
            id: 'k',
            titel: 'K. Ursachen & <Zukunft>',
            felder: [
              { label: 'Beschreibung', wert: `${freitext}\n\n${'Ende. '.repeat(250)}Schlusswort` },
              { label: 'Langes Wort', wert: langesWort },
              { label: 'Zeichen', wert: '<script>alert("x")</script> & &amp; ]]> <!-- -->' },
              { label: 'Emoji', wert: 'Danke 🏠👨‍👩‍👧 für 住房 die Hilfe' },
              { label: 'Steuerzeichen', wert: 'a\u0000b\u0007c\u202Ed\u200Be\r\nneue Zeile\tTab' },
              { label: 'Zusammengesetzt', wert: 'Cafe\u0301 ﬁnden Ǆ ① ℌ 12 ㎡' },
              { label: 'Leer', wert: '' },
              { label: 'x'.repeat(400), wert: 'Label länger als die Spalte' },
            ],
          },
        ],
      },
      anlagen: [{ bezeichnung: 'Mietvertrag', dateiname: `${'a'.repeat(300)}.pdf` }],
    });

    test('renders without crashing, still PDF/A and qpdf clean', async () => {
      const pdf = await renderAntragPdf(eingabe);
      const { metadaten } = pruefePdfA(pdf);
      expect(metadaten).toContain('MR-b und -1');
    });

    test('long free text flows over pages completely and in order; long words are broken', async () => {
      const pdf = await renderAntragPdf(eingabe);
      const text = einzeilig(pdfText(pdf));
      const woerter = [...text.matchAll(/W\d{4}/g)].map((m) => m[0]);
      expect(woerter).toEqual(freitext.split(' '));
      expect(text.match(/Ende\./g)?.length).toBe(250);
      expect(text).toContain('Schlusswort');
      expect(Number(pdfInfo(pdf).Pages)).toBeGreaterThanOrEqual(2);
      expect(text.replace(/ /g, '')).toContain(langesWort);
      expect(text.replace(/ /g, '')).toContain('x'.repeat(400));
      expect(text.replace(/ /g, '')).toContain(`${'a'.repeat(300)}.pdf`);
    });

    test('markup is printed as text; unsupported characters are replaced; controls removed', async () => {
      const text = pdfTextEinzeilig(await renderAntragPdf(eingabe));
      expect(text).toContain('<script>alert("x")</script> & &amp; ]]> <!-- -->');
      expect(text).toContain('Anna <Test> & Söhne');
      expect(text).toContain('Amt & <Ämter>');
      expect(text).toContain('K. Ursachen & <Zukunft>');
      expect(text).toContain('Danke ???? für ?? die Hilfe');
      expect(text).toContain('abcde neue Zeile Tab');
      expect(text).toContain('Café finden Ǆ 1 H 12 m2');
      expect(text).toContain('Leer –');
    });
  });
});

describe('Eingangsbestätigung', () => {
  test('office, exact time, number, summary, documents, next steps, Schonfrist, contact', async () => {
    const pdf = await renderEingangsbestaetigungPdf(
      baueEingangsbestaetigungEingabe({ schonfrist: { ende: '2027-01-04', vorlaeufig: true } }),
    );
    const text = pdfTextEinzeilig(pdf);
    for (const erwartet of [
      'Eingangsbestätigung',
      'Vorgangsnummer MR-2026-4K7P-Q9XD',
      'Eingegangen am 29.11.2026 um 14:05:09 Uhr (MEZ)',
      'Zuständige Stelle Hanse- und Universitätsstadt Rostock',
      '§ 18 SGB XII',
      'Antragstellende Person Jürgen Größmann-Öztürk',
      'Wohnung Lange Straße 12, 18055 Rostock',
      'Mietrückstand insgesamt 2.269,50 €',
      'Beantragter Betrag 2.269,50 €',
      'Mietvertrag mietvertrag.pdf (793 KB)',
      'Räumungsklage mit Zustellungsnachweis',
      'Bitte reichen Sie diese Nachweise so bald wie möglich nach.',
      'Wie geht es weiter?',
      'Zahlen Sie Ihre laufende Miete weiter',
      'EILT: Schonfrist endet am 04.01.2027 (vorläufig)',
      'Das Datum ist vorläufig.',
      'Telefon +49 381 381-2547',
      'E-Mail sozialamt@rostock.example',
      'Sprechzeiten Dienstag 9 bis 12 Uhr und 13:30 bis 18 Uhr',
    ])
      expect(text).toContain(erwartet);
    expect(text).not.toContain('Jobcenter zuständig');
    pruefePdfA(pdf);
  });

  test('without Schonfrist and missing documents; with the Jobcenter hint', async () => {
    const text = pdfTextEinzeilig(
      await renderEingangsbestaetigungPdf(
        baueEingangsbestaetigungEingabe({
          schonfrist: null,
          fehlendeNachweise: [],
          jobcenterHinweis: true,
          behoerde: baueBehoerde({ telefon: null, email: null, sprechzeiten: null, webseite: null }),
        }),
      ),
    );
    expect(text).not.toContain('EILT');
    expect(text).not.toContain('Schonfrist');
    expect(text).toContain('Es fehlen keine Nachweise.');
    expect(text).not.toContain('Bitte reichen Sie diese Nachweise');
    expect(text).toContain('Jobcenter zuständig');
    expect(text).not.toContain('Telefon');
  });
});

describe('Anschreiben (Nachreichung von Unterlagen)', () => {
  const eingabe = {
    vorgangsnummer: 'MR-2026-4K7P-Q9XD',
    antragsteller: 'Şükrü Yılmaz-Müller',
    behoerde: 'Landkreis Vorpommern-Greifswald',
    nachgefordertAm: new Date('2026-11-20T09:00:00Z'),
    frist: '2026-12-04',
    nachgereichtAm: new Date('2026-11-29T13:05:09Z'),
    unterlagen: [
      { titel: 'Kontoauszüge', anzahl: 2 },
      { titel: 'Mietvertrag', anzahl: 0 },
    ],
    dateien: [
      { titel: 'Kontoauszüge', dateiname: 'konto-oktober.pdf' },
      { titel: 'Kontoauszüge', dateiname: 'konto-november.pdf' },
    ],
  };

  test('keeps its text: case, dates, requested documents and attached files', async () => {
    const text = pdfTextEinzeilig(await renderAnschreibenPdf(eingabe));
    for (const teil of [
      'Nachreichung von Unterlagen zum Antrag MR-2026-4K7P-Q9XD',
      'Vorgangsnummer: MR-2026-4K7P-Q9XD',
      'Antragstellende Person: Şükrü Yılmaz-Müller',
      'Zuständig: Landkreis Vorpommern-Greifswald',
      'Nachgefordert am 20. November 2026, Frist bis 4. Dezember 2026',
      'Nachgereicht am 29. November 2026',
      'Nachgeforderte Unterlagen Kontoauszüge: 2 Dateien Mietvertrag: nicht beigefügt',
      'Beigefügte Dateien Kontoauszüge: konto-oktober.pdf Kontoauszüge: konto-november.pdf',
    ])
      expect(text).toContain(teil);
  });

  test('PDF/A-2a and tagged like the other PDFs, fonts embedded, qpdf clean', async () => {
    const pdf = await renderAnschreibenPdf(eingabe);
    const { strukturtypen, metadaten } = pruefePdfA(pdf);
    for (const typ of ['Document', 'Sect', 'H1', 'H2', 'P']) expect(strukturtypen).toContain(typ);
    expect(metadaten).toContain('Nachreichung von Unterlagen zum Antrag MR-2026-4K7P-Q9XD');
    expect(pdfInfo(pdf).Tagged).toBe('yes');
  });
});
