import { formatZeit } from '../../shared/index.ts';
import { entkopplungsPunkte } from '../texte.ts';
import { AktionsKnopf, type Seitenkontext } from './verwaltung-layout.tsx';
import { paarPfad } from './paar-pfad.ts';
import type { Detail } from './detail-daten.ts';

// The decoupling checklist after a termination.

export function Entkopplung({ d, kontext }: { d: Detail; kontext: Seitenkontext }) {
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
