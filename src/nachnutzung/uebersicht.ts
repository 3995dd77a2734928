import type { Db } from '../db/index.ts';
import { formatDatum } from '../shared/index.ts';
import { zustandNamen } from './lebenszyklus.ts';
import { aktuelleBedingungenVersion } from './repo/bedingungen.ts';
import { testGiltFuer } from './repo/fakten.ts';
import type { NachnutzungZustand } from './nachnutzung-tables.ts';
import { entkopplungsPunkte } from './texte.ts';
import { verbindungsStand } from './verbindung.ts';
import { listeVerbindungen } from '../zustellung/index.ts';
import { listBehoerden, listDienste } from '../katalog/index.ts';

// The coordination's overview: every office × every catalogue service of the M-V rollout, with state, the
// next deadline and the open tasks, computed from the same records the lifecycle checks.

export type UebersichtsZeile = {
  ags: string;
  behoerde: string;
  dienstId: string;
  dienst: string;
  zustand: NachnutzungZustand;
  naechsteFrist: { datum: string; text: string } | null;
  aufgaben: string[];
};

/** Every office × every service of the M-V rollout, by office and then the catalogue's order. */
async function paareImRollout(db: Db) {
  const [behoerden, dienste] = await Promise.all([listBehoerden(db), listDienste(db)]);
  const imRollout = dienste.filter((d) => d.im_rollout_mv);
  return behoerden.flatMap((b) =>
    imRollout.map((d) => ({ ags: b.ags, behoerde: b.name, dienst_id: d.id, dienst: d.name })),
  );
}

