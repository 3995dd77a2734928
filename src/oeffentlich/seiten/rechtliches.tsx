import type { ComponentChildren } from 'preact';
import type { BarrierefreiheitAngaben, Impressum as ImpressumAngaben } from '../../config.ts';
import type { Behoerde } from '../../katalog/index.ts';
import { formatDatum } from '../../shared/index.ts';
import { Angaben, Layout, type Navigation } from '../../web/index.ts';

function Absaetze({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((absatz) => (
        <p class="kern-body">{absatz}</p>
      ))}
    </>
  );
}

function BehoerdenAuswahl({
  pfad,
  behoerden,
  gewaehlt,
}: {
  pfad: string;
  behoerden: Behoerde[];
  gewaehlt: Behoerde;
}) {
  return (
    <form method="get" action={pfad} class="knopfleiste">
      <div class="kern-form-input">
        <label class="kern-label" for="behoerde">
          Sozialamt
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="behoerde" name="behoerde">
            {behoerden.map((b) => (
              <option value={b.ags} selected={b.ags === gewaehlt.ags}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button class="kern-btn kern-btn--secondary" type="submit">
        <span class="kern-label">Anzeigen</span>
      </button>
    </form>
  );
}

type AmtSeiteProps = {
  behoerden: Behoerde[];
  gewaehlt: Behoerde;
  navigation?: Navigation;
  barrierefreiheit: BarrierefreiheitAngaben;
};

export function Datenschutz({ behoerden, gewaehlt, navigation }: AmtSeiteProps) {
  return (
    <Layout titel="Datenschutz" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Datenschutzhinweise</h1>
        <p class="kern-body">
          Informationen nach Art. 13 DSGVO. Verantwortlich ist das Sozialamt, an das Ihr Antrag geht. Wählen
          Sie Ihr Sozialamt aus.
        </p>
        <BehoerdenAuswahl pfad="/datenschutz" behoerden={behoerden} gewaehlt={gewaehlt} />
        <h2 class="kern-heading-medium">{gewaehlt.name}</h2>
        <Absaetze text={gewaehlt.datenschutz_hinweis} />
        <h2 class="kern-heading-medium">Cookies</h2>
        <p class="kern-body">
          Wir setzen nur technisch notwendige Cookies: eines für Ihre Anmeldung und eines zum Schutz der
          Formulare vor Missbrauch. Es gibt keine Analyse- oder Werbe-Cookies.
        </p>
      </div>
    </Layout>
  );
}

export function Barrierefreiheit({ behoerden, gewaehlt, navigation, barrierefreiheit: b }: AmtSeiteProps) {
  return (
    <Layout titel="Erklärung zur Barrierefreiheit" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Erklärung zur Barrierefreiheit</h1>
        <p class="kern-body">
          Diese Erklärung gilt für den Online-Dienst „Übernahme von Mietrückständen“. Sie beruht auf der
          Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Regeln des Landes
          Mecklenburg-Vorpommern für barrierefreie Informationstechnik.
        </p>
        <p class="kern-body">
          {b.geprueftAm === undefined
            ? 'Das Datum der letzten Überprüfung dieser Erklärung ist noch nicht angegeben.'
            : `Diese Erklärung wurde zuletzt am ${formatDatum(b.geprueftAm)} überprüft.`}
        </p>
        <h2 class="kern-heading-medium">Barrieren melden: Feedback</h2>
        <p class="kern-body">
          Sind Ihnen Barrieren aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns
          eine E-Mail:{' '}
          {b.feedbackEmail === undefined ? (
            'Die Adresse ist noch nicht angegeben.'
          ) : (
            <a
              class="kern-link"
              href={`mailto:${b.feedbackEmail}?subject=${encodeURIComponent('Barriere melden')}`}
            >
              {b.feedbackEmail}
            </a>
          )}
        </p>
        {b.durchsetzungsstelle !== undefined ? (
          <>
            <h2 class="kern-heading-medium">Durchsetzungsverfahren</h2>
            <p class="kern-body">
              Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich wenden an:{' '}
              {b.durchsetzungsstelle}
            </p>
          </>
        ) : null}
        <BehoerdenAuswahl pfad="/barrierefreiheit" behoerden={behoerden} gewaehlt={gewaehlt} />
        <h2 class="kern-heading-medium">{gewaehlt.name}</h2>
        <Absaetze text={gewaehlt.barrierefreiheit_erklaerung} />
      </div>
    </Layout>
  );
}

export function Impressum({
  angaben,
  datenquellen,
  navigation,
}: {
  angaben: ImpressumAngaben;
  datenquellen: string[];
  navigation?: Navigation;
}) {
  const fehlt = 'Noch nicht angegeben.';
  return (
    <Layout titel="Impressum" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Impressum</h1>
        <h2 class="kern-heading-medium">Betreiber des Online-Dienstes</h2>
        <Angaben
          eintraege={[
            ['Betreiber', angaben.betreiber ?? fehlt],
            ['Anschrift', angaben.anschrift ?? fehlt],
            ['Vertreten durch', angaben.vertretenDurch ?? fehlt],
            [
              'E-Mail',
              angaben.email === undefined ? (
                fehlt
              ) : (
                <a class="kern-link" href={`mailto:${angaben.email}`}>
                  {angaben.email}
                </a>
              ),
            ],
            ...(angaben.telefon !== undefined
              ? ([
                  [
                    'Telefon',
                    <a class="kern-link" href={`tel:${angaben.telefon.replace(/[^+0-9]/g, '')}`}>
                      {angaben.telefon}
                    </a>,
                  ],
                ] as [string, ComponentChildren][])
              : []),
            ['Zuständige Aufsichtsbehörde', angaben.aufsichtsbehoerde ?? fehlt],
          ]}
        />
        <p class="kern-body">
          Für die Entscheidung über Ihren Antrag ist das Sozialamt Ihres Landkreises oder Ihrer kreisfreien
          Stadt verantwortlich.
        </p>
        <h2 class="kern-heading-medium">Quellcode</h2>
        <p class="kern-body">
          Die Software ist quelloffen unter der Lizenz EUPL-1.2. Sie nutzt das Designsystem KERN UX
          (EUPL-1.2).
        </p>
        {datenquellen.length > 0 ? (
          <>
            <h2 class="kern-heading-medium">Datenquellen</h2>
            <ul class="kern-list kern-list--bullet">
              {datenquellen.map((q) => (
                <li>{q}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Layout>
  );
}
