import { formatDatum, formatZeit } from '../../shared/index.ts';
import { aktionName } from '../ereignisse.ts';
import { zustandNamen } from '../lebenszyklus.ts';
import type { NachnutzungEreignis } from '../nachnutzung-tables.ts';

// The timeline of a pair: every step, who took it, when and why.

export function Zeitleiste({ eintraege }: { eintraege: NachnutzungEreignis[] }) {
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
