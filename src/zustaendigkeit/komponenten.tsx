import { Angaben, Auswahlgruppe, Hinweisbox, Knopf, Textfeld, type Option } from '../web/index.ts';
import type { ComponentChildren } from 'preact';
import type { Behoerde } from '../katalog/index.ts';
import {
  type GemeindeWahl,
  type Kontakt,
  type OrtAusserhalb,
  type Verfuegbarkeit,
  type Zustaendigkeit,
} from './regeln.ts';

// Page parts for routing that the wizard and the public page /zustaendigkeit render. None of them renders a
// <form> or an <h1>: the page around them does (with its own method, action, CSRF field and buttons).

const datum = (iso: string) => {
  const [j, m, t] = iso.split('-');
  return `${t ?? ''}.${m ?? ''}.${j ?? ''}`;
};

/** Radio list of the municipalities of an ambiguous postal code; those outside M-V are marked as such. */
export function GemeindeAuswahl({
  plz,
  gemeinden,
  ausserhalb = [],
  name = 'gemeinde',
  gewaehlt,
  fehler,
}: {
  plz: string;
  gemeinden: GemeindeWahl[];
  ausserhalb?: OrtAusserhalb[];
  name?: string;
  gewaehlt?: string | undefined;
  fehler?: string | undefined;
}) {
  const optionen: Option[] = [
    ...gemeinden.map((g) => ({ wert: g.ags, label: g.name, hinweis: `Zuständig: ${g.behoerdeName}` })),
    ...ausserhalb.map((o) => ({
      wert: o.ags,
      label: o.name,
      hinweis: `${o.kreis}, ${o.land} – nicht in Mecklenburg-Vorpommern`,
    })),
  ];
  return (
    <Auswahlgruppe
      name={name}
      art="radio"
      legende="In welchem Ort liegt Ihre Wohnung?"
      legendeAlsUeberschrift
      hinweis={
        ausserhalb.length > 0
          ? `Die Postleitzahl ${plz} gilt für mehrere Orte, auch außerhalb von Mecklenburg-Vorpommern. Wählen Sie den Ort, in dem Ihre Wohnung liegt.`
          : `Die Postleitzahl ${plz} gilt für mehrere Orte. Wählen Sie den Ort, in dem Ihre Wohnung liegt.`
      }
      optionen={optionen}
      gewaehlt={gewaehlt}
      fehler={fehler}
    />
  );
}

/** Radio list of the eight offices, for when no gazetteer is loaded or the postal code is unknown. */
export function KreisAuswahl({
  behoerden,
  name = 'kreis',
  gewaehlt,
  fehler,
}: {
  behoerden: Pick<Behoerde, 'ags' | 'name' | 'art'>[];
  name?: string;
  gewaehlt?: string | undefined;
  fehler?: string | undefined;
}) {
  return (
    <Auswahlgruppe
      name={name}
      art="radio"
      legende="In welchem Landkreis oder in welcher kreisfreien Stadt liegt Ihre Wohnung?"
      legendeAlsUeberschrift
      hinweis="Zuständig ist das Sozialamt des Landkreises oder der kreisfreien Stadt, in dem oder in der Ihre Wohnung liegt."
      optionen={behoerden.map((b) => ({
        wert: b.ags,
        label: b.name,
        hinweis: b.art === 'kreisfreie_stadt' ? 'kreisfreie Stadt' : undefined,
      }))}
      gewaehlt={gewaehlt}
      fehler={fehler}
    />
  );
}

