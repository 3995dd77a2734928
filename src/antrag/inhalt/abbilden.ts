import type { AbschnittWerte, FeldWert, InhaltWerte } from '../../nachricht/index.ts';
import { einzelSchritte, type AntragDaten } from '../flow.ts';
import type { RueckstandMonate } from '../schritte/rueckstand.ts';
import type { SozialamtDaten } from '../schritte/sozialamt.ts';
import { abschnittName, HAUSHALTSMITGLIED, INHALT } from './definition.ts';
import { EINSCHAETZUNG, einschaetzungAus } from './einschaetzung.ts';
import { EINREICHUNG, einreichungWerte, type Einreichung } from './einreichung.ts';

// The wizard's typed application ↔ the message content, both directions next to each other. Form steps map
// field by field (same names); the special sections are spelled out. `zurueck(hin(d))` equals `d` for every
// answer (the round-trip property test), except information pages, which carry no answers.

const MIT_ABSCHNITT = new Set(INHALT.abschnitte.map((a) => a.name));

function ohneLeere(o: Record<string, unknown>): AbschnittWerte {
  return Object.fromEntries(Object.entries(o).filter(([, w]) => w !== undefined)) as AbschnittWerte;
}

export function inhaltAus(d: AntragDaten, einreichung?: Einreichung): InhaltWerte {
  const w: InhaltWerte = {};
  const roh = d as Record<string, unknown>;
  for (const s of einzelSchritte) {
    const daten = roh[s.id];
    if (daten === undefined) continue;
    if (s.id === 'rueckstand-monate') {
      const monate = (daten as RueckstandMonate).monate;
      w.rueckstandMonate = { anzahl: monate.length };
      if (monate.length > 0) w.rueckstandMonat = monate.map((m) => ohneLeere({ ...m }));
    } else if (s.id === 'wohnung-sozialamt') {
      const z = daten as SozialamtDaten;
      w.wohnungSozialamt = ohneLeere({
        ags: z.ags,
        gemeindeAgs: z.gemeinde?.ags,
        gemeindeName: z.gemeinde?.name,
        plz: z.plz,
        ausserhalbMv: z.ausserhalbMv,
      });
    } else if (MIT_ABSCHNITT.has(abschnittName(s.id))) {
      w[abschnittName(s.id)] = ohneLeere(daten as Record<string, unknown>);
    }
  }
  if (d.personen.length > 0) w[HAUSHALTSMITGLIED] = d.personen.map((p) => ohneLeere({ ...p }));
  if (d.einkommen.length > 0) w.einkommen = d.einkommen.map((e) => ohneLeere({ ...e }));
  if (d.erklaerungen !== undefined) w.erklaerungen = ohneLeere(d.erklaerungen);
  // Derived, not answered: the reader below ignores it.
  w[EINSCHAETZUNG] = einschaetzungAus(d);
  if (einreichung !== undefined) w[EINREICHUNG] = einreichungWerte(einreichung);
  return w;
}

const einzeln = (w: AbschnittWerte | AbschnittWerte[] | undefined): AbschnittWerte | undefined =>
  Array.isArray(w) ? undefined : w;
const liste = (w: AbschnittWerte | AbschnittWerte[] | undefined): AbschnittWerte[] =>
  Array.isArray(w) ? w : [];

/** The application data read back from a message's content (steps without answers are absent). */
export function antragAus(w: InhaltWerte): AntragDaten {
  const d: Record<string, unknown> = {
    personen: liste(w[HAUSHALTSMITGLIED]),
    einkommen: liste(w.einkommen),
  };
  for (const s of einzelSchritte) {
    if (s.id === 'rueckstand-monate') {
      if (w.rueckstandMonate !== undefined) d[s.id] = { monate: liste(w.rueckstandMonat) };
    } else if (s.id === 'wohnung-sozialamt') {
      const z = einzeln(w.wohnungSozialamt);
      if (z === undefined) continue;
      const g = (k: string): FeldWert | undefined => z[k];
      d[s.id] = ohneLeere({
        ags: g('ags'),
        gemeinde:
          g('gemeindeAgs') !== undefined ? { ags: g('gemeindeAgs'), name: g('gemeindeName') } : undefined,
        plz: g('plz'),
        ausserhalbMv: g('ausserhalbMv'),
      });
    } else {
      const a = einzeln(w[abschnittName(s.id)]);
      if (a !== undefined) d[s.id] = a;
    }
  }
  const e = einzeln(w.erklaerungen);
  if (e !== undefined) d.erklaerungen = e;
  return d as AntragDaten;
}
