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
  entwurfSchnappschuss,
  entwurfSperren,
  neueId,
  neueVorgangsnummer,
  vorgangsnummerFrei,
  type AntragRepo,
} from './antrag-repo.ts';
import { antragPdfEingabe, eingangAus, type PdfRenderer } from './eingang.ts';
import { auswerten, jobcenterZustaendig, type AntragDaten, type FlowKontext } from './flow.ts';
import { benoetigteUnterlagen, fehlendeUnterlagen } from './flow-unterlagen.ts';
import { schonfristAus } from './frist.ts';
import { uebernommeneFelder } from './inhalt/einreichung.ts';
import { xsozialVorgang, type AnhangDatei } from './xsozial.ts';
import { zustaendigesAmt } from './zustaendigkeit.ts';

// Submitting a draft: what is written, in ONE database transaction: the application row (payload encrypted),
// its documents (moved from the draft, still encrypted), the Antrag.pdf, the submission time (deps.jetzt()), a
// transaction number, the responsible office and the delivery job with the validated xSozial message. The
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

type EinreichenArgs = {
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
};

/** Everything written on submission, prepared from a snapshot of the draft outside the transaction. */
type Vorbereitet = {
  inhalt: Uint8Array;
  dateiIds: string[];
  id: string;
  vorgangsnummer: string;
  ags: string;
  eingang: ReturnType<typeof eingangAus>;
  eingereichtAm: Date;
  schonfrist: ReturnType<typeof schonfristAus>;
  jobcenterHinweis: boolean;
  antragPdf: Buffer;
  nachrichtUUID: string;
  nachrichtXml: string;
};

const GEAENDERT = Symbol('Entwurf geändert');
const VERSUCHE = 3;

// The PDF and the xSozial message (rendering and XSD validation: the dear part) are made from a snapshot of
// the draft before the transaction; the transaction locks the draft, checks that it is still that snapshot
// (same stored answers, same files, transaction number still free) and only writes (ADR 0024). Changed in
// between (another tab saved an answer or a file), it is prepared again.
export async function einreichen(args: EinreichenArgs): Promise<EinreichenErgebnis> {
  for (let versuch = 0; versuch < VERSUCHE; versuch++) {
    const v = await vorbereiten(args);
    if ('art' in v) return v;
    const ergebnis = await schreiben(args, v);
    if (ergebnis === GEAENDERT) continue;
    // Committed: the delivery worker need not wait for its next poll.
    if (ergebnis.art === 'eingereicht') neueZustellauftraege();
    return ergebnis;
  }
  return { art: 'veraltet' };
}

async function vorbereiten(args: EinreichenArgs): Promise<Vorbereitet | EinreichenErgebnis> {
  const { db, repo } = args;
  const zeile = await entwurfSchnappschuss(db, args.entwurfId, args.besitzer);
  if (zeile === undefined) return schonEingereicht(db, args);
  const entwurf = repo.zuEntwurf(zeile);
  if (entwurf.absendeSchluessel !== args.absendeSchluessel) return { art: 'veraltet' };
  const auswertung = auswerten(entwurf.inhalt, args.kontext);
  const ags = zustaendigesAmt(auswertung.daten);
  if (!auswertung.vollstaendig || ags === undefined) return { art: 'unvollstaendig' };
  const behoerde = await findBehoerde(db, ags);
  if (behoerde === undefined) return { art: 'unvollstaendig' };

  const daten: AntragDaten = { ...auswertung.daten, erklaerungen: args.erklaerungen };
  const dateien = await repo.dateienVonEntwurf(entwurf.id);
  const fehlend = fehlendeUnterlagen(benoetigteUnterlagen(daten), dateien);
  const eingang = eingangAus(daten, dateien, fehlend, {
    vertrauensniveau: args.identitaet.vertrauensniveau,
    postfach: args.identitaet.postfach,
  });
  const eingereichtAm = args.jetzt();
  const schonfrist = schonfristAus(daten);
  const jahr = Number(tagInBerlin(eingereichtAm).slice(0, 4));
  let vorgangsnummer = neueVorgangsnummer(jahr);
  while (!(await vorgangsnummerFrei(db, vorgangsnummer))) {
    vorgangsnummer = neueVorgangsnummer(jahr);
  }
  const id = neueId();
  const antragPdf = await args.pdf.antrag(
    antragPdfEingabe(eingang, { vorgangsnummer, eingereichtAm, behoerde, schonfrist }),
  );

  // The xSozial message for the office, built and validated before anything is written.
  const verbindung = await leseVerbindung(db, ags, DIENST_MIETRUECKSTAENDE);
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
    {
      postfach: args.identitaet.postfach,
      // The declarations and consents are confirmed with the submission itself: that is their moment.
      einreichung: {
        bestaetigtAm: eingereichtAm.toISOString(),
        vertrauensniveau: args.identitaet.vertrauensniveau,
        uebernommen: uebernommeneFelder(daten, args.identitaet),
      },
    },
    antragPdf,
    await dateiInhalte(db, entwurf.id, args.schluessel),
  );
  const nachricht = await baueUndValidiereNachricht(vorgang, profil);
  if (!nachricht.ok) return { art: 'nachricht-ungueltig', fehler: nachricht.fehler };
  return {
    inhalt: zeile.inhalt,
    dateiIds: dateien.map((d) => d.id),
    id,
    vorgangsnummer,
    ags,
    eingang,
    eingereichtAm,
    schonfrist,
    jobcenterHinweis: jobcenterZustaendig(daten),
    antragPdf,
    nachrichtUUID,
    nachrichtXml: nachricht.wert,
  };
}

