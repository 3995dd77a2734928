import type { Db } from '../db/index.ts';
import { decrypt, decryptJson, encrypt, encryptJson, type Schluessel } from '../shared/index.ts';
import { istId, VORGANGSNUMMER_MUSTER } from './repo-basis.ts';
import type { AntragZeile } from './antrag-tables.ts';
import type { Eingang } from './eingang.ts';

// The submitted applications of a citizen: found by their number or by the draft they came from; the
// payload and Antrag.pdf encrypted with the row id as associated data.

export function eingereichtRepo(db: Db, datenSchluessel: Schluessel) {
  const antragKontext = (id: string) => `antrag:${id}`;
  const pdfKontext = (id: string) => `antrag-pdf:${id}`;

  async function antragMitNummer(vorgangsnummer: string, besitzer: string): Promise<AntragZeile | undefined> {
    if (!VORGANGSNUMMER_MUSTER.test(vorgangsnummer)) return undefined;
    return db
      .selectFrom('antrag')
      .selectAll()
      .where('vorgangsnummer', '=', vorgangsnummer)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
  }

  /** The application created from a draft that no longer exists (old links, back button). */
  async function antragAusEntwurf(entwurfId: string, besitzer: string): Promise<string | undefined> {
    if (!istId(entwurfId)) return undefined;
    const row = await db
      .selectFrom('antrag')
      .select('vorgangsnummer')
      .where('entwurf_id', '=', entwurfId)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return row?.vorgangsnummer;
  }

  function antraegeVon(besitzer: string) {
    return db
      .selectFrom('antrag')
      .select(['vorgangsnummer', 'eingereicht_am', 'behoerde_ags'])
      .where('besitzer', '=', besitzer)
      .orderBy('eingereicht_am', 'desc')
      .execute();
  }

  return {
    antragMitNummer,
    antragAusEntwurf,
    antraegeVon,
    /** Decrypts the stored application payload. */
    antragDaten(zeile: Pick<AntragZeile, 'id' | 'daten'>): Eingang {
      return decryptJson<Eingang>(datenSchluessel, zeile.daten, antragKontext(zeile.id));
    },
    antragPdf(zeile: Pick<AntragZeile, 'id' | 'antrag_pdf'>): Buffer | null {
      return zeile.antrag_pdf === null
        ? null
        : decrypt(datenSchluessel, zeile.antrag_pdf, pdfKontext(zeile.id));
    },
    verschluesseln: {
      antrag: (id: string, daten: unknown) => encryptJson(datenSchluessel, daten, antragKontext(id)),
      pdf: (id: string, pdf: Buffer) => encrypt(datenSchluessel, pdf, pdfKontext(id)),
    },
  };
}
