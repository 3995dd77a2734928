import type { Behoerde } from '../../katalog/index.ts';
import { Hinweisbox, Knopf, CsrfFeld } from '../../web/index.ts';
import type { Eingang } from '../eingang.ts';
import type { FristAnzeige } from '../frist.ts';
import { formatGroesse } from '../datei-pruefung.ts';
import { AntragSeite, Ueberschrift, type Rahmen } from './bausteine.tsx';
import { FristHinweis } from './frist-hinweis.tsx';
import { AbschnittKarte } from './pruefen.tsx';
import { formatZeitLang } from '../../shared/index.ts';

// The receipt after submitting, and the overview of a citizen's drafts and applications.

/** "4. Januar 2027 um 10:05 Uhr" */
export function zeitpunkt(d: Date): string {
  return formatZeitLang(d);
}

export function Eingangsbestaetigung(p: {
  rahmen: Rahmen;
  eingang: Eingang;
  vorgangsnummer: string;
  eingereichtAm: Date;
  behoerde: Behoerde | undefined;
  frist: FristAnzeige | null;
  jobcenter: boolean;
  /** The delivery status in plain words (zustellung/'s zustellstatus), e.g. "Zugestellt an … am …". */
  zustellung?: string | undefined;
  pdfLinks: { antrag?: string; bestaetigung?: string };
}) {
  const { eingang, behoerde } = p;
  return (
    <AntragSeite titel="Antrag eingegangen" rahmen={p.rahmen} speicherhinweis={false}>
      <div class="kern-alert kern-alert--success eingang" role="status">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--success" aria-hidden="true" />
          <h1 class="kern-title kern-title--large">Ihr Antrag ist eingegangen</h1>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">Ihre Vorgangsnummer</p>
          <p class="kern-body kern-body--large vorgangsnummer">
            <strong>{p.vorgangsnummer}</strong>
          </p>
          <p class="kern-body">Eingegangen am {zeitpunkt(p.eingereichtAm)}</p>
          {p.zustellung !== undefined ? <p class="kern-body zustellstatus">{p.zustellung}</p> : null}
        </div>
      </div>
      <p class="kern-body">
        Bitte notieren Sie die Vorgangsnummer. Geben Sie sie an, wenn Sie mit dem Sozialamt sprechen oder
        Unterlagen nachreichen.
      </p>
      {p.pdfLinks.bestaetigung !== undefined || p.pdfLinks.antrag !== undefined ? (
        <ul class="kern-list">
          {p.pdfLinks.bestaetigung !== undefined ? (
            <li>
              <a class="kern-link" href={p.pdfLinks.bestaetigung} download>
                <span class="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" />{' '}
                Eingangsbestätigung herunterladen (PDF)
              </a>
            </li>
          ) : null}
          {p.pdfLinks.antrag !== undefined ? (
            <li>
              <a class="kern-link" href={p.pdfLinks.antrag} download>
                <span class="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" /> Ihren
                Antrag herunterladen (PDF)
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {p.frist !== null ? <FristHinweis frist={p.frist} /> : null}
      {p.jobcenter ? (
        <Hinweisbox art="info" titel="Hinweis zum Jobcenter">
          <p class="kern-body">
            Sie haben angegeben, dass jemand in Ihrem Haushalt Bürgergeld bekommt. Dann ist meist das
            Jobcenter zuständig. Das Sozialamt leitet Ihren Antrag in diesem Fall weiter; er gilt trotzdem ab
            heute als gestellt.
          </p>
        </Hinweisbox>
      ) : null}
      <h2 class="kern-heading-medium">Zuständig für Ihren Antrag</h2>
      {behoerde !== undefined ? (
        <div class="kern-body">
          <p class="kern-body kern-body--bold">{behoerde.name}</p>
          <p class="kern-body">{behoerde.amt}</p>
          <p class="kern-body">
            {behoerde.strasse}, {behoerde.plz} {behoerde.ort}
          </p>
          {behoerde.telefon !== null ? <p class="kern-body">Telefon: {behoerde.telefon}</p> : null}
          {behoerde.sprechzeiten !== null ? (
            <p class="kern-body">Sprechzeiten: {behoerde.sprechzeiten}</p>
          ) : null}
        </div>
      ) : null}
      <h2 class="kern-heading-medium">Ihre Unterlagen</h2>
      {eingang.anlagen.length === 0 ? (
        <p class="kern-body">Sie haben keine Unterlagen beigefügt.</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          {eingang.anlagen.map((a) => (
            <li>
              {a.bezeichnung}: {a.dateiname} ({formatGroesse(a.bytes)})
            </li>
          ))}
        </ul>
      )}
      {eingang.fehlendeNachweise.length > 0 ? (
        <Hinweisbox art="warning" titel="Bitte reichen Sie diese Unterlagen nach">
          <ul class="kern-list kern-list--bullet">
            {eingang.fehlendeNachweise.map((f) => (
              <li>{f.bezeichnung}</li>
            ))}
          </ul>
          <p class="kern-body">
            Schicken Sie sie mit Ihrer Vorgangsnummer an das Sozialamt oder bringen Sie sie vorbei. Das
            Sozialamt kann erst entscheiden, wenn alle Unterlagen da sind.
          </p>
        </Hinweisbox>
      ) : null}
      <h2 class="kern-heading-medium">Wie geht es weiter?</h2>
      <ol class="kern-list kern-list--number">
        <li>
          Das Sozialamt prüft Ihren Antrag und meldet sich bei Ihnen, wenn es Fragen hat oder Unterlagen
          fehlen.
        </li>
        <li>Es spricht, wenn Sie eingewilligt haben, mit Ihrem Vermieter über die Mietschulden.</li>
        <li>
          Sie bekommen einen Bescheid. Meist gibt es ein Darlehen, das Sie in kleinen Raten zurückzahlen.
        </li>
        <li>
          Zahlen Sie Ihre laufende Miete bitte weiter, so gut es geht. Sonst wachsen die Mietschulden, und die
          Hilfe wird schwieriger.
        </li>
      </ol>
      <p class="kern-body">
        Kostenlose Hilfe bekommen Sie bei einer Schuldnerberatung oder bei der Wohnungsnotfallhilfe Ihrer
        Stadt.
      </p>
      <h2 class="kern-heading-medium">Ihre Angaben</h2>
      {eingang.zusammenfassung.abschnitte.map((a, i) => (
        <AbschnittKarte abschnitt={a} nummer={i + 1} ebene={3} />
      ))}
      <p class="kern-body">
        <a class="kern-link" href="/antrag">
          Zu Ihren Anträgen
        </a>
      </p>
    </AntragSeite>
  );
}

export function MeineAntraege(p: {
  rahmen: Rahmen;
  entwuerfe: { id: string; fuer: string | undefined; geaendertAm: Date; loeschdatum: string }[];
  antraege: { vorgangsnummer: string; eingereichtAm: Date }[];
}) {
  return (
    <AntragSeite titel="Ihre Anträge" rahmen={p.rahmen}>
      <Ueberschrift bereich="Übernahme von Mietrückständen">Ihre Anträge</Ueberschrift>
      {p.entwuerfe.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">Angefangene Anträge</h2>
          <ul class="kern-list">
            {p.entwuerfe.map((e) => (
              <li class="entwurf">
                <p class="kern-body kern-body--bold">
                  <a class="kern-link" href={`/antrag/${e.id}`}>
                    {e.fuer !== undefined ? `Antrag für ${e.fuer}` : 'Neuer Antrag'}
                  </a>
                </p>
                <p class="kern-body kern-body--small">
                  Zuletzt bearbeitet am {zeitpunkt(e.geaendertAm)}. Wird am {e.loeschdatum} gelöscht, wenn Sie
                  ihn bis dahin nicht weiter bearbeiten.
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="kern-body">
          Sie haben noch keinen Antrag angefangen. Das Ausfüllen dauert etwa 30 Minuten. Ihre Angaben werden
          nach jedem Schritt gespeichert; Sie können jederzeit unterbrechen und später weitermachen, auch an
          einem anderen Gerät.
        </p>
      )}
      <form method="post" action="/antrag/neu">
        <CsrfFeld token={p.rahmen.csrf} />
        <div class="knopfleiste">
          <Knopf art={p.entwuerfe.length > 0 ? 'secondary' : 'primary'}>Neuen Antrag beginnen</Knopf>
        </div>
      </form>
      {p.antraege.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">Abgesendete Anträge</h2>
          <ul class="kern-list">
            {p.antraege.map((a) => (
              <li>
                <a class="kern-link" href={`/antrag/eingang/${a.vorgangsnummer}`}>
                  {a.vorgangsnummer}
                </a>{' '}
                <span class="kern-body kern-body--small">abgesendet am {zeitpunkt(a.eingereichtAm)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </AntragSeite>
  );
}
