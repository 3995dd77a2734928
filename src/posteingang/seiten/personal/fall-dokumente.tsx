import { formatGroesse } from '../../../antrag/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { unterlagenTitel } from '../../faelle.ts';
import { zeit } from '../bausteine.tsx';

// The documents of a case to download: the PDF, the xSozial messages, the attachments.

export function DokumenteAbschnitt({ a, basis }: { a: FallAnsicht; basis: string }) {
  return (
    <section aria-labelledby="dokumente">
      <h2 class="kern-heading-medium" id="dokumente">
        Dokumente
      </h2>
      <ul class="kern-list kern-list--bullet">
        <li>
          {a.antrag.antrag_pdf === null ? (
            'Antrags-PDF: nicht vorhanden'
          ) : (
            <a class="kern-link" href={`${basis}/antrag.pdf`} download>
              Antrag als PDF herunterladen
            </a>
          )}
        </li>
        {a.sendungen.map((s) => (
          <li>
            <a class="kern-link" href={`${basis}/nachrichten/${s.nachrichtUUID}`} download>
              {s.art === 'antrag' ? 'xSozial-Nachricht des Antrags' : 'xSozial-Nachricht der Nachreichung'}{' '}
              vom {zeit(s.erstelltAm)} (XML)
            </a>
          </li>
        ))}
      </ul>
      <h3 class="kern-heading-small">Anlagen des Antrags</h3>
      {a.anlagen.length === 0 ? (
        <p class="kern-body">Keine Anlagen.</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          {a.anlagen.map((d) => (
            <li>
              <a class="kern-link" href={`${basis}/dateien/${d.id}`} download>
                {unterlagenTitel(d.art)}: {d.dateiname}
              </a>{' '}
              ({formatGroesse(d.groesse)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
