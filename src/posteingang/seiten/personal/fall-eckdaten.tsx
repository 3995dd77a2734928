import { statusTexte as zustellTexte } from '../../../zustellung/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { entscheidungText, statusNamen } from '../../status.ts';
import { Angaben } from '../../../web/index.ts';
import { datum, zeit } from '../bausteine.tsx';

// The key facts at the top of a case page: status, decision, dates, office, delivery.

/** The Schonfrist of the case, if a court action was stated. */
export function schonfristVon(a: FallAnsicht): { ende: string; vorlaeufig: boolean } | null {
  // The message's Schonfrist when it carries one: what the office sees is what a Fachverfahren receives.
  if (a.einschaetzung !== null) return a.einschaetzung.schonfrist;
  return a.antrag.schonfrist_ende === null
    ? null
    : { ende: a.antrag.schonfrist_ende, vorlaeufig: a.antrag.schonfrist_vorlaeufig };
}

export function FallEckdaten({ a }: { a: FallAnsicht }) {
  const schonfrist = schonfristVon(a);
  const original = a.sendungen.find((s) => s.art === 'antrag');
  return (
    <Angaben
      eintraege={[
        ['Status', statusNamen[a.fall.status]],
        [
          'Entscheidung',
          a.fall.entscheidung === null
            ? undefined
            : entscheidungText(
                {
                  art: a.fall.entscheidung,
                  betragCent: a.fall.betrag_cent,
                  weitergeleitetAm: a.fall.weitergeleitet_am,
                },
                datum,
              ),
        ],
        ['Eingegangen am', zeit(a.antrag.eingereicht_am)],
        ['Zuständig', a.behoerde?.name ?? a.antrag.behoerde_ags],
        [
          'Schonfrist',
          schonfrist === null
            ? 'keine Räumungsklage angegeben'
            : `bis ${datum(schonfrist.ende)}${schonfrist.vorlaeufig ? ' (vorläufig)' : ''}`,
        ],
        [
          'Verhandlung',
          a.kurzinfo.termine.verhandlung === undefined ? undefined : datum(a.kurzinfo.termine.verhandlung),
        ],
        [
          'Räumungstermin',
          a.kurzinfo.termine.raeumungstermin === undefined
            ? undefined
            : datum(a.kurzinfo.termine.raeumungstermin),
        ],
        [
          'Räumungsfrist',
          a.kurzinfo.termine.raeumungsfrist === undefined
            ? undefined
            : datum(a.kurzinfo.termine.raeumungsfrist),
        ],
        ['Hinweise', a.hinweise.length === 0 ? undefined : a.hinweise.join(' ')],
        [
          'Zustellung',
          original === undefined
            ? 'keine Nachricht an das Fachverfahren'
            : original.status === 'delivered' && original.zugestelltAm !== null
              ? `zugestellt am ${zeit(original.zugestelltAm)}`
              : zustellTexte[original.status],
        ],
      ]}
    />
  );
}
