import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { CsrfFeld, Layout } from '../web/index.ts';
import { rollenNamen, type PersonalSitzung, type Rolle } from './rollen.ts';
import { formatUhrzeit } from '../shared/index.ts';

// The frame of every staff page: the KERN layout in the "personal" area, the staff navigation (only what the
// roles allow), and the session notice with its end time and a "Sitzung verlängern" button (WCAG 2.2.1).

export type PersonalBereichId = 'start' | 'posteingang' | 'nachnutzung' | 'betrieb' | 'konten' | 'passwort';

export type PersonalBereich = {
  id: PersonalBereichId;
  pfad: string;
  titel: string;
  beschreibung: string;
  /** Any of these roles opens the area; empty: every signed-in staff member. */
  rollen: Rolle[];
};

/** The staff areas. The pages behind posteingang, nachnutzung and betrieb belong to those parts. */
export const personalBereiche: readonly PersonalBereich[] = [
  {
    id: 'start',
    pfad: '/verwaltung',
    titel: 'Übersicht',
    beschreibung: 'Was Sie mit Ihrem Konto tun können.',
    rollen: [],
  },
  {
    id: 'posteingang',
    pfad: '/verwaltung/posteingang',
    titel: 'Posteingang',
    beschreibung:
      'Eingegangene Anträge Ihres Sozialamts, nach Dringlichkeit geordnet: bearbeiten, Unterlagen nachfordern, entscheiden.',
    rollen: ['sachbearbeitung'],
  },
  {
    id: 'nachnutzung',
    pfad: '/verwaltung/nachnutzung',
    titel: 'Nachnutzung',
    beschreibung:
      'Stand der Nachnutzung je Sozialamt und Dienst: Anbindung, Produktivsetzung, Abmeldung und wer bei Fragen hilft.',
    // The office's own staff see and act on their office's records (issue 7); the coordination on all.
    rollen: ['land_koordination', 'sachbearbeitung'],
  },
  {
    id: 'betrieb',
    pfad: '/verwaltung/betrieb',
    titel: 'Betrieb',
    beschreibung: 'Zustellungen, Warteschlangen, Systemzustand und Protokolle.',
    rollen: ['betrieb'],
  },
  {
    id: 'konten',
    pfad: '/verwaltung/konten',
    titel: 'Konten',
    beschreibung:
      'Konten der Mitarbeitenden mit Rollen und Sozialämtern, Sperren und das Sicherheitsprotokoll der Anmeldungen.',
    rollen: ['betrieb'],
  },
  {
    id: 'passwort',
    pfad: '/verwaltung/passwort',
    titel: 'Passwort ändern',
    beschreibung: 'Ein neues Passwort für Ihr Konto festlegen.',
    rollen: [],
  },
];

export function darfBereich(p: Pick<PersonalSitzung, 'rollen'>, bereich: PersonalBereich): boolean {
  return bereich.rollen.length === 0 || bereich.rollen.some((r) => p.rollen.includes(r));
}

/** The role-bound areas a person may open (without start page and password page). */
export function aufgabenFuer(p: Pick<PersonalSitzung, 'rollen'>): PersonalBereich[] {
  return personalBereiche.filter((b) => b.rollen.length > 0 && darfBereich(p, b));
}

/** What PersonalLayout needs from the request; build it with personalKontext(request, reply). */
export type PersonalKontext = {
  personal: PersonalSitzung;
  /** When the session ends if nothing happens. */
  sitzungsende: Date;
  /** Display names of the bound offices by AGS. */
  behoerdenNamen: Record<string, string>;
  /** False for accounts that sign in only through OpenID Connect (no password page). */
  hatPasswort: boolean;
  csrfToken: string;
  /** The current path: "Sitzung verlängern" comes back here. */
  pfad: string;
  jetzt: Date;
};

/** Only on routes behind requirePersonal(). */
export function personalKontext(request: FastifyRequest, reply: FastifyReply): PersonalKontext {
  const info = request.personalSitzung;
  return {
    personal: request.personal,
    sitzungsende: info.ablauf,
    behoerdenNamen: info.behoerdenNamen,
    hatPasswort: info.hatPasswort,
    csrfToken: reply.generateCsrf(),
    pfad: request.method === 'GET' ? request.url : '/verwaltung',
    jetzt: info.jetzt,
  };
}

export type PersonalLayoutProps = {
  titel: string;
  kontext: PersonalKontext;
  children: ComponentChildren;
  /** Highlights the current area in the staff navigation. */
  aktiv?: PersonalBereichId;
  hatFehler?: boolean;
  /** false for wide pages (tables). Default true. */
  schmal?: boolean;
};

export function uhrzeitText(d: Date): string {
  return `${formatUhrzeit(d)} Uhr`;
}

export function rollenText(rollen: Rolle[]): string {
  return rollen.map((r) => rollenNamen[r]).join(', ');
}

export function PersonalLayout({ titel, kontext, children, aktiv, hatFehler, schmal }: PersonalLayoutProps) {
  const { personal } = kontext;
  const bereiche = personalBereiche.filter(
    (b) => darfBereich(personal, b) && (b.id !== 'passwort' || kontext.hatPasswort),
  );
  const restSekunden = Math.max(
    0,
    Math.round((kontext.sitzungsende.getTime() - kontext.jetzt.getTime()) / 1000),
  );
  const behoerden = personal.behoerden.map((ags) => kontext.behoerdenNamen[ags] ?? ags);
  return (
    <Layout
      titel={titel}
      bereich="personal"
      hatFehler={hatFehler ?? false}
      schmal={schmal ?? true}
      stile={['/static/personal/personal.css']}
      skripte={['/static/personal/sitzung.js']}
      navigation={{
        angemeldet: { name: personal.anzeigename, abmeldenPfad: '/verwaltung/abmelden' },
        csrfToken: kontext.csrfToken,
      }}
    >
      <div class="personal-kopf">
        <nav aria-label="Verwaltung" class="personal-nav">
          <ul class="kern-list kern-list--horizontal">
            {bereiche.map((b) => (
              <li>
                <a class="kern-link" href={b.pfad} aria-current={b.id === aktiv ? 'page' : undefined}>
                  {b.titel}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div id="sitzungshinweis" class="sitzungshinweis" data-restsekunden={String(restSekunden)}>
          <p class="kern-body kern-body--small">
            {rollenText(personal.rollen)}
            {behoerden.length > 0 ? ` · ${behoerden.join(', ')}` : ''} · Ihre Sitzung endet um{' '}
            <time dateTime={kontext.sitzungsende.toISOString()}>{uhrzeitText(kontext.sitzungsende)}</time>,
            wenn Sie bis dahin nichts tun.
          </p>
          <form method="post" action="/verwaltung/sitzung" class="sitzungshinweis__form">
            <CsrfFeld token={kontext.csrfToken} />
            <input type="hidden" name="ziel" value={kontext.pfad} />
            <button class="kern-btn kern-btn--secondary kern-btn--small" type="submit">
              <span class="kern-label">Sitzung verlängern</span>
            </button>
          </form>
          <div id="sitzungswarnung" class="sitzungswarnung" role="alert" />
        </div>
      </div>
      {children}
    </Layout>
  );
}
