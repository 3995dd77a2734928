import { z } from 'zod';
import { behoerdenStammdaten } from '../../katalog/index.ts';
import type { Zustaendigkeit } from '../../zustaendigkeit/index.ts';
import { auswahl, type Kontext, type RohEingabe } from './felder.ts';
import { infoSchritt, type Felder, type Schritt } from './schritt.ts';

// Which Sozialamt is responsible for the flat (örtlicher Träger, § 98 SGB XII: where the flat is). With a
// gazetteer the flat's postal code decides (`Kontext.zustaendigkeit`, looked up before the flow is evaluated):
// one municipality → the citizen only confirms; several → the citizen picks the municipality; an unknown
// postal code → the Kreis as fallback; outside M-V → a dead end. Without a gazetteer the citizen picks the
// Landkreis or kreisfreie Stadt. The raw input keeps the postal code it was given for: a choice made for
// another postal code no longer counts, so changing the address asks again.

export type SozialamtDaten = {
  /** AGS of the responsible office (the Kreis: first five digits of the municipality's AGS); absent outside M-V. */
  ags?: string;
  /** The municipality of the flat, when the gazetteer gave it. */
  gemeinde?: { ags: string; name: string };
  /** The postal code the choice was made for. */
  plz?: string;
  /** The chosen municipality lies outside M-V (a postal code shared across the Land border). */
  ausserhalbMv?: true;
};

type Mehrdeutig = Extract<Zustaendigkeit, { art: 'mehrdeutig' }>;

const kreisFeld = auswahl({
  label: 'In welchem Landkreis oder welcher kreisfreien Stadt liegt die Wohnung?',
  kurz: 'Landkreis oder kreisfreie Stadt',
  hinweis: 'Danach richtet sich, welches Sozialamt zuständig ist.',
  was: 'den Landkreis oder die kreisfreie Stadt',
  optionen: behoerdenStammdaten.map((b) => ({ wert: b.ags, label: b.name })),
});

const GEMEINDE_FEHLT = 'Wählen Sie den Ort aus, in dem die Wohnung liegt';

function gemeindeFeld(z: Mehrdeutig) {
  return auswahl({
    label: 'In welchem Ort liegt die Wohnung?',
    kurz: 'Ort der Wohnung',
    hinweis: `Die Postleitzahl ${z.plz} gilt für mehrere Orte. Danach richtet sich, welches Sozialamt zuständig ist.`,
    was: 'den Ort',
    fehlertext: GEMEINDE_FEHLT,
    optionen: [
      ...z.gemeinden.map((g) => ({ wert: g.ags, label: g.name, hinweis: `Zuständig: ${g.behoerdeName}` })),
      ...z.ausserhalb.map((o) => ({
        wert: o.ags,
        label: o.name,
        hinweis: `${o.kreis}, ${o.land} – nicht in Mecklenburg-Vorpommern`,
      })),
    ],
  });
}

