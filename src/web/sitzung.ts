import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/index.ts';
import { decryptJson, encryptJson, type Schluessel } from '../shared/index.ts';

// Server-side sessions, one cookie per kind so that citizen and staff sessions never mix. The cookie holds
// a random id; the database holds only its SHA-256 hash and the AES-GCM-encrypted data.

export type SitzungsArt = 'buerger' | 'personal';

export type SitzungsOptionen = {
  db: Db;
  schluessel: Schluessel;
  sicher: boolean;
  jetzt: () => Date;
  /** Minutes without a request after which the session ends. */
  leerlaufMinuten: Record<SitzungsArt, number>;
  hoechstdauerStunden: number;
};

export const cookieName: Record<SitzungsArt, string> = { buerger: 'mr_buerger', personal: 'mr_personal' };

export type Sitzung<T> = { daten: T; ablauf: Date };

/** How far the sliding end must move before it is written. */
const BERUEHRUNG_AB_MS = 60_000;

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');

export function createSitzungen(opts: SitzungsOptionen) {
  const cookieOptionen = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: opts.sicher,
  };

  async function lesen<T>(request: FastifyRequest, art: SitzungsArt): Promise<Sitzung<T> | null> {
    const id = request.cookies[cookieName[art]];
    if (id === undefined || id.length < 32) return null;
    const key = hash(id);
    const row = await opts.db
      .selectFrom('web_sitzung')
      .select(['daten', 'laeuft_ab_am', 'erstellt_am'])
      .where('id', '=', key)
      .where('art', '=', art)
      .executeTakeFirst();
    const jetzt = opts.jetzt();
    if (row === undefined || row.laeuft_ab_am <= jetzt) return null;
    // Sliding idle time-out, capped by the absolute maximum age.
    const ablauf = new Date(
      Math.min(
        jetzt.getTime() + opts.leerlaufMinuten[art] * 60_000,
        row.erstellt_am.getTime() + opts.hoechstdauerStunden * 3_600_000,
      ),
    );
    // Written only when it moves the end by more than a minute: a burst of requests (a page and its form
    // post) costs one write, not one each (ADR 0024). The end shown is the one stored, never later. An end
    // that moves earlier (the absolute maximum age is near) is always written and shown at once.
    const differenz = ablauf.getTime() - row.laeuft_ab_am.getTime();
    const verschoben = differenz > BERUEHRUNG_AB_MS || differenz < 0;
    if (verschoben) {
      await opts.db
        .updateTable('web_sitzung')
        .set({ zuletzt_am: jetzt, laeuft_ab_am: ablauf })
        .where('id', '=', key)
        .execute();
    }
    return {
      daten: decryptJson<T>(opts.schluessel, row.daten, `sitzung:${art}`),
      ablauf: verschoben ? ablauf : row.laeuft_ab_am,
    };
  }

  /** Creates a session row and returns the cookie value. Tests use it to sign in without a login flow. */
  async function erzeugen(art: SitzungsArt, daten: unknown): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const jetzt = opts.jetzt();
    await opts.db
      .insertInto('web_sitzung')
      .values({
        id: hash(id),
        art,
        daten: encryptJson(opts.schluessel, daten, `sitzung:${art}`),
        erstellt_am: jetzt,
        zuletzt_am: jetzt,
        laeuft_ab_am: new Date(jetzt.getTime() + opts.leerlaufMinuten[art] * 60_000),
      })
      .execute();
    return id;
  }

  /** Starts a new session with a new id, ending any previous one of this kind (no session fixation). */
  async function starten(request: FastifyRequest, reply: FastifyReply, art: SitzungsArt, daten: unknown) {
    await beenden(request, reply, art);
    reply.setCookie(cookieName[art], await erzeugen(art, daten), cookieOptionen);
  }

  async function aktualisieren(request: FastifyRequest, art: SitzungsArt, daten: unknown): Promise<void> {
    const id = request.cookies[cookieName[art]];
    if (id === undefined) return;
    await opts.db
      .updateTable('web_sitzung')
      .set({ daten: encryptJson(opts.schluessel, daten, `sitzung:${art}`) })
      .where('id', '=', hash(id))
      .where('art', '=', art)
      .execute();
  }

  async function beenden(request: FastifyRequest, reply: FastifyReply, art: SitzungsArt): Promise<void> {
    const id = request.cookies[cookieName[art]];
    if (id !== undefined) {
      await opts.db.deleteFrom('web_sitzung').where('id', '=', hash(id)).execute();
      reply.clearCookie(cookieName[art], cookieOptionen);
    }
  }

  const aufraeumen = () => abgelaufeneSitzungenLoeschen(opts.db, opts.jetzt());

  return { lesen, erzeugen, starten, aktualisieren, beenden, aufraeumen };
}

export type Sitzungen = ReturnType<typeof createSitzungen>;

/** Deletion rule: sessions past their end (they hold the encrypted BundID identity) are deleted. */
export async function abgelaufeneSitzungenLoeschen(db: Db, jetzt: Date): Promise<number> {
  const r = await db.deleteFrom('web_sitzung').where('laeuft_ab_am', '<', jetzt).executeTakeFirst();
  return Number(r.numDeletedRows);
}
