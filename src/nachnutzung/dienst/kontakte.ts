import type { KontaktEbene, KontaktRolle } from '../nachnutzung-tables.ts';
import { Abbruch, type Akteur, type DienstDeps, type Ergebnis, inTransaktion } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';

// Contacts and exports.

export type KontaktEingabe = {
  ebene: KontaktEbene;
  rolle: KontaktRolle;
  behoerdeAgs: string | null;
  bezeichnung: string;
  email: string | null;
  telefon: string | null;
  hinweis: string | null;
};

export async function legeKontaktAn(
  deps: DienstDeps,
  akteur: Akteur,
  k: KontaktEingabe,
): Promise<Ergebnis<{ id: string }>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const { id } = await trx
      .insertInto('nachnutzung_kontakt')
      .values({
        ebene: k.ebene,
        rolle: k.rolle,
        behoerde_ags: k.behoerdeAgs,
        bezeichnung: k.bezeichnung,
        email: k.email,
        telefon: k.telefon,
        hinweis: k.hinweis,
        erstellt_am: jetzt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await protokolliere(trx, jetzt, {
      ags: k.behoerdeAgs,
      aktion: 'kontakt_angelegt',
      akteur,
      daten: { kontakt: id, ...k },
    });
    return { id };
  });
}

export async function loescheKontakt(deps: DienstDeps, akteur: Akteur, id: string): Promise<Ergebnis> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const k = await trx.selectFrom('nachnutzung_kontakt').selectAll().where('id', '=', id).executeTakeFirst();
    if (k === undefined) throw new Abbruch(['Diesen Kontakt gibt es nicht mehr.']);
    await trx.deleteFrom('nachnutzung_kontakt').where('id', '=', id).execute();
    await protokolliere(trx, jetzt, {
      ags: k.behoerde_ags,
      aktion: 'kontakt_geloescht',
      akteur,
      daten: { kontakt: id, bezeichnung: k.bezeichnung, rolle: k.rolle, ebene: k.ebene },
    });
    return null;
  });
}
