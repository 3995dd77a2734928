import { formatGroesse } from '../../antrag/datei-pruefung.ts';
import { AbschnittKarte } from '../../antrag/seiten/pruefen.tsx';
import { fristInWorten } from '../../fristen/index.ts';
import { PersonalLayout, type PersonalKontext } from '../../personal/personal-layout.tsx';
import {
  CsrfFeld,
  Fehlertext,
  Fehlerzusammenfassung,
  feldId,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/komponenten/formular.tsx';
import { statusTexte as zustellTexte } from '../../zustellung/outbox.ts';
import type { FallAnsicht } from '../ansicht.ts';
import {
  protokollTexte,
  unterlagenArten,
  unterlagenTitel,
  type Filter,
  type Listeneintrag,
} from '../faelle.ts';
import { terminName } from '../reihenfolge.ts';
import {
  entscheidungsarten,
  entscheidungsNamen,
  entscheidungText,
  erlaubteUebergaenge,
  fallstatus,
  statusNamen,
  type Fallstatus,
} from '../status.ts';
import { Tabelle } from '../../web/komponenten/tabelle.tsx';
import { Angaben, Badge, datum, tag, zeit } from './bausteine.tsx';

// The staff pages of the inbox: the list of one office in order of urgency, the detail view of a case with the
// status form, and the form to request documents.

export const BASIS = '/verwaltung/posteingang';
export const fallPfad = (nummer: string): string => `${BASIS}/antrag/${nummer}`;

function SchonfristZelle({ e }: { e: Listeneintrag }) {
  return (
    <>
      {e.schonfrist !== null ? (
        <p class="kern-body kern-body--small">
          Schonfrist bis {datum(e.schonfrist.ende)}
          {e.schonfrist.vorlaeufig ? ' (vorläufig)' : ''}{' '}
          {e.eil.schonfrist === 'abgelaufen' ? (
            <Badge art="danger">abgelaufen</Badge>
          ) : e.eil.schonfrist === 'dringend' ? (
            <Badge art="danger">dringend</Badge>
          ) : null}
        </p>
      ) : null}
      {e.eil.termin !== null ? (
        <p class="kern-body kern-body--small">
          {terminName(e.eil.termin.art)}: {datum(e.eil.termin.datum)}
          {e.schonfrist === null && e.eil.dringend ? (
            <>
              {' '}
              <Badge art="danger">dringend</Badge>
            </>
          ) : null}
        </p>
      ) : null}
      {e.schonfrist === null && e.eil.termin === null ? (
        <span class="kern-body kern-body--small">–</span>
      ) : null}
    </>
  );
}

function UnterlagenZelle({ e }: { e: Listeneintrag }) {
  const ueberfaellig = e.offeneNachforderungen.find((n) => n.ueberfaellig);
  const offen = e.offeneNachforderungen[0];
  return (
    <>
      {ueberfaellig !== undefined ? (
        <p class="kern-body kern-body--small">
          <Badge art="danger">Frist überschritten</Badge> nachgefordert bis {datum(ueberfaellig.frist)}
        </p>
      ) : offen !== undefined ? (
        <p class="kern-body kern-body--small">
          <Badge art="warning">nachgefordert</Badge> bis {datum(offen.frist)}
        </p>
      ) : null}
      {e.nachgereichtAm !== null ? (
        <p class="kern-body kern-body--small">
          <Badge art="success">nachgereicht</Badge> am {tag(e.nachgereichtAm)}
        </p>
      ) : null}
      {e.offeneNachforderungen.length === 0 && e.unterlagenFehlen ? (
        <p class="kern-body kern-body--small">
          <Badge art="warning">fehlen</Badge> {e.kurzinfo.fehlend.length} bei Eingang
        </p>
      ) : null}
      {!e.unterlagenFehlen && e.nachgereichtAm === null ? (
        <span class="kern-body kern-body--small">vollständig</span>
      ) : null}
    </>
  );
}

function FilterFormular({ filter, aktion }: { filter: Filter; aktion: string }) {
  const statusOptionen: [string, string][] = [
    ['offen', 'Offen (noch nicht entschieden)'],
    ['alle', 'Alle'],
    ...fallstatus.map((s): [string, string] => [s, statusNamen[s]]),
  ];
  return (
    <form
      method="get"
      action={aktion}
      class="posteingang-filter"
      role="search"
      aria-label="Anträge filtern und suchen"
    >
      <div class="kern-form-input">
        <label class="kern-label" for="feld-suche">
          Suche nach Vorgangsnummer oder Name
        </label>
        <input
          class="kern-form-input__input"
          id="feld-suche"
          name="suche"
          type="search"
          value={filter.suche}
          maxLength={100}
        />
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="feld-status">
          Status
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="feld-status" name="status">
            {statusOptionen.map(([wert, text]) => (
              <option value={wert} selected={filter.status === wert}>
                {text}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="feld-zugestellt">
          Zustellung an das Fachverfahren
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="feld-zugestellt" name="zugestellt">
            <option value="" selected={filter.zugestellt === undefined}>
              Egal
            </option>
            <option value="ja" selected={filter.zugestellt === 'ja'}>
              Zugestellt
            </option>
            <option value="nein" selected={filter.zugestellt === 'nein'}>
              Noch nicht zugestellt
            </option>
          </select>
        </div>
      </div>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">Nur anzeigen</legend>
        <div class="kern-fieldset__body">
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id="feld-dringend"
              name="dringend"
              type="checkbox"
              value="ja"
              checked={filter.dringend}
            />
            <label class="kern-label" for="feld-dringend">
              Dringende (Frist oder Termin in weniger als 3 Wochen)
            </label>
          </div>
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id="feld-fehlend"
              name="fehlend"
              type="checkbox"
              value="ja"
              checked={filter.unterlagenFehlen}
            />
            <label class="kern-label" for="feld-fehlend">
              Mit fehlenden Unterlagen
            </label>
          </div>
        </div>
      </fieldset>
      <div class="knopfleiste">
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Anzeigen</span>
        </button>
        <a class="kern-link" href={aktion}>
          Filter zurücksetzen
        </a>
      </div>
    </form>
  );
}

export function PosteingangSeite(p: {
  kontext: PersonalKontext;
  behoerde: { ags: string; name: string };
  andere: { ags: string; name: string }[];
  filter: Filter;
  eintraege: Listeneintrag[];
  heute: string;
  gesamt: number;
  seite: number;
  seiten: number;
  seitenUrl: (seite: number) => string;
}) {
  const aktion = `${BASIS}/${p.behoerde.ags}`;
  return (
    <PersonalLayout
      titel={`Posteingang ${p.behoerde.name}`}
      kontext={p.kontext}
      aktiv="posteingang"
      schmal={false}
    >
      <div class="stapel">
        <h1 class="kern-heading-large">Posteingang: {p.behoerde.name}</h1>
        {p.andere.length > 0 ? (
          <nav aria-label="Andere Sozialämter">
            <p class="kern-body">
              Weitere Sozialämter:{' '}
              {p.andere.map((b, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a class="kern-link" href={`${BASIS}/${b.ags}`}>
                    {b.name}
                  </a>
                </>
              ))}
            </p>
          </nav>
        ) : null}
        <p class="kern-body">
          Die dringendsten Anträge stehen oben: zuerst nach dem Ende der Schonfrist, dann nach dem nächsten
          Gerichts- oder Räumungstermin, dann die ältesten.
        </p>
        <FilterFormular filter={p.filter} aktion={aktion} />
        <p class="kern-body" role="status" id="trefferzahl">
          {p.gesamt === 1 ? '1 Antrag' : `${p.gesamt} Anträge`}
          {p.seiten > 1 ? `, Seite ${p.seite} von ${p.seiten}` : ''}
        </p>
        {p.eintraege.length === 0 ? (
          <p class="kern-body">Keine Anträge für diese Auswahl.</p>
        ) : (
          <Tabelle
            titel="Anträge, dringendste zuerst"
            klasse="posteingang-tabelle"
            zeilenkopf
            zeilen={p.eintraege}
            spalten={[
              {
                titel: 'Vorgang',
                zelle: (e) => (
                  <>
                    <a class="kern-link" href={fallPfad(e.vorgangsnummer)}>
                      {e.vorgangsnummer}
                    </a>
                    <p class="kern-body kern-body--small">{e.name}</p>
                  </>
                ),
              },
              { titel: 'Eingegangen', zelle: (e) => zeit(e.eingereichtAm) },
              { titel: 'Frist und Termine', zelle: (e) => <SchonfristZelle e={e} /> },
              {
                titel: 'Status',
                zelle: (e) => (
                  <>
                    {statusNamen[e.status]}
                    {e.jobcenterHinweis && e.status !== 'entschieden' && e.status !== 'abgeschlossen' ? (
                      <p class="kern-body kern-body--small">Hinweis: Bürgergeld (Jobcenter)</p>
                    ) : null}
                  </>
                ),
              },
              { titel: 'Unterlagen', zelle: (e) => <UnterlagenZelle e={e} /> },
              {
                titel: 'Zustellung',
                zelle: (e) =>
                  e.zustellung === null
                    ? 'keine Nachricht'
                    : e.zustellung.status === 'delivered' && e.zustellung.zugestelltAm !== null
                      ? `zugestellt ${tag(e.zustellung.zugestelltAm)}`
                      : zustellTexte[e.zustellung.status as keyof typeof zustellTexte],
              },
            ]}
          />
        )}
        {p.seiten > 1 ? (
          <nav aria-label="Seiten">
            <ul class="kern-list kern-list--horizontal">
              {Array.from({ length: p.seiten }, (_, i) => i + 1).map((s) => (
                <li>
                  {s === p.seite ? (
                    <span aria-current="page">Seite {s}</span>
                  ) : (
                    <a class="kern-link" href={p.seitenUrl(s)}>
                      Seite {s}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </PersonalLayout>
  );
}

export function KeinSozialamt({ kontext }: { kontext: PersonalKontext }) {
  return (
    <PersonalLayout titel="Posteingang" kontext={kontext} aktiv="posteingang">
      <div class="stapel">
        <h1 class="kern-heading-large">Posteingang</h1>
        <p class="kern-body">
          Ihrem Konto ist kein Sozialamt zugeordnet. Bitte wenden Sie sich an den Betrieb, damit Ihr Konto dem
          richtigen Sozialamt zugeordnet wird.
        </p>
      </div>
    </PersonalLayout>
  );
}

export function FallNichtGefunden({ kontext }: { kontext: PersonalKontext }) {
  return (
    <PersonalLayout titel="Antrag nicht gefunden" kontext={kontext} aktiv="posteingang">
      <div class="stapel">
        <h1 class="kern-heading-large">Antrag nicht gefunden</h1>
        <p class="kern-body">
          Diesen Antrag gibt es nicht, oder er gehört zu einem Sozialamt, dem Ihr Konto nicht zugeordnet ist.
        </p>
        <p class="kern-body">
          <a class="kern-link" href={BASIS}>
            Zum Posteingang
          </a>
        </p>
      </div>
    </PersonalLayout>
  );
}

export type StatusFormular = {
  werte: { status?: string; entscheidung?: string; betrag?: string; weitergeleitetAm?: string };
  fehler: FeldFehler;
  hinweis?: string | undefined;
};

function StatusAendern({ a, csrf, formular }: { a: FallAnsicht; csrf: string; formular: StatusFormular }) {
  const moeglich = erlaubteUebergaenge[a.fall.status];
  const basis = fallPfad(a.antrag.vorgangsnummer);
  if (moeglich.length === 0)
    return <p class="kern-body">Der Antrag ist abgeschlossen. Der Status kann nicht mehr geändert werden.</p>;
  const w = formular.werte;
  const f = formular.fehler;
  return (
    <form method="post" action={`${basis}/status`} novalidate>
      <CsrfFeld token={csrf} />
      <input type="hidden" name="version" value={String(a.fall.version)} />
      <fieldset
        class={`kern-fieldset${f.status !== undefined ? ' kern-fieldset--error' : ''}`}
        id={feldId('status')}
      >
        <legend class="kern-label">Neuer Status</legend>
        {f.status !== undefined ? <Fehlertext id={`${feldId('status')}-fehler`} text={f.status} /> : null}
        <div class="kern-fieldset__body">
          {moeglich.map((s: Fallstatus, i) => (
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                id={`${feldId('status')}-${i}`}
                name="status"
                type="radio"
                value={s}
                checked={w.status === s}
              />
              <label class="kern-label" for={`${feldId('status')}-${i}`}>
                {statusNamen[s]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {moeglich.includes('entschieden') ? (
        <>
          <fieldset
            class={`kern-fieldset${f.entscheidung !== undefined ? ' kern-fieldset--error' : ''}`}
            id={feldId('entscheidung')}
            aria-describedby={`${feldId('entscheidung')}-hinweis`}
          >
            <legend class="kern-label">Entscheidung</legend>
            <div class="kern-hint" id={`${feldId('entscheidung')}-hinweis`}>
              Nur beim Status „Entschieden“.
            </div>
            {f.entscheidung !== undefined ? (
              <Fehlertext id={`${feldId('entscheidung')}-fehler`} text={f.entscheidung} />
            ) : null}
            <div class="kern-fieldset__body">
              {entscheidungsarten.map((e, i) => (
                <div class="kern-form-check">
                  <input
                    class="kern-form-check__radio"
                    id={`${feldId('entscheidung')}-${i}`}
                    name="entscheidung"
                    type="radio"
                    value={e}
                    checked={w.entscheidung === e}
                  />
                  <label class="kern-label" for={`${feldId('entscheidung')}-${i}`}>
                    {entscheidungsNamen[e]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <Textfeld
            name="betrag"
            label="Bewilligter Betrag in Euro"
            hinweis="Bei Beihilfe oder Darlehen, zum Beispiel 1.250,00"
            wert={w.betrag}
            fehler={f.betrag}
            inputmode="decimal"
            breite={10}
          />
          <Textfeld
            name="weitergeleitetAm"
            label="An das Jobcenter weitergeleitet am"
            hinweis="Bei Weiterleitung an das Jobcenter"
            typ="date"
            wert={w.weitergeleitetAm}
            fehler={f.weitergeleitetAm}
            breite={10}
          />
        </>
      ) : null}
      <div class="knopfleiste">
        <Knopf>Status speichern</Knopf>
      </div>
    </form>
  );
}

/** The sections of a case page, for the in-page navigation (anchor, name). */
const FALL_ABSCHNITTE = [
  ['status', 'Status'],
  ['nachforderungen', 'Nachforderungen'],
  ['dokumente', 'Dokumente'],
  ['angaben', 'Angaben'],
  ['zustellung', 'Zustellung'],
  ['verlauf', 'Verlauf und Protokoll'],
] as const;

export function FallSeite(p: {
  kontext: PersonalKontext;
  a: FallAnsicht;
  formular: StatusFormular;
  erfolg?: string | undefined;
}) {
  const { a } = p;
  const basis = fallPfad(a.antrag.vorgangsnummer);
  const fehler = p.formular.fehler;
  const hatFehler = Object.values(fehler).some((x) => x !== undefined);
  const schonfrist =
    a.antrag.schonfrist_ende === null
      ? null
      : { ende: a.antrag.schonfrist_ende, vorlaeufig: a.antrag.schonfrist_vorlaeufig };
  const original = a.sendungen.find((s) => s.art === 'antrag');
  return (
    <PersonalLayout
      titel={`Antrag ${a.antrag.vorgangsnummer}`}
      kontext={p.kontext}
      aktiv="posteingang"
      schmal={false}
      hatFehler={hatFehler}
    >
      <div class="stapel">
        <p class="zurueck">
          <a class="kern-link" href={`${BASIS}/${a.antrag.behoerde_ags}`}>
            <span class="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
            Zum Posteingang
          </a>
        </p>
        <Fehlerzusammenfassung fehler={fehler} />
        {p.formular.hinweis !== undefined ? <Hinweisbox art="warning" titel={p.formular.hinweis} /> : null}
        {p.erfolg !== undefined ? <Hinweisbox art="success" titel={p.erfolg} /> : null}
        <h1 class="kern-heading-large">
          Antrag {a.antrag.vorgangsnummer}
          <span class="kern-body kern-body--large fallname">: {a.kurzinfo.name}</span>
        </h1>
        {a.eil.dringend ? (
          <Hinweisbox art="danger" titel="Dringend">
            {schonfrist !== null ? (
              <p class="kern-body">
                Schonfrist
                {schonfrist.vorlaeufig
                  ? ' (vorläufig, nur der Eingang der Klage bei Gericht ist bekannt)'
                  : ''}
                : {fristInWorten(schonfrist.ende, a.heute)}
              </p>
            ) : null}
            {a.eil.termin !== null ? (
              <p class="kern-body">
                {terminName(a.eil.termin.art)}: {datum(a.eil.termin.datum)}
              </p>
            ) : null}
          </Hinweisbox>
        ) : null}
        <nav aria-label="Inhalt dieser Seite">
          <ul class="kern-list kern-list--horizontal">
            {FALL_ABSCHNITTE.map(([anker, name]) => (
              <li>
                <a class="kern-link" href={`#${anker}`}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Angaben
          eintraege={[
            ['Status', statusNamen[a.fall.status]],
            [
              'Entscheidung',
              a.fall.entscheidung === null
                ? undefined
                : entscheidungText(
                    {
                      art: a.fall.entscheidung,
                      betragCent: a.fall.betrag_cent,
                      weitergeleitetAm: a.fall.weitergeleitet_am,
                    },
                    datum,
                  ),
            ],
            ['Eingegangen am', zeit(a.antrag.eingereicht_am)],
            ['Zuständig', a.behoerde?.name ?? a.antrag.behoerde_ags],
            [
              'Schonfrist',
              schonfrist === null
                ? 'keine Räumungsklage angegeben'
                : `bis ${datum(schonfrist.ende)}${schonfrist.vorlaeufig ? ' (vorläufig)' : ''}`,
            ],
            [
              'Verhandlung',
              a.kurzinfo.termine.verhandlung === undefined
                ? undefined
                : datum(a.kurzinfo.termine.verhandlung),
            ],
            [
              'Räumungstermin',
              a.kurzinfo.termine.raeumungstermin === undefined
                ? undefined
                : datum(a.kurzinfo.termine.raeumungstermin),
            ],
            [
              'Räumungsfrist',
              a.kurzinfo.termine.raeumungsfrist === undefined
                ? undefined
                : datum(a.kurzinfo.termine.raeumungsfrist),
            ],
            ['Hinweise', a.eingang.hinweise.length === 0 ? undefined : a.eingang.hinweise.join(' ')],
            [
              'Zustellung',
              original === undefined
                ? 'keine Nachricht an das Fachverfahren'
                : original.status === 'delivered' && original.zugestelltAm !== null
                  ? `zugestellt am ${zeit(original.zugestelltAm)}`
                  : zustellTexte[original.status],
            ],
          ]}
        />

        <section aria-labelledby="status">
          <h2 class="kern-heading-medium" id="status">
            Status ändern
          </h2>
          <StatusAendern a={a} csrf={p.kontext.csrfToken} formular={p.formular} />
        </section>

        <section aria-labelledby="nachforderungen">
          <h2 class="kern-heading-medium" id="nachforderungen">
            Nachforderungen
          </h2>
          {a.fall.status === 'entschieden' || a.fall.status === 'abgeschlossen' ? null : (
            <p class="kern-body">
              <a class="kern-btn kern-btn--secondary" href={`${basis}/nachforderung`}>
                <span class="kern-label">Unterlagen nachfordern</span>
              </a>
            </p>
          )}
          {a.eingang.fehlendeNachweise.length > 0 ? (
            <p class="kern-body">
              Bei Eingang fehlten: {a.eingang.fehlendeNachweise.map((f) => f.bezeichnung).join(', ')}.
            </p>
          ) : null}
          {a.nachforderungen.length === 0 ? (
            <p class="kern-body">Es wurden keine Unterlagen nachgefordert.</p>
          ) : (
            <ul class="kern-list">
              {a.nachforderungen.map((n) => (
                <li class="nachforderung">
                  <p class="kern-body">
                    {n.status === 'offen' ? (
                      n.ueberfaellig ? (
                        <Badge art="danger">Frist überschritten</Badge>
                      ) : (
                        <Badge art="warning">offen</Badge>
                      )
                    ) : (
                      <Badge art="success">beantwortet</Badge>
                    )}{' '}
                    Nachgefordert am {zeit(n.erstellt_am)} von {n.akteur_name}, Frist bis {datum(n.frist)}:{' '}
                    {n.unterlagen.map(unterlagenTitel).join(', ')}
                  </p>
                  {n.hinweisText !== undefined ? (
                    <p class="kern-body kern-body--small">Hinweis: {n.hinweisText}</p>
                  ) : null}
                  {n.beantwortet_am !== null ? (
                    <p class="kern-body kern-body--small">Nachgereicht am {zeit(n.beantwortet_am)}</p>
                  ) : null}
                  {n.dateien.filter((d) => d.gesendet).length > 0 ? (
                    <ul class="kern-list kern-list--bullet">
                      {n.dateien
                        .filter((d) => d.gesendet)
                        .map((d) => (
                          <li>
                            <a class="kern-link" href={`${basis}/dateien/${d.id}`} download>
                              {unterlagenTitel(d.art)}: {d.dateiname}
                            </a>{' '}
                            ({formatGroesse(d.groesse)})
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="dokumente">
          <h2 class="kern-heading-medium" id="dokumente">
            Dokumente
          </h2>
          <ul class="kern-list kern-list--bullet">
            <li>
              {a.antrag.antrag_pdf === null ? (
                'Antrags-PDF: nicht vorhanden'
              ) : (
                <a class="kern-link" href={`${basis}/antrag.pdf`} download>
                  Antrag als PDF herunterladen
                </a>
              )}
            </li>
            {a.sendungen.map((s) => (
              <li>
                <a class="kern-link" href={`${basis}/nachrichten/${s.nachrichtUUID}`} download>
                  {s.art === 'antrag'
                    ? 'xSozial-Nachricht des Antrags'
                    : 'xSozial-Nachricht der Nachreichung'}{' '}
                  vom {zeit(s.erstelltAm)} (XML)
                </a>
              </li>
            ))}
          </ul>
          <h3 class="kern-heading-small">Anlagen des Antrags</h3>
          {a.anlagen.length === 0 ? (
            <p class="kern-body">Keine Anlagen.</p>
          ) : (
            <ul class="kern-list kern-list--bullet">
              {a.anlagen.map((d) => (
                <li>
                  <a class="kern-link" href={`${basis}/dateien/${d.id}`} download>
                    {unterlagenTitel(d.art)}: {d.dateiname}
                  </a>{' '}
                  ({formatGroesse(d.groesse)})
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="angaben">
          <h2 class="kern-heading-medium" id="angaben">
            Angaben im Antrag
          </h2>
          {a.abschnitte.map((abschnitt, i) => (
            <AbschnittKarte abschnitt={abschnitt} nummer={i + 1} ebene={3} />
          ))}
        </section>

        <section aria-labelledby="zustellung">
          <h2 class="kern-heading-medium" id="zustellung">
            Zustellung an das Fachverfahren
          </h2>
          {a.sendungen.length === 0 ? (
            <p class="kern-body">Für diesen Antrag wurde keine Nachricht an das Fachverfahren erzeugt.</p>
          ) : (
            <Tabelle
              titel="Nachrichten und Zustellversuche"
              zeilenkopf
              zeilen={a.sendungen}
              spalten={[
                {
                  titel: 'Nachricht',
                  zelle: (s) => (
                    <>
                      {s.art === 'antrag' ? 'Antrag' : 'Nachreichung'}, erstellt {zeit(s.erstelltAm)}
                    </>
                  ),
                },
                {
                  titel: 'Stand',
                  zelle: (s) => (
                    <>
                      {s.status === 'delivered' && s.zugestelltAm !== null
                        ? `zugestellt am ${zeit(s.zugestelltAm)}`
                        : zustellTexte[s.status]}
                      {s.fehlerGrund !== null && s.status !== 'delivered' ? (
                        <p class="kern-body kern-body--small">{s.fehlerGrund}</p>
                      ) : null}
                    </>
                  ),
                },
                {
                  titel: 'Versuche',
                  zelle: (s) =>
                    s.versuche.length === 0 ? (
                      'noch keiner'
                    ) : (
                      <ul class="kern-list">
                        {s.versuche.map((v) => (
                          <li>
                            {v.nummer}. {zeit(v.begonnenAm)}: {v.ergebnis}
                            {v.fehlerGrund !== null ? ` (${v.fehlerGrund})` : ''}
                          </li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          )}
        </section>

        <section aria-labelledby="verlauf">
          <h2 class="kern-heading-medium" id="verlauf">
            Statusverlauf
          </h2>
          {a.historie.length === 0 ? (
            <p class="kern-body">Eingegangen am {zeit(a.antrag.eingereicht_am)}, seitdem nicht geändert.</p>
          ) : (
            <ul class="kern-list kern-list--bullet">
              <li>{zeit(a.antrag.eingereicht_am)}: Eingegangen</li>
              {a.historie.map((h) => (
                <li>
                  {zeit(h.zeitpunkt)}: {statusNamen[h.von]} → {statusNamen[h.nach]}
                  {h.entscheidung !== null
                    ? ` (${entscheidungText({ art: h.entscheidung, betragCent: h.betrag_cent, weitergeleitetAm: h.weitergeleitet_am }, datum)})`
                    : ''}
                  , durch {h.akteur_name}
                </li>
              ))}
            </ul>
          )}
          <h3 class="kern-heading-small" id="protokoll">
            Protokoll
          </h3>
          <Tabelle
            titel="Zugriffe und Änderungen, neueste zuerst"
            zeilen={a.protokoll}
            spalten={[
              { titel: 'Zeitpunkt', zelle: (e) => zeit(e.zeitpunkt) },
              {
                titel: 'Was',
                zelle: (e) => (
                  <>
                    {(protokollTexte as Record<string, string | undefined>)[e.art] ?? e.art}
                    {typeof e.details.art === 'string' ? ` (${unterlagenTitel(e.details.art)})` : ''}
                    {typeof e.details.von === 'string' && typeof e.details.nach === 'string'
                      ? `: ${statusNamen[e.details.von as Fallstatus]} → ${statusNamen[e.details.nach as Fallstatus]}`
                      : ''}
                  </>
                ),
              },
              { titel: 'Wer', zelle: (e) => e.akteur_name },
            ]}
          />
        </section>
      </div>
    </PersonalLayout>
  );
}

export type NachforderungsFormular = {
  werte: { unterlagen: string[]; frist: string; hinweis: string };
  fehler: FeldFehler;
  hinweis?: string | undefined;
};

export function NachforderungSeite(p: {
  kontext: PersonalKontext;
  a: FallAnsicht;
  formular: NachforderungsFormular;
}) {
  const basis = fallPfad(p.a.antrag.vorgangsnummer);
  const f = p.formular.fehler;
  const hatFehler = Object.values(f).some((x) => x !== undefined);
  const id = feldId('unterlagen');
  return (
    <PersonalLayout
      titel={`Unterlagen nachfordern – ${p.a.antrag.vorgangsnummer}`}
      kontext={p.kontext}
      aktiv="posteingang"
      hatFehler={hatFehler}
    >
      <div class="stapel">
        <p class="zurueck">
          <a class="kern-link" href={basis}>
            <span class="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
            Zurück zum Antrag
          </a>
        </p>
        <Fehlerzusammenfassung fehler={f} />
        {p.formular.hinweis !== undefined ? <Hinweisbox art="warning" titel={p.formular.hinweis} /> : null}
        <h1 class="kern-heading-large">Unterlagen nachfordern</h1>
        <p class="kern-body">
          Antrag {p.a.antrag.vorgangsnummer} von {p.a.kurzinfo.name}. Die antragstellende Person sieht die
          Nachforderung nach der Anmeldung und kann die Unterlagen dort hochladen. Hat sie „Per E-Mail“ als
          Kontaktweg gewählt, bekommt sie eine E-Mail ohne Einzelheiten.
        </p>
        <form method="post" action={`${basis}/nachforderung`} novalidate>
          <CsrfFeld token={p.kontext.csrfToken} />
          <fieldset
            class={`kern-fieldset${f.unterlagen !== undefined ? ' kern-fieldset--error' : ''}`}
            id={id}
          >
            <legend class="kern-label">Welche Unterlagen fehlen?</legend>
            {f.unterlagen !== undefined ? <Fehlertext id={`${id}-fehler`} text={f.unterlagen} /> : null}
            <div class="kern-fieldset__body">
              {unterlagenArten.map((u, i) => (
                <div class="kern-form-check">
                  <input
                    class="kern-form-check__checkbox"
                    id={`${id}-${i}`}
                    name="unterlagen"
                    type="checkbox"
                    value={u.id}
                    checked={p.formular.werte.unterlagen.includes(u.id)}
                    aria-describedby={`${id}-${i}-hinweis`}
                  />
                  <label class="kern-label" for={`${id}-${i}`}>
                    {u.titel}
                  </label>
                  <div class="kern-hint" id={`${id}-${i}-hinweis`}>
                    {u.hinweis}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
          <Textfeld
            name="frist"
            label="Frist"
            hinweis="Bis zu diesem Tag sollen die Unterlagen da sein."
            typ="date"
            wert={p.formular.werte.frist}
            fehler={f.frist}
            breite={10}
          />
          <Textbereich
            name="hinweis"
            label="Hinweis an die antragstellende Person"
            hinweis="Wird nach der Anmeldung angezeigt, nicht per E-Mail versendet. Höchstens 1.000 Zeichen."
            optional
            wert={p.formular.werte.hinweis}
            fehler={f.hinweis}
            maxLength={1000}
            zeilen={4}
          />
          <div class="knopfleiste">
            <Knopf>Unterlagen nachfordern</Knopf>
          </div>
        </form>
      </div>
    </PersonalLayout>
  );
}
