import type { Behoerde } from '../../katalog/index.ts';
import {
  Auswahlliste,
  CsrfFeld,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import {
  kontaktEbenen,
  kontaktRollen,
  type KontaktEbene,
  type KontaktRolle,
  type NachnutzungKontakt,
} from '../nachnutzung-tables.ts';
import { AktionsKnopf, VerwaltungsLayout, type Seitenkontext } from './verwaltung-layout.tsx';

export const ebeneNamen: Record<KontaktEbene, string> = {
  vollzugsebene: 'Vollzugsebene',
  landkreis: 'Landkreis / kreisfreie Stadt',
  land: 'Land',
};

export const rolleNamen: Record<KontaktRolle, string> = {
  koordinierende_stelle: 'Koordinierende Stelle (eGo MV)',
  mik: 'Mitnutzungskoordination (MiK)',
  tff: 'Themenfeldführer (TFF)',
  ksv: 'Kommunale Spitzenverbände (KSV)',
  behoerde: 'Ansprechperson des Sozialamts',
};

export function Kontaktliste({
  kontakte,
  loeschen,
}: {
  kontakte: NachnutzungKontakt[];
  loeschen?: { csrf: string; darf: (k: NachnutzungKontakt) => boolean };
}) {
  if (kontakte.length === 0) return <p class="kern-body">Keine Ansprechpartner eingetragen.</p>;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="visually-hidden">Ansprechpartner</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Rolle
            </th>
            <th class="kern-table__header" scope="col">
              Ebene
            </th>
            <th class="kern-table__header" scope="col">
              Name
            </th>
            <th class="kern-table__header" scope="col">
              Erreichbar
            </th>
            {loeschen === undefined ? null : (
              <th class="kern-table__header" scope="col">
                <span class="visually-hidden">Aktionen</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {kontakte.map((k) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{rolleNamen[k.rolle]}</td>
              <td class="kern-table__cell">{ebeneNamen[k.ebene]}</td>
              <td class="kern-table__cell">
                {k.bezeichnung}
                {k.hinweis === null ? null : <div class="kern-body kern-body--small">{k.hinweis}</div>}
              </td>
              <td class="kern-table__cell">
                {k.email === null ? null : (
                  <div>
                    <a class="kern-link" href={`mailto:${k.email}`}>
                      {k.email}
                    </a>
                  </div>
                )}
                {k.telefon === null ? null : <div>{k.telefon}</div>}
              </td>
              {loeschen === undefined ? null : (
                <td class="kern-table__cell">
                  {loeschen.darf(k) ? (
                    <AktionsKnopf
                      aktion={`/verwaltung/nachnutzung/kontakte/${k.id}/loeschen`}
                      csrf={loeschen.csrf}
                      text={`${k.bezeichnung} entfernen`}
                      art="tertiary"
                    />
                  ) : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type KontaktFormWerte = Partial<
  Record<'ebene' | 'rolle' | 'behoerde' | 'bezeichnung' | 'email' | 'telefon' | 'hinweis', string>
>;

export function KontakteSeite({
  kontext,
  kontakte,
  behoerden,
  koordination,
  werte = {},
  fehler = {},
  meldung,
}: {
  kontext: Seitenkontext;
  kontakte: NachnutzungKontakt[];
  behoerden: Behoerde[];
  koordination: boolean;
  werte?: KontaktFormWerte;
  fehler?: FeldFehler;
  meldung?: string | undefined;
}) {
  const land = kontakte.filter((k) => k.behoerde_ags === null);
  const sichtbareAgs = new Set(behoerden.map((b) => b.ags));
  const darf = (k: NachnutzungKontakt) =>
    k.behoerde_ags === null ? koordination : koordination || sichtbareAgs.has(k.behoerde_ags);
  const hatFehler = Object.values(fehler).some((f) => f !== undefined);
  return (
    <VerwaltungsLayout titel="Ansprechpartner" kontext={kontext} hatFehler={hatFehler}>
      <Fehlerzusammenfassung fehler={fehler} />
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      <h1 class="kern-heading-large">Ansprechpartner</h1>
      <p class="kern-body">
        Ansprechpartner gibt es auf der Vollzugsebene, auf Ebene der Landkreise und kreisfreien Städte und auf
        Landesebene. Die Koordinierende Stelle eGo MV ist die erste Kontaktstelle für alle Anfragen.
      </p>
      <h2 class="kern-heading-medium">Landesebene</h2>
      <Kontaktliste kontakte={land} loeschen={{ csrf: kontext.csrf, darf }} />
      {behoerden.map((b) => (
        <section aria-labelledby={`behoerde-${b.ags}`}>
          <h2 class="kern-heading-medium" id={`behoerde-${b.ags}`}>
            {b.name}
          </h2>
          <Kontaktliste
            kontakte={kontakte.filter((k) => k.behoerde_ags === b.ags)}
            loeschen={{ csrf: kontext.csrf, darf }}
          />
        </section>
      ))}
      <h2 class="kern-heading-medium">Ansprechpartner hinzufügen</h2>
      <form method="post" action="/verwaltung/nachnutzung/kontakte" novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Auswahlliste
            name="behoerde"
            label="Zuordnung"
            hinweis={
              koordination
                ? 'Ohne Sozialamt gilt der Eintrag auf Landesebene und wird allen Sozialämtern angezeigt.'
                : undefined
            }
            leer={koordination ? 'Landesebene (alle Sozialämter)' : 'Bitte auswählen'}
            wert={werte.behoerde}
            fehler={fehler.behoerde}
            optionen={behoerden.map((b) => ({ wert: b.ags, label: b.name }))}
          />
          <Auswahlliste
            name="ebene"
            label="Ebene"
            wert={werte.ebene}
            fehler={fehler.ebene}
            optionen={kontaktEbenen.map((e) => ({ wert: e, label: ebeneNamen[e] }))}
          />
          <Auswahlliste
            name="rolle"
            label="Rolle"
            wert={werte.rolle}
            fehler={fehler.rolle}
            optionen={kontaktRollen.map((r) => ({ wert: r, label: rolleNamen[r] }))}
          />
          <Textfeld
            name="bezeichnung"
            label="Name der Stelle oder Person"
            wert={werte.bezeichnung}
            fehler={fehler.bezeichnung}
            maxLength={200}
          />
          <Textfeld
            name="email"
            label="E-Mail"
            typ="email"
            optional
            wert={werte.email}
            fehler={fehler.email}
            maxLength={200}
            spellcheck={false}
          />
          <Textfeld name="telefon" label="Telefon" typ="tel" optional wert={werte.telefon} maxLength={60} />
          <Textbereich
            name="hinweis"
            label="Hinweis"
            optional
            wert={werte.hinweis}
            zeilen={2}
            maxLength={500}
          />
          <Knopf>Hinzufügen</Knopf>
        </div>
      </form>
    </VerwaltungsLayout>
  );
}