/** The page content for a postal code outside M-V: the service is M-V only, and where to apply instead. */
export function AusserhalbMv({ ergebnis }: { ergebnis: Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }> }) {
  const kreise = [...new Map(ergebnis.orte.map((o) => [`${o.land}|${o.kreis}`, o])).values()];
  return (
    <div class="stapel">
      <p class="kern-body kern-body--large">
        Diesen Online-Antrag können nur Menschen stellen, deren Wohnung in Mecklenburg-Vorpommern liegt.
        {ergebnis.land !== undefined
          ? ` Die Postleitzahl ${ergebnis.plz} gehört nach unseren Daten zu ${ergebnis.land}.`
          : ` Die Postleitzahl ${ergebnis.plz} gehört nach unseren Daten nicht zu Mecklenburg-Vorpommern.`}
      </p>
      <h2 class="kern-heading-medium">Wo Sie den Antrag stellen können</h2>
      <p class="kern-body">
        Die Übernahme von Mietschulden beantragen Sie beim Sozialamt Ihres Landkreises oder Ihrer kreisfreien
        Stadt. In Berlin und Hamburg ist das Bezirksamt zuständig.
        {kreise.length === 1 && kreise[0] !== undefined
          ? ` Nach unseren Daten ist das: ${kreise[0].kreis} (${kreise[0].land}).`
          : kreise.length > 1
            ? ' Nach unseren Daten kommen in Frage:'
            : ''}
      </p>
      {kreise.length > 1 ? (
        <ul class="kern-list kern-list--bullet">
          {kreise.map((k) => (
            <li>
              {k.kreis} ({k.land})
            </li>
          ))}
        </ul>
      ) : null}
      <p class="kern-body">
        Wenn Sie Bürgergeld bekommen, wenden Sie sich an Ihr Jobcenter. Ein formloser Antrag genügt, zum
        Beispiel ein Brief: „Ich beantrage die Übernahme meiner Mietschulden.“ Viele Sozialämter bieten auch
        eigene Online-Anträge an.
      </p>
      <p class="kern-body">
        Haben Sie eine Räumungsklage bekommen? Dann stellen Sie den Antrag sofort. Nach der Zustellung der
        Klage bleiben nur 2 Monate, um die Mietschulden zu bezahlen (§ 569 Abs. 3 Nr. 2 BGB).
      </p>
    </div>
  );
}

