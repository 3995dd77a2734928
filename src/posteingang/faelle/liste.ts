import { tagInBerlin } from '../../shared/index.ts';
import { antraegeDerBehoerde, zustellstandDerBehoerde } from '../antrag-zugriff.ts';
import type { Kurzinfo } from '../kurzinfo.ts';
import type { FallZeile } from '../posteingang-tables.ts';
import { eilstufe, istOffen, nachDringlichkeit, type Eilstufe, type Sortierbar } from '../reihenfolge.ts';
import { istFallstatus, type Fallstatus } from '../status.ts';
import { passt } from '../suche.ts';
import type { Kontext } from './zugriff.ts';
import { leseKurzinfo, faelleAufnehmen } from './aufnahme.ts';
import { istUeberfaellig } from './fall.ts';

// The cases of one office in order of urgency, filtered and searched.

export type Listeneintrag = Sortierbar & {
  antragId: string;
  name: string;
  kurzinfo: Kurzinfo;
  eil: Eilstufe;
  entscheidung: FallZeile['entscheidung'];
  jobcenterHinweis: boolean;
  offeneNachforderungen: { id: string; frist: string; ueberfaellig: boolean }[];
  nachgereichtAm: Date | null;
  unterlagenFehlen: boolean;
  zustellung: { status: string; zugestelltAm: Date | null } | null;
};

export type Filter = {
  /** A status, 'offen' (not decided; default) or 'alle'. */
  status: Fallstatus | 'offen' | 'alle';
  dringend: boolean;
  unterlagenFehlen: boolean;
  zugestellt: 'ja' | 'nein' | undefined;
  suche: string;
};

export const leererFilter: Filter = {
  status: 'offen',
  dringend: false,
  unterlagenFehlen: false,
  zugestellt: undefined,
  suche: '',
};

/** Reads filter values from a query string; unknown values fall back to the default. */
export function filterAus(q: Record<string, unknown>): Filter {
  const s = q.status;
  const text = (w: unknown) => (typeof w === 'string' ? w : '');
  return {
    status: s === 'offen' || s === 'alle' || istFallstatus(s) ? s : 'offen',
    dringend: q.dringend === 'ja',
    unterlagenFehlen: q.fehlend === 'ja',
    zugestellt: q.zugestellt === 'ja' || q.zugestellt === 'nein' ? q.zugestellt : undefined,
    suche: text(q.suche).slice(0, 100).trim(),
  };
}

/**
 * The cases of one office, most urgent first, filtered and searched. Names are encrypted at rest: the short
 * info of each case is decrypted in memory for display, order and search (ADR 0010). Call only after
 * checking darfZugreifen for `ags`.
 */
export async function faelleDerBehoerde(k: Kontext, ags: string, filter: Filter): Promise<Listeneintrag[]> {
  await faelleAufnehmen(k, { ags });
  const heute = tagInBerlin(k.jetzt());
  const [zeilen, nachforderungen, zustellstand] = await Promise.all([
    antraegeDerBehoerde(k.db, ags),
    k.db
      .selectFrom('posteingang_nachforderung')
      .select(['id', 'antrag_id', 'frist', 'status', 'beantwortet_am'])
      .where('behoerde_ags', '=', ags)
      .execute(),
    zustellstandDerBehoerde(k.db, ags),
  ]);
  const nachAntrag = new Map<string, typeof nachforderungen>();
  for (const n of nachforderungen) nachAntrag.set(n.antrag_id, [...(nachAntrag.get(n.antrag_id) ?? []), n]);

  const eintraege: Listeneintrag[] = [];
  for (const z of zeilen) {
    if (filter.status === 'offen' && !istOffen(z.status)) continue;
    if (filter.status !== 'offen' && filter.status !== 'alle' && z.status !== filter.status) continue;
    const zustellung = zustellstand.get(z.id) ?? zustellstand.get(z.vorgangsnummer) ?? null;
    if (filter.zugestellt === 'ja' && zustellung?.status !== 'delivered') continue;
    if (filter.zugestellt === 'nein' && zustellung?.status === 'delivered') continue;
    const kurzinfo = leseKurzinfo(k.schluessel, z.id, z.kurzinfo);
    if (
      filter.suche !== '' &&
      !passt({ vorgangsnummer: z.vorgangsnummer, namen: kurzinfo.namen }, filter.suche)
    )
      continue;
    const eigene = nachAntrag.get(z.id) ?? [];
    const offene = eigene
      .filter((n) => n.status === 'offen')
      .map((n) => ({ id: n.id, frist: n.frist, ueberfaellig: istUeberfaellig(n, heute) }));
    const nachgereicht =
      eigene
        .map((n) => n.beantwortet_am)
        .filter((d): d is Date => d !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    const unterlagenFehlen = offene.length > 0 || (kurzinfo.fehlend.length > 0 && nachgereicht === null);
    if (filter.unterlagenFehlen && !unterlagenFehlen) continue;
    const sortierbar: Sortierbar = {
      status: z.status,
      schonfrist:
        z.schonfrist_ende === null ? null : { ende: z.schonfrist_ende, vorlaeufig: z.schonfrist_vorlaeufig },
      termine: kurzinfo.termine,
      eingereichtAm: z.eingereicht_am,
      vorgangsnummer: z.vorgangsnummer,
    };
    const eil = eilstufe(sortierbar, heute);
    if (filter.dringend && !eil.dringend) continue;
    eintraege.push({
      ...sortierbar,
      antragId: z.id,
      name: kurzinfo.name,
      kurzinfo,
      eil,
      entscheidung: z.entscheidung,
      jobcenterHinweis: z.jobcenter_hinweis,
      offeneNachforderungen: offene,
      nachgereichtAm: nachgereicht,
      unterlagenFehlen,
      zustellung,
    });
  }
  return nachDringlichkeit(eintraege, heute);
}
