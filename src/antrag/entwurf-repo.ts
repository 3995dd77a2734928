import { randomBytes } from 'node:crypto';
import type { Db } from '../db/index.ts';
import { decryptJson, encryptJson, type Schluessel } from '../shared/index.ts';
import { istId, neueId, type Entwurf } from './repo-basis.ts';
import type { EntwurfInhalt } from './flow.ts';

// The drafts: the raw answers encrypted with the row id as associated data, owned by an owner key.

export function entwurfRepo(db: Db, datenSchluessel: Schluessel) {
  const entwurfKontext = (id: string) => `antrag-entwurf:${id}`;

  function zuEntwurfIntern(row: {
    id: string;
    inhalt: Buffer;
    absende_schluessel: string;
    erstellt_am: Date;
    geaendert_am: Date;
  }): Entwurf {
    return {
      id: row.id,
      inhalt: decryptJson<EntwurfInhalt>(datenSchluessel, row.inhalt, entwurfKontext(row.id)),
      absendeSchluessel: row.absende_schluessel,
      erstelltAm: row.erstellt_am,
      geaendertAm: row.geaendert_am,
    };
  }

  async function entwurfAnlegen(besitzer: string, inhalt: EntwurfInhalt, jetzt: Date): Promise<Entwurf> {
    const id = neueId();
    const row = {
      id,
      besitzer,
      inhalt: encryptJson(datenSchluessel, inhalt, entwurfKontext(id)),
      absende_schluessel: randomBytes(16).toString('base64url'),
      erstellt_am: jetzt,
      geaendert_am: jetzt,
    };
    await db.insertInto('antrag_entwurf').values(row).execute();
    return zuEntwurfIntern(row);
  }

  async function entwurfLaden(id: string, besitzer: string): Promise<Entwurf | undefined> {
    if (!istId(id)) return undefined;
    const row = await db
      .selectFrom('antrag_entwurf')
      .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return row === undefined ? undefined : zuEntwurfIntern(row);
  }

  async function entwurfSpeichern(id: string, besitzer: string, inhalt: EntwurfInhalt, jetzt: Date) {
    await db
      .updateTable('antrag_entwurf')
      .set({ inhalt: encryptJson(datenSchluessel, inhalt, entwurfKontext(id)), geaendert_am: jetzt })
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .execute();
  }

  async function entwuerfeVon(besitzer: string): Promise<Entwurf[]> {
    const rows = await db
      .selectFrom('antrag_entwurf')
      .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
      .where('besitzer', '=', besitzer)
      .orderBy('geaendert_am', 'desc')
      .execute();
    return rows.map(zuEntwurfIntern);
  }

  async function entwurfLoeschen(id: string, besitzer: string): Promise<boolean> {
    const r = await db
      .deleteFrom('antrag_entwurf')
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  return {
    zuEntwurf: zuEntwurfIntern,
    entwurfAnlegen,
    entwurfLaden,
    entwurfSpeichern,
    entwuerfeVon,
    entwurfLoeschen,
  };
}
