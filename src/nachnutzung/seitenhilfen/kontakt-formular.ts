import { z } from 'zod';
import { istEmail } from '../../shared/index.ts';
import { kontaktEbenen, kontaktRollen } from '../nachnutzung-tables.ts';
import { EMAIL_MELDUNG, freitext, melde, type Feldmeldung } from './formular.ts';

// A contact: the office it belongs to (none for the Land level), its level and role. Which combinations are
// allowed depends on the office and on whether the Land coordination enters it.

const auswahl = <T extends string>(werte: readonly [T, ...T[]]) => z.enum(werte).optional().catch(undefined);

export function kontaktSchema(ags: string | null, koordination: boolean) {
  return z
    .object({
      ebene: auswahl(kontaktEbenen),
      rolle: auswahl(kontaktRollen),
      bezeichnung: freitext,
      email: freitext,
      telefon: freitext,
      hinweis: freitext,
    })
    .transform((f, ctx) => {
      const fehler: Feldmeldung[] = [];
      const meldung = (feld: string, text: string) => fehler.push([feld, text]);
      const behoerdeFehlt = ags === null && !koordination;
      if (behoerdeFehlt) meldung('behoerde', 'Bitte wählen Sie Ihr Sozialamt.');
      if (f.ebene === undefined) meldung('ebene', 'Bitte wählen Sie die Ebene.');
      else if (ags === null && f.ebene !== 'land' && koordination)
        meldung(
          'ebene',
          'Einträge ohne Sozialamt gelten auf Landesebene. Bitte wählen Sie „Land“ oder ein Sozialamt.',
        );
      else if (ags !== null && f.ebene === 'land')
        meldung('ebene', 'Einträge eines Sozialamts gehören zur Vollzugsebene oder zum Landkreis.');
      if (f.rolle === undefined) meldung('rolle', 'Bitte wählen Sie die Rolle.');
      else if (f.rolle === 'behoerde' && ags === null && !behoerdeFehlt)
        meldung('behoerde', 'Eine Ansprechperson des Sozialamts braucht die Zuordnung zu einem Sozialamt.');
      if (f.bezeichnung === null)
        meldung('bezeichnung', 'Bitte geben Sie den Namen der Stelle oder Person an.');
      if (f.email !== null && !istEmail(f.email)) meldung('email', EMAIL_MELDUNG);
      if (melde(ctx, fehler) || f.ebene === undefined || f.rolle === undefined || f.bezeichnung === null)
        return z.NEVER;
      return { ...f, ebene: f.ebene, rolle: f.rolle, bezeichnung: f.bezeichnung, behoerdeAgs: ags };
    });
}