/** The fields the step's page shows for a routing result: the Kreis, the municipality, or none (confirm). */
export function sozialamtFelder(z: Zustaendigkeit | undefined): Felder {
  if (z?.art === 'mehrdeutig') return { gemeinde: gemeindeFeld(z) };
  if (z?.art === 'eindeutig') return {};
  return { ags: kreisFeld };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The raw input from a posted form. The postal code is the one routing was done for (not from the form), and
 * a unique municipality is taken from routing: the citizen has nothing to choose there.
 */
export function sozialamtRoh(body: Record<string, unknown>, z: Zustaendigkeit | undefined): RohEingabe {
  const einzeln = (v: unknown) => text(Array.isArray(v) ? (v as unknown[])[0] : v).slice(0, 20);
  switch (z?.art) {
    case undefined:
    case 'ohne_verzeichnis':
      return { ags: einzeln(body.ags) };
    case 'unbekannt':
      return { ags: einzeln(body.ags), plz: z.plz };
    case 'eindeutig':
      return { gemeinde: z.gemeinde.ags, plz: z.plz };
    case 'mehrdeutig':
      return { gemeinde: einzeln(body.gemeinde), plz: z.plz };
    case 'ausserhalb_mv':
      return { plz: z.plz };
  }
}

type Ergebnis = { ok: true; daten: SozialamtDaten } | { ok: false; feld: string; fehler: string };

function kreis(ags: string, k: Kontext, plz?: string): Ergebnis {
  const r = kreisFeld.schema(k).safeParse(ags);
  if (!r.success) return { ok: false, feld: 'ags', fehler: r.error.issues[0]?.message ?? '' };
  return { ok: true, daten: plz === undefined ? { ags: r.data } : { ags: r.data, plz } };
}

/** Raw input + routing result → the responsible office and municipality, or the error at its field. */
export function bestimmeSozialamt(roh: RohEingabe, k: Kontext): Ergebnis {
  const z = k.zustaendigkeit;
  const ags = text(roh.ags);
  if (z === undefined || z.art === 'ohne_verzeichnis') return kreis(ags, k);
  // A choice given for another postal code is no choice for this one.
  const gilt = text(roh.plz) === z.plz;
  const gewaehlt = gilt ? text(roh.gemeinde) : '';
  switch (z.art) {
    case 'unbekannt':
      return kreis(gilt ? ags : '', k, z.plz);
    case 'eindeutig':
      return gewaehlt === z.gemeinde.ags
        ? { ok: true, daten: { ags: z.behoerdeAgs, gemeinde: z.gemeinde, plz: z.plz } }
        : { ok: false, feld: 'formular', fehler: 'Bestätigen Sie das zuständige Sozialamt' };
    case 'ausserhalb_mv':
      return { ok: false, feld: 'formular', fehler: 'Die Wohnung liegt nicht in Mecklenburg-Vorpommern' };
    case 'mehrdeutig': {
      if (gewaehlt === '') return { ok: false, feld: 'gemeinde', fehler: GEMEINDE_FEHLT };
      const g = z.gemeinden.find((x) => x.ags === gewaehlt);
      if (g !== undefined) {
        return {
          ok: true,
          daten: { ags: g.behoerdeAgs, gemeinde: { ags: g.ags, name: g.name }, plz: z.plz },
        };
      }
      const o = z.ausserhalb.find((x) => x.ags === gewaehlt);
      if (o !== undefined) {
        return {
          ok: true,
          daten: { ausserhalbMv: true, gemeinde: { ags: o.ags, name: o.name }, plz: z.plz },
        };
      }
      return {
        ok: false,
        feld: 'gemeinde',
        fehler: `Der gewählte Ort gehört nicht zur Postleitzahl ${z.plz}. Wählen Sie einen der angezeigten Orte aus`,
      };
    }
  }
}

export const wohnungSozialamt: Schritt<'wohnung-sozialamt', SozialamtDaten> = {
  id: 'wohnung-sozialamt',
  slug: 'wohnung/sozialamt',
  titel: 'Wo liegt die Wohnung?',
  abschnitt: 'wohnung',
  ansicht: 'sozialamt',
  felder: { ags: kreisFeld },
  leseFormular: (body, k) => sozialamtRoh(body, k.zustaendigkeit),
  schema: (k) =>
    z.unknown().transform((roh, ctx): SozialamtDaten => {
      const r = bestimmeSozialamt(typeof roh === 'object' && roh !== null ? (roh as RohEingabe) : {}, k);
      if (r.ok) return r.daten;
      ctx.addIssue({ code: 'custom', path: [r.feld], message: r.fehler });
      return z.NEVER;
    }),
};

/** Terminal page when the flat lies outside M-V: the service is offered in M-V only. */
export const ausserhalbMv = infoSchritt({
  id: 'ausserhalb-mv',
  slug: 'wohnung/ausserhalb-mv',
  titel: 'Dieser Online-Antrag gilt nur in Mecklenburg-Vorpommern',
  abschnitt: 'wohnung',
  ansicht: 'ausserhalb',
});

/** The routing result the terminal page explains (the whole postal code, or the chosen place) or undefined. */
export function ausserhalbErgebnis(
  d: SozialamtDaten | undefined,
  z: Zustaendigkeit | undefined,
): Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }> | undefined {
  if (z?.art === 'ausserhalb_mv') return z;
  if (z?.art !== 'mehrdeutig' || d?.ausserhalbMv !== true) return undefined;
  const ort = z.ausserhalb.find((o) => o.ags === d.gemeinde?.ags);
  if (ort === undefined) return undefined;
  return { art: 'ausserhalb_mv', plz: z.plz, land: ort.land, kreis: ort.kreis, orte: [ort] };
}
