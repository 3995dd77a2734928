import { z } from 'zod';
import { istEmail } from '../../shared/index.ts';
import { EMAIL_MELDUNG, datum, freitext, melde, type Feldmeldung } from './formular.ts';

// The declaration of interest: from when the office wants to use the service, whom to contact, who signs.

export function interessenbekundungSchema(heute: string) {
  return z
    .object({
      startDatum: datum,
      kontaktName: freitext,
      kontaktEmail: freitext,
      kontaktTelefon: freitext,
      signatur: freitext,
    })
    .transform((f, ctx) => {
      const fehler: Feldmeldung[] = [];
      const start = f.startDatum.iso;
      if (f.startDatum.leer)
        fehler.push(['startDatum', 'Bitte geben Sie an, ab wann Sie den Dienst nachnutzen möchten.']);
      else if (start === null)
        fehler.push(['startDatum', 'Bitte geben Sie ein gültiges Datum an, zum Beispiel 01.03.2027.']);
      else if (start < heute)
        fehler.push(['startDatum', 'Das Datum darf nicht in der Vergangenheit liegen.']);
      if (f.kontaktName === null)
        fehler.push(['kontaktName', 'Bitte geben Sie die Ansprechperson für die Anbindung an.']);
      if (f.kontaktEmail !== null && !istEmail(f.kontaktEmail)) fehler.push(['kontaktEmail', EMAIL_MELDUNG]);
      if (f.signatur === null) fehler.push(['signatur', 'Bitte geben Sie die Signatur an.']);
      if (melde(ctx, fehler) || start === null || f.kontaktName === null || f.signatur === null)
        return z.NEVER;
      return { ...f, startDatum: start, kontaktName: f.kontaktName, signatur: f.signatur };
    });
}
