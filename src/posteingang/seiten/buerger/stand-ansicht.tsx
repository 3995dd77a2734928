import { AntragSeite, Ueberschrift, type Rahmen } from '../../../antrag/index.ts';
import { fristInWorten } from '../../../shared/index.ts';
import { CsrfFeld, Hinweisbox } from '../../../web/index.ts';
import { unterlagenTitel } from '../../faelle.ts';
import { statusFuerBuerger } from '../../status.ts';
import { datum, zeit } from '../bausteine.tsx';
import { MEINE, type AntragStand } from './typen.ts';
import { VermieterKarte } from '../../../vermieter/index.ts';

// The citizen's applications with delivery and case status, open requests, the Schonfrist and the receipt.

function Nachforderungen({ a, csrf }: { a: AntragStand; csrf: string }) {
  const offen = a.nachforderungen.filter((n) => n.status === 'offen' && !n.eigene);
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
      <form method="post" action={`${MEINE}/${a.vorgangsnummer}/unterlagen`}>
        <CsrfFeld token={csrf} />
        <p class="kern-body">Sie können dem Sozialamt jederzeit weitere Unterlagen schicken.</p>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">
            Weitere Unterlagen senden<span class="kern-sr-only"> für den Antrag {a.vorgangsnummer}</span>
          </span>
        </button>
      </form>
    </>
  );
}

function Stand({ a, ueberschrift, csrf }: { a: AntragStand; ueberschrift: 'h2' | 'none'; csrf: string }) {
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
      <Nachforderungen a={a} csrf={csrf} />
      <VermieterKarte
        nummer={a.vorgangsnummer}
        s={a.vermieter}
        csrf={csrf}
        ebene={ueberschrift === 'h2' ? 3 : 2}
      />
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
                <Stand a={a} ueberschrift="h2" csrf={p.rahmen.csrf} />
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
      <Stand a={p.a} ueberschrift="none" csrf={p.rahmen.csrf} />
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
