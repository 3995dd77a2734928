import type { ComponentChildren } from 'preact';

export type Navigation = {
  /** The signed-in citizen or staff member, shown with a sign-out button. */
  angemeldet?: { name: string; abmeldenPfad: string } | undefined;
  csrfToken?: string | undefined;
};

export type LayoutProps = {
  titel: string;
  children: ComponentChildren;
  /** Prefixes the document title with "Fehler: " (GOV.UK/KERN pattern) when the page shows errors. */
  hatFehler?: boolean;
  navigation?: Navigation;
  bereich?: 'buerger' | 'personal';
  schmal?: boolean;
  /** Extra stylesheets (same origin), after KERN and app.css. */
  stile?: string[];
  /** External scripts (same origin, deferred): progressive enhancement only, pages work without them. */
  skripte?: string[];
};

const DIENSTNAME = 'Übernahme von Mietrückständen';
/** The citizen's status pages (posteingang/): linked in the header on every page while signed in. */
export const MEINE_ANTRAEGE_PFAD = '/meine-antraege';

export function Layout({
  titel,
  children,
  hatFehler,
  navigation,
  bereich = 'buerger',
  schmal = true,
  stile = [],
  skripte = [],
}: LayoutProps) {
  const dokumentTitel = `${hatFehler === true ? 'Fehler: ' : ''}${titel} – ${bereich === 'personal' ? 'Verwaltung' : DIENSTNAME}`;
  return (
    <html lang="de" data-kern-theme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{dokumentTitel}</title>
        <link rel="stylesheet" href="/static/kern/fonts/fira-sans.css" />
        <link rel="stylesheet" href="/static/kern/kern.min.css" />
        <link rel="stylesheet" href="/static/kern/kern-grid.min.css" />
        <link rel="stylesheet" href="/static/app.css" />
        {stile.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {skripte.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <Kopfzeile />
        <header class="seitenkopf">
          <div class="kern-container seitenkopf__inhalt">
            <a class="seitenkopf__name" href={bereich === 'personal' ? '/verwaltung' : '/'}>
              {bereich === 'personal' ? `${DIENSTNAME} – Verwaltung` : DIENSTNAME}
            </a>
            <nav aria-label="Hauptnavigation" class="seitenkopf__nav">
              <ul class="kern-list kern-list--horizontal">
                {bereich === 'buerger' ? (
                  <li>
                    <a class="kern-link" href="/leichte-sprache">
                      <span class="kern-icon kern-icon--easy-language kern-icon--small" aria-hidden="true" />{' '}
                      Leichte Sprache
                    </a>
                  </li>
                ) : null}
                {bereich === 'buerger' && navigation?.angemeldet !== undefined ? (
                  <li>
                    <a class="kern-link" href={MEINE_ANTRAEGE_PFAD}>
                      Meine Anträge
                    </a>
                  </li>
                ) : null}
                {navigation?.angemeldet !== undefined ? (
                  <li>
                    <form method="post" action={navigation.angemeldet.abmeldenPfad} class="abmelden">
                      <input type="hidden" name="_csrf" value={navigation.csrfToken ?? ''} />
                      <span class="kern-body kern-body--small">
                        Angemeldet: {navigation.angemeldet.name}
                      </span>{' '}
                      <button class="kern-btn kern-btn--tertiary kern-btn--x-small" type="submit">
                        <span class="kern-label">Abmelden</span>
                      </button>
                    </form>
                  </li>
                ) : null}
              </ul>
            </nav>
          </div>
        </header>
        <main
          id="inhalt"
          tabIndex={-1}
          class={`kern-container ${schmal ? 'inhalt--schmal' : 'inhalt--breit'}`}
        >
          {children}
        </main>
        <footer class="seitenfuss">
          <div class="kern-container">
            <nav aria-label="Rechtliches und Informationen">
              <ul class="kern-list kern-list--horizontal">
                <li>
                  <a class="kern-link" href="/impressum">
                    Impressum
                  </a>
                </li>
                <li>
                  <a class="kern-link" href="/datenschutz">
                    Datenschutz
                  </a>
                </li>
                <li>
                  <a class="kern-link" href="/barrierefreiheit">
                    Erklärung zur Barrierefreiheit
                  </a>
                </li>
                <li>
                  <a class="kern-link" href="/leichte-sprache">
                    Leichte Sprache
                  </a>
                </li>
                <li>
                  <a class="kern-link" href="/behoerden">
                    Informationen für Behörden
                  </a>
                </li>
              </ul>
            </nav>
            <p class="kern-body kern-body--small">
              Ein Online-Dienst der Sozialämter in Mecklenburg-Vorpommern. Quelloffen (EUPL-1.2).
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The official KERN header bar, rendered as static markup so that it works without JavaScript. */
export function Kopfzeile() {
  return (
    <div class="kern-kopfzeile" role="region" aria-label="Offizielle Website">
      <div class="kern-container">
        <div class="kern-kopfzeile__content">
          <span class="kern-kopfzeile__flagge" aria-hidden="true">
            <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 16" width="24" height="16">
              <path fill="#000" d="M0 .5h24v5.333H0z" />
              <path fill="red" d="M0 5.833h24v5.333H0z" />
              <path fill="#FACA2C" d="M0 11.167h24V16.5H0z" />
            </svg>
          </span>
          <span class="kern-kopfzeile__label">
            Offizielle Website – Land Mecklenburg-Vorpommern und seine Sozialämter
          </span>
        </div>
      </div>
    </div>
  );
}
