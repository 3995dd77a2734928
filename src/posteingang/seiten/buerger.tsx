import { formatGroesse } from '../../antrag/datei-pruefung.ts';
import { AntragSeite, Ueberschrift, type Rahmen } from '../../antrag/seiten/bausteine.tsx';
import { fristInWorten } from '../../fristen/index.ts';
import { CsrfFeld, Fehlertext, feldId, Hinweisbox, Knopf } from '../../web/komponenten/formular.tsx';
import { unterlagenArten, unterlagenTitel } from '../faelle.ts';
import type { NachgereichteDatei } from '../nachreichung.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';
import { statusFuerBuerger, type Fallstatus } from '../status.ts';
import { Badge, datum, zeit } from './bausteine.tsx';

// The citizen's status pages under /meine-antraege: the applications with delivery and case status, open
// requests with their deadlines, the Schonfrist, the receipt; and the page to answer a request.

export const MEINE = '/meine-antraege';

export type OffeneNachforderung = Pick<
  NachforderungZeile,
  'id' | 'unterlagen' | 'frist' | 'status' | 'erstellt_am' | 'beantwortet_am'
> & {
  ueberfaellig: boolean;
  hinweisText: string | undefined;
};

export type AntragStand = {
  vorgangsnummer: string;
  behoerde: string;
  eingereichtAm: Date;
  zustellung: string;
  status: Fallstatus;
  entscheidung: string | undefined;
  schonfrist: { ende: string; vorlaeufig: boolean } | null;
  nachforderungen: OffeneNachforderung[];
  antragPdf: boolean;
};

function Nachforderungen({ a }: { a: AntragStand }) {
  const offen = a.nachforderungen.filter((n) => n.status === 'offen');
  const beantwortet = a.nachforderungen.filter((n) => n.status === 'beantwortet');
  return (
    <>
      {offen.map((n) => (
        <Hinweisbox
          art={n.ueberfaellig ? 'danger' : 'warning'}
          titel={
            n.ueberfaellig
              ? `Die Frist ist abgelaufen: Bitte reichen Sie die Unterlagen sofort nach`
              : `Bitte reichen Sie Unterlagen nach, bis ${datum(n.frist)}`
          }
        >
          <p class="kern-body">Das Sozialamt braucht noch:</p>
          <ul class="kern-list kern-list--bullet">
            {n.unterlagen.map((u) => (
              <li>{unterlagenTitel(u)}</li>
            ))}
          </ul>
          {n.ueberfaellig ? <p class="kern-body">Die Frist endete am {datum(n.frist)}.</p> : null}
          <p class="kern-body">
            <a class="kern-link" href={`${MEINE}/${a.vorgangsnummer}/nachforderungen/${n.id}`}>
              Unterlagen hochladen<span class="kern-sr-only"> für den Antrag {a.vorgangsnummer}</span>
            </a>
          </p>
        </Hinweisbox>
      ))}
      {beantwortet.length > 0 ? (
        <p class="kern-body">
          {beantwortet.map((n) =>
            n.beantwortet_am === null ? '' : `Unterlagen nachgereicht am ${zeit(n.beantwortet_am)}. `,
          )}
        </p>
      ) : null}
    </>
  );
}

function Stand({ a, ueberschrift }: { a: AntragStand; ueberschrift: 'h2' | 'none' }) {
  return (
    <>
      {ueberschrift === 'h2' ? (
        <h2 class="kern-heading-medium">
          <a class="kern-link" href={`${MEINE}/${a.vorgangsnummer}`}>
            Antrag {a.vorgangsnummer}
          </a>
        </h2>
      ) : null}
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">Abgesendet</dt>
          <dd class="kern-description-list-item__value">am {zeit(a.eingereichtAm)}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">Zuständig</dt>
          <dd class="kern-description-list-item__value">{a.behoerde}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">Übermittlung</dt>
          <dd class="kern-description-list-item__value">{a.zustellung}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">Stand der Bearbeitung</dt>
          <dd class="kern-description-list-item__value">
            {statusFuerBuerger[a.status]}
            {a.entscheidung !== undefined ? ` ${a.entscheidung}` : ''}
          </dd>
        </div>
        {a.schonfrist !== null ? (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">Schonfrist</dt>
            <dd class="kern-description-list-item__value">
              Bis {datum(a.schonfrist.ende)}
              {a.schonfrist.vorlaeufig ? ' (vorläufig berechnet)' : ''}. Bis dahin muss die Miete bezahlt oder
              vom Sozialamt zugesagt sein, damit die Kündigung unwirksam wird.
            </dd>
          </div>
        ) : null}
      </dl>
      <Nachforderungen a={a} />
    </>
  );
}

