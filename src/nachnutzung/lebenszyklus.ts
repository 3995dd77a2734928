import { formatDatum } from '../shared/index.ts';
import { istIsoDatum } from '../fristen/index.ts';
import { nachnutzungZustaende, type NachnutzungZustand } from './nachnutzung-tables.ts';

// The re-use lifecycle of one (office, catalogue service) pair as a pure state machine (the Nachnutzungskonzept's lifecycle):
//
//   nicht_angebunden → interesse_bekundet → bedingungen_akzeptiert → unterlagen_bereitgestellt
//     → technisch_angebunden → test_erfolgreich → produktiv
//   produktiv ↔ voruebergehend_abgemeldet                      (scenario B)
//   produktiv → kuendigung_angekuendigt → abgemeldet           (scenario A, at the effective date)
//
// A transition is identified by its source and target state. It is allowed when it is in the table below and
// all of its preconditions hold for the facts of the pair; otherwise it is refused with German messages.

export const zustandNamen: Record<NachnutzungZustand, string> = {
  nicht_angebunden: 'Nicht angebunden',
  interesse_bekundet: 'Interesse bekundet',
  bedingungen_akzeptiert: 'Nachnutzungsbedingungen akzeptiert',
  unterlagen_bereitgestellt: 'Unterlagen bereitgestellt',
  technisch_angebunden: 'Technisch angebunden',
  test_erfolgreich: 'Test erfolgreich',
  produktiv: 'Produktiv',
  voruebergehend_abgemeldet: 'Vorübergehend abgemeldet',
  kuendigung_angekuendigt: 'Kündigung angekündigt',
  abgemeldet: 'Abgemeldet',
};

/** What the database knows about a pair, gathered before a transition is checked. */
export type Fakten = {
  /** Today in M-V (YYYY-MM-DD). */
  heute: string;
  /** A declaration of interest has been recorded. */
  interessenbekundung: boolean;
  /** The current (highest) version of the terms, null when none is stored. */
  aktuelleBedingungen: number | null;
  /** The highest version this pair has accepted, null when none. */
  akzeptierteBedingungen: number | null;
  unterlagen: { bestaetigungen: number; anbindungsunterlagen: number; unbestaetigt: number };
  /** null: no connection stored; []: stored and valid; otherwise the validation messages. */
  verbindungFehler: string[] | null;
  /** The latest connection test passed and tested the connection parameters as they are now. */
  testBestanden: boolean;
  /** Effective date of a permanent deregistration. */
  wirksamZum: string | null;
};

/** What the person enters with the transition. */
export type Angaben = {
  /** Reason (scenario A and B). */
  grund?: string | undefined;
  /** Go-live date (→ produktiv) or the day the notice reached the MiK (→ kuendigung_angekuendigt). */
  datum?: string | undefined;
};

type Regel = (f: Fakten, a: Angaben) => string | null;

export type Uebergang = {
  von: NachnutzungZustand;
  nach: NachnutzungZustand;
  /** The button or action that performs it. */
  bezeichnung: string;
  /** Only the Land coordination may perform it (the office's own staff may perform the others). */
  nurKoordination: boolean;
  regeln: Regel[];
};

const bedingungenAktuellAkzeptiert =
  (wann: string): Regel =>
  (f) => {
    if (f.aktuelleBedingungen === null)
      return 'Es sind noch keine Nachnutzungsbedingungen hinterlegt. Die Koordinierende Stelle muss sie zuerst hochladen.';
    if (f.akzeptierteBedingungen === null || f.akzeptierteBedingungen < f.aktuelleBedingungen)
      return `Die aktuelle Fassung der Nachnutzungsbedingungen (Version ${f.aktuelleBedingungen}) muss ${wann} akzeptiert werden.`;
    return null;
  };

const testBestanden: Regel = (f) =>
  f.testBestanden
    ? null
    : 'Es liegt kein bestandener Verbindungstest mit den aktuellen Verbindungsdaten vor. Bitte führen Sie den Verbindungstest durch.';

const grundAngegeben: Regel = (_f, a) =>
  a.grund === undefined || a.grund.trim() === '' ? 'Bitte geben Sie den Grund an.' : null;

