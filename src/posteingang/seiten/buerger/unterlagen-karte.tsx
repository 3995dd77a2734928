import { formatGroesse } from '../../../antrag/index.ts';
import { CsrfFeld, Fehlertext, feldId, Knopf } from '../../../web/index.ts';
import { unterlagenArten, unterlagenTitel } from '../../faelle.ts';
import type { NachgereichteDatei } from '../../nachreichung.ts';
import { Badge } from '../bausteine.tsx';

// One requested document on the answer page: its files so far and, while the request is open, the upload.

export function UnterlagenKarte({
  art,
  basis,
  csrf,
  dateien: eigene,
  offen,
  fehler,
}: {
  art: string;
  basis: string;
  csrf: string;
  /** The files already uploaded for this document. */
  dateien: NachgereichteDatei[];
  offen: boolean;
  fehler: string | undefined;
}) {
  const hinweis = unterlagenArten.find((u) => u.id === art)?.hinweis;
  const id = feldId(`datei-${art}`);
  return (
    <section class="kern-card nachreichung" aria-labelledby={`titel-${art}`}>
      <div class="kern-card__container">
        <div class="kern-card__body">
          <h2 class="kern-heading-small" id={`titel-${art}`}>
            {unterlagenTitel(art)}{' '}
            {eigene.length > 0 ? (
              <Badge art="success">{eigene.length === 1 ? '1 Datei' : `${eigene.length} Dateien`}</Badge>
            ) : (
              <Badge art="warning">fehlt noch</Badge>
            )}
          </h2>
          {hinweis !== undefined ? <p class="kern-body kern-body--small">{hinweis}</p> : null}
          {eigene.length > 0 ? (
            <ul class="kern-list dateiliste">
              {eigene.map((d) => (
                <li>
                  {offen && !d.gesendet ? (
                    <form method="post" action={`${basis}/dateien/${d.id}/entfernen`} class="datei">
                      <CsrfFeld token={csrf} />
                      <span class="kern-body">
                        {d.dateiname} ({formatGroesse(d.groesse)})
                      </span>{' '}
                      <button class="kern-btn kern-btn--tertiary kern-btn--x-small" type="submit">
                        <span class="kern-label">
                          Entfernen<span class="kern-sr-only">: {d.dateiname}</span>
                        </span>
                      </button>
                    </form>
                  ) : (
                    <span class="kern-body">
                      {d.dateiname} ({formatGroesse(d.groesse)}), gesendet
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {offen ? (
            <form
              method="post"
              action={`${basis}/unterlagen/${art}?_csrf=${encodeURIComponent(csrf)}`}
              enctype="multipart/form-data"
              novalidate
            >
              <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
                <label class="kern-label" for={id}>
                  {eigene.length > 0 ? 'Weitere Datei auswählen' : 'Datei auswählen'}
                  <span class="kern-sr-only"> für {unterlagenTitel(art)}</span>
                </label>
                {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
                <input
                  class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
                  id={id}
                  name="datei"
                  type="file"
                  accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                  aria-invalid={fehler !== undefined ? 'true' : undefined}
                  aria-describedby={fehler !== undefined ? `${id}-fehler` : undefined}
                />
              </div>
              <div class="knopfleiste">
                <Knopf art="secondary">
                  Hochladen<span class="kern-sr-only"> für {unterlagenTitel(art)}</span>
                </Knopf>
              </div>
            </form>
          ) : null}
        </div>
      </div>
    </section>
  );
}
