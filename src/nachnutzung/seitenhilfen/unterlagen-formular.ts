import { z } from 'zod';
import type { Datei } from '../../web/index.ts';
import type { UnterlagenEingabe } from '../dienst/unterlagen.ts';
import { freitext, melde, type Feldmeldung } from './formular.ts';

// A document for the office: a confirmation or connection instructions, as text, link or file (one of them),
// or the generic EfA connection guide with one click.

const ANBINDUNGSLEITFADEN: UnterlagenEingabe = {
  art: 'anbindungsunterlage',
  titel: 'Generischer Anbindungsleitfaden EfA',
  url: 'https://zb.mv-serviceportal.de/static/MVP/Anbindungsleitfaden_EfA.pdf',
  text: null,
  datei: null,
};

/** `text` is the field as sent (documents may be long), `datei` the uploaded file. */
export function unterlagenSchema(text: string | undefined, datei: Datei | undefined) {
  return z
    .object({
      vorlage: z.string().optional(),
      art: z.enum(['bestaetigung', 'anbindungsunterlage']).optional().catch(undefined),
      titel: freitext,
      url: freitext,
    })
    .transform((f, ctx): UnterlagenEingabe => {
      if (f.vorlage === 'anbindungsleitfaden') return ANBINDUNGSLEITFADEN;
      const fehler: Feldmeldung[] = [];
      if (f.art === undefined) fehler.push(['art', 'Bitte wählen Sie die Art der Unterlage.']);
      if (f.titel === null) fehler.push(['titel', 'Bitte geben Sie einen Titel an.']);
      const inhalt = text === undefined || text.trim() === '' ? null : text.trim();
      const anzahl = [f.url, inhalt, datei ?? null].filter((v) => v !== null).length;
      if (f.url !== null && !/^https:\/\/[^\s]+$/.test(f.url))
        fehler.push(['url', 'Der Link muss mit https:// beginnen.']);
      else if (anzahl === 0)
        fehler.push(['text', 'Bitte geben Sie einen Text, einen Link oder eine Datei an.']);
      else if (anzahl > 1) fehler.push(['text', 'Bitte geben Sie nur eins an: Text, Link oder Datei.']);
      if (melde(ctx, fehler) || f.art === undefined || f.titel === null) return z.NEVER;
      return {
        art: f.art,
        titel: f.titel,
        url: f.url,
        text: inhalt,
        datei: datei === undefined ? null : { inhalt: datei.inhalt, name: datei.name, typ: datei.typ },
      };
    });
}
