import { PersonalLayout, rollenText, type PersonalKontext } from '../personal-layout.tsx';
import type { Rolle } from '../rollen.ts';

export function KeinZugriff({ kontext, benoetigt }: { kontext: PersonalKontext; benoetigt: Rolle[] }) {
  return (
    <PersonalLayout titel="Kein Zugriff" kontext={kontext}>
      <div class="stapel">
        <h1 class="kern-heading-large">Kein Zugriff auf diese Seite</h1>
        <p class="kern-body">
          Diese Seite ist für die Rolle {rollenText(benoetigt)}. Ihr Konto hat die Rolle{' '}
          {rollenText(kontext.personal.rollen)}.
        </p>
        <p class="kern-body">
          Wenn Sie die Seite für Ihre Arbeit brauchen, wenden Sie sich an die Stelle, die Ihr Konto verwaltet.
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/verwaltung">
            Zur Übersicht
          </a>
        </p>
      </div>
    </PersonalLayout>
  );
}
