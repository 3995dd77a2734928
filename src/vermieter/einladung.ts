import { randomBytes } from 'node:crypto';
import type { AntragZeile } from '../antrag/index.ts';
import { decryptJson, encrypt, encryptJson } from '../shared/index.ts';
import { codeHash, CODE_MUSTER, neuerCode } from './code.ts';
import type { VermieterKontext } from './kontext.ts';
import { protokolliere } from './protokoll.ts';
import type { EinladungZeile } from './vermieter-tables.ts';

// An invitation: a single-purpose declaration for one application and its landlord, reachable at
// /vermieter/{code}. A new invitation replaces the open ones of the same application, so only one link works.

export const VERMIETER_PFAD = '/vermieter';

export type Akteur = { art: EinladungZeile['akteur_art']; name: string };
export type Kontakt = { email?: string | undefined; name: string; anschrift: string };

const kontaktKontext = (id: string) => `vermieter-kontakt:${id}`;
const briefKontext = (id: string) => `vermieter-brief:${id}`;

export const linkZu = (baseUrl: string, code: string) => `${baseUrl}${VERMIETER_PFAD}/${code}`;

export function kontaktVon(k: VermieterKontext, e: Pick<EinladungZeile, 'id' | 'kontakt'>): Kontakt {
  return decryptJson<Kontakt>(k.schluessel, e.kontakt, kontaktKontext(e.id));
}

/** The landlord as the citizen named them in the application (name, address, e-mail if given). */
export function kontaktAusAntrag(k: VermieterKontext, antrag: AntragZeile): Kontakt {
  const d = k.repo.antragDaten(antrag).daten;
  const v = d.vermieter;
  const email = d['vermieter-kontakt']?.email;
  return {
    name: v?.name ?? 'Vermieter',
    anschrift: v === undefined ? '' : `${v.strasse} ${v.hausnummer}, ${v.plz} ${v.ort}`,
    ...(email !== undefined ? { email } : {}),
  };
}

export type NeueEinladung = { einladung: EinladungZeile; code: string; link: string; kontakt: Kontakt };

/**
 * Creates the invitation (code hash, validity, the landlord's contact encrypted) and revokes the open ones of
 * the same application. The letter is added by the caller (`briefSpeichern`) once rendered.
 */
export async function einladungAnlegen(
  k: VermieterKontext,
  antrag: AntragZeile,
  akteur: Akteur,
): Promise<NeueEinladung> {
  const jetzt = k.jetzt();
  const id = randomBytes(12).toString('base64url');
  const code = neuerCode();
  const kontakt = kontaktAusAntrag(k, antrag);
  const gueltigBis = new Date(jetzt.getTime() + k.config.vermieter.gueltigkeitTage * 86_400_000);
  const einladung = await k.db.transaction().execute(async (trx) => {
    const ersetzt = await trx
      .updateTable('vermieter_einladung')
      .set({ widerrufen_am: jetzt, brief: null })
      .where('antrag_id', '=', antrag.id)
      .where('widerrufen_am', 'is', null)
      .where('eingereicht_am', 'is', null)
      .returning('id')
      .execute();
    for (const e of ersetzt) await protokolliere(trx, e.id, 'ersetzt', jetzt, { durch: id });
    const zeile = await trx
      .insertInto('vermieter_einladung')
      .values({
        id,
        antrag_id: antrag.id,
        behoerde_ags: antrag.behoerde_ags,
        code_hash: codeHash(code),
        erstellt_am: jetzt,
        gueltig_bis: gueltigBis,
        akteur_art: akteur.art,
        akteur_name: akteur.name,
        widerrufen_am: null,
        kontakt: encryptJson(k.schluessel, kontakt, kontaktKontext(id)),
        brief: null,
        bestaetigung_hash: null,
        bestaetigung_bis: null,
        erklaerung: null,
        datei: null,
        datei_meta: null,
        eingereicht_am: null,
        nachricht_uuid: null,
        zustell_auftrag_id: null,
        frist: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await protokolliere(trx, id, 'eingeladen', jetzt, {
      akteur: akteur.art,
      email: kontakt.email !== undefined,
    });
    return zeile;
  });
  k.logger.info({ einladung: id, akteur: akteur.art }, 'Vermieter eingeladen');
  return { einladung, code, link: linkZu(k.config.baseUrl, code), kontakt };
}

export async function briefSpeichern(k: VermieterKontext, id: string, pdf: Buffer): Promise<void> {
  await k.db
    .updateTable('vermieter_einladung')
    .set({ brief: encrypt(k.schluessel, pdf, briefKontext(id)) })
    .where('id', '=', id)
    .execute();
}

export { briefKontext };

/** Revokes an open invitation of this application (the office). False if there is none open with that id. */
export async function widerrufen(k: VermieterKontext, antragId: string, id: string): Promise<boolean> {
  const jetzt = k.jetzt();
  const r = await k.db
    .updateTable('vermieter_einladung')
    .set({ widerrufen_am: jetzt, brief: null })
    .where('id', '=', id)
    .where('antrag_id', '=', antragId)
    .where('widerrufen_am', 'is', null)
    .where('eingereicht_am', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await protokolliere(k.db, id, 'widerrufen', jetzt);
  k.logger.info({ einladung: id }, 'Einladung des Vermieters widerrufen');
  return true;
}

/** The invitations of an application, newest first. */
export async function einladungenZu(k: Pick<VermieterKontext, 'db'>, antragId: string) {
  return k.db
    .selectFrom('vermieter_einladung')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('erstellt_am', 'desc')
    .orderBy('id')
    .execute();
}

export type Einladungsstand = 'offen' | 'abgelaufen' | 'widerrufen' | 'eingereicht';

export function stand(
  e: Pick<EinladungZeile, 'eingereicht_am' | 'widerrufen_am' | 'gueltig_bis'>,
  jetzt: Date,
): Einladungsstand {
  if (e.eingereicht_am !== null) return 'eingereicht';
  if (e.widerrufen_am !== null) return 'widerrufen';
  if (e.gueltig_bis.getTime() <= jetzt.getTime()) return 'abgelaufen';
  return 'offen';
}

/**
 * The open invitation for a code, or undefined – for an unknown, malformed, expired, revoked or used code
 * alike, so the page gives no hint whether a case exists. The reason is logged (without the code).
 */
export async function offeneEinladung(
  k: VermieterKontext,
  code: string,
): Promise<EinladungZeile | undefined> {
  if (!CODE_MUSTER.test(code)) {
    k.logger.info({ grund: 'format' }, 'Vermieter-Code abgelehnt');
    return undefined;
  }
  const e = await k.db
    .selectFrom('vermieter_einladung')
    .selectAll()
    .where('code_hash', '=', codeHash(code))
    .executeTakeFirst();
  if (e === undefined) {
    k.logger.info({ grund: 'unbekannt' }, 'Vermieter-Code abgelehnt');
    return undefined;
  }
  const s = stand(e, k.jetzt());
  if (s !== 'offen') {
    k.logger.info({ grund: s, einladung: e.id }, 'Vermieter-Code abgelehnt');
    await protokolliere(k.db, e.id, 'abgelehnt', k.jetzt(), { grund: s });
    return undefined;
  }
  return e;
}
