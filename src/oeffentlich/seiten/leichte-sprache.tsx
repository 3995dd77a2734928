import { Layout, type Navigation } from '../../web/index.ts';

export function LeichteSprache({ navigation }: { navigation?: Navigation }) {
  return (
    <Layout titel="Leichte Sprache" navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Hilfe bei Miet·schulden: Informationen in Leichter Sprache</h1>
        <h2 class="kern-heading-medium">Was ist auf dieser Internet·seite?</h2>
        <p class="kern-body">
          Sie haben Miet·schulden? Sie können die Miete nicht mehr bezahlen? Dann kann das Sozial·amt helfen.
          Das Sozial·amt kann Ihre Miet·schulden bezahlen. Dann verlieren Sie Ihre Wohnung nicht.
        </p>
        <p class="kern-body">
          Auf dieser Internet·seite können Sie einen Antrag stellen. Antrag heißt: Sie bitten um Hilfe.
        </p>
        <h2 class="kern-heading-medium">Wichtig: Haben Sie Post vom Gericht bekommen?</h2>
        <p class="kern-body">
          Vielleicht will Ihr Vermieter, dass Sie ausziehen. Dann schickt das Gericht einen gelben Brief. Ab
          diesem Tag haben Sie nur 2 Monate Zeit. Stellen Sie den Antrag deshalb schnell.
        </p>
        <h2 class="kern-heading-medium">Wann hilft das Job·center?</h2>
        <p class="kern-body">
          Bekommen Sie Bürger·geld? Oder können Sie jeden Tag 3 Stunden oder mehr arbeiten? Dann hilft
          meistens nicht das Sozial·amt. Dann hilft das Job·center. Das Job·center kann auch Miet·schulden
          bezahlen.
        </p>
        <p class="kern-body">
          Gehen Sie am besten gleich zum Job·center. Hier finden Sie Ihr Job·center:{' '}
          <a class="kern-link" href="https://www.arbeitsagentur.de/jobcenter-finden">
            Job·center finden
          </a>
          . Sie können den Antrag aber auch hier stellen. Dann schickt das Sozial·amt ihn zum Job·center.
        </p>
        <h2 class="kern-heading-medium">So stellen Sie den Antrag</h2>
        <ol class="kern-list kern-list--number">
          <li>Sie melden sich mit der BundID an. Die BundID ist ein Konto für Ämter im Internet.</li>
          <li>Sie beantworten Fragen. Zum Beispiel: Wie viel Miete zahlen Sie? Wie viel Geld haben Sie?</li>
          <li>
            Sie laden Papiere hoch. Zum Beispiel: den Miet·vertrag. Sie können Papiere auch später schicken.
          </li>
          <li>Sie schicken den Antrag ab. Sie bekommen eine Bestätigung.</li>
        </ol>
        <h2 class="kern-heading-medium">So finden Sie sich auf der Seite zurecht</h2>
        <p class="kern-body">
          Oben auf jeder Seite steht der Name von diesem Dienst. Unten auf jeder Seite finden Sie Links. Zum
          Beispiel zum Daten·schutz. Mit der Taste Tab kommen Sie von einem Feld zum nächsten Feld.
        </p>
        <h2 class="kern-heading-medium">Barriere·freiheit</h2>
        <p class="kern-body">
          Wir wollen, dass alle Menschen diese Seite benutzen können. Manche Teile sind noch nicht
          barriere·frei. Es gibt zum Beispiel noch kein Video in Gebärden·sprache. Haben Sie ein Problem mit
          der Seite? Dann sagen Sie es uns. Mehr dazu steht in der{' '}
          <a class="kern-link" href="/barrierefreiheit">
            Erklärung zur Barriere·freiheit
          </a>
          .
        </p>
        <h2 class="kern-heading-medium">Sie brauchen Hilfe?</h2>
        <p class="kern-body">
          Eine Schuldner·beratung hilft Ihnen. Die Beratung kostet nichts. Sie können auch beim Sozial·amt
          anrufen.
        </p>
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href="/antrag">
            <span class="kern-label">Antrag starten</span>
          </a>
        </p>
      </div>
    </Layout>
  );
}
