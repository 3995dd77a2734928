import { statusTexte as zustellTexte } from '../../../zustellung/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { Tabelle } from '../../../web/index.ts';
import { zeit } from '../bausteine.tsx';

// The delivery of the case's messages to the case-management system, attempt by attempt.

export function ZustellungAbschnitt({ a }: { a: FallAnsicht }) {
  return (
    <section aria-labelledby="zustellung">
      <h2 class="kern-heading-medium" id="zustellung">
        Zustellung an das Fachverfahren
      </h2>
      {a.sendungen.length === 0 ? (
        <p class="kern-body">Für diesen Antrag wurde keine Nachricht an das Fachverfahren erzeugt.</p>
      ) : (
        <Tabelle
          titel="Nachrichten und Zustellversuche"
          zeilenkopf
          zeilen={a.sendungen}
          spalten={[
            {
              titel: 'Nachricht',
              zelle: (s) => (
                <>
                  {s.art === 'antrag' ? 'Antrag' : 'Nachreichung'}, erstellt {zeit(s.erstelltAm)}
                  {s.folge !== null && s.folge.unterlagen.length > 0
                    ? ` (laut Nachricht: ${s.folge.unterlagen.join(', ')})`
                    : null}
                </>
              ),
            },
            {
              titel: 'Stand',
              zelle: (s) => (
                <>
                  {s.status === 'delivered' && s.zugestelltAm !== null
                    ? `zugestellt am ${zeit(s.zugestelltAm)}`
                    : zustellTexte[s.status]}
                  {s.fehlerGrund !== null && s.status !== 'delivered' ? (
                    <p class="kern-body kern-body--small">{s.fehlerGrund}</p>
                  ) : null}
                </>
              ),
            },
            {
              titel: 'Versuche',
              zelle: (s) =>
                s.versuche.length === 0 ? (
                  'noch keiner'
                ) : (
                  <ul class="kern-list">
                    {s.versuche.map((v) => (
                      <li>
                        {v.nummer}. {zeit(v.begonnenAm)}: {v.ergebnis}
                        {v.fehlerGrund !== null ? ` (${v.fehlerGrund})` : ''}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
