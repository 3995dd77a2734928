import { formatGroesse } from '../../../antrag/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { unterlagenTitel } from '../../faelle.ts';
import { Badge, datum, zeit } from '../bausteine.tsx';

// The requests for documents of a case, with what the citizen sent in.

export function NachforderungenAbschnitt({ a, basis }: { a: FallAnsicht; basis: string }) {
  return (
    <section aria-labelledby="nachforderungen">
      <h2 class="kern-heading-medium" id="nachforderungen">
        Nachforderungen
      </h2>
      {a.fall.status === 'entschieden' || a.fall.status === 'abgeschlossen' ? null : (
        <p class="kern-body">
          <a class="kern-btn kern-btn--secondary" href={`${basis}/nachforderung`}>
            <span class="kern-label">Unterlagen nachfordern</span>
          </a>
        </p>
      )}
      {a.eingang.fehlendeNachweise.length > 0 ? (
        <p class="kern-body">
          Bei Eingang fehlten: {a.eingang.fehlendeNachweise.map((f) => f.bezeichnung).join(', ')}.
        </p>
      ) : null}
      {a.nachforderungen.length === 0 ? (
        <p class="kern-body">Es wurden keine Unterlagen nachgefordert.</p>
      ) : (
        <ul class="kern-list">
          {a.nachforderungen.map((n) => (
            <li class="nachforderung">
              <p class="kern-body">
                {n.status === 'offen' ? (
                  n.ueberfaellig ? (
                    <Badge art="danger">Frist überschritten</Badge>
                  ) : (
                    <Badge art="warning">offen</Badge>
                  )
                ) : (
                  <Badge art="success">beantwortet</Badge>
                )}{' '}
                Nachgefordert am {zeit(n.erstellt_am)} von {n.akteur_name}, Frist bis {datum(n.frist)}:{' '}
                {n.unterlagen.map(unterlagenTitel).join(', ')}
              </p>
              {n.hinweisText !== undefined ? (
                <p class="kern-body kern-body--small">Hinweis: {n.hinweisText}</p>
              ) : null}
              {n.beantwortet_am !== null ? (
                <p class="kern-body kern-body--small">Nachgereicht am {zeit(n.beantwortet_am)}</p>
              ) : null}
              {n.dateien.filter((d) => d.gesendet).length > 0 ? (
                <ul class="kern-list kern-list--bullet">
                  {n.dateien
                    .filter((d) => d.gesendet)
                    .map((d) => (
                      <li>
                        <a class="kern-link" href={`${basis}/dateien/${d.id}`} download>
                          {unterlagenTitel(d.art)}: {d.dateiname}
                        </a>{' '}
                        ({formatGroesse(d.groesse)})
                      </li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