/** The writes, in ONE transaction that holds the draft's lock only for them. */
function schreiben(args: EinreichenArgs, v: Vorbereitet) {
  const { repo } = args;
  return args.db.transaction().execute(async (trx): Promise<EinreichenErgebnis | typeof GEAENDERT> => {
    const zeile = await entwurfSperren(trx, args.entwurfId, args.besitzer);
    if (zeile === undefined) return schonEingereicht(trx, args);
    const dateien = await repo.dateienVonEntwurf(args.entwurfId, trx);
    const unveraendert =
      zeile.absende_schluessel === args.absendeSchluessel &&
      Buffer.from(zeile.inhalt).equals(Buffer.from(v.inhalt)) &&
      dateien.map((d) => d.id).join() === v.dateiIds.join() &&
      (await vorgangsnummerFrei(trx, v.vorgangsnummer));
    if (!unveraendert) return GEAENDERT;

    await trx
      .insertInto('antrag')
      .values({
        id: v.id,
        vorgangsnummer: v.vorgangsnummer,
        absende_schluessel: args.absendeSchluessel,
        entwurf_id: args.entwurfId,
        besitzer: args.besitzer,
        behoerde_ags: v.ags,
        eingereicht_am: v.eingereichtAm,
        daten: repo.verschluesseln.antrag(v.id, v.eingang),
        antrag_pdf: repo.verschluesseln.pdf(v.id, v.antragPdf),
        nachricht_uuid: v.nachrichtUUID,
        schonfrist_ende: v.schonfrist?.ende ?? null,
        schonfrist_vorlaeufig: v.schonfrist?.vorlaeufig ?? false,
        jobcenter_hinweis: v.jobcenterHinweis,
      })
      .execute();
    await trx
      .updateTable('antrag_datei')
      .set({ antrag_id: v.id, entwurf_id: null })
      .where('entwurf_id', '=', args.entwurfId)
      .execute();

    // The delivery job, in this transaction: the application and its message are stored together or not at all.
    await enqueueZustellung(
      trx,
      {
        behoerdeAgs: v.ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: v.nachrichtXml,
        nachrichtUUID: v.nachrichtUUID,
        bezug: v.id,
        erstelltAm: v.eingereichtAm,
      },
      args.schluessel,
    );

    await trx.deleteFrom('antrag_entwurf').where('id', '=', args.entwurfId).execute();
    return { art: 'eingereicht', vorgangsnummer: v.vorgangsnummer };
  });
}

async function schonEingereicht(db: Db, args: EinreichenArgs) {
  const antrag = await db
    .selectFrom('antrag')
    .select('vorgangsnummer')
    .where('absende_schluessel', '=', args.absendeSchluessel)
    .where('besitzer', '=', args.besitzer)
    .executeTakeFirst();
  return antrag === undefined
    ? ({ art: 'nicht-gefunden' } as const)
    : ({ art: 'schon-eingereicht', vorgangsnummer: antrag.vorgangsnummer } as const);
}

/** The draft's files, decrypted, in upload order. */
async function dateiInhalte(db: Db, entwurfId: string, schluessel: Schluessel): Promise<AnhangDatei[]> {
  const rows = await db
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
