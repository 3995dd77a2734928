import type { Erklaerung } from './erklaerung-daten.ts';

// The landlord's figures beside the tenant's (pure): per month, the total and the rent components, each with
// its difference, so the office sees at a glance where they disagree.

export type Zeile = {
  bezeichnung: string;
  /** Month (YYYY-MM) for the month rows. */
  monat?: string;
  mieter: number | undefined;
  vermieter: number | undefined;
  /** Landlord minus tenant, when both are known. */
  differenz: number | undefined;
  abweichend: boolean;
};

export type Vergleich = {
  monate: Zeile[];
  summe: Zeile;
  gesamt: Zeile;
  miete: Zeile[];
  abweichungen: number;
};

export type MieterZahlen = {
  monate: { monat: string; offen: number }[];
  gesamtCent: number;
  miete: { grundmiete?: number; betriebskosten?: number; heizkosten?: number };
};

function zeile(
  bezeichnung: string,
  mieter: number | undefined,
  vermieter: number | undefined,
  monat?: string,
): Zeile {
  const differenz = mieter !== undefined && vermieter !== undefined ? vermieter - mieter : undefined;
  return {
    bezeichnung,
    ...(monat !== undefined ? { monat } : {}),
    mieter,
    vermieter,
    differenz,
    abweichend: mieter !== vermieter,
  };
}

export function vergleiche(m: MieterZahlen, e: Erklaerung): Vergleich {
  const monate = [
    ...new Set([...m.monate.map((x) => x.monat), ...e.rueckstand.monate.map((x) => x.monat)]),
  ].sort();
  const zeilen = monate.map((monat) =>
    zeile(
      monat,
      m.monate.find((x) => x.monat === monat)?.offen,
      e.rueckstand.monate.find((x) => x.monat === monat)?.offenCent,
      monat,
    ),
  );
  const summeVermieter = e.rueckstand.monate.reduce((s, x) => s + x.offenCent, 0);
  const summeMieter = m.monate.length === 0 ? undefined : m.monate.reduce((s, x) => s + x.offen, 0);
  const summe = zeile('Summe der Monate', summeMieter, summeVermieter);
  const gesamt = zeile(
    'Rückstand insgesamt (Antrag) gegen Summe laut Vermieter',
    m.gesamtCent,
    summeVermieter,
  );
  const miete = [
    zeile('Grundmiete', m.miete.grundmiete, e.miete.grundmieteCent),
    zeile('Betriebskosten', m.miete.betriebskosten, e.miete.betriebskostenCent),
    zeile('Heizkosten', m.miete.heizkosten, e.miete.heizkostenCent),
  ];
  const abweichungen = [...zeilen, summe, gesamt, ...miete].filter((z) => z.abweichend).length;
  return { monate: zeilen, summe, gesamt, miete, abweichungen };
}
