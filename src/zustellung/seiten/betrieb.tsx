import { formatZeitpunkt } from '../../dokumente/format.ts';
import { PersonalLayout, type PersonalKontext } from '../../personal/personal-layout.tsx';
import { Auswahlliste, CsrfFeld, Hinweisbox, Knopf } from '../../web/komponenten/formular.tsx';
import { Tabelle } from '../../web/komponenten/tabelle.tsx';
import { statusTexte, type AuftragUebersicht, type Versuch } from '../outbox.ts';
import { zustellStatus, type ZustellStatusWert } from '../zustellung-tables.ts';

// The operators' view of the outbox: what waits, what failed, what is dead, and the replay of a dead job.
// Shows no message content and no personal data, only offices, references and transport facts.

export const BETRIEB = '/verwaltung/betrieb';
export const auftragPfad = (id: string) => `${BETRIEB}/zustellung/${id}`;

export type BetriebFilter = { status?: ZustellStatusWert | undefined; behoerde?: string | undefined };

const statusKurz: Record<ZustellStatusWert, string> = {
  queued: 'wartend',
  sent: 'gesendet',
  delivered: 'zugestellt',
  failed: 'fehlgeschlagen',
  dead: 'nicht zustellbar',
};

/** An attempt's result: a status after a delivery attempt, or the operators' replay. */
function ergebnisText(ergebnis: string): string {
  if (ergebnis === 'replay') return 'erneut eingereiht';
  return ergebnis in statusKurz ? statusKurz[ergebnis as ZustellStatusWert] : ergebnis;
}

const zeit = (d: Date | null) => (d === null ? '–' : formatZeitpunkt(d));

function filterUrl(f: BetriebFilter): string {
  const q = new URLSearchParams();
  if (f.status !== undefined) q.set('status', f.status);
  if (f.behoerde !== undefined) q.set('behoerde', f.behoerde);
  const s = q.toString();
  return s === '' ? BETRIEB : `${BETRIEB}?${s}`;
}

export function BetriebSeite(p: {
  kontext: PersonalKontext;
  zaehlung: Record<ZustellStatusWert, number>;
  auftraege: AuftragUebersicht[];
  filter: BetriebFilter;
  behoerden: { ags: string; name: string }[];
  grenze: number;
}) {
  const namen = new Map(p.behoerden.map((b) => [b.ags, b.name]));
  return (
    <PersonalLayout titel="Betrieb: Zustellungen" kontext={p.kontext} aktiv="betrieb" schmal={false}>
      <div class="stapel">
        <h1 class="kern-heading-large">Zustellungen an die Sozialämter</h1>
        <p class="kern-body">
          Jeder abgesendete Antrag und jede Nachreichung geht als xSozial-Nachricht über XTA an das Sozialamt.
          Gescheiterte Versuche wiederholt das System selbst. Nicht zustellbare Aufträge brauchen Sie: Ursache
          beheben (z. B. Verbindungsdaten oder Zertifikat), dann erneut einreihen.
        </p>
        {p.zaehlung.dead > 0 ? (
          <Hinweisbox
            art="warning"
            titel={
              p.zaehlung.dead === 1
                ? '1 nicht zustellbarer Auftrag'
                : `${String(p.zaehlung.dead)} nicht zustellbare Aufträge`
            }
          >
            <p class="kern-body">
              <a class="kern-link" href={filterUrl({ status: 'dead' })}>
                Nicht zustellbare Aufträge anzeigen
              </a>
            </p>
          </Hinweisbox>
        ) : null}
        <Tabelle
          titel="Aufträge nach Status"
          zeilen={zustellStatus}
          spalten={[
            {
              titel: 'Status',
              zelle: (s) => (
                <a class="kern-link" href={filterUrl({ status: s })}>
                  {statusKurz[s]}
                </a>
              ),
            },
            { titel: 'Bedeutung', zelle: (s) => statusTexte[s] },
            { titel: 'Anzahl', zelle: (s) => p.zaehlung[s] },
          ]}
        />
        <form method="get" action={BETRIEB} class="stapel">
          <Auswahlliste
            name="status"
            label="Status"
            leer="Alle"
            wert={p.filter.status}
            optionen={zustellStatus.map((s) => ({ wert: s, label: statusKurz[s] }))}
          />
          <Auswahlliste
            name="behoerde"
            label="Sozialamt"
            leer="Alle"
            wert={p.filter.behoerde}
            optionen={p.behoerden.map((b) => ({ wert: b.ags, label: b.name }))}
          />
          <div>
            <Knopf art="secondary">Anzeigen</Knopf>
          </div>
        </form>
        {p.auftraege.length === 0 ? (
          <p class="kern-body">Keine Aufträge für diese Auswahl.</p>
        ) : (
          <Tabelle
            titel={
              <>
                Aufträge, neueste zuerst
                {p.auftraege.length === p.grenze ? ` (die ${String(p.grenze)} neuesten)` : ''}
              </>
            }
            zeilen={p.auftraege}
            spalten={[
              { titel: 'Eingereiht', zelle: (a) => zeit(a.erstelltAm) },
              { titel: 'Sozialamt', zelle: (a) => namen.get(a.behoerdeAgs) ?? a.behoerdeAgs },
              {
                titel: 'Status',
                zelle: (a) => (
                  <>
                    {statusKurz[a.status]}
                    {a.test ? ' (Verbindungstest)' : ''}
                  </>
                ),
              },
              { titel: 'Versuche', zelle: (a) => a.versuche },
              { titel: 'Letzter Fehler', zelle: (a) => a.fehlerGrund ?? '–' },
              {
                titel: 'Auftrag',
                zelle: (a) => (
                  <a class="kern-link" href={auftragPfad(a.id)}>
                    Details<span class="kern-sr-only"> zum Auftrag vom {zeit(a.erstelltAm)}</span>
                  </a>
                ),
              },
            ]}
          />
        )}
      </div>
    </PersonalLayout>
  );
}

