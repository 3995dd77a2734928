import type { ComponentChildren } from 'preact';
import { Layout, type Navigation } from '../../web/index.ts';
import type { BuergerIdentitaet, Vertrauensniveau } from '../identitaet.ts';

export function Infoseite(props: { titel: string; children: ComponentChildren; navigation?: Navigation }) {
  return (
    <Layout titel={props.titel} navigation={props.navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">{props.titel}</h1>
        {props.children}
      </div>
    </Layout>
  );
}

const niveauText: Record<Vertrauensniveau, string> = {
  basis: 'basis (Benutzername und Passwort, Angaben nicht geprüft)',
  substantiell: 'substantiell (zum Beispiel ELSTER-Zertifikat)',
  hoch: 'hoch (Online-Ausweis)',
};

/** What BundID sent, shown to the citizen (transparency, and a check for tests and support). */
export function Sitzungsseite(props: { identitaet: BuergerIdentitaet; navigation: Navigation }) {
  const i = props.identitaet;
  const zeilen: [string, string | undefined][] = [
    ['Vorname', i.vorname],
    ['Familienname', i.familienname],
    ['Geburtsname', i.geburtsname],
    ['Geburtsdatum', i.geburtsdatum?.split('-').reverse().join('.')],
    ['Geburtsort', i.geburtsort],
    [
      'Anschrift',
      i.anschrift === undefined
        ? undefined
        : [
            [i.anschrift.strasse, i.anschrift.hausnummer].filter(Boolean).join(' '),
            [i.anschrift.plz, i.anschrift.ort].filter(Boolean).join(' '),
          ]
            .filter((t) => t !== '')
            .join(', '),
    ],
    ['Staatsangehörigkeit', i.staatsangehoerigkeit],
    ['E-Mail-Adresse', i.email],
    ['BundID-Postfach', i.postfach === undefined ? undefined : 'vorhanden'],
    ['Vertrauensniveau', niveauText[i.vertrauensniveau]],
  ];
  return (
    <Layout titel="Ihre Anmeldung" navigation={props.navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Ihre Anmeldung</h1>
        <p class="kern-body">Diese Angaben hat die BundID bei Ihrer Anmeldung übermittelt.</p>
        <dl class="kern-description-list">
          {zeilen
            .filter((z): z is [string, string] => z[1] !== undefined && z[1] !== '')
            .map(([k, v]) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{k}</dt>
                <dd class="kern-description-list-item__value">{v}</dd>
              </div>
            ))}
        </dl>
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href="/antrag">
            <span class="kern-label">Zum Antrag</span>
          </a>
        </p>
      </div>
    </Layout>
  );
}