/** The office's contact details as a KERN description list. */
export function Kontaktangaben({ kontakt }: { kontakt: Kontakt }) {
  const zeilen: [string, ComponentChildren][] = [
    [
      'Anschrift',
      <>
        {kontakt.name}
        <br />
        {kontakt.amt}
        <br />
        {kontakt.strasse}
        <br />
        {kontakt.plz} {kontakt.ort}
      </>,
    ],
  ];
  if (kontakt.telefon !== null) {
    zeilen.push([
      'Telefon',
      <a class="kern-link" href={`tel:${kontakt.telefon.replace(/[^+0-9]/g, '')}`}>
        {kontakt.telefon}
      </a>,
    ]);
  }
  if (kontakt.email !== null) {
    zeilen.push([
      'E-Mail',
      <a class="kern-link" href={`mailto:${kontakt.email}`}>
        {kontakt.email}
      </a>,
    ]);
  }
  if (kontakt.webseite !== null) {
    zeilen.push([
      'Internet',
      <a class="kern-link" href={kontakt.webseite}>
        {kontakt.webseite.replace(/^https?:\/\//, '')}
      </a>,
    ]);
  }
  if (kontakt.sprechzeiten !== null) zeilen.push(['Sprechzeiten', kontakt.sprechzeiten]);
  return <Angaben eintraege={zeilen} />;
}

/**
 * The written way to apply, with the office's contact; for a temporary deregistration first the office's
 * notice. Rendered when the availability is not online.
 */
export function SchriftlicherWeg({
  verfuegbarkeit,
}: {
  verfuegbarkeit: Exclude<Verfuegbarkeit, { art: 'online' }>;
}) {
  const { kontakt } = verfuegbarkeit;
  return (
    <div class="stapel">
      {verfuegbarkeit.art === 'voruebergehend_nicht_verfuegbar' ? (
        <Hinweisbox
          art="warning"
          titel={`Der Online-Antrag ist bei ${kontakt.name} vorübergehend nicht möglich`}
        >
          {verfuegbarkeit.hinweis !== null && verfuegbarkeit.hinweis.trim() !== '' ? (
            <p class="kern-body">{verfuegbarkeit.hinweis}</p>
          ) : null}
          <p class="kern-body">
            Bereits gespeicherte Angaben bleiben erhalten. Sobald der Online-Antrag wieder möglich ist, können
            Sie weitermachen. Wenn es eilt, stellen Sie den Antrag bitte schriftlich.
          </p>
        </Hinweisbox>
      ) : (
        <p class="kern-body kern-body--large">
          {kontakt.name} nimmt den Antrag{' '}
          {verfuegbarkeit.grund === 'abgemeldet' ? 'nicht mehr' : 'noch nicht'} online an. Sie können ihn
          schriftlich oder persönlich stellen.
        </p>
      )}
      <h2 class="kern-heading-medium">So stellen Sie den Antrag schriftlich</h2>
      <ol class="kern-list kern-list--number">
        <li>
          Schreiben Sie einen kurzen Brief: „Ich beantrage die Übernahme meiner Mietschulden.“ Ein formloser
          Antrag genügt.
        </li>
        <li>Schreiben Sie Ihren Namen, Ihre Anschrift und Ihre Telefonnummer dazu. Unterschreiben Sie.</li>
        <li>
          Legen Sie Kopien bei, wenn Sie sie haben: Mietvertrag, Aufstellung der Mietschulden, Mahnung,
          Kündigung oder Räumungsklage, Einkommensnachweise. Fehlende Unterlagen können Sie nachreichen.
        </li>
        <li>Schicken Sie den Brief an das Sozialamt oder geben Sie ihn dort ab.</li>
      </ol>
      <p class="kern-body">
        Haben Sie eine Räumungsklage bekommen? Dann melden Sie sich sofort beim Sozialamt, wenn nötig zuerst
        telefonisch. Nach der Zustellung der Klage bleiben nur 2 Monate (§ 569 Abs. 3 Nr. 2 BGB).
      </p>
      <h2 class="kern-heading-medium">Ihr Sozialamt</h2>
      <Kontaktangaben kontakt={kontakt} />
    </div>
  );
}

/** Shown when the office takes the application online; mentions an announced end of the online service. */
export function OnlineVerfuegbar({
  verfuegbarkeit,
}: {
  verfuegbarkeit: Extract<Verfuegbarkeit, { art: 'online' }>;
}) {
  return (
    <Hinweisbox art="success" titel={`${verfuegbarkeit.kontakt.name} nimmt den Antrag online an`}>
      <p class="kern-body">Sie können den Antrag hier stellen. Sie melden sich dazu mit Ihrer BundID an.</p>
      {verfuegbarkeit.endetAm !== undefined ? (
        <p class="kern-body">
          Achtung: Ab dem {datum(verfuegbarkeit.endetAm)} ist der Online-Antrag bei diesem Sozialamt nicht
          mehr möglich. Schicken Sie Ihren Antrag bitte vorher ab.
        </p>
      ) : null}
    </Hinweisbox>
  );
}

/** The postal code field with its button, for GET forms that check who is responsible (start page, wizard). */
export function PlzPruefung(p: {
  label: string;
  hinweis?: string;
  wert?: string | undefined;
  fehler?: string | undefined;
}) {
  return (
    <>
      <Textfeld
        name="plz"
        label={p.label}
        hinweis={p.hinweis ?? '5 Ziffern, zum Beispiel 18055'}
        wert={p.wert}
        fehler={p.fehler}
        autocomplete="postal-code"
        inputmode="numeric"
        breite={5}
        spellcheck={false}
        maxLength={10}
      />
      <div class="knopfleiste">
        <Knopf art="secondary">Zuständigkeit prüfen</Knopf>
      </div>
    </>
  );
}
