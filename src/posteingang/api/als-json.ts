import type { DateiInfo } from '../../antrag/index.ts';
import { originalAuftrag } from '../antrag-zugriff.ts';
import { fallAnsicht, type FallAnsicht } from '../ansicht.ts';
import { unterlagenTitel, type Fall } from '../faelle.ts';
import type { ApiKontext } from './endpunkt.ts';
import type { AntragJson } from './schemas.ts';

// A case as the API shows it (schema: antragSchema in schemas.ts).

type Url = ApiKontext['url'];

function dateiJson(
  d: Pick<DateiInfo, 'id' | 'art' | 'dateiname' | 'mime' | 'groesse'>,
  basis: string,
  url: Url,
) {
  return {
    id: d.id,
    art: d.art,
    bezeichnung: unterlagenTitel(d.art),
    dateiname: d.dateiname,
    mime: d.mime,
    groesse: d.groesse,
    url: url(`${basis}/dateien/${d.id}`),
  };
}

export function alsJson(a: FallAnsicht, xmlVorhanden: boolean, url: Url): AntragJson {
  const basis = `/antraege/${a.antrag.vorgangsnummer}`;
  return {
    vorgangsnummer: a.antrag.vorgangsnummer,
    behoerdeAgs: a.antrag.behoerde_ags,
    eingereichtAm: a.antrag.eingereicht_am.toISOString(),
    status: a.fall.status,
    entscheidung:
      a.fall.entscheidung === null
        ? null
        : {
            art: a.fall.entscheidung,
            betragCent: a.fall.betrag_cent,
            weitergeleitetAm: a.fall.weitergeleitet_am,
          },
    version: a.fall.version,
    schonfrist:
      a.antrag.schonfrist_ende === null
        ? null
        : { ende: a.antrag.schonfrist_ende, vorlaeufig: a.antrag.schonfrist_vorlaeufig },
    termine: a.kurzinfo.termine,
    dringend: a.eil.dringend,
    jobcenterHinweis: a.antrag.jobcenter_hinweis,
    antragsteller: a.kurzinfo.name,
    daten: a.daten,
    angaben: a.angaben,
    angabenQuelle: a.quelle,
    zusammenfassung: a.abschnitte,
    fehlendeNachweise: a.eingang.fehlendeNachweise.map((n) => n.bezeichnung),
    anlagen: a.anlagen.map((d) => dateiJson(d, basis, url)),
    nachforderungen: a.nachforderungen.map((n) => ({
      id: n.id,
      unterlagen: n.unterlagen,
      frist: n.frist,
      hinweis: n.hinweisText ?? null,
      status: n.status,
      ueberfaellig: n.ueberfaellig,
      erstelltAm: n.erstellt_am.toISOString(),
      beantwortetAm: n.beantwortet_am?.toISOString() ?? null,
      nachrichtUUID: n.nachricht_uuid,
      dateien: n.dateien.filter((d) => d.gesendet).map((d) => dateiJson(d, basis, url)),
    })),
    nachrichten: a.sendungen.map((s) => ({
      nachrichtUUID: s.nachrichtUUID,
      art: s.art,
      status: s.status,
      zugestelltAm: s.zugestelltAm?.toISOString() ?? null,
      url: url(`${basis}/nachrichten/${s.nachrichtUUID}`),
    })),
    statusverlauf: a.historie.map((h) => ({
      von: h.von,
      nach: h.nach,
      zeitpunkt: h.zeitpunkt.toISOString(),
      durch: h.akteur_name,
    })),
    links: {
      pdf: a.antrag.antrag_pdf === null ? null : url(`${basis}/antrag.pdf`),
      nachricht: xmlVorhanden ? url(`${basis}/nachricht.xml`) : null,
    },
  };
}

export async function antragJson(k: ApiKontext, f: Fall): Promise<AntragJson> {
  const a = await fallAnsicht(k, f);
  return alsJson(a, (await originalAuftrag(k.db, f.antrag)) !== undefined, k.url);
}