export function MeineAntraegeSeite(p: { rahmen: Rahmen; antraege: AntragStand[] }) {
  return (
    <AntragSeite titel="Ihre Anträge und ihr Stand" rahmen={p.rahmen} speicherhinweis={false}>
      <Ueberschrift bereich="Übernahme von Mietrückständen">Ihre Anträge und ihr Stand</Ueberschrift>
      {p.antraege.length === 0 ? (
        <p class="kern-body">
          Sie haben noch keinen Antrag abgesendet.{' '}
          <a class="kern-link" href="/antrag">
            Einen Antrag beginnen oder fortsetzen
          </a>
        </p>
      ) : (
        p.antraege.map((a) => (
          <section class="kern-card antrag-stand" aria-label={`Antrag ${a.vorgangsnummer}`}>
            <div class="kern-card__container">
              <div class="kern-card__body">
                <Stand a={a} ueberschrift="h2" />
              </div>
            </div>
          </section>
        ))
      )}
      <p class="kern-body">
        <a class="kern-link" href="/antrag">
          Angefangene Anträge und neuen Antrag beginnen
        </a>
      </p>
    </AntragSeite>
  );
}

export function AntragStandSeite(p: {
  rahmen: Rahmen;
  a: AntragStand;
  frist: string | undefined;
  heute: string;
}) {
  const basis = `${MEINE}/${p.a.vorgangsnummer}`;
  return (
    <AntragSeite
      titel={`Antrag ${p.a.vorgangsnummer}`}
      rahmen={p.rahmen}
      zurueck={MEINE}
      speicherhinweis={false}
    >
      <Ueberschrift bereich="Ihr Antrag">Antrag {p.a.vorgangsnummer}</Ueberschrift>
      <Stand a={p.a} ueberschrift="none" />
      {p.a.schonfrist !== null ? (
        <p class="kern-body">{fristInWorten(p.a.schonfrist.ende, p.heute)}</p>
      ) : null}
      <h2 class="kern-heading-medium">Ihre Unterlagen zum Antrag</h2>
      <ul class="kern-list kern-list--bullet">
        <li>
          <a
            class="kern-link"
            href={`/antrag/eingang/${p.a.vorgangsnummer}/eingangsbestaetigung.pdf`}
            download
          >
            Eingangsbestätigung herunterladen (PDF)
          </a>
        </li>
        <li>
          <a class="kern-link" href={`/antrag/eingang/${p.a.vorgangsnummer}`}>
            Eingangsbestätigung ansehen
          </a>
        </li>
        {p.a.antragPdf ? (
          <li>
            <a class="kern-link" href={`${basis}/antrag.pdf`} download>
              Ihren Antrag herunterladen (PDF)
            </a>
          </li>
        ) : null}
      </ul>
    </AntragSeite>
  );
}

