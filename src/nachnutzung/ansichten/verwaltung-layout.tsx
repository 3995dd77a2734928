import type { ComponentChildren } from 'preact';
import { PersonalLayout, type PersonalKontext } from '../../personal/index.ts';
import { Layout } from '../../web/index.ts';
import type { NachnutzungZustand } from '../nachnutzung-tables.ts';
import { zustandNamen } from '../lebenszyklus.ts';

// Staff pages of the re-use management, in personal/'s staff layout (navigation, session notice) with the
// part's own sub-navigation and breadcrumbs.

/** personal/'s page context; `csrf` is its token under the name the forms of this part use. */
export type Seitenkontext = PersonalKontext & { csrf: string };

export type Brotkrume = { text: string; href?: string };

export function VerwaltungsLayout({
  titel,
  kontext,
  brotkrumen = [],
  hatFehler,
  children,
}: {
  titel: string;
  kontext: Seitenkontext;
  brotkrumen?: Brotkrume[];
  hatFehler?: boolean;
  children: ComponentChildren;
}) {
  const koordination = kontext.personal.rollen.includes('land_koordination');
  return (
    <PersonalLayout
      titel={titel}
      kontext={kontext}
      aktiv="nachnutzung"
      schmal={false}
      hatFehler={hatFehler ?? false}
    >
      <div class="stapel">
        <nav aria-label="Nachnutzungsverwaltung">
          <ul class="kern-list kern-list--horizontal">
            <li>
              <a class="kern-link" href="/verwaltung/nachnutzung">
                {koordination ? 'Übersicht aller Sozialämter' : 'Übersicht'}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/verwaltung/nachnutzung/bedingungen">
                Nachnutzungsbedingungen
              </a>
            </li>
            <li>
              <a class="kern-link" href="/verwaltung/nachnutzung/kontakte">
                Ansprechpartner
              </a>
            </li>
          </ul>
        </nav>
        {brotkrumen.length > 0 ? (
          <nav aria-label="Sie sind hier">
            <ol class="kern-list kern-list--horizontal">
              {brotkrumen.map((b) => (
                <li>
                  {b.href === undefined ? (
                    <span aria-current="page">{b.text}</span>
                  ) : (
                    <a class="kern-link" href={b.href}>
                      {b.text}
                    </a>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {children}
      </div>
    </PersonalLayout>
  );
}

const badgeArt: Record<NachnutzungZustand, 'info' | 'success' | 'warning' | 'danger'> = {
  nicht_angebunden: 'info',
  interesse_bekundet: 'info',
  bedingungen_akzeptiert: 'info',
  unterlagen_bereitgestellt: 'info',
  technisch_angebunden: 'info',
  test_erfolgreich: 'info',
  produktiv: 'success',
  voruebergehend_abgemeldet: 'warning',
  kuendigung_angekuendigt: 'warning',
  abgemeldet: 'danger',
};

export function ZustandBadge({ zustand }: { zustand: NachnutzungZustand }) {
  return (
    <span class={`kern-badge kern-badge--small kern-badge--${badgeArt[zustand]}`}>
      <span class="kern-label">{zustandNamen[zustand]}</span>
    </span>
  );
}

export function VerwaltungsFehler({
  kontext,
  titel,
  text,
}: {
  kontext: Seitenkontext | null;
  titel: string;
  text: string;
}) {
  const inhalt = (
    <>
      <h1 class="kern-heading-large">{titel}</h1>
      <p class="kern-body">{text}</p>
      <p class="kern-body">
        <a class="kern-link" href="/verwaltung/nachnutzung">
          Zur Übersicht
        </a>
      </p>
    </>
  );
  if (kontext === null) {
    return (
      <Layout titel={titel} bereich="personal">
        <div class="stapel">{inhalt}</div>
      </Layout>
    );
  }
  return (
    <VerwaltungsLayout titel={titel} kontext={kontext}>
      {inhalt}
    </VerwaltungsLayout>
  );
}

/** A form with one button that posts an action (with CSRF token). */
export function AktionsKnopf({
  aktion,
  csrf,
  text,
  art = 'primary',
  felder = {},
}: {
  aktion: string;
  csrf: string;
  text: string;
  art?: 'primary' | 'secondary' | 'tertiary';
  felder?: Record<string, string>;
}) {
  return (
    <form method="post" action={aktion} class="aktion">
      <input type="hidden" name="_csrf" value={csrf} />
      {Object.entries(felder).map(([n, w]) => (
        <input type="hidden" name={n} value={w} />
      ))}
      <button class={`kern-btn kern-btn--${art}`} type="submit">
        <span class="kern-label">{text}</span>
      </button>
    </form>
  );
}