export async function uebersicht(db: Db, sichtbar: (ags: string) => boolean): Promise<UebersichtsZeile[]> {
  const [
    paare,
    staende,
    bekundungen,
    akzeptanzen,
    unterlagen,
    verbindungen,
    tests,
    entkopplung,
    aktuell,
    transporte,
  ] = await Promise.all([
    paareImRollout(db),
    db.selectFrom('nachnutzung').selectAll().execute(),
    db
      .selectFrom('nachnutzung_interessenbekundung')
      .select(['behoerde_ags', 'dienst_id', 'start_datum', 'eingang_bestaetigt_am'])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('nachnutzung_akzeptanz')
      .select(['behoerde_ags', 'dienst_id'])
      .select((eb) => eb.fn.max('version').as('version'))
      .groupBy(['behoerde_ags', 'dienst_id'])
      .execute(),
    db
      .selectFrom('nachnutzung_unterlage')
      .select(['behoerde_ags', 'dienst_id', 'empfang_bestaetigt_am'])
      .execute(),
    db.selectFrom('nachnutzung_verbindung').selectAll().execute(),
    db.selectFrom('nachnutzung_verbindungstest').selectAll().orderBy('id').execute(),
    db.selectFrom('nachnutzung_entkopplung').select(['behoerde_ags', 'dienst_id', 'punkt']).execute(),
    aktuelleBedingungenVersion(db),
    listeVerbindungen(db),
  ]);
  const schluessel = (a: string, d: string) => `${a}|${d}`;
  const nach = <T extends { behoerde_ags: string; dienst_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = schluessel(r.behoerde_ags, r.dienst_id);
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return map;
  };
  const stand = new Map(staende.map((s) => [schluessel(s.behoerde_ags, s.dienst_id), s]));
  const bekundung = nach(bekundungen);
  const akzeptiert = new Map(akzeptanzen.map((a) => [schluessel(a.behoerde_ags, a.dienst_id), a.version]));
  const unterlage = nach(unterlagen);
  const verbindung = new Map(verbindungen.map((v) => [schluessel(v.behoerde_ags, v.dienst_id), v]));
  const transport = new Map(transporte.map((v) => [schluessel(v.behoerdeAgs, v.dienstId), v]));
  const test = nach(tests);
  const entk = nach(entkopplung);

  return paare
    .filter((p) => sichtbar(p.ags))
    .map((p) => {
      const k = schluessel(p.ags, p.dienst_id);
      const s = stand.get(k);
      const zustand = s?.zustand ?? 'nicht_angebunden';
      const letzteBekundung = bekundung.get(k)?.at(-1);
      const akz = akzeptiert.get(k) ?? null;
      const offeneEmpfaenge = (unterlage.get(k) ?? []).filter((u) => u.empfang_bestaetigt_am === null).length;
      const v = verbindung.get(k);
      const testOk = testGiltFuer(test.get(k)?.at(-1), verbindungsStand(transport.get(k), v));
      const neueBedingungen = aktuell !== null && (akz === null || akz < aktuell);
      const aufgaben: string[] = [];
      let frist: UebersichtsZeile['naechsteFrist'] = null;
      const setzeFrist = (datum: string | null | undefined, text: string) => {
        if (datum != null && (frist === null || datum < frist.datum)) frist = { datum, text };
      };

      switch (zustand) {
        case 'nicht_angebunden':
          if (letzteBekundung !== undefined && letzteBekundung.eingang_bestaetigt_am === null) {
            aufgaben.push('Eingang der Interessenbekundung bestätigen');
            setzeFrist(letzteBekundung.start_datum, 'gewünschter Start');
          }
          break;
        case 'interesse_bekundet':
          aufgaben.push(
            aktuell === null ? 'Nachnutzungsbedingungen hinterlegen' : 'Nachnutzungsbedingungen akzeptieren',
          );
          break;
        case 'bedingungen_akzeptiert':
          aufgaben.push('Bestätigung und Unterlagen bereitstellen');
          break;
        case 'unterlagen_bereitgestellt':
          if (offeneEmpfaenge > 0) aufgaben.push('Empfang der Unterlagen bestätigen');
          if (v === undefined) aufgaben.push('Verbindungsdaten eintragen');
          else aufgaben.push('Technische Anbindung abschließen');
          break;
        case 'technisch_angebunden':
          aufgaben.push(testOk ? 'Test als erfolgreich festhalten' : 'Test ausstehend');
          break;
        case 'test_erfolgreich':
          if (neueBedingungen)
            aufgaben.push(`Nachnutzungsbedingungen Version ${String(aktuell)} akzeptieren`);
          if (!testOk) aufgaben.push('Verbindungstest wiederholen');
          if (s?.geplant_produktiv_ab != null)
            setzeFrist(s.geplant_produktiv_ab, 'geplante Produktivsetzung');
          else aufgaben.push('Produktivsetzung ausstehend');
          break;
        case 'produktiv':
          if (s?.voruebergehend_ab != null) {
            aufgaben.push(`Vorübergehende Abmeldung ab ${formatDatum(s.voruebergehend_ab)} geplant`);
            setzeFrist(s.voruebergehend_ab, 'Beginn der vorübergehenden Abmeldung');
          }
          break;
        case 'voruebergehend_abgemeldet':
          if (s?.voruebergehend_bis != null)
            setzeFrist(s.voruebergehend_bis, 'voraussichtliche Wiederaufnahme');
          else aufgaben.push('Wiederaufnahme offen');
          break;
        case 'kuendigung_angekuendigt':
          if (s?.wirksam_zum != null) {
            aufgaben.push(`Abmeldung wirksam zum ${formatDatum(s.wirksam_zum)}`);
            setzeFrist(s.wirksam_zum, 'Abmeldung wirksam');
          }
          break;
        case 'abgemeldet':
          break;
      }
      if (zustand === 'kuendigung_angekuendigt' || zustand === 'abgemeldet') {
        const offen = entkopplungsPunkte.length - (entk.get(k)?.length ?? 0);
        if (offen > 0) aufgaben.push(`Entkopplung: ${offen} von ${entkopplungsPunkte.length} Punkten offen`);
      }
      return {
        ags: p.ags,
        behoerde: p.behoerde,
        dienstId: p.dienst_id,
        dienst: p.dienst,
        zustand,
        naechsteFrist: frist,
        aufgaben,
      };
    });
}

export function fristText(f: UebersichtsZeile['naechsteFrist']): string {
  return f === null ? '' : `${formatDatum(f.datum)} (${f.text})`;
}

/**
 * CSV for Excel: UTF-8 with BOM, semicolons (German Excel), CRLF, every field quoted with doubled quotes, and
 * cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
 */
export function alsCsv(zeilen: UebersichtsZeile[]): string {
  const kopf = ['AGS', 'Sozialamt', 'Online-Dienst', 'Zustand', 'Nächste Frist', 'Offene Aufgaben'];
  const feld = (wert: string) => {
    const sicher = /^[=+\-@\t\r]/.test(wert) ? `'${wert}` : wert;
    return `"${sicher.replace(/"/g, '""')}"`;
  };
  const zeile = (werte: string[]) => werte.map(feld).join(';');
  return (
    '\uFEFF' +
    [
      zeile(kopf),
      ...zeilen.map((z) =>
        zeile([
          z.ags,
          z.behoerde,
          z.dienst,
          zustandNamen[z.zustand],
          fristText(z.naechsteFrist),
          z.aufgaben.join('; '),
        ]),
      ),
    ].join('\r\n') +
    '\r\n'
  );
}
