import type { Behoerde } from '../../katalog/index.ts';
import { Layout, type Navigation } from '../../web/index.ts';

export type Betreiber = { name: string; anschrift: string; email: string };

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

type AmtSeiteProps = { behoerden: Behoerde[]; gewaehlt: Behoerde; navigation?: Navigation };

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

export function Barrierefreiheit({ behoerden, gewaehlt, navigation }: AmtSeiteProps) {
  return (
    <Layout titel="Erklärung zur Barrierefreiheit" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Erklärung zur Barrierefreiheit</h1>
        <BehoerdenAuswahl pfad="/barrierefreiheit" behoerden={behoerden} gewaehlt={gewaehlt} />
        <h2 class="kern-heading-medium">{gewaehlt.name}</h2>
        <Absaetze text={gewaehlt.barrierefreiheit_erklaerung} />
      </div>
    </Layout>
  );
}

export function Impressum({
  betreiber,
  datenquellen,
  navigation,
}: {
  betreiber: Betreiber;
  datenquellen: string[];
  navigation?: Navigation;
}) {
  return (
    <Layout titel="Impressum" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Impressum</h1>
        <h2 class="kern-heading-medium">Betrieb des Online-Dienstes</h2>
        <p class="kern-body">
          {betreiber.name}
          <br />
          {betreiber.anschrift}
          <br />
          E-Mail:{' '}
          <a class="kern-link" href={`mailto:${betreiber.email}`}>
            {betreiber.email}
          </a>
        </p>
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
