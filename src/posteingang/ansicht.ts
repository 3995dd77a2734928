import {
  antragAusInhalt,
  einschaetzungGelesen,
  hinweiseAus,
  type AntragDaten,
  type Einschaetzung,
  type DateiInfo,
  type Eingang,
  zusammenfassen,
  type Abschnitt,
} from '../antrag/index.ts';
import type { InhaltWerte } from '../nachricht/index.ts';
import { tagInBerlin } from '../shared/index.ts';
import { findBehoerde, type Behoerde } from '../katalog/index.ts';
import { originalNachricht, sendungen, type Sendung } from './antrag-zugriff.ts';
import {
  istUeberfaellig,
  nachforderungenVon,
  nachforderungHinweis,
  protokollLesen,
  statusHistorie,
  type Fall,
  type Kontext,
} from './faelle.ts';
import { nachgereichteDateien, type NachgereichteDatei } from './nachreichung.ts';
import type { NachforderungZeile, ProtokollZeile, StatusAenderungZeile } from './posteingang-tables.ts';
import { eilstufe, type Eilstufe } from './reihenfolge.ts';
import { vermieterImFall, type VermieterImFall } from '../vermieter/index.ts';

// Everything the detail view of a case shows (staff page and API), gathered in one place.

export type NachforderungAnsicht = NachforderungZeile & {
  hinweisText: string | undefined;
  ueberfaellig: boolean;
  dateien: NachgereichteDatei[];
};

export type FallAnsicht = Fall & {
  eingang: Eingang;
  /** The answers as read back from the delivered message (what any Fachverfahren receives). */
  daten: AntragDaten;
  /** The typed content of the message's extension (JSON Schema /api/v1/schema/antrag.json). */
  angaben: InhaltWerte | null;
  /** Where `daten` come from: the message, or the stored copy for an application without extension. */
  quelle: 'nachricht' | 'intern';
  /** The triage facts as the message carries them (null for a message without them). */
  einschaetzung: Einschaetzung | null;
  /** The notes for the office as Antrag.pdf shows them, from the message when it carries the facts. */
  hinweise: string[];
  abschnitte: Abschnitt[];
  behoerde: Behoerde | undefined;
  anlagen: DateiInfo[];
  nachforderungen: NachforderungAnsicht[];
  sendungen: Sendung[];
  historie: StatusAenderungZeile[];
  protokoll: ProtokollZeile[];
  eil: Eilstufe;
  heute: string;
  /** Invitations of the landlord and the declaration beside the tenant's figures. */
  vermieter: VermieterImFall;
};

export async function fallAnsicht(k: Kontext, f: Fall): Promise<FallAnsicht> {
  const heute = tagInBerlin(k.jetzt());
  const eingang = k.repo.antragDaten(f.antrag);
  const [original, behoerde, anlagen, nachforderungen, dateien, historie, protokoll, vermieter] =
    await Promise.all([
      originalNachricht(k.db, k.schluessel, f.antrag),
      findBehoerde(k.db, f.antrag.behoerde_ags),
      k.repo.dateienVonAntrag(f.antrag.id),
      nachforderungenVon(k.db, f.antrag.id),
      nachgereichteDateien(k, f.antrag.id),
      statusHistorie(k.db, f.antrag.id),
      protokollLesen(k.db, f.antrag.id),
      vermieterImFall(k, f.antrag),
    ]);
  // The office sees what the message says, not the wizard's internal copy. Applications submitted before the
  // message carried every answer have no extension; only they fall back to the stored copy.
  const angaben = original?.nachricht.antragsangaben ?? null;
  const daten = angaben === null ? eingang.daten : antragAusInhalt(angaben);
  const einschaetzung = angaben === null ? null : einschaetzungGelesen(angaben);
  return {
    ...f,
    eingang,
    daten,
    angaben,
    quelle: angaben === null ? 'intern' : 'nachricht',
    einschaetzung,
    hinweise: einschaetzung === null ? eingang.hinweise : hinweiseAus(einschaetzung),
    abschnitte: zusammenfassen(daten).abschnitte,
    behoerde,
    anlagen,
    nachforderungen: nachforderungen.map((n) => ({
      ...n,
      hinweisText: nachforderungHinweis(k, n),
      ueberfaellig: istUeberfaellig(n, heute),
      dateien: dateien.filter((d) => d.nachforderungId === n.id),
    })),
    sendungen: await sendungen(
      k.db,
      k.schluessel,
      f.antrag,
      nachforderungen.map((n) => n.id),
    ),
    historie,
    protokoll,
    eil: eilstufe(
      {
        status: f.fall.status,
        schonfrist:
          f.antrag.schonfrist_ende === null
            ? null
            : { ende: f.antrag.schonfrist_ende, vorlaeufig: f.antrag.schonfrist_vorlaeufig },
        termine: { ...f.kurzinfo.termine, vermieterFrist: vermieterFristAus(vermieter) },
        eingereichtAm: f.antrag.eingereicht_am,
        vorgangsnummer: f.antrag.vorgangsnummer,
      },
      heute,
    ),
    heute,
    vermieter,
  };
}

/** The landlord's earliest deadline (payment or eviction) from the declaration, if any. */
function vermieterFristAus(v: VermieterImFall): string | undefined {
  const e = v.erklaerung?.e;
  return [e?.zahlungBis, e?.raeumungstermin].filter((x): x is string => x !== undefined).sort()[0];
}
