import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/index.ts';
import { findBehoerde } from '../katalog/index.ts';

// API keys of case-management adapters (Prosoz, Lämmerzahl, …), one office each. A key is 32 random bytes,
// shown once when it is created; only its SHA-256 is stored. Lookup is by that hash, so a wrong key costs one
// indexed query and reveals nothing about stored keys.

export const SCHLUESSEL_PRAEFIX = 'mrk_';

export type ApiSchluessel = {
  id: string;
  behoerdeAgs: string;
  bezeichnung: string;
  praefix: string;
  erstelltAm: Date;
  zuletztBenutztAm: Date | null;
  widerrufenAm: Date | null;
};

const hash = (schluessel: string) => createHash('sha256').update(schluessel, 'utf8').digest('hex');

export type AnlageErgebnis =
  { ok: true; schluessel: string; eintrag: ApiSchluessel } | { ok: false; meldung: string };

export async function apiSchluesselAnlegen(
  db: Db,
  ags: string,
  bezeichnung: string,
  jetzt: Date,
): Promise<AnlageErgebnis> {
  if (!/^\d{5}$/.test(ags))
    return { ok: false, meldung: `„${ags}“ ist kein fünfstelliger Kreisschlüssel (AGS).` };
  if ((await findBehoerde(db, ags)) === undefined)
    return { ok: false, meldung: `Ein Sozialamt mit dem Kreisschlüssel ${ags} gibt es nicht.` };
  const name = bezeichnung.trim();
  if (name === '' || name.length > 200)
    return { ok: false, meldung: 'Die Bezeichnung muss 1 bis 200 Zeichen haben.' };
  const schluessel = `${SCHLUESSEL_PRAEFIX}${randomBytes(32).toString('base64url')}`;
  const z = await db
    .insertInto('posteingang_api_schluessel')
    .values({
      behoerde_ags: ags,
      bezeichnung: name,
      schluessel_hash: hash(schluessel),
      praefix: schluessel.slice(0, 12),
      erstellt_am: jetzt,
      zuletzt_benutzt_am: null,
      widerrufen_am: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, schluessel, eintrag: aus(z) };
}

function aus(z: {
  id: string;
  behoerde_ags: string;
  bezeichnung: string;
  praefix: string;
  erstellt_am: Date;
  zuletzt_benutzt_am: Date | null;
  widerrufen_am: Date | null;
}): ApiSchluessel {
  return {
    id: z.id,
    behoerdeAgs: z.behoerde_ags,
    bezeichnung: z.bezeichnung,
    praefix: z.praefix,
    erstelltAm: z.erstellt_am,
    zuletztBenutztAm: z.zuletzt_benutzt_am,
    widerrufenAm: z.widerrufen_am,
  };
}

/** The active key with this value, or undefined. Marks it used (at most once a minute). */
export async function apiSchluesselPruefen(
  db: Db,
  schluessel: string,
  jetzt: Date,
): Promise<ApiSchluessel | undefined> {
  if (!schluessel.startsWith(SCHLUESSEL_PRAEFIX) || schluessel.length > 200) return undefined;
  const z = await db
    .selectFrom('posteingang_api_schluessel')
    .selectAll()
    .where('schluessel_hash', '=', hash(schluessel))
    .where('widerrufen_am', 'is', null)
    .executeTakeFirst();
  if (z === undefined) return undefined;
  if (z.zuletzt_benutzt_am === null || jetzt.getTime() - z.zuletzt_benutzt_am.getTime() > 60_000)
    await db
      .updateTable('posteingang_api_schluessel')
      .set({ zuletzt_benutzt_am: jetzt })
      .where('id', '=', z.id)
      .execute();
  return aus(z);
}

export async function apiSchluesselListe(db: Db): Promise<ApiSchluessel[]> {
  const zeilen = await db
    .selectFrom('posteingang_api_schluessel')
    .selectAll()
    .orderBy('behoerde_ags')
    .orderBy('erstellt_am')
    .execute();
  return zeilen.map(aus);
}

export async function apiSchluesselWiderrufen(db: Db, id: string, jetzt: Date): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const r = await db
    .updateTable('posteingang_api_schluessel')
    .set({ widerrufen_am: jetzt })
    .where('id', '=', id)
    .where('widerrufen_am', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** `npm run cli -- api-schluessel anlegen <AGS> [Bezeichnung] | liste | widerrufen <id>` */
export async function apiSchluesselBefehl(
  args: string[],
  k: { db: Db; jetzt: () => Date; ausgabe: (z: string) => void; fehler: (z: string) => void },
): Promise<number> {
  const [unter, ...rest] = args;
  if (unter === 'anlegen') {
    const [ags, ...name] = rest;
    if (ags === undefined) {
      k.fehler('Verwendung: api-schluessel anlegen <AGS> [Bezeichnung]');
      return 2;
    }
    const e = await apiSchluesselAnlegen(k.db, ags, name.join(' ') || 'Fachverfahren', k.jetzt());
    if (!e.ok) {
      k.fehler(e.meldung);
      return 1;
    }
    k.ausgabe(`API-Schlüssel für ${ags} angelegt (Kennung ${e.eintrag.id}, „${e.eintrag.bezeichnung}“).`);
    k.ausgabe(
      'Der Schlüssel wird nur jetzt angezeigt. Bewahren Sie ihn im Secret-Speicher des Fachverfahrens auf:',
    );
    k.ausgabe(e.schluessel);
    k.ausgabe(
      'Verwendung: Authorization: Bearer <Schlüssel> an /api/v1/… (Beschreibung: /api/v1/openapi.json)',
    );
    return 0;
  }
  if (unter === 'liste') {
    const liste = await apiSchluesselListe(k.db);
    if (liste.length === 0) k.ausgabe('Keine API-Schlüssel angelegt.');
    for (const s of liste)
      k.ausgabe(
        `${s.id}  ${s.behoerdeAgs}  ${s.praefix}…  ${s.widerrufenAm === null ? 'aktiv    ' : 'widerrufen'}  ${s.bezeichnung}`,
      );
    return 0;
  }
  if (unter === 'widerrufen') {
    const [id] = rest;
    if (id === undefined || !(await apiSchluesselWiderrufen(k.db, id, k.jetzt()))) {
      k.fehler(`Einen aktiven API-Schlüssel mit der Kennung ${id ?? '(fehlt)'} gibt es nicht.`);
      return 1;
    }
    k.ausgabe(`API-Schlüssel ${id} widerrufen.`);
    return 0;
  }
  k.fehler('Verwendung: api-schluessel anlegen <AGS> [Bezeichnung] | liste | widerrufen <Kennung>');
  return 2;
}
