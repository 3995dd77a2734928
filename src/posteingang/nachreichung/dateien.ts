import { dateiFehlertext, dateinameFuerTyp, formatGroesse, pruefeDatei } from '../../antrag/index.ts';
import { decrypt, decryptJson, encrypt, encryptJson } from '../../shared/index.ts';
import { BUERGER, istId, neueId, protokolliere, type Fall, type Kontext } from '../faelle.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';

// The files a citizen uploads for a request: checked like in the wizard, encrypted at rest, removable until sent.

const dateiKontext = (id: string) => `posteingang-datei:${id}`;
const metaKontext = (id: string) => `posteingang-datei-meta:${id}`;

export type NachgereichteDatei = {
  id: string;
  nachforderungId: string;
  art: string;
  groesse: number;
  dateiname: string;
  mime: string;
  hochgeladenAm: Date;
  gesendet: boolean;
};

export async function dateienDerNachforderung(
  k: Kontext,
  nachforderungId: string,
): Promise<NachgereichteDatei[]> {
  return dateienWo(k, 'nachforderung_id', nachforderungId);
}

export async function nachgereichteDateien(k: Kontext, antragId: string): Promise<NachgereichteDatei[]> {
  return dateienWo(k, 'antrag_id', antragId);
}

async function dateienWo(k: Kontext, spalte: 'nachforderung_id' | 'antrag_id', wert: string) {
  const zeilen = await k.db
    .selectFrom('posteingang_datei')
    .select(['id', 'nachforderung_id', 'art', 'groesse', 'meta', 'hochgeladen_am', 'gesendet'])
    .where(spalte, '=', wert)
    .orderBy('hochgeladen_am')
    .orderBy('id')
    .execute();
  return zeilen.map((z) => {
    const meta = decryptJson<{ dateiname: string; mime: string }>(k.schluessel, z.meta, metaKontext(z.id));
    return {
      id: z.id,
      nachforderungId: z.nachforderung_id,
      art: z.art,
      groesse: z.groesse,
      dateiname: meta.dateiname,
      mime: meta.mime,
      hochgeladenAm: z.hochgeladen_am,
      gesendet: z.gesendet,
    };
  });
}

/** The content of a follow-up file of this application; undefined if the id is not one of its files. */
export async function nachgereichteDateiInhalt(
  k: Kontext,
  antragId: string,
  dateiId: string,
): Promise<{ info: NachgereichteDatei; inhalt: Buffer } | undefined> {
  if (!istId(dateiId)) return undefined;
  const z = await k.db
    .selectFrom('posteingang_datei')
    .selectAll()
    .where('id', '=', dateiId)
    .where('antrag_id', '=', antragId)
    .executeTakeFirst();
  if (z === undefined) return undefined;
  const meta = decryptJson<{ dateiname: string; mime: string }>(k.schluessel, z.meta, metaKontext(z.id));
  return {
    info: {
      id: z.id,
      nachforderungId: z.nachforderung_id,
      art: z.art,
      groesse: z.groesse,
      dateiname: meta.dateiname,
      mime: meta.mime,
      hochgeladenAm: z.hochgeladen_am,
      gesendet: z.gesendet,
    },
    inhalt: decrypt(k.schluessel, z.inhalt, dateiKontext(z.id)),
  };
}

export type HochladeErgebnis = { ok: true; id: string } | { ok: false; status: number; meldung: string };

export type Grenzen = { maxDatei: number; maxGesamt: number };

/** Stores one uploaded file for an open request, after the same checks as in the wizard. */
export async function dateiHochladen(
  k: Kontext,
  f: Fall,
  n: NachforderungZeile,
  datei: { art: string; dateiname: string; inhalt: Buffer },
  grenzen: Grenzen,
): Promise<HochladeErgebnis> {
  if (n.status !== 'offen')
    return {
      ok: false,
      status: 409,
      meldung: 'Diese Nachforderung ist schon beantwortet. Sie können nichts mehr hinzufügen',
    };
  if (!n.unterlagen.includes(datei.art))
    return { ok: false, status: 404, meldung: 'Diese Unterlage wurde nicht nachgefordert' };
  const befund = await pruefeDatei(datei.inhalt);
  if (!befund.ok) return { ok: false, status: 415, meldung: dateiFehlertext(befund.grund, datei.dateiname) };
  if (datei.inhalt.length > grenzen.maxDatei)
    return {
      ok: false,
      status: 413,
      meldung: `Die Datei „${datei.dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(grenzen.maxDatei)} haben`,
    };
  const vorhanden = await dateienDerNachforderung(k, n.id);
  const summe = vorhanden.reduce((s, d) => s + d.groesse, 0);
  if (summe + datei.inhalt.length > grenzen.maxGesamt)
    return {
      ok: false,
      status: 413,
      meldung: `Alle Unterlagen zusammen dürfen höchstens ${formatGroesse(grenzen.maxGesamt)} haben. Mit „${datei.dateiname}“ wären es ${formatGroesse(summe + datei.inhalt.length)}`,
    };
  const id = neueId();
  const jetzt = k.jetzt();
  await k.db
    .insertInto('posteingang_datei')
    .values({
      id,
      nachforderung_id: n.id,
      antrag_id: f.antrag.id,
      art: datei.art,
      groesse: datei.inhalt.length,
      meta: encryptJson(
        k.schluessel,
        { dateiname: dateinameFuerTyp(datei.dateiname, befund.mime), mime: befund.mime },
        metaKontext(id),
      ),
      inhalt: encrypt(k.schluessel, datei.inhalt, dateiKontext(id)),
      hochgeladen_am: jetzt,
    })
    .execute();
  await protokolliere(k.db, f.antrag, 'unterlagen_hochgeladen', BUERGER, jetzt, {
    nachforderung: n.id,
    art: datei.art,
  });
  return { ok: true, id };
}

/** Removes a file that was not sent yet. */
export async function dateiEntfernen(k: Kontext, n: NachforderungZeile, dateiId: string): Promise<boolean> {
  if (!istId(dateiId) || n.status !== 'offen') return false;
  const r = await k.db
    .deleteFrom('posteingang_datei')
    .where('id', '=', dateiId)
    .where('nachforderung_id', '=', n.id)
    .where('gesendet', '=', false)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
