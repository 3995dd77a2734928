import { PersonalLayout, type PersonalKontext } from '../../../personal/index.ts';
import { BASIS } from './pfade.ts';

// The pages that say why there is nothing to show.

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
