import { Angaben, Hinweisbox } from '../../web/index.ts';
import type { ComponentChildren } from 'preact';
import { formatDatum, formatZeit } from '../../shared/index.ts';
import { fachverfahrenNamen, transportNamen } from '../verbindung.ts';
import { Kontaktliste } from './kontakte.tsx';
import { VerwaltungsLayout, ZustandBadge, type Seitenkontext } from './verwaltung-layout.tsx';
import { paarBrotkrumen } from './paar-pfad.ts';
import type { Detail } from './detail-daten.ts';
import { NaechsteSchritte } from './naechste-schritte.tsx';
import { Zeitleiste } from './zeitleiste.tsx';
import { Entkopplung } from './entkopplung.tsx';

export function DetailSeite({
  kontext,
  d,
  koordination,
  meldung,
  fehler,
  hinweise = [],
}: {
  kontext: Seitenkontext;
  d: Detail;
  koordination: boolean;
  meldung?: string | undefined;
  fehler?: string[] | undefined;
  hinweise?: string[];
}) {
  const s = d.stand;
  const letzterTest = d.tests[0];
  const angaben: [string, ComponentChildren][] = [['Zustand', <ZustandBadge zustand={d.zustand} />]];
  if (s?.produktiv_seit != null) angaben.push(['Produktiv seit', formatDatum(s.produktiv_seit)]);
  if (s?.geplant_produktiv_ab != null)
    angaben.push(['Geplante Produktivsetzung', formatDatum(s.geplant_produktiv_ab)]);
  if (s?.voruebergehend_ab != null)
    angaben.push(['Vorübergehend abgemeldet ab', formatDatum(s.voruebergehend_ab)]);
  if (s?.voruebergehend_ab != null)
    angaben.push([
      'Voraussichtliche Wiederaufnahme',
      s.voruebergehend_bis === null ? 'offen' : formatDatum(s.voruebergehend_bis),
    ]);
  if (s?.kuendigung_eingang != null)
    angaben.push(['Kündigung beim MiK eingegangen', formatDatum(s.kuendigung_eingang)]);
  if (s?.wirksam_zum != null) angaben.push(['Abmeldung wirksam zum', formatDatum(s.wirksam_zum)]);
  if (s?.abmeldung_grund != null) angaben.push(['Grund der Abmeldung', s.abmeldung_grund]);
  angaben.push([
    'Nachnutzungsbedingungen',
    d.fakten.aktuelleBedingungen === null
      ? 'noch keine hinterlegt'
      : d.fakten.akzeptierteBedingungen === null
        ? `aktuelle Version ${d.fakten.aktuelleBedingungen}, noch nicht akzeptiert`
        : `Version ${d.fakten.akzeptierteBedingungen} akzeptiert${d.fakten.akzeptierteBedingungen < d.fakten.aktuelleBedingungen ? ` – neue Version ${d.fakten.aktuelleBedingungen} noch nicht akzeptiert` : ''}`,
  ]);
  angaben.push([
    'Unterlagen',
    d.unterlagen.length === 0
      ? 'keine'
      : `${d.unterlagen.length}, davon ${d.unterlagen.length - d.fakten.unterlagen.unbestaetigt} als empfangen bestätigt`,
  ]);
  angaben.push([
    'Verbindung',
    [
      d.transport === undefined ? 'Übertragungsweg nicht eingetragen' : transportNamen[d.transport.transport],
      d.verbindung === undefined
        ? 'Fachverfahren nicht eingetragen'
        : fachverfahrenNamen[d.verbindung.fachverfahren],
    ].join('; '),
  ]);
  angaben.push([
    'Letzter Verbindungstest',
    letzterTest === undefined
      ? 'noch keiner'
      : `${letzterTest.bestanden ? 'bestanden' : 'nicht bestanden'} am ${formatZeit(letzterTest.durchgefuehrt_am)}${d.fakten.testBestanden || !letzterTest.bestanden ? '' : ' (Verbindungsdaten seitdem geändert)'}`,
  ]);
  return (
    <VerwaltungsLayout
      titel={`${d.dienst.name} – ${d.behoerde.name}`}
      kontext={kontext}
      brotkrumen={paarBrotkrumen(d)}
      hatFehler={fehler !== undefined && fehler.length > 0}
    >
      {fehler !== undefined && fehler.length > 0 ? (
        <Hinweisbox art="danger" titel="Dieser Schritt ist noch nicht möglich">
          <ul class="kern-list">
            {fehler.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
        </Hinweisbox>
      ) : null}
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      {hinweise.map((h) => (
        <Hinweisbox art="warning" titel={h} />
      ))}
      <p class="kern-body kern-body--large">{d.behoerde.name}</p>
      <h1 class="kern-heading-large">{d.dienst.name}</h1>
      <Angaben eintraege={angaben} />
      {s?.hinweis_text != null ? (
        <Hinweisbox art="info" titel="Hinweis für Bürgerinnen und Bürger">
          <p class="kern-body">{s.hinweis_text}</p>
        </Hinweisbox>
      ) : null}
      <NaechsteSchritte d={d} kontext={kontext} koordination={koordination} />
      {d.zustand === 'kuendigung_angekuendigt' || d.zustand === 'abgemeldet' ? (
        <Entkopplung d={d} kontext={kontext} />
      ) : null}
      {letzterTest === undefined ? null : (
        <section aria-labelledby="verbindungstest" class="stapel">
          <h2 class="kern-heading-medium" id="verbindungstest">
            Letzter Verbindungstest
          </h2>
          <pre class="text kern-body">{letzterTest.bericht}</pre>
        </section>
      )}
      <section aria-labelledby="zeitleiste" class="stapel">
        <h2 class="kern-heading-medium" id="zeitleiste">
          Verlauf
        </h2>
        <Zeitleiste eintraege={d.zeitleiste} />
      </section>
      <section aria-labelledby="kontakte" class="stapel">
        <h2 class="kern-heading-medium" id="kontakte">
          Wen fragen?
        </h2>
        <Kontaktliste kontakte={d.kontakte} />
      </section>
    </VerwaltungsLayout>
  );
}
