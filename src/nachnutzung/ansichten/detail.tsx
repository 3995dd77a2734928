import type { ComponentChildren } from 'preact';
import type { Behoerde } from '../../katalog/katalog-tables.ts';
import { Hinweisbox } from '../../web/komponenten/formular.tsx';
import { formatDatum, formatZeit } from '../../shared/format.ts';
import { aktionName } from '../ereignisse.ts';
import { moeglicheZiele, pruefeUebergang, zustandNamen, type Fakten } from '../lebenszyklus.ts';
import type {
  Nachnutzung,
  NachnutzungEreignis,
  NachnutzungInteressenbekundung,
  NachnutzungKontakt,
  NachnutzungVerbindung,
  NachnutzungVerbindungstest,
  NachnutzungZustand,
} from '../nachnutzung-tables.ts';
import type { UnterlageOhneDatei } from '../nachnutzung-repo.ts';
import { entkopplungsPunkte } from '../texte.ts';
import type { Verbindung } from '../../zustellung/verbindung.ts';
import { fachverfahrenNamen, transportNamen } from '../verbindung.ts';
import { Kontaktliste } from './kontakte.tsx';
import {
  AktionsKnopf,
  Angaben,
  VerwaltungsLayout,
  ZustandBadge,
  type Seitenkontext,
} from './verwaltung-layout.tsx';

export type Detail = {
  behoerde: Behoerde;
  dienst: { id: string; name: string };
  zustand: NachnutzungZustand;
  stand: Nachnutzung | undefined;
  fakten: Fakten;
  bekundungen: NachnutzungInteressenbekundung[];
  akzeptanzen: { version: number; person_name: string; akzeptiert_am: Date }[];
  unterlagen: UnterlageOhneDatei[];
  /** Case-management system (nachnutzung/). */
  verbindung: NachnutzungVerbindung | undefined;
  /** Transport parameters (zustellung/). */
  transport: Verbindung | undefined;
  tests: NachnutzungVerbindungstest[];
  entkopplung: { punkt: string; erledigt_von_name: string; erledigt_am: Date }[];
  zeitleiste: NachnutzungEreignis[];
  kontakte: NachnutzungKontakt[];
};

export const paarPfad = (ags: string, dienstId: string) => `/verwaltung/nachnutzung/${ags}/${dienstId}`;

export function paarBrotkrumen(d: Pick<Detail, 'behoerde' | 'dienst'>, aktuell?: string) {
  const basis = [
    { text: 'Übersicht', href: '/verwaltung/nachnutzung' },
    { text: d.behoerde.name, href: `/verwaltung/nachnutzung/${d.behoerde.ags}` },
  ];
  return aktuell === undefined
    ? [...basis, { text: d.dienst.name }]
    : [...basis, { text: d.dienst.name, href: paarPfad(d.behoerde.ags, d.dienst.id) }, { text: aktuell }];
}

function Link({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="kern-btn kern-btn--secondary" href={href}>
      <span class="kern-label">{children}</span>
    </a>
  );
}

