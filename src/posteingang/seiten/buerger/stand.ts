import type { AntragZeile } from '../../../antrag/index.ts';
import { tagInBerlin } from '../../../shared/index.ts';
import { findBehoerde } from '../../../katalog/index.ts';
import { zustellstatus } from '../../../zustellung/index.ts';
import { vermieterStand } from '../../../vermieter/index.ts';
import {
  fallZuAntrag,
  istUeberfaellig,
  nachforderungenVon,
  nachforderungHinweis,
  type Kontext,
} from '../../faelle.ts';
import type { NachforderungZeile } from '../../posteingang-tables.ts';
import { entscheidungText } from '../../status.ts';
import { datum } from '../bausteine.tsx';
import type { AntragStand, OffeneNachforderung } from './typen.ts';

// What the citizen sees of an application: delivery, case status, decision, Schonfrist and requests.

export const offene = (k: Kontext, n: NachforderungZeile, heute: string): OffeneNachforderung => ({
  id: n.id,
  unterlagen: n.unterlagen,
  frist: n.frist,
  status: n.status,
  erstellt_am: n.erstellt_am,
  beantwortet_am: n.beantwortet_am,
  eigene: n.akteur_art === 'buerger',
  ueberfaellig: n.akteur_art !== 'buerger' && istUeberfaellig(n, heute),
  hinweisText: nachforderungHinweis(k, n),
});

export async function stand(k: Kontext, antrag: AntragZeile): Promise<AntragStand> {
  const heute = tagInBerlin(k.jetzt());
  const [f, behoerde, nachforderungen, zustellung, vermieter] = await Promise.all([
    fallZuAntrag(k, antrag),
    findBehoerde(k.db, antrag.behoerde_ags),
    nachforderungenVon(k.db, antrag.id),
    zustellstatus(k.db, antrag.id).then(async (z) => z ?? (await zustellstatus(k.db, antrag.vorgangsnummer))),
    vermieterStand(k.db, antrag.id, k.jetzt()),
  ]);
  const name = behoerde?.name ?? 'das Sozialamt';
  return {
    vorgangsnummer: antrag.vorgangsnummer,
    behoerde: name,
    eingereichtAm: antrag.eingereicht_am,
    zustellung:
      zustellung?.text ??
      `Ihr Antrag ist gespeichert und wird an ${name} übermittelt. Das dauert meist nur wenige Minuten.`,
    status: f.fall.status,
    entscheidung:
      f.fall.entscheidung === null
        ? undefined
        : `${entscheidungText({ art: f.fall.entscheidung, betragCent: f.fall.betrag_cent, weitergeleitetAm: f.fall.weitergeleitet_am }, datum)}.`,
    schonfrist:
      antrag.schonfrist_ende === null
        ? null
        : { ende: antrag.schonfrist_ende, vorlaeufig: antrag.schonfrist_vorlaeufig },
    nachforderungen: nachforderungen.map((n) => offene(k, n, heute)),
    antragPdf: antrag.antrag_pdf !== null,
    vermieter,
  };
}
