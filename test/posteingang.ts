import { antragRepo } from '../src/antrag/antrag-repo.ts';
import type { AntragZeile } from '../src/antrag/antrag-tables.ts';
import { dokumentePdf } from '../src/antrag/pdf.ts';
import { einreichen } from '../src/antrag/einreichen.ts';
import { auswerten, ersterOffener } from '../src/antrag/flow.ts';
import { erklaerungen } from '../src/antrag/schritte/erklaerungen.ts';
import type { RohEingabe } from '../src/antrag/schritte/felder.ts';
import { pruefeSchritt } from '../src/antrag/schritte/schritt.ts';
import type { BuergerIdentitaet } from '../src/bundid/identitaet.ts';
import { tagInBerlin } from '../src/shared/format.ts';
import { DIENST_MIETRUECKSTAENDE } from '../src/katalog/dienste.ts';
import { findBehoerde } from '../src/katalog/katalog-repo.ts';
import { antragMitNummer } from '../src/posteingang/antrag-zugriff.ts';
import { leseVerbindung, speichereVerbindung, standardVerbindung } from '../src/zustellung/verbindung.ts';
import { eingaben } from './antrag-eingaben.ts';
import { eineIdentitaet } from './anmeldung.ts';
import type { TestApp } from './app.ts';

// Applications for inbox tests, created through the wizard's own submit function (antrag/einreichen.ts) from a
// draft with valid input for every step, with real files, the real Antrag.pdf (dokumente/) and the original
// xSozial message queued by einreichen() itself.

/** A small valid PDF and PNG for uploads. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export type AntragOptionen = {
  identitaet?: BuergerIdentitaet;
  /** Office (AGS) of the flat; default Rostock 13003. */
  ags?: string;
  /** Raw input per step key that replaces the default (e.g. raeumungsklage: { status: 'zugestellt' }). */
  eingaben?: Record<string, RohEingabe>;
  dateien?: { art: string; dateiname: string; inhalt: Buffer; mime?: string }[];
};

/** Submits an application through einreichen() and returns its row. The clock is the test app's. */
export async function einAntrag(t: TestApp, o: AntragOptionen = {}): Promise<AntragZeile> {
  const db = t.datenbank.db;
  const repo = antragRepo(db, t.deps.secrets.dataKey);
  const identitaet = o.identitaet ?? eineIdentitaet();
  const besitzer = repo.besitzerVon(identitaet.pseudonym);
  const ags = o.ags ?? '13003';
  const alle: Record<string, RohEingabe> = {
    ...(eingaben as Record<string, RohEingabe>),
    'einkommen/antragsteller': eingaben.einkommen,
    'wohnung-sozialamt': { ags },
    ...o.eingaben,
  };
  delete alle.erklaerungen;
  const entwurf = await repo.entwurfAnlegen(besitzer, { eingaben: alle, personen: [] }, t.uhr.jetzt());
  for (const d of o.dateien ?? [])
    await repo.dateiSpeichern(
      entwurf.id,
      { art: d.art, dateiname: d.dateiname, mime: d.mime ?? 'application/pdf', inhalt: d.inhalt },
      t.uhr.jetzt(),
    );
  const kontext = { heute: tagInBerlin(t.uhr.jetzt()), onlineAemter: ['13003', '13004', ags] };
  const erkl = pruefeSchritt(erklaerungen, eingaben.erklaerungen, kontext);
  if (!erkl.ok) throw new Error(`Erklärungen ungültig: ${JSON.stringify(erkl.fehler)}`);
  await verbindungAnlegen(t, ags);
  const z = t.deps.config.zustellung;
  const ergebnis = await einreichen({
    db,
    repo,
    jetzt: t.uhr.jetzt,
    pdf: dokumentePdf,
    autor: { kennung: z.autorKennung, name: z.autorName },
    schluessel: t.deps.secrets.dataKey,
    entwurfId: entwurf.id,
    besitzer,
    absendeSchluessel: entwurf.absendeSchluessel,
    erklaerungen: erkl.daten,
    identitaet,
    kontext,
  });
  if (ergebnis.art !== 'eingereicht') {
    const a = auswerten({ eingaben: alle, personen: [] }, kontext);
    const offen = ersterOffener(a);
    const station = a.pfad.find((s) => s.schluessel === offen);
    const pruefung =
      station === undefined
        ? undefined
        : pruefeSchritt(station.schritt, alle[station.schluessel] ?? {}, kontext);
    throw new Error(
      `Antrag nicht eingereicht: ${JSON.stringify(ergebnis)}, offen: ${offen ?? '–'} ${JSON.stringify(pruefung)}`,
    );
  }
  const antrag = await antragMitNummer(db, ergebnis.vorgangsnummer);
  if (antrag === undefined) throw new Error('Antrag nicht gefunden');
  return antrag;
}

/** Connection of an office to the built-in mailbox (Rostock has one from the seed). */
export async function verbindungAnlegen(t: TestApp, ags: string): Promise<void> {
  const db = t.datenbank.db;
  if ((await leseVerbindung(db, ags, DIENST_MIETRUECKSTAENDE)) !== undefined) return;
  const behoerde = await findBehoerde(db, ags);
  if (behoerde === undefined) throw new Error(`Kein Sozialamt ${ags}`);
  const z = t.deps.config.zustellung;
  const e = await speichereVerbindung(
    db,
    t.deps.secrets.dataKey,
    standardVerbindung(behoerde, DIENST_MIETRUECKSTAENDE, { kennung: z.autorKennung, name: z.autorName }),
  );
  if (!e.ok) throw new Error(JSON.stringify(e.fehler));
}

/** Input for an application with an eviction suit served on `zugestelltAm` (D.M.YYYY parts). */
export function mitKlage(
  zugestelltAm: [number, number, number],
  termine: RohEingabe = {},
): Record<string, RohEingabe> {
  const [tag, monat, jahr] = zugestelltAm.map(String) as [string, string, string];
  const eingang = new Date(Date.UTC(zugestelltAm[2], zugestelltAm[1] - 1, zugestelltAm[0] - 5));
  return {
    raeumungsklage: { status: 'zugestellt' },
    'klage-zustellung': {
      ...eingaben['klage-zustellung'],
      zugestelltAm: { tag, monat, jahr },
      eingangAm: {
        tag: String(eingang.getUTCDate()),
        monat: String(eingang.getUTCMonth() + 1),
        jahr: String(eingang.getUTCFullYear()),
      },
    },
    'raeumung-termine': termine,
  };
}
