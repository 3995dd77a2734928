import { PersonalLayout, type PersonalKontext } from '../../personal/index.ts';
import { Auswahlliste, Hinweisbox, Knopf, Tabelle } from '../../web/index.ts';
import {
  statusTexte,
  type AuftragUebersicht,
  zustellStatus,
  type ZustellStatusWert,
} from '../../zustellung/index.ts';
import { auftragPfad, BETRIEB, statusKurz, zeit } from './betrieb-anzeige.ts';

// The operators' view of the outbox: what waits, what failed, what is dead.
// Shows no message content and no personal data, only offices, references and transport facts.

export type BetriebFilter = { status?: ZustellStatusWert | undefined; behoerde?: string | undefined };

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