/** The next steps for the current state, with what is still missing for the next transition. */
function NaechsteSchritte({
  d,
  kontext,
  koordination,
}: {
  d: Detail;
  kontext: Seitenkontext;
  koordination: boolean;
}) {
  const pfad = paarPfad(d.behoerde.ags, d.dienst.id);
  const csrf = kontext.csrf;
  const letzte = d.bekundungen[0];
  const neueBedingungen =
    d.fakten.aktuelleBedingungen !== null &&
    (d.fakten.akzeptierteBedingungen === null ||
      d.fakten.akzeptierteBedingungen < d.fakten.aktuelleBedingungen);
  const offen = moeglicheZiele(d.zustand)
    .filter((z) => !['voruebergehend_abgemeldet', 'kuendigung_angekuendigt', 'abgemeldet'].includes(z))
    .flatMap((z) => {
      const p = pruefeUebergang(d.zustand, z, d.fakten, { grund: 'x', datum: d.fakten.heute });
      return p.ok ? [] : p.fehler;
    });
  const knoepfe: ComponentChildren[] = [];
  switch (d.zustand) {
    case 'nicht_angebunden':
      knoepfe.push(<Link href={`${pfad}/interessenbekundung`}>Interessenbekundung erfassen</Link>);
      if (letzte !== undefined) {
        knoepfe.push(<Link href={`${pfad}/interessenbekundung/${letzte.id}`}>E-Mail-Text anzeigen</Link>);
        if (koordination)
          knoepfe.push(
            <AktionsKnopf
              aktion={`${pfad}/eingang-bestaetigen`}
              csrf={csrf}
              text="Eingang der Interessenbekundung bestätigen"
            />,
          );
      }
      break;
    case 'interesse_bekundet':
      knoepfe.push(<Link href={`${pfad}/bedingungen`}>Nachnutzungsbedingungen lesen und akzeptieren</Link>);
      break;
    case 'bedingungen_akzeptiert':
      knoepfe.push(
        <Link href={`${pfad}/unterlagen`}>
          {koordination ? 'Bestätigung und Unterlagen bereitstellen' : 'Unterlagen ansehen'}
        </Link>,
      );
      break;
    case 'unterlagen_bereitgestellt':
      knoepfe.push(<Link href={`${pfad}/unterlagen`}>Unterlagen ansehen und Empfang bestätigen</Link>);
      knoepfe.push(<Link href={`${pfad}/verbindung`}>Verbindungsdaten eintragen</Link>);
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/technisch-angebunden`}
          csrf={csrf}
          text="Technische Anbindung abschließen"
        />,
      );
      break;
    case 'technisch_angebunden':
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/verbindungstest`}
          csrf={csrf}
          text="Verbindungstest durchführen"
          art="secondary"
        />,
      );
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/test-erfolgreich`}
          csrf={csrf}
          text="Test als erfolgreich festhalten"
        />,
      );
      knoepfe.push(<Link href={`${pfad}/verbindung`}>Verbindungsdaten ändern</Link>);
      break;
    case 'test_erfolgreich':
      if (neueBedingungen)
        knoepfe.push(<Link href={`${pfad}/bedingungen`}>Neue Nachnutzungsbedingungen akzeptieren</Link>);
      if (koordination) knoepfe.push(<Link href={`${pfad}/produktiv`}>Produktiv setzen</Link>);
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/verbindungstest`}
          csrf={csrf}
          text="Verbindungstest wiederholen"
          art="secondary"
        />,
      );
      break;
    case 'produktiv':
      if (d.stand?.voruebergehend_ab != null)
        knoepfe.push(
          <AktionsKnopf
            aktion={`${pfad}/wiederaufnahme`}
            csrf={csrf}
            text="Geplante vorübergehende Abmeldung zurücknehmen"
            art="secondary"
          />,
        );
      knoepfe.push(<Link href={`${pfad}/voruebergehend`}>Vorübergehend abmelden</Link>);
      knoepfe.push(<Link href={`${pfad}/kuendigung`}>Dauerhaft abmelden (Kündigung)</Link>);
      break;
    case 'voruebergehend_abgemeldet':
      knoepfe.push(<AktionsKnopf aktion={`${pfad}/wiederaufnahme`} csrf={csrf} text="Wieder aufnehmen" />);
      break;
    default:
      break;
  }
  return (
    <section aria-labelledby="naechste-schritte" class="stapel">
      <h2 class="kern-heading-medium" id="naechste-schritte">
        Nächste Schritte
      </h2>
      {offen.length > 0 ? (
        <div>
          <p class="kern-body">Für den nächsten Schritt fehlt noch:</p>
          <ul class="kern-list kern-list--bullet">
            {offen.map((o) => (
              <li>{o}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {knoepfe.length === 0 ? (
        <p class="kern-body">Zurzeit ist kein Schritt offen.</p>
      ) : (
        <div class="knopfleiste">{knoepfe}</div>
      )}
    </section>
  );
}

function Zeitleiste({ eintraege }: { eintraege: NachnutzungEreignis[] }) {
  if (eintraege.length === 0) return <p class="kern-body">Noch keine Einträge.</p>;
  return (
    <ol class="kern-list zeitleiste">
      {eintraege.map((e) => {
        const daten = e.daten;
        const text = typeof daten.text === 'string' ? daten.text : null;
        const bericht = typeof daten.bericht === 'string' ? daten.bericht : null;
        const hinweis = typeof daten.hinweisText === 'string' ? daten.hinweisText : null;
        const details: [string, string][] = [];
        if (typeof daten.an === 'string') details.push(['An', daten.an]);
        if (typeof daten.betreff === 'string') details.push(['Betreff', daten.betreff]);
        if (typeof daten.version === 'number') details.push(['Version', String(daten.version)]);
        if (typeof daten.titel === 'string') details.push(['Unterlage', daten.titel]);
        if (typeof daten.datum === 'string') details.push(['Datum', formatDatum(daten.datum)]);
        if (typeof daten.eingang === 'string') details.push(['Eingang beim MiK', formatDatum(daten.eingang)]);
        if (typeof daten.wirksamZum === 'string')
          details.push(['Wirksam zum', formatDatum(daten.wirksamZum)]);
        if (typeof daten.ab === 'string') details.push(['Ab', formatDatum(daten.ab)]);
        if (typeof daten.bis === 'string') details.push(['Voraussichtlich bis', formatDatum(daten.bis)]);
        return (
          <li class="zeitleiste__eintrag">
            <p class="kern-body">
              <strong>{aktionName(e.aktion)}</strong>
              {e.von_zustand !== null && e.nach_zustand !== null && e.von_zustand !== e.nach_zustand
                ? ` (${zustandNamen[e.von_zustand]} → ${zustandNamen[e.nach_zustand]})`
                : ''}
            </p>
            <p class="kern-body kern-body--small">
              {formatZeit(e.erstellt_am)} · {e.person_name}
            </p>
            {e.begruendung === null ? null : <p class="kern-body">Begründung: {e.begruendung}</p>}
            {details.length === 0 ? null : (
              <p class="kern-body kern-body--small">{details.map(([k, v]) => `${k}: ${v}`).join(' · ')}</p>
            )}
            {[text, bericht, hinweis].map((t, i) =>
              t === null ? null : (
                <details>
                  <summary class="kern-body">
                    {['Text anzeigen', 'Bericht anzeigen', 'Hinweistext anzeigen'][i]}
                  </summary>
                  <pre class="text kern-body">{t}</pre>
                </details>
              ),
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Entkopplung({ d, kontext }: { d: Detail; kontext: Seitenkontext }) {
  const erledigt = new Map(d.entkopplung.map((e) => [e.punkt, e]));
  const pfad = paarPfad(d.behoerde.ags, d.dienst.id);
  return (
    <section aria-labelledby="entkopplung" class="stapel">
      <h2 class="kern-heading-medium" id="entkopplung">
        Checkliste technische Entkopplung (mit MiK und TFF)
      </h2>
      <ul class="kern-list checkliste">
        {entkopplungsPunkte.map((p) => {
          const e = erledigt.get(p.id);
          return (
            <li>
              <p class="kern-body">
                {e === undefined ? 'Offen' : 'Erledigt'}: {p.text}
                {e === undefined ? '' : ` (${formatZeit(e.erledigt_am)}, ${e.erledigt_von_name})`}
              </p>
              <AktionsKnopf
                aktion={`${pfad}/entkopplung`}
                csrf={kontext.csrf}
                text={e === undefined ? `Als erledigt markieren: ${p.text}` : `Wieder öffnen: ${p.text}`}
                art="tertiary"
                felder={{ punkt: p.id, erledigt: e === undefined ? 'ja' : 'nein' }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

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
