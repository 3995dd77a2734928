import type { Behoerde } from '../../katalog/index.ts';
import { Auswahlliste, Hinweisbox } from '../../web/index.ts';
import { zustandNamen, zustaendeInReihenfolge } from '../lebenszyklus.ts';
import type { NachnutzungKontakt } from '../nachnutzung-tables.ts';
import { fristText, type UebersichtsZeile } from '../uebersicht.ts';
import { Kontaktliste } from './kontakte.tsx';
import { VerwaltungsLayout, ZustandBadge, type Seitenkontext } from './verwaltung-layout.tsx';

export type UebersichtsFilter = { dienst?: string | undefined; zustand?: string | undefined };

function UebersichtsTabelle({ zeilen, mitBehoerde }: { zeilen: UebersichtsZeile[]; mitBehoerde: boolean }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="visually-hidden">Nachnutzungsstand je Sozialamt und Online-Dienst</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {mitBehoerde ? (
              <th class="kern-table__header" scope="col">
                Sozialamt
              </th>
            ) : null}
            <th class="kern-table__header" scope="col">
              Online-Dienst
            </th>
            <th class="kern-table__header" scope="col">
              Zustand
            </th>
            <th class="kern-table__header" scope="col">
              Nächste Frist
            </th>
            <th class="kern-table__header" scope="col">
              Offene Aufgaben
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {zeilen.map((z) => (
            <tr class="kern-table__row">
              {mitBehoerde ? (
                <td class="kern-table__cell">
                  <a class="kern-link" href={`/verwaltung/nachnutzung/${z.ags}`}>
                    {z.behoerde}
                  </a>
                </td>
              ) : null}
              <td class="kern-table__cell">
                <a class="kern-link" href={`/verwaltung/nachnutzung/${z.ags}/${z.dienstId}`}>
                  {z.dienst}
                  {mitBehoerde ? <span class="visually-hidden"> – {z.behoerde}</span> : null}
                </a>
              </td>
              <td class="kern-table__cell">
                <ZustandBadge zustand={z.zustand} />
              </td>
              <td class="kern-table__cell">{z.naechsteFrist === null ? '–' : fristText(z.naechsteFrist)}</td>
              <td class="kern-table__cell">
                {z.aufgaben.length === 0 ? (
                  '–'
                ) : (
                  <ul class="kern-list">
                    {z.aufgaben.map((a) => (
                      <li>{a}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UebersichtSeite({
  kontext,
  zeilen,
  dienste,
  filter,
}: {
  kontext: Seitenkontext;
  zeilen: UebersichtsZeile[];
  dienste: { id: string; name: string }[];
  filter: UebersichtsFilter;
}) {
  const query = new URLSearchParams(
    [
      ['dienst', filter.dienst],
      ['zustand', filter.zustand],
    ].filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  const offen = zeilen.filter((z) => z.aufgaben.length > 0).length;
  return (
    <VerwaltungsLayout titel="Nachnutzung: Übersicht" kontext={kontext}>
      <h1 class="kern-heading-large">Nachnutzung der EfA-Onlinedienste</h1>
      <p class="kern-body">
        Stand jedes Sozialamts für jeden Online-Dienst des Katalogs, mit der nächsten Frist und den offenen
        Aufgaben. {zeilen.length} Einträge, davon {offen} mit offenen Aufgaben.
      </p>
      <form method="get" action="/verwaltung/nachnutzung" class="filter">
        <Auswahlliste
          name="dienst"
          label="Online-Dienst"
          leer="Alle Online-Dienste"
          wert={filter.dienst}
          optionen={dienste.map((d) => ({ wert: d.id, label: d.name }))}
        />
        <Auswahlliste
          name="zustand"
          label="Zustand"
          leer="Alle Zustände"
          wert={filter.zustand}
          optionen={zustaendeInReihenfolge.map((z) => ({ wert: z, label: zustandNamen[z] }))}
        />
        <div class="knopfleiste">
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">Filtern</span>
          </button>
          <a class="kern-link" href={`/verwaltung/nachnutzung/export.csv${query === '' ? '' : `?${query}`}`}>
            Als CSV herunterladen (Excel)
          </a>
        </div>
      </form>
      {zeilen.length === 0 ? (
        <Hinweisbox art="info" titel="Keine Einträge für diesen Filter." />
      ) : (
        <UebersichtsTabelle zeilen={zeilen} mitBehoerde={true} />
      )}
    </VerwaltungsLayout>
  );
}

export function BehoerdeSeite({
  kontext,
  behoerde,
  zeilen,
  kontakte,
}: {
  kontext: Seitenkontext;
  behoerde: Behoerde;
  zeilen: UebersichtsZeile[];
  kontakte: NachnutzungKontakt[];
}) {
  return (
    <VerwaltungsLayout
      titel={`Nachnutzung: ${behoerde.name}`}
      kontext={kontext}
      brotkrumen={[{ text: 'Übersicht', href: '/verwaltung/nachnutzung' }, { text: behoerde.name }]}
    >
      <h1 class="kern-heading-large">{behoerde.name}</h1>
      <p class="kern-body">
        {behoerde.amt}, {behoerde.strasse}, {behoerde.plz} {behoerde.ort}
        {behoerde.telefon === null ? '' : `, Telefon ${behoerde.telefon}`}
      </p>
      <h2 class="kern-heading-medium">Online-Dienste</h2>
      <UebersichtsTabelle zeilen={zeilen} mitBehoerde={false} />
      <h2 class="kern-heading-medium">Wen fragen?</h2>
      <p class="kern-body">
        Erste Kontaktstelle für alle Anfragen ist die Koordinierende Stelle. Vor einer Abmeldung nehmen Sie
        bitte Kontakt zur Mitnutzungskoordination (MiK) auf.
      </p>
      <Kontaktliste kontakte={kontakte} />
      <p class="kern-body">
        <a class="kern-link" href={`/verwaltung/nachnutzung/kontakte#behoerde-${behoerde.ags}`}>
          Ansprechpartner des Sozialamts bearbeiten
        </a>
      </p>
    </VerwaltungsLayout>
  );
}
