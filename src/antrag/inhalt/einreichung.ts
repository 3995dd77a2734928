import type { AbschnittDefinition, AbschnittWerte, InhaltWerte } from '../../nachricht/index.ts';
import type { BuergerIdentitaet } from '../../bundid/index.ts';
import { einzelSchritte, type AntragDaten } from '../flow.ts';
import { BUNDID_SCHRITTE, bundIdSchritteFuer, bundIdWerte } from '../vorbelegung.ts';
import { abschnittName } from './namen.ts';

// How the application was signed off: when the declarations and consents were confirmed (they are confirmed
// with the submission itself, so it is that moment), the BundID trust level, and which answers were taken over
// from the BundID identity (verified and read-only from "substantiell" up, a changeable suggestion with "basis").

export const EINREICHUNG = 'einreichung';

const NIVEAUS = [
  { code: 'basis', label: 'basis (selbst angegebene Daten)' },
  { code: 'substantiell', label: 'substantiell' },
  { code: 'hoch', label: 'hoch (Online-Ausweis)' },
] as const;

/** "abschnitt.feld" of every answer that can come from the BundID identity. */
const UEBERNEHMBAR = einzelSchritte
  .filter((s) => BUNDID_SCHRITTE.has(s.id))
  .flatMap((s) =>
    Object.entries(s.felder)
      .filter(([, f]) => f.bundid !== undefined)
      .map(([name, f]) => ({
        code: `${abschnittName(s.id)}.${name}`,
        label: `${s.titel}: ${f.kurz ?? f.label}`,
      })),
  );

export const EINREICHUNG_ABSCHNITT: AbschnittDefinition = {
  name: EINREICHUNG,
  titel: 'Abgabe: Erklärungen, Einwilligungen und BundID',
  wiederholt: false,
  felder: [
    {
      name: 'erklaerungenBestaetigtAm',
      typ: 'zeitpunkt',
      titel: 'Zeitpunkt, zu dem die Erklärungen und Einwilligungen bestätigt und der Antrag abgesendet wurde',
      optional: false,
    },
    {
      name: 'vertrauensniveau',
      typ: 'code',
      titel: 'Vertrauensniveau der BundID-Anmeldung',
      optional: false,
      codes: NIVEAUS,
    },
    {
      name: 'bundIdUebernommen',
      typ: 'codes',
      titel: 'Angaben, die aus dem BundID-Konto übernommen wurden (Abschnitt.Feld)',
      optional: true,
      codes: UEBERNEHMBAR,
    },
    {
      name: 'bundIdGeprueft',
      typ: 'janein',
      titel:
        'Übernommene Angaben sind geprüft und waren nicht änderbar (Vertrauensniveau substantiell oder hoch)',
      optional: false,
    },
  ],
};

/** The answers whose stored value is the BundID identity's value (taken over, or left as suggested). */
export function uebernommeneFelder(d: AntragDaten, identitaet: BuergerIdentitaet): string[] {
  const werte = bundIdWerte(identitaet);
  const roh = d as Record<string, unknown>;
  const ids = new Set(bundIdSchritteFuer(d));
  return einzelSchritte
    .filter((s) => ids.has(s.id))
    .flatMap((s) => {
      const daten = roh[s.id] as Record<string, unknown> | undefined;
      return Object.entries(s.felder)
        .filter(
          ([name, f]) =>
            f.bundid !== undefined && daten?.[name] !== undefined && daten[name] === werte[f.bundid],
        )
        .map(([name]) => `${abschnittName(s.id)}.${name}`);
    });
}

export type Einreichung = {
  /** ISO date-time with offset. */
  bestaetigtAm: string;
  vertrauensniveau: string;
  /** "abschnitt.feld" of the answers taken over from the BundID. */
  uebernommen: string[];
};

export function einreichungWerte(e: Einreichung): AbschnittWerte {
  return {
    erklaerungenBestaetigtAm: e.bestaetigtAm,
    vertrauensniveau: e.vertrauensniveau,
    ...(e.uebernommen.length > 0 ? { bundIdUebernommen: e.uebernommen } : {}),
    bundIdGeprueft: e.vertrauensniveau !== 'basis',
  };
}

export function einreichungGelesen(w: InhaltWerte): Einreichung | null {
  const e = w[EINREICHUNG];
  if (e === undefined || Array.isArray(e)) return null;
  const { erklaerungenBestaetigtAm: am, vertrauensniveau: niveau, bundIdUebernommen: liste } = e;
  if (typeof am !== 'string' || typeof niveau !== 'string') return null;
  const uebernommen: string[] = typeof liste === 'object' ? [...liste] : [];
  return { bestaetigtAm: am, vertrauensniveau: niveau, uebernommen };
}
