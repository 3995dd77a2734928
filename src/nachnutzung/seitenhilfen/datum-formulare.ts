import { z } from 'zod';
import { datum, freitext, melde, type Feldmeldung } from './formular.ts';

// The forms with one date: go-live (today or later) and termination (received by the MiK today or earlier).

const meldung = (ctx: z.RefinementCtx, path: string, message: string) => {
  ctx.addIssue({ code: 'custom', path: [path], message });
};

export function produktivSchema(heute: string) {
  return z.object({ datum }).transform((f, ctx) => {
    const iso = f.datum.iso;
    if (iso === null)
      meldung(ctx, 'datum', 'Bitte geben Sie das Datum der Produktivsetzung an, zum Beispiel 01.03.2027.');
    else if (iso < heute) meldung(ctx, 'datum', 'Das Datum darf nicht in der Vergangenheit liegen.');
    return iso === null || iso < heute ? z.NEVER : iso;
  });
}

export function kuendigungSchema(heute: string) {
  return z.object({ datum, grund: freitext }).transform((f, ctx) => {
    const eingang = f.datum.iso;
    if (eingang === null)
      meldung(
        ctx,
        'datum',
        'Bitte geben Sie an, wann die Kündigung beim MiK eingegangen ist, zum Beispiel 15.01.2027.',
      );
    else if (eingang > heute) meldung(ctx, 'datum', 'Das Eingangsdatum darf nicht in der Zukunft liegen.');
    if (f.grund === null) meldung(ctx, 'grund', 'Bitte geben Sie den Grund an.');
    if (eingang === null || eingang > heute || f.grund === null) return z.NEVER;
    return { grund: f.grund, eingang };
  });
}

/** Temporary stop: now or from a later day, until a day or open, with the reason for the MiK. */
export function voruebergehendSchema(heute: string) {
  return z
    .object({ grund: freitext, beginn: z.string().optional(), ab: datum, bis: datum, hinweisText: freitext })
    .transform((f, ctx) => {
      const fehler: Feldmeldung[] = [];
      const nein = (feld: string, text: string) => fehler.push([feld, text]);
      if (f.grund === null) nein('grund', 'Bitte geben Sie den Grund für den MiK an.');
      let ab: string | null = null;
      if (f.beginn === 'geplant') {
        ab = f.ab.iso;
        if (ab === null) nein('ab', 'Bitte geben Sie den Beginn als Datum an, zum Beispiel 01.02.2027.');
        else if (ab <= heute)
          nein('ab', 'Ein späterer Beginn muss nach heute liegen. Sonst wählen Sie „Sofort“.');
      } else if (f.beginn !== 'sofort') {
        nein('beginn', 'Bitte wählen Sie, wann die Abmeldung beginnt.');
      }
      let bis: string | null = null;
      if (!f.bis.leer) {
        bis = f.bis.iso;
        if (bis === null) nein('bis', 'Bitte geben Sie ein gültiges Datum an, zum Beispiel 15.02.2027.');
        else if (bis <= (ab ?? heute))
          nein('bis', 'Die Wiederaufnahme muss nach dem Beginn der Abmeldung liegen.');
      }
      if (melde(ctx, fehler) || f.grund === null) return z.NEVER;
      return { grund: f.grund, ab, bis, hinweisText: f.hinweisText };
    });
}
