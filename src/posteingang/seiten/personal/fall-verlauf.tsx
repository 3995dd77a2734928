import type { FallAnsicht } from '../../ansicht.ts';
import { protokollTexte, unterlagenTitel } from '../../faelle.ts';
import { entscheidungText, statusNamen, type Fallstatus } from '../../status.ts';
import { Tabelle } from '../../../web/index.ts';
import { datum, zeit } from '../bausteine.tsx';

// The status history and the access log of a case.

export function VerlaufAbschnitt({ a }: { a: FallAnsicht }) {
  return (
    <section aria-labelledby="verlauf">
      <h2 class="kern-heading-medium" id="verlauf">
        Statusverlauf
      </h2>
      {a.historie.length === 0 ? (
        <p class="kern-body">Eingegangen am {zeit(a.antrag.eingereicht_am)}, seitdem nicht geändert.</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          <li>{zeit(a.antrag.eingereicht_am)}: Eingegangen</li>
          {a.historie.map((h) => (
            <li>
              {zeit(h.zeitpunkt)}: {statusNamen[h.von]} → {statusNamen[h.nach]}
              {h.entscheidung !== null
                ? ` (${entscheidungText({ art: h.entscheidung, betragCent: h.betrag_cent, weitergeleitetAm: h.weitergeleitet_am }, datum)})`
                : ''}
              , durch {h.akteur_name}
            </li>
          ))}
        </ul>
      )}
      <h3 class="kern-heading-small" id="protokoll">
        Protokoll
      </h3>
      <Tabelle
        titel="Zugriffe und Änderungen, neueste zuerst"
        zeilen={a.protokoll}
        spalten={[
          { titel: 'Zeitpunkt', zelle: (e) => zeit(e.zeitpunkt) },
          {
            titel: 'Was',
            zelle: (e) => (
              <>
                {(protokollTexte as Record<string, string | undefined>)[e.art] ?? e.art}
                {typeof e.details.art === 'string' ? ` (${unterlagenTitel(e.details.art)})` : ''}
                {typeof e.details.von === 'string' && typeof e.details.nach === 'string'
                  ? `: ${statusNamen[e.details.von as Fallstatus]} → ${statusNamen[e.details.nach as Fallstatus]}`
                  : ''}
              </>
            ),
          },
          { titel: 'Wer', zelle: (e) => e.akteur_name },
        ]}
      />
    </section>
  );
}