export function AuftragSeite(p: {
  kontext: PersonalKontext;
  auftrag: AuftragUebersicht;
  behoerdeName: string;
  versuche: Versuch[];
  meldung?: { art: 'success' | 'danger'; text: string } | undefined;
}) {
  const a = p.auftrag;
  const zeilen: [string, string][] = [
    ['Status', statusTexte[a.status]],
    ['Sozialamt', `${p.behoerdeName} (${a.behoerdeAgs})`],
    ['Art', a.test ? 'Verbindungstest (Testnachricht)' : 'Antrag oder Nachreichung'],
    ['Bezug', a.bezug],
    ['XTA-MessageID', a.xtaMessageId ?? '– (noch keine)'],
    ['Eingereiht', zeit(a.erstelltAm)],
    ['Nächster Versuch', a.status === 'queued' || a.status === 'failed' ? zeit(a.naechsterVersuchAm) : '–'],
    ['Gesendet', zeit(a.gesendetAm)],
    ['Zugestellt', zeit(a.zugestelltAm)],
    ['Nicht zustellbar seit', zeit(a.totAm)],
    [
      'Letzter Fehler',
      a.fehlerCode === null ? (a.fehlerGrund ?? '–') : `${a.fehlerCode}: ${a.fehlerGrund ?? ''}`,
    ],
  ];
  const wiederholbar = a.status === 'dead' || a.status === 'failed';
  return (
    <PersonalLayout titel="Zustellauftrag" kontext={p.kontext} aktiv="betrieb" schmal={false}>
      <div class="stapel">
        <p class="kern-body">
          <a class="kern-link" href={BETRIEB}>
            Zurück zu den Zustellungen
          </a>
        </p>
        <h1 class="kern-heading-large">Zustellauftrag</h1>
        {p.meldung !== undefined ? <Hinweisbox art={p.meldung.art} titel={p.meldung.text} /> : null}
        <dl class="kern-description-list">
          {zeilen.map(([begriff, wert]) => (
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{begriff}</dt>
              <dd class="kern-description-list-item__value">{wert}</dd>
            </div>
          ))}
        </dl>
        {wiederholbar ? (
          <form method="post" action={`${auftragPfad(a.id)}/wiederholen`} class="stapel">
            <CsrfFeld token={p.kontext.csrfToken} />
            <p class="kern-body">
              Erneut einreihen, wenn die Ursache behoben ist. Die XTA-MessageID bleibt: Der nächste Versuch
              fragt zuerst beim Empfänger nach, ob die Nachricht schon angekommen ist, damit nichts doppelt
              ankommt.
            </p>
            <div>
              <Knopf>Erneut einreihen</Knopf>
            </div>
          </form>
        ) : null}
        <Tabelle
          titel="Versuche"
          zeilen={p.versuche}
          leer={['–', 'noch kein Versuch', '–', '–']}
          spalten={[
            { titel: 'Nr.', zelle: (v) => v.nummer },
            { titel: 'Beginn', zelle: (v) => zeit(v.begonnenAm) },
            { titel: 'Ergebnis', zelle: (v) => ergebnisText(v.ergebnis) },
            {
              titel: 'Fehler',
              zelle: (v) =>
                v.fehlerCode === null ? (v.fehlerGrund ?? '–') : `${v.fehlerCode}: ${v.fehlerGrund ?? ''}`,
            },
          ]}
        />
      </div>
    </PersonalLayout>
  );
}

export function AuftragNichtGefunden({ kontext }: { kontext: PersonalKontext }) {
  return (
    <PersonalLayout titel="Nicht gefunden" kontext={kontext} aktiv="betrieb">
      <div class="stapel">
        <h1 class="kern-heading-large">Diesen Zustellauftrag gibt es nicht</h1>
        <p class="kern-body">
          <a class="kern-link" href={BETRIEB}>
            Zurück zu den Zustellungen
          </a>
        </p>
      </div>
    </PersonalLayout>
  );
}
