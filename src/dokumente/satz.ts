import PDFDocument from 'pdfkit';
import { bereinige, bereinigeTitel, frischeGlyphen, schriften, type Schnitt } from './schrift.ts';

// A small typesetting layer over pdfkit for sober, accessible A4 documents: PDF/A-2a, tagged (Document, Sect,
// H1–H3, P, L/LI, Table/TR/TH/TD), fonts embedded as subsets, "Seite x von y" and running header/footer as
// artifacts. Text is broken into lines here, not by pdfkit, so every row and paragraph knows its height before
// it is drawn and page breaks fall between lines, never through them. (pdfkit's doc.table() costs ~160 ms a
// page; this costs a few ms, see SPIKES.md.)

const MM = 72 / 25.4;
const A4 = { breite: 595.28, hoehe: 841.89 };
const RAND = 20 * MM;

export const farben = {
  text: '#1b1b1b',
  grau: '#4a4a4a',
  linie: '#b5b5b5',
  kopfgrund: '#eef1f4',
  dringend: '#a00000',
} as const;

export type Stil = { schnitt: Schnitt; groesse: number; farbe?: string; zeilenabstand?: number };

const stile = {
  text: { schnitt: 'regular', groesse: 10.5 },
  klein: { schnitt: 'regular', groesse: 9, farbe: farben.grau },
  h1: { schnitt: 'fett', groesse: 17, zeilenabstand: 1.2 },
  h2: { schnitt: 'fett', groesse: 13.5, zeilenabstand: 1.2 },
  h3: { schnitt: 'fett', groesse: 11.5, zeilenabstand: 1.2 },
  tabelleKopf: { schnitt: 'fett', groesse: 10 },
  tabelleLabel: { schnitt: 'fett', groesse: 10 },
  tabelleWert: { schnitt: 'regular', groesse: 10 },
  dringend: { schnitt: 'fett', groesse: 12, farbe: farben.dringend },
  rand: { schnitt: 'regular', groesse: 8.5, farbe: farben.grau },
  fortsetzung: { schnitt: 'fett', groesse: 9.5, farbe: farben.grau },
} satisfies Record<string, Stil>;

export type StilName = keyof typeof stile;

type Struktur = PDFKit.PDFStructureElement;

type TabellenSpalte = { anteil: number; stil?: StilName };
export type Tabelle = {
  /** Column widths as fractions of the text width. */
  spalten: TabellenSpalte[];
  /** Column headers (TH scope Column), repeated as an artifact after a page break. */
  kopf?: string[];
  /** The first cell of each row is a row header (TH scope Row), as in label/value tables. */
  zeilenkopf?: boolean;
  zeilen: string[][];
};

// Widths at size 1 per cut and word, shared by all documents: shaping (GSUB/GPOS) is the main cost of a page.
const breitenCache = new Map<string, number>();

function zeilenhoehe(stil: Stil): number {
  return stil.groesse * (stil.zeilenabstand ?? 1.35);
}

// pdfkit's typings lack the table scope attribute it supports (PDFStructureElement options.scope).
type StrukturOptionen = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export type SatzOptionen = {
  titel: string;
  /** Running header on pages 2 ff., e.g. "Antrag auf Übernahme von Mietrückständen · MR-2026-…". */
  kopfzeile: string;
  /** Left part of the footer on every page, e.g. "Vorgangsnummer MR-2026-…". */
  fusszeile: string;
  /** Creation date in the document info (the input's time, so equal input gives an equal file). */
  erstelltAm: Date;
};

export class Satz {
  readonly doc: PDFKit.PDFDocument;
  readonly links = RAND;
  readonly breite = A4.breite - 2 * RAND;
  private readonly oben = RAND;
  private readonly unten = A4.hoehe - RAND;
  private y = RAND;
  private readonly wurzel: Struktur;
  private readonly eltern: Struktur[] = [];
  private readonly optionen: SatzOptionen;
  /** Title of the current section, repeated as "(Fortsetzung)" when its table continues on a new page. */
  private titel: string | undefined;
  /** Headings already in the structure tree but not yet drawn: they are placed with what follows them. */
  private offen: { element: Struktur; zeilen: string[]; stil: Stil; davor: number; danach: number }[] = [];

