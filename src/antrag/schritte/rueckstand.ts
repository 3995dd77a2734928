import { z } from 'zod';
import {
  auswahl,
  datum,
  geld,
  ganzzahl,
  iban,
  jaNein,
  monat,
  textfeld,
  einzelwert,
  type Kontext,
  type RohEingabe,
} from './felder.ts';
import { formSchritt, type Schritt } from './schritt.ts';
import { formatEuro, formatMonat } from '../../shared/index.ts';
import { parseGeld } from './werte.ts';

// Sections H (rent arrears) and I (energy debts, an optional block).

export const rueckstand = formSchritt({
  id: 'rueckstand',
  slug: 'rueckstand',
  titel: 'Ihre Mietschulden',
  abschnitt: 'rueckstand',
  einleitung: 'Die Beträge stehen in der Mahnung, in der Kündigung oder im Mietkontoauszug Ihres Vermieters.',
  felder: {
    gesamt: geld({
      label: 'Wie hoch sind die Mietschulden insgesamt in Euro?',
      kurz: 'Mietschulden insgesamt',
      hinweis: 'Zum Beispiel 1.234,56',
      was: 'die Höhe der Mietschulden',
    }),
    stand: datum({
      label: 'Stand vom',
      kurz: 'Stand der Forderung',
      hinweis: 'Das Datum der Aufstellung Ihres Vermieters. Zum Beispiel 15 11 2026',
      was: 'das Datum der Aufstellung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
    }),
    von: monat({
      label: 'Seit welchem Monat gibt es Mietschulden?',
      kurz: 'Mietschulden seit',
      hinweis: 'Zum Beispiel 3 2026',
      was: 'den ersten Monat mit Mietschulden',
    }),
    bis: monat({
      label: 'Bis zu welchem Monat?',
      kurz: 'Mietschulden bis',
      hinweis: 'Meist der letzte Monat. Zum Beispiel 11 2026',
      was: 'den letzten Monat mit Mietschulden',
    }),
    nutzungsentschaedigung: geld({
      label: 'Davon Nutzungsentschädigung in Euro',
      kurz: 'davon Nutzungsentschädigung',
      hinweis: 'Nur nach einer Kündigung: der Betrag, den der Vermieter statt Miete verlangt.',
      was: 'die Nutzungsentschädigung',
      optional: true,
    }),
    nebenkostennachzahlung: geld({
      label: 'Davon Nachzahlung aus einer Nebenkostenabrechnung in Euro',
      kurz: 'davon Nebenkostennachzahlung',
      was: 'die Nachzahlung aus der Nebenkostenabrechnung',
      optional: true,
    }),
    kosten: geld({
      label: 'Mahn-, Inkasso-, Anwalts- oder Gerichtskosten in Euro',
      kurz: 'Mahn- und Gerichtskosten',
      hinweis: 'Nur wenn der Vermieter sie verlangt.',
      was: 'die Mahn- und Gerichtskosten',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    if (d.gesamt === 0) fehler('gesamt', 'Die Mietschulden müssen größer als 0 sein');
    if (d.bis < d.von) fehler('bis', 'Der letzte Monat darf nicht vor dem ersten Monat liegen');
    if ((d.nutzungsentschaedigung ?? 0) > d.gesamt) {
      fehler(
        'nutzungsentschaedigung',
        'Die Nutzungsentschädigung darf nicht höher sein als die Mietschulden insgesamt',
      );
    }
    if ((d.nebenkostennachzahlung ?? 0) > d.gesamt) {
      fehler(
        'nebenkostennachzahlung',
        'Die Nebenkostennachzahlung darf nicht höher sein als die Mietschulden insgesamt',
      );
    }
  },
});

export type MonatsRueckstand = { monat: string; soll?: number; gezahlt?: number; offen: number };
export type RueckstandMonate = { monate: MonatsRueckstand[] };

const SPALTEN = {
  soll: 'die Miete für',
  gezahlt: 'den gezahlten Betrag für',
  offen: 'den offenen Betrag für',
} as const;
const MONATSFELD = /^(soll|gezahlt|offen)-(\d{4}-\d{2})$/;

/**
 * The arrears per month (optional, recommended): a row per month of the period from the previous step, with the
 * rent due, the amount paid and what is still open. Field names: `offen-2026-03`, `soll-2026-03`, `gezahlt-2026-03`.
 */
export const rueckstandMonate: Schritt<'rueckstand-monate', RueckstandMonate> = {
  id: 'rueckstand-monate',
  slug: 'rueckstand/monate',
  titel: 'Mietschulden je Monat',
  abschnitt: 'rueckstand',
  einleitung:
    'Diese Angaben sind freiwillig, helfen dem Sozialamt aber sehr: Es braucht die Beträge je Monat für die Zusage an Ihren Vermieter. Sie stehen im Mietkontoauszug.',
  ansicht: 'rueckstand-monate',
  felder: {},
  leseFormular: (body) => {
    const roh: RohEingabe = {};
    for (const [name, wert] of Object.entries(body)) if (MONATSFELD.test(name)) roh[name] = einzelwert(wert);
    return roh;
  },
  schema: (_k: Kontext) =>
    z.record(z.string(), z.unknown()).transform((roh, ctx): RueckstandMonate => {
      const zeilen = new Map<string, { soll?: number; gezahlt?: number; offen?: number }>();
      for (const [name, wert] of Object.entries(roh)) {
        const treffer = MONATSFELD.exec(name);
        if (treffer === null || typeof wert !== 'string' || wert.trim() === '') continue;
        const [, spalte, m] = treffer as unknown as [string, keyof typeof SPALTEN, string];
        const geld = parseGeld(wert, `${SPALTEN[spalte]} ${formatMonat(m)}`);
        if (!geld.ok) {
          ctx.addIssue({ code: 'custom', path: [name], message: geld.fehler });
          continue;
        }
        zeilen.set(m, { ...zeilen.get(m), [spalte]: geld.wert });
      }
      const monate: MonatsRueckstand[] = [];
      for (const [m, z] of [...zeilen.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        let offen = z.offen;
        if (offen === undefined && z.soll !== undefined && z.gezahlt !== undefined)
          offen = z.soll - z.gezahlt;
        if (offen === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [`offen-${m}`],
            message: `Geben Sie den offenen Betrag für ${formatMonat(m)} an`,
          });
          continue;
        }
        if (z.soll !== undefined && z.gezahlt !== undefined && z.soll - z.gezahlt !== offen) {
          ctx.addIssue({
            code: 'custom',
            path: [`offen-${m}`],
            message: `Der offene Betrag für ${formatMonat(m)} muss die Miete minus den gezahlten Betrag sein (${formatEuro(Math.max(0, z.soll - z.gezahlt))})`,
          });
          continue;
        }
        if (offen < 0) {
          ctx.addIssue({
            code: 'custom',
            path: [`gezahlt-${m}`],
            message: `Der gezahlte Betrag für ${formatMonat(m)} ist höher als die Miete`,
          });
          continue;
        }
        monate.push({
          monat: m,
          ...(z.soll !== undefined ? { soll: z.soll } : {}),
          ...(z.gezahlt !== undefined ? { gezahlt: z.gezahlt } : {}),
          offen,
        });
      }
      return { monate };
    }),
};

/** Warning (not an error): the monthly amounts do not add up to the total. */
export function rueckstandAbweichung(
  gesamt: number,
  monate: MonatsRueckstand[],
): { summe: number; gesamt: number } | null {
  if (monate.length === 0) return null;
  const summe = monate.reduce((s, m) => s + m.offen, 0);
  return summe === gesamt ? null : { summe, gesamt };
}

export const fruehereHilfe = formSchritt({
  id: 'fruehere-hilfe',
  slug: 'rueckstand/fruehere-hilfe',
  titel: 'Frühere Hilfe bei Mietschulden',
  abschnitt: 'rueckstand',
  felder: {
    fruehereUebernahme: jaNein({
      label: 'Hat ein Amt schon einmal Mietschulden für Sie übernommen?',
      kurz: 'Frühere Übernahme von Mietschulden',
      was: 'ein Amt schon einmal Mietschulden übernommen hat',
    }),
    jahr: ganzzahl({
      label: 'In welchem Jahr?',
      kurz: 'Jahr der früheren Übernahme',
      hinweis: 'Nur ausfüllen, wenn ja.',
      was: 'das Jahr',
      optional: true,
      min: 1990,
      max: 2100,
    }),
    stelle: textfeld({
      label: 'Welches Amt?',
      kurz: 'Amt der früheren Übernahme',
      hinweis: 'Nur ausfüllen, wenn ja. Zum Beispiel „Jobcenter Rostock“.',
      was: 'das Amt',
      optional: true,
    }),
    schonfristzahlung: auswahl({
      label:
        'Wurde in den letzten 2 Jahren schon einmal eine Kündigung durch Zahlung der Mietschulden unwirksam?',
      kurz: 'Schonfristzahlung in den letzten 2 Jahren',
      hinweis:
        'Das ist wichtig, weil diese Möglichkeit nur einmal in 2 Jahren besteht (§ 569 Absatz 3 Nummer 2 BGB).',
      was: 'eine Antwort',
      fehlertext:
        'Wählen Sie aus, ob in den letzten 2 Jahren schon einmal eine Kündigung durch Zahlung unwirksam wurde',
      optionen: [
        { wert: 'ja', label: 'Ja' },
        { wert: 'nein', label: 'Nein' },
        { wert: 'unbekannt', label: 'Ich weiß es nicht' },
      ],
    }),
  },
  regeln(d, fehler, k) {
    if (d.fruehereUebernahme && d.jahr === undefined)
      fehler('jahr', 'Geben Sie an, in welchem Jahr die Mietschulden übernommen wurden');
    if (d.jahr !== undefined && d.jahr > Number(k.heute.slice(0, 4)))
      fehler('jahr', 'Das Jahr darf nicht in der Zukunft liegen');
  },
});

export const energie = formSchritt({
  id: 'energie',
  slug: 'energie',
  titel: 'Schulden bei Strom, Gas, Heizung oder Wasser',
  abschnitt: 'energie',
  felder: {
    vorhanden: jaNein({
      label: 'Haben Sie auch Schulden bei einem Energie- oder Wasserversorger?',
      kurz: 'Energieschulden',
      hinweis:
        'Zum Beispiel beim Stromversorger oder den Stadtwerken. Auch diese Schulden kann das Sozialamt übernehmen, wenn eine Sperre droht.',
      was: 'Sie Schulden bei einem Versorger haben',
    }),
  },
});

export const energieAngaben = formSchritt({
  id: 'energie-angaben',
  slug: 'energie/angaben',
  titel: 'Angaben zu den Energieschulden',
  abschnitt: 'energie',
  felder: {
    art: auswahl({
      label: 'Wofür sind die Schulden?',
      kurz: 'Art',
      was: 'die Art der Schulden',
      optionen: [
        { wert: 'strom', label: 'Strom' },
        { wert: 'gas', label: 'Gas' },
        { wert: 'fernwaerme', label: 'Fernwärme' },
        { wert: 'wasser', label: 'Wasser' },
        { wert: 'heizoel', label: 'Heizöl' },
      ],
    }),
    versorger: textfeld({
      label: 'Name des Versorgers',
      kurz: 'Versorger',
      was: 'den Namen des Versorgers',
      autocomplete: 'off',
    }),
    kundennummer: textfeld({
      label: 'Kundennummer',
      was: 'die Kundennummer',
      breite: 20,
      maxLength: 60,
      autocomplete: 'off',
    }),
    betrag: geld({ label: 'Höhe der Schulden in Euro', kurz: 'Höhe', was: 'die Höhe der Energieschulden' }),
    iban: iban({
      label: 'IBAN des Versorgers',
      hinweis: 'Steht auf der Rechnung oder der Sperrandrohung.',
      was: 'die IBAN des Versorgers',
    }),
    gesperrt: jaNein({
      label: 'Ist die Versorgung schon gesperrt?',
      kurz: 'Bereits gesperrt',
      was: 'die Versorgung schon gesperrt ist',
    }),
    sperrandrohung: datum({
      label: 'Datum der Sperrandrohung',
      hinweis: 'Wenn Sie eine bekommen haben. Zum Beispiel 2 11 2026',
      was: 'das Datum der Sperrandrohung',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
    sperrtermin: datum({
      label: 'Angekündigter Termin der Sperre',
      hinweis: 'Wenn der Versorger einen Termin genannt hat.',
      was: 'den Termin der Sperre',
      zeit: 'beliebig',
      ab: '2000-01-01',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    if (d.betrag === 0) fehler('betrag', 'Die Energieschulden müssen größer als 0 sein');
    if (d.sperrandrohung !== undefined && d.sperrtermin !== undefined && d.sperrtermin < d.sperrandrohung) {
      fehler('sperrtermin', 'Der Termin der Sperre darf nicht vor der Sperrandrohung liegen');
    }
  },
});
