import { PersonalLayout, type PersonalKontext } from '../../../personal/index.ts';
import { statusTexte as zustellTexte } from '../../../zustellung/index.ts';
import type { Filter, Listeneintrag } from '../../faelle.ts';
import { statusNamen } from '../../status.ts';
import { Tabelle } from '../../../web/index.ts';
import { tag, zeit } from '../bausteine.tsx';
import { BASIS, fallPfad } from './pfade.ts';
import { FilterFormular } from './filter-formular.tsx';
import { SchonfristZelle, UnterlagenZelle } from './liste-zellen.tsx';

// The inbox of one office: its cases in order of urgency, filtered, fifty per page.

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
