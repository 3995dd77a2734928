import { randomUUID } from 'node:crypto';
import type { BuergerIdentitaet } from '../bundid/index.ts';
import type { Db } from '../db/index.ts';
import { tagInBerlin, decrypt, decryptJson, type Schluessel } from '../shared/index.ts';
import { findBehoerde, DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import {
  baueUndValidiereNachricht,
  profilFuerVersion,
  type NachrichtFehler,
  type DvdvBehoerde,
} from '../nachricht/index.ts';
import { enqueueZustellung, leseVerbindung, neueZustellauftraege } from '../zustellung/index.ts';
import {
  entwurfSperren,
  neueId,
  neueVorgangsnummer,
  vorgangsnummerFrei,
  type AntragRepo,
  type Trx,
} from './antrag-repo.ts';
import { antragPdfEingabe, eingangAus, type PdfRenderer } from './eingang.ts';
import { auswerten, jobcenterZustaendig, type AntragDaten, type FlowKontext } from './flow.ts';
import { benoetigteUnterlagen, fehlendeUnterlagen } from './flow-unterlagen.ts';
import { schonfristAus } from './frist.ts';
import { xsozialVorgang, type AnhangDatei } from './xsozial.ts';
import { zustaendigesAmt } from './zustaendigkeit.ts';

// Submitting a draft, in ONE database transaction: the application row (payload encrypted), its documents
// (moved from the draft, still encrypted), the rendered Antrag.pdf, the submission time (deps.jetzt()), a
// transaction number, the responsible office, and – once zustellung/ is integrated – the delivery job. The
// draft row is locked first and deleted at the end; the idempotency key from the form is unique on the
// application, so a double click, the back button or a second tab can never create a second application.

export type EinreichenErgebnis =
  | { art: 'eingereicht'; vorgangsnummer: string }
  | { art: 'schon-eingereicht'; vorgangsnummer: string }
  | { art: 'veraltet' }
  | { art: 'unvollstaendig' }
  | { art: 'nachricht-ungueltig'; fehler: NachrichtFehler[] }
  | { art: 'keine-verbindung' }
  | { art: 'nicht-gefunden' };

export async function einreichen(args: {
  db: Db;
  repo: AntragRepo;
  jetzt: () => Date;
  pdf: PdfRenderer;
  /** This installation as the message's author (config.zustellung) and the data key (files, outbox). */
  autor: DvdvBehoerde;
  schluessel: Schluessel;
  entwurfId: string;
  besitzer: string;
  absendeSchluessel: string;
  erklaerungen: NonNullable<AntragDaten['erklaerungen']>;
  identitaet: BuergerIdentitaet;
  kontext: FlowKontext;
}): Promise<EinreichenErgebnis> {
  const { db, repo } = args;
  const ergebnis = await db.transaction().execute(async (trx): Promise<EinreichenErgebnis> => {
    const zeile = await entwurfSperren(trx, args.entwurfId, args.besitzer);
    if (zeile === undefined) return schonEingereicht(trx);
    const entwurf = repo.zuEntwurf(zeile);
    if (entwurf.absendeSchluessel !== args.absendeSchluessel) return { art: 'veraltet' };
    const auswertung = auswerten(entwurf.inhalt, args.kontext);
    const ags = zustaendigesAmt(auswertung.daten);
    if (!auswertung.vollstaendig || ags === undefined) return { art: 'unvollstaendig' };
    const behoerde = await findBehoerde(trx, ags);
    if (behoerde === undefined) return { art: 'unvollstaendig' };

    const daten: AntragDaten = { ...auswertung.daten, erklaerungen: args.erklaerungen };
    const dateien = await repo.dateienVonEntwurf(entwurf.id, trx);
    const fehlend = fehlendeUnterlagen(benoetigteUnterlagen(daten), dateien);
    const eingang = eingangAus(daten, dateien, fehlend, {
      vertrauensniveau: args.identitaet.vertrauensniveau,
      postfach: args.identitaet.postfach,
    });
    const eingereichtAm = args.jetzt();
    const schonfrist = schonfristAus(daten);
    const jahr = Number(tagInBerlin(eingereichtAm).slice(0, 4));
    let vorgangsnummer = neueVorgangsnummer(jahr);
    while (!(await vorgangsnummerFrei(trx, vorgangsnummer))) {
      vorgangsnummer = neueVorgangsnummer(jahr);
    }
    const id = neueId();
    const antragPdf = await args.pdf.antrag(
      antragPdfEingabe(eingang, { vorgangsnummer, eingereichtAm, behoerde, schonfrist }),
    );

    // The xSozial message for the office, built and validated before anything is written.
    const verbindung = await leseVerbindung(trx, ags, DIENST_MIETRUECKSTAENDE);
    const profil = verbindung === undefined ? undefined : profilFuerVersion(verbindung.xsozialVersion);
    if (verbindung === undefined || profil === undefined) return { art: 'keine-verbindung' };
    const nachrichtUUID = randomUUID();
    const vorgang = xsozialVorgang(
      {
        nachrichtUUID,
        erstellt: eingereichtAm,
        leser: { kennung: verbindung.leserKennung, name: verbindung.leserName },
        autor: args.autor,
        dvdvDienstkennung: verbindung.dienstUri,
        vorgangsID: id,
      },
      daten,
      { postfach: args.identitaet.postfach },
      antragPdf,
      await dateiInhalte(trx, entwurf.id, args.schluessel),
    );
    const nachricht = await baueUndValidiereNachricht(vorgang, profil);
    if (!nachricht.ok) return { art: 'nachricht-ungueltig', fehler: nachricht.fehler };

    await trx
      .insertInto('antrag')
      .values({
        id,
        vorgangsnummer,
        absende_schluessel: args.absendeSchluessel,
        entwurf_id: entwurf.id,
        besitzer: args.besitzer,
        behoerde_ags: ags,
        eingereicht_am: eingereichtAm,
        daten: repo.verschluesseln.antrag(id, eingang),
        antrag_pdf: repo.verschluesseln.pdf(id, antragPdf),
        nachricht_uuid: nachrichtUUID,
        schonfrist_ende: schonfrist?.ende ?? null,
        schonfrist_vorlaeufig: schonfrist?.vorlaeufig ?? false,
        jobcenter_hinweis: jobcenterZustaendig(daten),
      })
      .execute();
    await trx
      .updateTable('antrag_datei')
      .set({ antrag_id: id, entwurf_id: null })
      .where('entwurf_id', '=', entwurf.id)
      .execute();

    // The delivery job, in this transaction: the application and its message are stored together or not at all.
    await enqueueZustellung(
      trx,
      {
        behoerdeAgs: ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: nachricht.wert,
        nachrichtUUID,
        bezug: id,
        erstelltAm: eingereichtAm,
      },
      args.schluessel,
    );

    await trx.deleteFrom('antrag_entwurf').where('id', '=', entwurf.id).execute();
    return { art: 'eingereicht', vorgangsnummer };
  });
  // Committed: the delivery worker need not wait for its next poll.
  if (ergebnis.art === 'eingereicht') neueZustellauftraege();
  return ergebnis;

  async function schonEingereicht(trx: Trx) {
    const antrag = await trx
      .selectFrom('antrag')
      .select('vorgangsnummer')
      .where('absende_schluessel', '=', args.absendeSchluessel)
      .where('besitzer', '=', args.besitzer)
      .executeTakeFirst();
    return antrag === undefined
      ? ({ art: 'nicht-gefunden' } as const)
      : ({ art: 'schon-eingereicht', vorgangsnummer: antrag.vorgangsnummer } as const);
  }
}

/** The draft's files, decrypted, in upload order (read with the transaction: one connection on PGlite). */
async function dateiInhalte(trx: Trx, entwurfId: string, schluessel: Schluessel): Promise<AnhangDatei[]> {
  const rows = await trx
    .selectFrom('antrag_datei')
    .select(['id', 'art', 'meta', 'inhalt'])
    .where('entwurf_id', '=', entwurfId)
    .orderBy('hochgeladen_am')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const meta = decryptJson<{ dateiname: string; mime: string }>(
      schluessel,
      r.meta,
      `antrag-datei-meta:${r.id}`,
    );
    return {
      art: r.art,
      dateiname: meta.dateiname,
      mime: meta.mime,
      inhalt: decrypt(schluessel, r.inhalt, `antrag-datei:${r.id}`),
    };
  });
}
