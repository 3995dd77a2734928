import PDFDocument from 'pdfkit';

// A plain one- or two-page PDF (pdfkit, built-in Helvetica with WinAnsi: umlauts, ß and € print): the cover
// sheet of a follow-up message ("Nachreichung von Unterlagen"). Kept deliberately simple; the tagged PDF/A
// documents of the application are rendered by dokumente/.

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const ERSATZ: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
};

/** The built-in fonts know only WinAnsi: other letters lose their diacritics (Yılmaz → Yilmaz, Ş → S). */
export function fuerWinAnsi(text: string): string {
  let aus = '';
  for (const z of text.normalize('NFC')) {
    if (z.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(z)) aus += z;
    else {
      const basis = (ERSATZ[z] ?? z.normalize('NFKD').replace(/\p{M}/gu, '')).normalize('NFC');
      aus += Array.from(basis).every((b) => b.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(b)) ? basis : '?';
    }
  }
  return aus;
}

export type Abschnitt = { ueberschrift?: string; zeilen: string[] };

export function einfachesPdf(titel: string, abschnitte: Abschnitt[], erstelltAm: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: 'de-DE',
      info: { Title: titel, Creator: 'Übernahme von Mietrückständen', CreationDate: erstelltAm },
      displayTitle: true,
    });
    const teile: Buffer[] = [];
    doc.on('data', (t: Buffer) => teile.push(t));
    doc.on('end', () => {
      resolve(Buffer.concat(teile));
    });
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(fuerWinAnsi(titel));
    for (const a of abschnitte) {
      doc.moveDown(0.8);
      if (a.ueberschrift !== undefined)
        doc.font('Helvetica-Bold').fontSize(12).text(fuerWinAnsi(a.ueberschrift)).moveDown(0.2);
      doc.font('Helvetica').fontSize(10.5);
      for (const z of a.zeilen) doc.text(fuerWinAnsi(z));
    }
    doc.end();
  });
}