  constructor(optionen: SatzOptionen) {
    this.optionen = optionen;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: RAND, bottom: RAND, left: RAND, right: RAND },
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: 'de-DE',
      displayTitle: true,
      bufferPages: true,
      info: { Creator: 'Onlinedienst Übernahme von Mietrückständen', CreationDate: optionen.erstelltAm },
    });
    frischeGlyphen();
    // pdfkit takes a parsed fontkit font as well as bytes (its typings only name the latter).
    for (const [schnitt, schrift] of Object.entries(schriften))
      this.doc.registerFont(schnitt, schrift as unknown as Buffer);
    this.doc.info.Title = bereinigeTitel(optionen.titel);
    this.wurzel = this.doc.struct('Document');
    this.doc.addStructure(this.wurzel);
    this.eltern.push(this.wurzel);
  }

  private get aktuell(): Struktur {
    const e = this.eltern[this.eltern.length - 1];
    if (!e) throw new Error('Strukturbaum ohne Wurzel');
    return e;
  }

  private stil(stil: Stil): void {
    this.doc
      .font(stil.schnitt)
      .fontSize(stil.groesse)
      .fillColor(stil.farbe ?? farben.text);
  }

  /** Width in points, measured on the shared fontkit font (the document's font state stays untouched). */
  private textbreite(text: string, stil: Stil): number {
    const schluessel = `${stil.schnitt}|${text}`;
    let b = breitenCache.get(schluessel);
    if (b === undefined) {
      const schrift = schriften[stil.schnitt];
      b = schrift.layout(text).advanceWidth / schrift.unitsPerEm;
      if (breitenCache.size >= 100_000) breitenCache.clear();
      breitenCache.set(schluessel, b);
    }
    return b * stil.groesse;
  }

  /** Breaks (cleaned) text into lines no wider than `breite`; words longer than a line are split. */
  umbrechen(text: string, stil: Stil, breite: number): string[] {
    const zeilen: string[] = [];
    const leer = this.textbreite(' ', stil);
    for (const absatz of text.split('\n')) {
      let zeile = '';
      let zeilenbreite = 0;
      for (const wort of absatz.split(' ')) {
        if (wort === '') continue;
        let w = this.textbreite(wort, stil);
        if (zeile !== '' && zeilenbreite + leer + w <= breite) {
          zeile += ` ${wort}`;
          zeilenbreite += leer + w;
          continue;
        }
        if (zeile !== '') zeilen.push(zeile);
        zeile = '';
        zeilenbreite = 0;
        let rest = wort;
        while (w > breite) {
          // Longest prefix that fits (at least one character).
          let teil = '';
          let teilbreite = 0;
          for (const z of rest) {
            const zb = this.textbreite(z, stil);
            if (teil !== '' && teilbreite + zb > breite) break;
            teil += z;
            teilbreite += zb;
          }
          zeilen.push(teil);
          rest = rest.slice(teil.length);
          w = this.textbreite(rest, stil);
        }
        zeile = rest;
        zeilenbreite = w;
      }
      zeilen.push(zeile);
    }
    // Drop empty lines at the end, keep inner blank lines (paragraphs in free text).
    while (zeilen.length > 1 && zeilen[zeilen.length - 1] === '') zeilen.pop();
    return zeilen;
  }

  private neueSeite(): void {
    this.doc.addPage();
    this.y = this.oben;
  }

  private platz(): number {
    return this.unten - this.y;
  }

  private hoeheOffen(): number {
    return this.offen.reduce(
      (summe, u) => summe + u.davor + u.zeilen.length * zeilenhoehe(u.stil) + u.danach,
      0,
    );
  }

  /**
   * Called by every block before it draws: starts a new page unless the pending headings and `hoehe` points
   * (the block's first part that must stay together) fit, then draws the pending headings. So a heading never
   * ends up alone at the foot of a page.
   */
  private brauchePlatz(hoehe: number): void {
    if (this.hoeheOffen() + hoehe > this.platz() && this.y > this.oben) this.neueSeite();
    for (const u of this.offen) {
      if (this.y > this.oben) this.y += u.davor;
      const y = this.y;
      u.element.add(() => {
        this.zeichneZeilen(u.zeilen, this.links, y, u.stil);
      });
      u.element.end();
      this.y += u.zeilen.length * zeilenhoehe(u.stil) + u.danach;
    }
    this.offen = [];
  }

  abstand(punkte: number): void {
    this.y = Math.min(this.y + punkte, this.unten);
  }

  private zeichneZeilen(zeilen: readonly string[], x: number, y: number, stil: Stil): void {
    this.stil(stil);
    const lh = zeilenhoehe(stil);
    zeilen.forEach((zeile, i) => {
      if (zeile === '') return;
      // A trailing space at every wrapped line end keeps words apart for text extraction and screen readers.
      const mehr = i < zeilen.length - 1 ? ' ' : '';
      this.doc.text(zeile + mehr, x, y + i * lh + (lh - stil.groesse) / 2, { lineBreak: false });
    });
  }

  private artefakt(zeichnen: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    zeichnen();
    this.doc.endMarkedContent();
  }

  /** Draws lines into a structure element from the current position on, continuing on new pages. */
  private fliesseZeilen(element: Struktur, zeilen: readonly string[], x: number, stil: Stil): void {
    const lh = zeilenhoehe(stil);
    let i = 0;
    while (i < zeilen.length) {
      if (this.platz() < lh) this.neueSeite();
      const stueck = zeilen.slice(i, i + Math.floor((this.platz() + 0.01) / lh));
      const y = this.y;
      element.add(() => {
        this.zeichneZeilen(stueck, x, y, stil);
      });
      this.y += stueck.length * lh;
      i += stueck.length;
      if (i < zeilen.length) this.neueSeite();
    }
    element.end();
  }

  /** Text in one structure element, flowing over pages line by line (the first two lines kept together). */
  private fliessen(typ: string, text: string, stilName: StilName): void {
    const stil = stile[stilName];
    const zeilen = this.umbrechen(bereinige(text), stil, this.breite);
    this.brauchePlatz(Math.min(zeilen.length, 2) * zeilenhoehe(stil));
    const element = this.doc.struct(typ);
    this.aktuell.add(element);
    this.fliesseZeilen(element, zeilen, this.links, stil);
  }

  private ueberschrift(typ: 'H1' | 'H2' | 'H3', text: string, davor: number, danach: number): void {
    const stil = stile[typ === 'H1' ? 'h1' : typ === 'H2' ? 'h2' : 'h3'];
    const zeilen = this.umbrechen(bereinige(text, true), stil, this.breite);
    // In the structure tree now (reading order), drawn with the next block.
    const element = this.doc.struct(typ);
    this.aktuell.add(element);
    this.offen.push({ element, zeilen, stil, davor, danach });
  }

  h1(text: string): void {
    this.ueberschrift('H1', text, 0, 8);
  }

  h2(text: string): void {
    this.ueberschrift('H2', text, 14, 6);
  }

  h3(text: string): void {
    this.ueberschrift('H3', text, 8, 4);
  }

  absatz(text: string, stil: StilName = 'text', danach = 4): void {
    this.fliessen('P', text, stil);
    this.y += danach;
  }

  /** A section (Sect) with its own heading; everything drawn in `inhalt` belongs to it. */
  abschnitt(titel: string, inhalt: () => void, ebene: 'H2' | 'H3' = 'H2'): void {
    const sect = this.doc.struct('Sect');
    this.aktuell.add(sect);
    this.eltern.push(sect);
    const vorher = this.titel;
    this.titel = ebene === 'H2' || vorher === undefined ? titel : `${vorher} – ${titel}`;
    if (ebene === 'H2') this.h2(titel);
    else this.h3(titel);
    inhalt();
    this.brauchePlatz(0); // a section without content still shows (and closes) its heading
    this.titel = vorher;
    this.eltern.pop();
    sect.end();
  }

  /** A bulleted or numbered list (L > LI > Lbl + LBody). */
  liste(punkte: readonly string[], nummeriert = false): void {
    const liste = this.doc.struct('L');
    this.aktuell.add(liste);
    const einzug = nummeriert ? 18 : 14;
    for (const [nummer, punkt] of punkte.entries()) {
      const li = this.doc.struct('LI');
      liste.add(li);
      const stil = stile.text;
      const lh = zeilenhoehe(stil);
      const zeilen = this.umbrechen(bereinige(punkt), stil, this.breite - einzug);
      this.brauchePlatz(Math.min(zeilen.length, 2) * lh);
      const y = this.y;
      li.add(
        this.doc.struct('Lbl', {}, [
          () => {
            this.zeichneZeilen([nummeriert ? `${nummer + 1}.` : '•'], this.links + 3, y, stil);
          },
        ]),
      );
      const rumpf = this.doc.struct('LBody');
      li.add(rumpf);
      this.fliesseZeilen(rumpf, zeilen, this.links + einzug, stil);
      li.end();
      this.y += 2;
    }
    liste.end();
    this.y += 4;
  }

  /**
   * A figure (Figure with alternative text, for screen readers and PDF/UA): `zeichnen` draws vector graphics in
   * a box of `breite` × `hoehe` points whose top left corner it is given, left-aligned at the current position.
   */
  figur(alt: string, breite: number, hoehe: number, zeichnen: (x: number, y: number) => void): void {
    this.brauchePlatz(hoehe);
    const y = this.y;
    this.aktuell.add(
      this.doc.struct('Figure', { alt }, [
        () => {
          zeichnen(this.links, y);
        },
      ]),
    );
    this.y += hoehe + 8;
  }

  /** A framed, emphasised paragraph (the urgent marker). */
  hervorhebung(text: string): void {
    const stil = stile.dringend;
    const lh = zeilenhoehe(stil);
    const innen = 8;
    const zeilen = this.umbrechen(bereinige(text), stil, this.breite - 2 * innen);
    const hoehe = zeilen.length * lh + 2 * innen;
    this.brauchePlatz(hoehe);
    const y = this.y;
    this.artefakt(() => {
      this.doc.lineWidth(1.5).strokeColor(farben.dringend).rect(this.links, y, this.breite, hoehe).stroke();
    });
    this.aktuell.add(
      this.doc.struct('P', {}, [
        () => {
          this.zeichneZeilen(zeilen, this.links + innen, y + innen, stil);
        },
      ]),
    );
    this.y += hoehe + 8;
  }

  /** A hand-drawn tagged table: rows are never split unless a single row is taller than a page. */
  tabelle(t: Tabelle): void {
    const abstandZelle = 10;
    const innen = 3.5;
    const x: number[] = [];
    const b: number[] = [];
    let lauf = this.links;
    for (const s of t.spalten) {
      x.push(lauf);
      b.push(this.breite * s.anteil - abstandZelle);
      lauf += this.breite * s.anteil;
    }
    const zellstil = (spalte: number, kopf: boolean): Stil =>
      kopf
        ? stile.tabelleKopf
        : stile[t.spalten[spalte]?.stil ?? (t.zeilenkopf && spalte === 0 ? 'tabelleLabel' : 'tabelleWert')];
    const umbruch = (zellen: readonly string[], kopf: boolean): string[][] =>
      t.spalten.map((_, i) => {
        const text = bereinige(zellen[i] ?? '').trim();
        return this.umbrechen(text === '' ? '–' : text, zellstil(i, kopf), b[i] ?? 0);
      });
    const hoeheVon = (zeilen: string[][], kopf: boolean): number =>
      Math.max(...zeilen.map((z, i) => z.length * zeilenhoehe(zellstil(i, kopf)))) + 2 * innen;

    const kopfZeilen = t.kopf ? umbruch(t.kopf, true) : undefined;
    const kopfHoehe = kopfZeilen ? hoeheVon(kopfZeilen, true) : 0;

    const linie = (y: number, dick = 0.5): void => {
      this.artefakt(() => {
        this.doc
          .lineWidth(dick)
          .strokeColor(farben.linie)
          .moveTo(this.links, y)
          .lineTo(this.links + this.breite, y)
          .stroke();
      });
    };
    const kopfGrund = (y: number): void => {
      this.artefakt(() => {
        this.doc.rect(this.links, y, this.breite, kopfHoehe).fill(farben.kopfgrund);
      });
    };

    // Draws the header row: tagged the first time, as an artifact when repeated after a page break.
    const zeichneKopf = (getaggt: boolean): void => {
      if (!kopfZeilen) return;
      const y = this.y;
      kopfGrund(y);
      if (getaggt) {
        const tr = this.doc.struct('TR');
        tabelle.add(tr);
        kopfZeilen.forEach((zeilen, i) => {
          const optionen: StrukturOptionen = { scope: 'Column' };
          tr.add(
            this.doc.struct('TH', optionen, [
              () => {
                this.zeichneZeilen(zeilen, x[i] ?? 0, y + innen, stile.tabelleKopf);
              },
            ]),
          );
        });
        tr.end();
      } else {
        this.artefakt(() => {
          kopfZeilen.forEach((zeilen, i) => {
            this.zeichneZeilen(zeilen, x[i] ?? 0, y + innen, stile.tabelleKopf);
          });
        });
      }
      this.y += kopfHoehe;
      linie(this.y, 0.8);
    };

    const seitenwechsel = (): void => {
      this.neueSeite();
      if (this.titel !== undefined) {
        const stil = stile.fortsetzung;
        const zeilen = this.umbrechen(bereinige(`${this.titel} (Fortsetzung)`, true), stil, this.breite);
        const y = this.y;
        this.artefakt(() => {
          this.zeichneZeilen(zeilen, this.links, y, stil);
        });
        this.y += zeilen.length * zeilenhoehe(stil) + 4;
      }
      zeichneKopf(false);
    };

    const fortsetzungHoehe = this.titel === undefined ? 0 : 2 * zeilenhoehe(stile.fortsetzung) + 4;
    const seitenhoehe = this.unten - this.oben - kopfHoehe - fortsetzungHoehe;
    const mindestens = 2 * innen + 3 * zeilenhoehe(stile.tabelleWert);
    // Keep the header (and a heading before it) with the whole first row, or its first lines if it is huge.
    const ersteZeile = t.zeilen[0];
    const ersteHoehe = ersteZeile ? hoeheVon(umbruch(ersteZeile, false), false) : 0;
    this.brauchePlatz(kopfHoehe + (ersteHoehe <= seitenhoehe ? ersteHoehe : mindestens));
    const tabelle = this.doc.struct('Table');
    this.aktuell.add(tabelle);
    zeichneKopf(true);

    for (const zellen of t.zeilen) {
      const zeilen = umbruch(zellen, false);
      const hoehe = hoeheVon(zeilen, false);
      if (hoehe > this.platz() && (hoehe <= seitenhoehe || this.platz() < mindestens)) seitenwechsel();

      const tr = this.doc.struct('TR');
      tabelle.add(tr);
      const zellenStruktur = zeilen.map((_, i) => {
        const zeilenkopf = t.zeilenkopf === true && i === 0;
        const optionen: StrukturOptionen = zeilenkopf ? { scope: 'Row' } : {};
        const el = this.doc.struct(zeilenkopf ? 'TH' : 'TD', optionen);
        tr.add(el);
        return el;
      });
      const erledigt = zeilen.map(() => 0);
      for (;;) {
        const y = this.y;
        let belegt = 0;
        zeilen.forEach((z, i) => {
          const stil = zellstil(i, false);
          const lh = zeilenhoehe(stil);
          const passt = Math.max(1, Math.floor((this.unten - y - 2 * innen + 0.01) / lh));
          const stueck = z.slice(erledigt[i], (erledigt[i] ?? 0) + passt);
          if (stueck.length === 0) return;
          zellenStruktur[i]?.add(() => {
            this.zeichneZeilen(stueck, x[i] ?? 0, y + innen, stil);
          });
          erledigt[i] = (erledigt[i] ?? 0) + stueck.length;
          belegt = Math.max(belegt, stueck.length * lh);
        });
        this.y += belegt + 2 * innen;
        if (zeilen.every((z, i) => (erledigt[i] ?? 0) >= z.length)) break;
        seitenwechsel();
      }
      for (const el of zellenStruktur) el.end();
      tr.end();
      linie(this.y);
    }
    tabelle.end();
    this.y += 8;
  }

  /** Running header (pages 2 ff.) and footer with "Seite x von y" on every page, as pagination artifacts. */
  private seitenraender(): void {
    const { start, count } = this.doc.bufferedPageRange();
    const stil = stile.rand;
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.stil(stil);
      const kopfzeile = this.umbrechen(bereinige(this.optionen.kopfzeile, true), stil, this.breite)[0] ?? '';
      if (i > start) this.doc.text(kopfzeile, this.links, RAND - 24, { lineBreak: false });
      const fussY = this.unten + 18;
      this.doc
        .lineWidth(0.5)
        .strokeColor(farben.linie)
        .moveTo(this.links, fussY - 5)
        .lineTo(this.links + this.breite, fussY - 5)
        .stroke();
      this.stil(stil);
      const seite = `Seite ${i - start + 1} von ${count}`;
      const fuss = this.umbrechen(bereinige(this.optionen.fusszeile, true), stil, this.breite - 90)[0] ?? '';
      this.doc.text(fuss, this.links, fussY, { lineBreak: false });
      this.doc.text(seite, this.links + this.breite - this.textbreite(seite, stil), fussY, {
        lineBreak: false,
      });
      this.doc.endMarkedContent();
    }
  }

  /** Finishes the document and returns the PDF bytes. */
  async fertig(): Promise<Buffer> {
    this.brauchePlatz(0);
    this.wurzel.end();
    this.seitenraender();
    const teile: Buffer[] = [];
    const fertig = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (teil: Buffer) => teile.push(teil));
      this.doc.on('end', () => {
        resolve(Buffer.concat(teile));
      });
      this.doc.on('error', reject);
    });
    this.doc.end();
    return fertig;
  }
}
