import type { Steckbrief, Dienst } from '../../katalog/index.ts';
import { Layout, type Navigation } from '../../web/index.ts';

type DienstMitLive = Dienst & { liveBei: string[] };

export function BehoerdenInfo({
  steckbrief,
  dienste,
  navigation,
}: {
  steckbrief: Steckbrief;
  dienste: DienstMitLive[];
  navigation?: Navigation;
}) {
  const zeilen: [string, string][] = [
    ['Name', steckbrief.name],
    ['OZG-ID', steckbrief.ozgId],
    ['LeiKa-ID', steckbrief.leikaId],
    ['Anzahl Antragsstrecken', String(steckbrief.anzahlAntragsstrecken)],
    ['Verfügbar seit', steckbrief.verfuegbarSeit],
    ['Zuständiges Fachressort in M-V', steckbrief.zustaendigesFachressortMv],
    ['Zuständige Stelle', steckbrief.zustaendigeStelle],
    ['Pilotkommune M-V', steckbrief.pilotkommuneMv],
    ['Federführendes / betreibendes Bundesland (BeLa)', steckbrief.bela],
    ['Federführendes Ministerium', steckbrief.federfuehrendesMinisterium],
    ['Themenfeld', steckbrief.themenfeld],
    ['Plattform', steckbrief.plattform],
    ['IT-Dienstleister', steckbrief.itDienstleister],
    ['X-Standard', steckbrief.xStandard],
    ['Transportweg / Zustellort', steckbrief.transportweg],
    ['Anschlussfähige Fachverfahren', steckbrief.anschlussfaehigeFachverfahren.join('; ')],
    ['Authentifizierung', steckbrief.authentifizierung],
    ['Anschluss Nutzerkonto', steckbrief.anschlussNutzerkonto],
    ['Anschluss ePayment', steckbrief.ePayment],
  ];
  const imRollout = dienste.filter((d) => d.im_rollout_mv);
  const zurueckgestellt = dienste.filter((d) => !d.im_rollout_mv);
  return (
    <Layout titel="Informationen für Behörden" schmal={false} navigation={navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Informationen für Behörden</h1>
        <p class="kern-body kern-body--large">
          Der EfA-Onlinedienst „{steckbrief.name}“ wurde durch das Land Mecklenburg-Vorpommern zentral
          beschafft und wird den kommunalen Sozialämtern kostenneutral zur Nachnutzung bereitgestellt.
        </p>
        <p class="kern-body">{steckbrief.beschaffung}</p>
        <h2 class="kern-heading-medium">Steckbrief</h2>
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="visually-hidden">Fachliche und technische Informationen zum Onlinedienst</caption>
            <tbody class="kern-table__body">
              {zeilen.map(([k, v]) => (
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="row">
                    {k}
                  </th>
                  <td class="kern-table__cell">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2 class="kern-heading-medium">Nachnutzbare Online-Dienste</h2>
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="visually-hidden">Nachnutzbare Online-Dienste und wo sie produktiv sind</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Online-Dienst
                </th>
                <th class="kern-table__header" scope="col">
                  Antragsstrecke
                </th>
                <th class="kern-table__header" scope="col">
                  Produktiv bei
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {imRollout.map((d) => (
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="row">
                    {d.name}
                  </th>
                  <td class="kern-table__cell">
                    {d.eigene_antragsstrecke ? 'in diesem Dienst' : 'auf der Sozialplattform'}
                  </td>
                  <td class="kern-table__cell">{d.liveBei.length === 0 ? '–' : d.liveBei.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="kern-body">
          In M-V zurückgestellt und nicht Bestandteil der Umsetzung:{' '}
          {zurueckgestellt.map((d) => d.name).join(', ')}.
        </p>
        <h2 class="kern-heading-medium">Prozess zur Nachnutzung</h2>
        <ol class="kern-list kern-list--number">
          <li>
            Interessenbekundung per E-Mail an die Koordinierende Stelle eGo MV (
            <a class="kern-link" href="mailto:ozg@ego-mv.de">
              ozg@ego-mv.de
            </a>
            ); damit akzeptieren Sie die Nachnutzungsbedingungen für EfA-Onlinedienste in M-V.
          </li>
          <li>
            Die Mitnutzungskoordination schickt eine Bestätigung und stellt die Unterlagen zur Anbindung
            bereit.
          </li>
          <li>Technische Anbindung, Testlauf, Produktivsetzung.</li>
        </ol>
        <h2 class="kern-heading-medium">Abmeldung</h2>
        <p class="kern-body">
          Bitte nehmen Sie vor einer Abmeldung Kontakt mit der Mitnutzungskoordination (MiK) auf. Dauerhafte
          Abmeldung: Kündigung beim MiK ankündigen, technische Entkopplung mit MiK und Themenfeldführer, Frist
          3 Monate zum Monatsende. Vorübergehende Abmeldung: Hinweis mit Begründung an den MiK; der Dienst
          zeigt auf Ihrer Seite einen Hinweis auf die vorübergehende Nicht-Verfügbarkeit; es gelten keine
          Fristen.
        </p>
        <h2 class="kern-heading-medium">Quellen</h2>
        <ul class="kern-list kern-list--bullet">
          {steckbrief.quellen.map((q) => (
            <li>
              <a class="kern-link" href={q.url}>
                {q.titel}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}
