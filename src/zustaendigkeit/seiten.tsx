import type { Behoerde } from '../katalog/index.ts';
import { Fehlerzusammenfassung, Knopf, Textfeld, Layout } from '../web/index.ts';
import {
  AusserhalbMv,
  GemeindeAuswahl,
  Kontaktangaben,
  KreisAuswahl,
  OnlineVerfuegbar,
  SchriftlicherWeg,
} from './komponenten.tsx';
import type { Verfuegbarkeit, Zustaendigkeit } from './regeln.ts';

// The public page "Welches Sozialamt ist zuständig?" (GET /zustaendigkeit) in its states. All forms use GET:
// the page only looks things up and stores nothing.

export const PFAD = '/zustaendigkeit';
const TITEL = 'Welches Sozialamt ist zuständig?';

function Zurueck() {
  return (
    <p class="kern-body">
      <a class="kern-link" href={PFAD}>
        Andere Postleitzahl prüfen
      </a>
    </p>
  );
}

export function PlzSeite({
  plz,
  fehler,
  kreisAlternative,
}: {
  plz?: string | undefined;
  fehler?: string | undefined;
  /** Offer the Kreis selection below (the postal code is unknown). */
  kreisAlternative?: Behoerde[] | undefined;
}) {
  return (
    <Layout titel={TITEL} hatFehler={fehler !== undefined}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={{ plz: fehler }} />
        <h1 class="kern-heading-large">{TITEL}</h1>
        <p class="kern-body">
          Zuständig ist das Sozialamt des Landkreises oder der kreisfreien Stadt, in dem oder in der Ihre
          Wohnung liegt. Geben Sie die Postleitzahl Ihrer Wohnung ein. Wir zeigen Ihnen dann, welches
          Sozialamt zuständig ist und ob es den Antrag schon online annimmt.
        </p>
        <form method="get" action={PFAD} class="stapel" noValidate>
          <Textfeld
            name="plz"
            label="Postleitzahl Ihrer Wohnung"
            hinweis="5 Ziffern, zum Beispiel 18055"
            wert={plz}
            fehler={fehler}
            autocomplete="postal-code"
            inputmode="numeric"
            breite={5}
            spellcheck={false}
          />
          <div class="knopfleiste">
            <Knopf>Weiter</Knopf>
          </div>
        </form>
        {kreisAlternative !== undefined ? (
          <form method="get" action={PFAD} class="stapel">
            <input type="hidden" name="schritt" value="kreis" />
            <KreisAuswahl behoerden={kreisAlternative} />
            <div class="knopfleiste">
              <Knopf art="secondary">Sozialamt anzeigen</Knopf>
            </div>
          </form>
        ) : null}
      </div>
    </Layout>
  );
}

export function KreisSeite({
  behoerden,
  gewaehlt,
  fehler,
}: {
  behoerden: Behoerde[];
  gewaehlt?: string | undefined;
  fehler?: string | undefined;
}) {
  return (
    <Layout titel={TITEL} hatFehler={fehler !== undefined}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={{ kreis: fehler }} />
        <h1 class="kern-heading-large">{TITEL}</h1>
        <p class="kern-body">
          Wählen Sie den Landkreis oder die kreisfreie Stadt, in dem oder in der Ihre Wohnung liegt. Wir
          zeigen Ihnen dann, wie Sie den Antrag stellen.
        </p>
        <form method="get" action={PFAD} class="stapel">
          <input type="hidden" name="schritt" value="kreis" />
          <KreisAuswahl behoerden={behoerden} gewaehlt={gewaehlt} fehler={fehler} />
          <div class="knopfleiste">
            <Knopf>Weiter</Knopf>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export function GemeindeSeite({
  ergebnis,
  fehler,
}: {
  ergebnis: Extract<Zustaendigkeit, { art: 'mehrdeutig' }>;
  fehler?: string | undefined;
}) {
  return (
    <Layout titel={TITEL} hatFehler={fehler !== undefined}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={{ gemeinde: fehler }} />
        <h1 class="kern-heading-large">{TITEL}</h1>
        <form method="get" action={PFAD} class="stapel">
          <input type="hidden" name="plz" value={ergebnis.plz} />
          <input type="hidden" name="schritt" value="gemeinde" />
          <GemeindeAuswahl
            plz={ergebnis.plz}
            gemeinden={ergebnis.gemeinden}
            ausserhalb={ergebnis.ausserhalb}
            fehler={fehler}
          />
          <div class="knopfleiste">
            <Knopf>Weiter</Knopf>
          </div>
        </form>
        <Zurueck />
      </div>
    </Layout>
  );
}

export function AusserhalbSeite({
  ergebnis,
}: {
  ergebnis: Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }>;
}) {
  const titel = 'Dieser Online-Dienst gilt nur in Mecklenburg-Vorpommern';
  return (
    <Layout titel={titel}>
      <div class="stapel">
        <h1 class="kern-heading-large">{titel}</h1>
        <AusserhalbMv ergebnis={ergebnis} />
        <Zurueck />
      </div>
    </Layout>
  );
}

export function ErgebnisSeite({
  verfuegbarkeit,
  gemeinde,
}: {
  verfuegbarkeit: Verfuegbarkeit;
  gemeinde?: { name: string; plz: string } | undefined;
}) {
  const { kontakt } = verfuegbarkeit;
  return (
    <Layout titel={`Zuständig: ${kontakt.name}`}>
      <div class="stapel">
        <h1 class="kern-heading-large">Zuständig: {kontakt.name}</h1>
        <p class="kern-body">
          {gemeinde !== undefined
            ? `Für Ihre Wohnung in ${gemeinde.plz} ${gemeinde.name} ist das Sozialamt von ${kontakt.name} zuständig.`
            : `Für Ihre Wohnung ist das Sozialamt von ${kontakt.name} zuständig.`}{' '}
          Bekommen Sie Bürgergeld? Dann ist das Jobcenter zuständig (§ 22 Abs. 8 SGB II).
        </p>
        {verfuegbarkeit.art === 'online' ? (
          <>
            <OnlineVerfuegbar verfuegbarkeit={verfuegbarkeit} />
            <div class="knopfleiste">
              <a class="kern-btn kern-btn--primary" href="/antrag">
                <span class="kern-label">Antrag starten</span>
              </a>
            </div>
            <h2 class="kern-heading-medium">Ihr Sozialamt</h2>
            <Kontaktangaben kontakt={kontakt} />
          </>
        ) : (
          <SchriftlicherWeg verfuegbarkeit={verfuegbarkeit} />
        )}
        <Zurueck />
      </div>
    </Layout>
  );
}
