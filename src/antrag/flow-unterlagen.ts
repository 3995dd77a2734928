import type { AntragDaten } from './flow.ts';
import { UNTERLAGEN_ARTEN, type UnterlagenArt } from './schritte/unterlagen.ts';

// Which documents an application needs follows from its answers (field list § R). Pure.

export type Bedarf = { art: UnterlagenArt; titel: string; hinweis: string; pflicht: boolean };

export function benoetigteUnterlagen(d: AntragDaten): Bedarf[] {
  const klage = d.raeumungsklage?.status;
  const termine = d['raeumung-termine'];
  const mitEinkommen = d.einkommen.some((e) => !e.keinEinkommen) || d.personen.some((p) => p.hatEinkommen);
  const regeln: Record<UnterlagenArt, boolean | 'optional'> = {
    mietvertrag: true,
    forderung: true,
    mahnung: d.mahnung?.erhalten === true,
    kuendigung: d.kuendigung?.status === 'erhalten',
    raeumungsklage: klage === 'zugestellt' ? true : klage === 'eingereicht' ? 'optional' : false,
    raeumungsurteil:
      termine?.urteil !== undefined || termine?.raeumungstermin !== undefined
        ? true
        : klage === 'zugestellt' || klage === 'eingereicht'
          ? 'optional'
          : false,
    nebenkosten: true,
    mieterhoehung: 'optional',
    einkommen: mitEinkommen,
    kontoauszuege: true,
    vermoegen: d.vermoegen?.vorhanden === true,
    schulden: d.schulden?.vorhanden === true ? 'optional' : false,
    vermietererklaerung:
      d.fortsetzung?.vermieterBereit === 'ja-schriftlich' || d.selbsthilfe?.ratenzahlung === 'abgelehnt'
        ? true
        : 'optional',
    aufenthaltstitel: d.aufenthaltstitel !== undefined,
    vollmacht: d.vertretung !== undefined,
    energie: d.energie?.vorhanden === true,
    ausweis: 'optional',
  };
  return UNTERLAGEN_ARTEN.filter((a) => regeln[a.id] !== false).map((a) => ({
    art: a.id,
    titel: a.titel,
    hinweis: a.hinweis,
    pflicht: regeln[a.id] === true,
  }));
}

/** Required documents for which no file was uploaded: they are listed on the receipt as "nachreichen". */
export function fehlendeUnterlagen(bedarf: Bedarf[], hochgeladen: { art: string }[]): Bedarf[] {
  const vorhanden = new Set(hochgeladen.map((h) => h.art));
  return bedarf.filter((b) => b.pflicht && !vorhanden.has(b.art));
}
