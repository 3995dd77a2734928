import type { Deps } from '../deps.ts';
import type { Entwurfsquelle, QuellEntwurf } from '../nachnutzung/index.ts';
import { antragRepo, loeschdatum, type Trx } from './antrag-repo.ts';
import type { Db } from '../db/index.ts';
import type { EntwurfInhalt } from './flow.ts';
import { amtDesEntwurfs } from './zustaendigkeit.ts';

// The drafts for the re-use management's notices to their owners (port in src/nachnutzung/entwurfsquelle.ts).

type QuelleDeps = Pick<Deps, 'secrets' | 'config' | 'logger'>;

const SPALTEN = ['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'] as const;

/** The address the owner gave if they chose to be contacted by e-mail. */
function emailAdresse(inhalt: EntwurfInhalt): string | undefined {
  const kontakt = inhalt.eingaben.kontakt;
  if (kontakt?.kontaktweg !== 'email' || typeof kontakt.email !== 'string') return undefined;
  const adresse = kontakt.email.trim();
  return adresse === '' ? undefined : adresse;
}

/** The address to notify if the draft names this office and chose e-mail as the way to be contacted. */
export function entwurfsAdresse(inhalt: EntwurfInhalt, ags: string): string | undefined {
  return amtDesEntwurfs(inhalt) === ags ? emailAdresse(inhalt) : undefined;
}

export function antragEntwurfsquelle(deps: QuelleDeps): Entwurfsquelle {
  const zuEntwurf = (db: Db | Trx) => antragRepo(db, deps.secrets.dataKey).zuEntwurf;
  return {
    async entwuerfeMitEmailFuer(db, ags, erstelltBis) {
      const zeilen = await db
        .selectFrom('antrag_entwurf')
        .select(SPALTEN)
        .where('erstellt_am', '<=', erstelltBis)
        .execute();
      const lies = zuEntwurf(db);
      const ids: string[] = [];
      for (const zeile of zeilen) {
        try {
          if (entwurfsAdresse(lies(zeile).inhalt, ags) !== undefined) ids.push(zeile.id);
        } catch (error) {
          deps.logger.warn({ err: error, entwurf: zeile.id }, 'Entwurf nicht lesbar');
        }
      }
      return ids;
    },
    async entwurf(db, id): Promise<QuellEntwurf | undefined> {
      const zeile = await db
        .selectFrom('antrag_entwurf')
        .select(SPALTEN)
        .where('id', '=', id)
        .executeTakeFirst();
      if (zeile === undefined) return undefined;
      const entwurf = zuEntwurf(db)(zeile);
      const amt = amtDesEntwurfs(entwurf.inhalt);
      const email = emailAdresse(entwurf.inhalt);
      return {
        id: entwurf.id,
        ...(amt === undefined ? {} : { amt }),
        ...(email === undefined ? {} : { email }),
        loeschdatum: loeschdatum(entwurf.geaendertAm, deps.config.draftRetentionDays),
      };
    },
  };
}