export function NachforderungBeantworten(p: {
  rahmen: Rahmen;
  vorgangsnummer: string;
  n: OffeneNachforderung;
  dateien: NachgereichteDatei[];
  hoechstDatei: number;
  hoechstGesamt: number;
  fehler?: { art?: string; text: string } | undefined;
  erfolg?: string | undefined;
}) {
  const basis = `${MEINE}/${p.vorgangsnummer}/nachforderungen/${p.n.id}`;
  const summe = p.dateien.reduce((s, d) => s + d.groesse, 0);
  const offen = p.n.status === 'offen';
  const fehlerFelder =
    p.fehler === undefined ? undefined : { [`datei-${p.fehler.art ?? 'absenden'}`]: p.fehler.text };
  return (
    <AntragSeite
      titel="Unterlagen nachreichen"
      rahmen={p.rahmen}
      zurueck={`${MEINE}/${p.vorgangsnummer}`}
      speicherhinweis={false}
      fehler={fehlerFelder}
    >
      <Ueberschrift bereich={`Antrag ${p.vorgangsnummer}`}>Unterlagen nachreichen</Ueberschrift>
      {p.erfolg !== undefined ? <Hinweisbox art="success" titel={p.erfolg} /> : null}
      {!offen ? (
        <Hinweisbox art="success" titel="Sie haben diese Unterlagen schon nachgereicht">
          <p class="kern-body">
            {p.n.beantwortet_am !== null ? `Am ${zeit(p.n.beantwortet_am)} an das Sozialamt geschickt.` : ''}
          </p>
        </Hinweisbox>
      ) : (
        <>
          <p class="kern-body">
            Das Sozialamt hat am {zeit(p.n.erstellt_am)} Unterlagen nachgefordert.{' '}
            {p.n.ueberfaellig ? (
              <strong>
                Die Frist ist am {datum(p.n.frist)} abgelaufen. Bitte reichen Sie die Unterlagen sofort nach.
              </strong>
            ) : (
              <>Bitte reichen Sie sie bis zum {datum(p.n.frist)} nach.</>
            )}
          </p>
          {p.n.hinweisText !== undefined ? (
            <Hinweisbox art="info" titel="Hinweis des Sozialamts">
              <p class="kern-body">{p.n.hinweisText}</p>
            </Hinweisbox>
          ) : null}
          <p class="kern-body">
            Laden Sie jede Unterlage als PDF, JPEG oder PNG hoch, zum Beispiel als Foto mit dem Handy. Je
            Datei höchstens {formatGroesse(p.hoechstDatei)}, alle zusammen höchstens{' '}
            {formatGroesse(p.hoechstGesamt)}. Wenn alles da ist, klicken Sie unten auf „Unterlagen absenden“.
          </p>
        </>
      )}
      {p.n.unterlagen.map((art) => {
        const hinweis = unterlagenArten.find((u) => u.id === art)?.hinweis;
        const eigene = p.dateien.filter((d) => d.art === art);
        const id = feldId(`datei-${art}`);
        const fehler = p.fehler?.art === art ? p.fehler.text : undefined;
        return (
          <section class="kern-card nachreichung" aria-labelledby={`titel-${art}`}>
            <div class="kern-card__container">
              <div class="kern-card__body">
                <h2 class="kern-heading-small" id={`titel-${art}`}>
                  {unterlagenTitel(art)}{' '}
                  {eigene.length > 0 ? (
                    <Badge art="success">
                      {eigene.length === 1 ? '1 Datei' : `${eigene.length} Dateien`}
                    </Badge>
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
                            <CsrfFeld token={p.rahmen.csrf} />
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
                    action={`${basis}/unterlagen/${art}?_csrf=${encodeURIComponent(p.rahmen.csrf)}`}
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
      })}
      {offen ? (
        <form method="post" action={`${basis}/absenden`} id={feldId('datei-absenden')}>
          <CsrfFeld token={p.rahmen.csrf} />
          <p class="kern-body">
            {p.dateien.length === 0
              ? 'Sie haben noch keine Datei hochgeladen.'
              : `${p.dateien.length === 1 ? '1 Datei' : `${p.dateien.length} Dateien`}, zusammen ${formatGroesse(summe)}.`}{' '}
            Nach dem Absenden geht alles zusammen an das Sozialamt. Danach können Sie nichts mehr ändern.
          </p>
          {p.fehler !== undefined && p.fehler.art === undefined ? (
            <Fehlertext id={`${feldId('datei-absenden')}-fehler`} text={p.fehler.text} />
          ) : null}
          <div class="knopfleiste">
            <Knopf>Unterlagen absenden</Knopf>
          </div>
        </form>
      ) : null}
    </AntragSeite>
  );
}
