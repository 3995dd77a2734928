import { Hinweisbox, Layout, type Navigation } from '../../web/index.ts';
import { PlzPruefung } from '../../zustaendigkeit/index.ts';

export function Startseite({ liveBei, navigation }: { liveBei: string[]; navigation?: Navigation }) {
  return (
    <Layout titel="Start" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Übernahme von Mietrückständen beantragen</h1>
        <p class="kern-body kern-body--large">
          Sie haben Mietschulden und können sie nicht selbst bezahlen? Dann kann das Sozialamt Ihre
          Mietschulden übernehmen, damit Sie Ihre Wohnung nicht verlieren. Meist gibt es das Geld als
          Darlehen, manchmal als Zuschuss.
        </p>
        {navigation?.angemeldet !== undefined ? (
          <Hinweisbox art="info" titel="Sie sind mit Ihrer BundID angemeldet">
            <p class="kern-body">
              Den Stand Ihrer abgeschickten Anträge sehen Sie unter{' '}
              <a class="kern-link" href="/meine-antraege">
                Meine Anträge
              </a>
              . Dort können Sie auch jederzeit Unterlagen nachreichen. Angefangene Anträge finden Sie unter{' '}
              <a class="kern-link" href="/antrag">
                Ihre Entwürfe
              </a>
              .
            </p>
          </Hinweisbox>
        ) : null}
        <form method="get" action="/zustaendigkeit" class="stapel vorabpruefung" noValidate>
          <h2 class="kern-heading-medium">Zuerst prüfen: Nimmt Ihr Sozialamt den Antrag online an?</h2>
          <PlzPruefung
            label="Postleitzahl Ihrer Wohnung"
            hinweis="5 Ziffern, zum Beispiel 18055. Wir zeigen Ihnen das zuständige Sozialamt und wie Sie den Antrag stellen."
          />
        </form>
        <Hinweisbox art="warning" titel="Haben Sie eine Räumungsklage bekommen? Dann zählt jeder Tag.">
          <p class="kern-body">
            Nach der Zustellung der Räumungsklage haben Sie <strong>2 Monate Zeit</strong> (Schonfrist nach §
            569 Abs. 3 Nr. 2 BGB). Wenn die Mietschulden bis dahin bezahlt sind oder das Sozialamt die Zahlung
            zusagt, wird die fristlose Kündigung unwirksam. Das gilt nicht für eine ordentliche oder
            hilfsweise ordentliche Kündigung, und nicht, wenn in den letzten 2 Jahren schon einmal eine
            Kündigung so unwirksam wurde. Stellen Sie den Antrag deshalb so früh wie möglich. Das Datum der
            Zustellung steht auf dem gelben Briefumschlag des Gerichts.
          </p>
        </Hinweisbox>
        <h2 class="kern-heading-medium">Wer kann den Antrag stellen?</h2>
        <ul class="kern-list kern-list--bullet">
          <li>Sie wohnen zur Miete in Mecklenburg-Vorpommern.</li>
          <li>Sie haben Mietschulden und Ihnen droht die Kündigung oder Sie haben sie schon bekommen.</li>
          <li>
            Sie bekommen kein Bürgergeld. Wenn Sie Bürgergeld bekommen, ist das Jobcenter zuständig. Sie
            können den Antrag trotzdem hier stellen, wir leiten ihn dann weiter.
          </li>
          <li>
            Sie können den Antrag auch für eine andere Person stellen, zum Beispiel als Betreuerin oder
            Betreuer.
          </li>
        </ul>
        <h2 class="kern-heading-medium">Das brauchen Sie</h2>
        <ul class="kern-list kern-list--bullet">
          <li>ein BundID-Konto (mit Online-Ausweis oder ELSTER-Zertifikat) für die Anmeldung,</li>
          <li>Ihren Mietvertrag und die Aufstellung der Mietschulden von Ihrem Vermieter,</li>
          <li>die Mahnung, die Kündigung oder die Räumungsklage, wenn Sie sie bekommen haben,</li>
          <li>Nachweise über das Einkommen aller Personen im Haushalt aus den letzten 3 Monaten,</li>
          <li>Ihre Kontoauszüge der letzten 3 Monate,</li>
          <li>die Bankverbindung (IBAN) Ihres Vermieters.</li>
        </ul>
        <p class="kern-body">
          Fehlende Unterlagen können Sie auch später nachreichen. Ihre Eingaben werden nach jedem Schritt
          gespeichert. Sie können jederzeit unterbrechen und später weitermachen. Das Ausfüllen dauert etwa 30
          Minuten.
        </p>
        <div class="knopfleiste">
          <a class="kern-btn kern-btn--primary" href="/antrag">
            <span class="kern-label">Antrag starten</span>
          </a>
          <a class="kern-link" href="/leichte-sprache">
            Informationen in Leichter Sprache
          </a>
        </div>
        <h2 class="kern-heading-medium">Wo gibt es den Online-Antrag schon?</h2>
        {liveBei.length === 0 ? (
          <p class="kern-body">Zurzeit nimmt noch kein Sozialamt Anträge online an.</p>
        ) : (
          <>
            <p class="kern-body">Zurzeit nehmen diese Sozialämter den Antrag online an:</p>
            <ul class="kern-list kern-list--bullet">
              {liveBei.map((name) => (
                <li>{name}</li>
              ))}
            </ul>
            <p class="kern-body">
              Für andere Orte zeigen wir Ihnen nach der Eingabe Ihrer Adresse, wie Sie den Antrag schriftlich
              stellen.
            </p>
          </>
        )}
        <p class="kern-body">
          <a class="kern-link" href="/zustaendigkeit">
            Welches Sozialamt ist zuständig?
          </a>{' '}
          Prüfen Sie mit Ihrer Postleitzahl, welches Sozialamt für Ihre Wohnung zuständig ist und ob es den
          Antrag schon online annimmt.
        </p>
        <h2 class="kern-heading-medium">Hilfe</h2>
        <p class="kern-body">
          Eine Schuldnerberatung oder die Wohnungsnotfallhilfe Ihrer Stadt hilft Ihnen kostenlos beim Antrag
          und bei Gesprächen mit Ihrem Vermieter.
        </p>
      </div>
    </Layout>
  );
}
