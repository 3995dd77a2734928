import type { Deps } from '../../deps.ts';
import { leseVerbindung } from '../../zustellung/index.ts';
import { tagInBerlin } from '../../shared/index.ts';
import type { Detail } from '../ansichten/detail-daten.ts';
import { findeVerbindung, listeVerbindungstests } from '../repo/verbindung.ts';
import { findNachnutzung } from '../nachnutzung-repo.ts';
import { kontakteFuer } from '../repo/kontakte.ts';
import { ladeFakten } from '../repo/fakten.ts';
import { listeAkzeptanzen } from '../repo/bedingungen.ts';
import { listeEntkopplung, zeitleiste } from '../repo/zeitleiste.ts';
import { listeInteressenbekundungen, listeUnterlagen } from '../repo/unterlagen.ts';
import type { Kopf } from './paar.ts';

/** Everything the detail page of one pair shows, loaded at once. */
export async function ladeDetail(deps: Deps, kopf: Kopf): Promise<Detail> {
  const db = deps.datenbank.db;
  const { ags } = kopf.behoerde;
  const dienstId = kopf.dienst.id;
  const jetzt = deps.jetzt();
  const [
    stand,
    fakten,
    bekundungen,
    akzeptanzen,
    unterlagen,
    verbindung,
    transport,
    tests,
    entkopplung,
    eintraege,
    kontakte,
  ] = await Promise.all([
    findNachnutzung(db, ags, dienstId),
    ladeFakten(db, ags, dienstId, tagInBerlin(jetzt), jetzt),
    listeInteressenbekundungen(db, ags, dienstId),
    listeAkzeptanzen(db, ags, dienstId),
    listeUnterlagen(db, ags, dienstId),
    findeVerbindung(db, ags, dienstId),
    leseVerbindung(db, ags, dienstId),
    listeVerbindungstests(db, ags, dienstId),
    listeEntkopplung(db, ags, dienstId),
    zeitleiste(db, ags, dienstId),
    kontakteFuer(db, ags),
  ]);
  return {
    ...kopf,
    zustand: stand?.zustand ?? 'nicht_angebunden',
    stand,
    fakten,
    bekundungen,
    akzeptanzen,
    unterlagen,
    verbindung,
    transport,
    tests,
    entkopplung,
    zeitleiste: eintraege,
    kontakte,
  };
}