export const uebergaenge: Uebergang[] = [
  {
    von: 'nicht_angebunden',
    nach: 'interesse_bekundet',
    bezeichnung: 'Eingang der Interessenbekundung bestätigen',
    nurKoordination: true,
    regeln: [
      (f) =>
        f.interessenbekundung
          ? null
          : 'Es liegt noch keine Interessenbekundung vor. Bitte erfassen Sie zuerst die Interessenbekundung.',
    ],
  },
  {
    von: 'interesse_bekundet',
    nach: 'bedingungen_akzeptiert',
    bezeichnung: 'Nachnutzungsbedingungen akzeptieren',
    nurKoordination: false,
    regeln: [bedingungenAktuellAkzeptiert('zuerst')],
  },
  {
    von: 'bedingungen_akzeptiert',
    nach: 'unterlagen_bereitgestellt',
    bezeichnung: 'Bestätigung und Unterlagen bereitstellen',
    nurKoordination: true,
    regeln: [
      (f) =>
        f.unterlagen.bestaetigungen > 0
          ? null
          : 'Die Bestätigung der Mitnutzungskoordination fehlt. Bitte fügen Sie sie als Unterlage hinzu.',
      (f) =>
        f.unterlagen.anbindungsunterlagen > 0
          ? null
          : 'Es ist noch keine Unterlage zur Anbindung hinzugefügt, zum Beispiel der Anbindungsleitfaden.',
    ],
  },
  {
    von: 'unterlagen_bereitgestellt',
    nach: 'technisch_angebunden',
    bezeichnung: 'Technische Anbindung abschließen',
    nurKoordination: false,
    regeln: [
      (f) =>
        f.unterlagen.unbestaetigt === 0
          ? null
          : f.unterlagen.unbestaetigt === 1
            ? 'Der Empfang einer Unterlage ist noch nicht bestätigt.'
            : `Der Empfang von ${f.unterlagen.unbestaetigt} Unterlagen ist noch nicht bestätigt.`,
      (f) =>
        f.verbindungFehler === null
          ? 'Die Verbindungsdaten (Zustellweg und Fachverfahren) sind noch nicht eingetragen.'
          : f.verbindungFehler.length > 0
            ? `Die Verbindungsdaten sind unvollständig: ${f.verbindungFehler.join(' ')}`
            : null,
    ],
  },
  {
    von: 'technisch_angebunden',
    nach: 'test_erfolgreich',
    bezeichnung: 'Test als erfolgreich festhalten',
    nurKoordination: false,
    regeln: [testBestanden],
  },
  {
    von: 'test_erfolgreich',
    nach: 'produktiv',
    bezeichnung: 'Produktiv setzen',
    nurKoordination: true,
    regeln: [
      bedingungenAktuellAkzeptiert('vor der Produktivsetzung'),
      testBestanden,
      (_f, a) =>
        a.datum === undefined || !istIsoDatum(a.datum)
          ? 'Bitte geben Sie das Datum der Produktivsetzung an, zum Beispiel 01.03.2027.'
          : null,
    ],
  },
  {
    von: 'produktiv',
    nach: 'voruebergehend_abgemeldet',
    bezeichnung: 'Vorübergehend abmelden',
    nurKoordination: false,
    regeln: [grundAngegeben],
  },
  {
    von: 'voruebergehend_abgemeldet',
    nach: 'produktiv',
    bezeichnung: 'Wieder aufnehmen',
    nurKoordination: false,
    regeln: [],
  },
  {
    von: 'produktiv',
    nach: 'kuendigung_angekuendigt',
    bezeichnung: 'Dauerhafte Abmeldung (Kündigung) ankündigen',
    nurKoordination: false,
    regeln: [
      grundAngegeben,
      (f, a) => {
        if (a.datum === undefined || !istIsoDatum(a.datum))
          return 'Bitte geben Sie an, wann die Kündigung beim MiK eingegangen ist, zum Beispiel 15.01.2027.';
        if (a.datum > f.heute) return 'Das Eingangsdatum der Kündigung darf nicht in der Zukunft liegen.';
        return null;
      },
    ],
  },
  {
    von: 'kuendigung_angekuendigt',
    nach: 'abgemeldet',
    bezeichnung: 'Abmeldung wirksam werden lassen',
    nurKoordination: true,
    regeln: [
      (f) =>
        f.wirksamZum === null
          ? 'Für die Kündigung ist kein Wirksamkeitsdatum festgehalten.'
          : f.heute < f.wirksamZum
            ? `Die Abmeldung wird erst am ${formatDatum(f.wirksamZum)} wirksam.`
            : null,
    ],
  },
];

export function findeUebergang(von: NachnutzungZustand, nach: NachnutzungZustand): Uebergang | undefined {
  return uebergaenge.find((u) => u.von === von && u.nach === nach);
}

export function moeglicheZiele(von: NachnutzungZustand): NachnutzungZustand[] {
  return uebergaenge.filter((u) => u.von === von).map((u) => u.nach);
}

export type Pruefung = { ok: true; uebergang: Uebergang } | { ok: false; fehler: string[] };

/** Checks one transition: refused with a clear message when it is not in the lifecycle or a precondition fails. */
export function pruefeUebergang(
  von: NachnutzungZustand,
  nach: NachnutzungZustand,
  fakten: Fakten,
  angaben: Angaben = {},
): Pruefung {
  const uebergang = findeUebergang(von, nach);
  if (uebergang === undefined) return { ok: false, fehler: [unzulaessig(von, nach)] };
  const fehler = uebergang.regeln.map((r) => r(fakten, angaben)).filter((m) => m !== null);
  return fehler.length === 0 ? { ok: true, uebergang } : { ok: false, fehler };
}

function unzulaessig(von: NachnutzungZustand, nach: NachnutzungZustand): string {
  const zitat = (z: NachnutzungZustand) => `„${zustandNamen[z]}“`;
  if (von === nach) return `Der Zustand ist bereits ${zitat(von)}.`;
  const ziele = moeglicheZiele(von);
  const moeglich =
    ziele.length === 0
      ? `Aus ${zitat(von)} führt kein weiterer Schritt.`
      : `Von ${zitat(von)} aus ist nur möglich: ${ziele.map(zitat).join(' oder ')}.`;
  return `Der Übergang von ${zitat(von)} zu ${zitat(nach)} ist nicht zulässig. ${moeglich}`;
}

/** The states in lifecycle order, for tables and filters. */
export const zustaendeInReihenfolge: readonly NachnutzungZustand[] = nachnutzungZustaende;

/** The citizen-facing service takes applications for the office in these states. */
export function nimmtAntraegeAn(zustand: NachnutzungZustand): boolean {
  return zustand === 'produktiv' || zustand === 'kuendigung_angekuendigt';
}
