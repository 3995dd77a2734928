import { Hinweisbox, Knopf } from '../../web/index.ts';
import {
  AusserhalbMv,
  GemeindeAuswahl,
  Kontaktangaben,
  KreisAuswahl,
  OnlineVerfuegbar,
  SchriftlicherWeg,
  type Vorabpruefung,
} from '../../zustaendigkeit/index.ts';
import { Ueberschrift } from './bausteine.tsx';

// The answer of the check before the first form page, and its short form on the task list.

export type VorabQuelle =
  | { art: 'eingabe'; plz?: string | undefined; gemeinde?: string | undefined; kreis?: string | undefined }
  | { art: 'entwurf'; kreis: string }
  | { art: 'wohnung'; plz: string }
  | { art: 'bundid'; plz: string }
  | { art: 'keine' };

function Herkunft({ quelle }: { quelle: VorabQuelle }) {
  switch (quelle.art) {
    case 'bundid':
      return (
        <p class="kern-body">
          Nach der Postleitzahl {quelle.plz} aus Ihrem BundID-Konto gilt für Ihre Wohnung Folgendes.
        </p>
      );
    case 'wohnung':
      return <p class="kern-body">Nach der Postleitzahl {quelle.plz} Ihrer Wohnung gilt Folgendes.</p>;
    case 'entwurf':
      return <p class="kern-body">Nach Ihrer Angabe zum Ort der Wohnung gilt Folgendes.</p>;
    default:
      return null;
  }
}

/** Full answer: the office, online or the written way (with the answers as PDF), or outside M-V. */
export function VorabErgebnis(p: {
  basis: string;
  quelle: VorabQuelle;
  pruefung: Vorabpruefung;
  titel: string;
}) {
  const aktion = `${p.basis}/zustaendigkeit`;
  const r = p.pruefung;
  return (
    <>
      <Ueberschrift bereich="Übernahme von Mietrückständen">{p.titel}</Ueberschrift>
      <Herkunft quelle={p.quelle} />
      {r.art === 'plz_fehlt' || r.art === 'plz_ungueltig' ? (
        <p class="kern-body">
          Zuständig ist das Sozialamt des Landkreises oder der kreisfreien Stadt, in dem oder in der Ihre
          Wohnung liegt. Geben Sie die Postleitzahl Ihrer Wohnung ein. Wir zeigen Ihnen dann, ob es den Antrag
          online annimmt.
        </p>
      ) : null}
      {r.art === 'ausserhalb_mv' ? <AusserhalbMv ergebnis={r.ergebnis} /> : null}
      {r.art === 'gemeinde_waehlen' ? (
        <form method="get" action={aktion} class="stapel">
          <input type="hidden" name="plz" value={r.ergebnis.plz} />
          <GemeindeAuswahl
            plz={r.ergebnis.plz}
            gemeinden={r.ergebnis.gemeinden}
            ausserhalb={r.ergebnis.ausserhalb}
          />
          <div class="knopfleiste">
            <Knopf>Sozialamt anzeigen</Knopf>
          </div>
        </form>
      ) : null}
      {r.art === 'kreis_waehlen' ? (
        <form method="get" action={aktion} class="stapel">
          {r.plz !== undefined ? (
            <p class="kern-body">Zur Postleitzahl {r.plz} kennen wir keinen Ort.</p>
          ) : null}
          <KreisAuswahl behoerden={r.behoerden} />
          <div class="knopfleiste">
            <Knopf>Sozialamt anzeigen</Knopf>
          </div>
        </form>
      ) : null}
      {r.art === 'amt' && r.verfuegbarkeit.art === 'online' ? (
        <>
          <OnlineVerfuegbar verfuegbarkeit={r.verfuegbarkeit} />
          <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href={p.basis}>
              <span class="kern-label">Weiter zum Antrag</span>
            </a>
          </div>
          <h2 class="kern-heading-medium">Ihr Sozialamt</h2>
          <Kontaktangaben kontakt={r.verfuegbarkeit.kontakt} />
        </>
      ) : null}
      {r.art === 'amt' && r.verfuegbarkeit.art !== 'online' ? (
        <>
          <SchriftlicherWeg verfuegbarkeit={r.verfuegbarkeit} />
          <AngabenAlsPdf basis={p.basis} />
        </>
      ) : null}
    </>
  );
}

/** The answers entered so far as a printable application form, for the written way. */
export function AngabenAlsPdf({ basis }: { basis: string }) {
  return (
    <div class="stapel">
      <h2 class="kern-heading-medium">Ihre Angaben als Antrag zum Ausdrucken</h2>
      <p class="kern-body">
        Sie können Ihre bisherigen Angaben hier weiter ausfüllen und dann als PDF herunterladen. Drucken Sie
        es aus, unterschreiben Sie es und schicken Sie es an das Sozialamt oder geben Sie es dort ab. Das ist
        ein vollständiger schriftlicher Antrag.
      </p>
      <p class="kern-body">
        <a class="kern-link" href={`${basis}/angaben.pdf`} download>
          <span class="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" /> Angaben als PDF
          herunterladen
        </a>
      </p>
    </div>
  );
}

/** The short form on the task list: who is responsible and what that means, with a link to the details. */
export function VorabKurz({ basis, pruefung }: { basis: string; pruefung: Vorabpruefung }) {
  const details = (
    <p class="kern-body">
      <a class="kern-link" href={`${basis}/zustaendigkeit`}>
        {pruefung.art === 'amt' && pruefung.verfuegbarkeit.art !== 'online'
          ? 'So stellen Sie den Antrag schriftlich'
          : 'Zuständigkeit ansehen oder andere Postleitzahl prüfen'}
      </a>
    </p>
  );
  switch (pruefung.art) {
    case 'amt': {
      const v = pruefung.verfuegbarkeit;
      if (v.art === 'online') {
        return (
          <Hinweisbox art="success" titel={`Zuständig: ${v.kontakt.name}. Der Online-Antrag ist möglich.`}>
            {details}
          </Hinweisbox>
        );
      }
      return (
        <Hinweisbox
          art="warning"
          titel={
            v.art === 'voruebergehend_nicht_verfuegbar'
              ? `Zuständig: ${v.kontakt.name}. Der Online-Antrag ist dort vorübergehend nicht möglich.`
              : `Zuständig: ${v.kontakt.name}. Dort ist der Antrag zurzeit nur schriftlich möglich.`
          }
        >
          {v.art === 'voruebergehend_nicht_verfuegbar' && v.hinweis !== null && v.hinweis.trim() !== '' ? (
            <p class="kern-body">{v.hinweis}</p>
          ) : null}
          {details}
        </Hinweisbox>
      );
    }
    case 'ausserhalb_mv':
      return (
        <Hinweisbox
          art="danger"
          titel="Ihre Wohnung liegt nach Ihrer Anschrift nicht in Mecklenburg-Vorpommern"
        >
          <p class="kern-body">Diesen Online-Antrag gibt es nur für Wohnungen in Mecklenburg-Vorpommern.</p>
          {details}
        </Hinweisbox>
      );
    default:
      return (
        <Hinweisbox art="info" titel="Prüfen Sie zuerst, welches Sozialamt zuständig ist">
          {details}
        </Hinweisbox>
      );
  }
}
