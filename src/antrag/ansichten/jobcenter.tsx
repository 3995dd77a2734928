import { AntragSeite, WeiterFormular, Ueberschrift } from '../seiten/bausteine.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// For households with Bürgergeld: the Jobcenter is probably responsible; the citizen may go on here.

export const jobcenterAnsicht: SchrittAnsicht = {
  zeige: ({ gemeinsam }) => <JobcenterHinweis {...gemeinsam} />,
};

export function JobcenterHinweis(p: Gemeinsam) {
  return (
    <AntragSeite titel="Zuständig ist wahrscheinlich das Jobcenter" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Sozialleistungen">Zuständig ist wahrscheinlich das Jobcenter</Ueberschrift>
      <p class="kern-body">
        Wenn Sie oder eine Person in Ihrem Haushalt Bürgergeld bekommen, übernimmt in der Regel das Jobcenter
        die Mietschulden (§ 22 Absatz 8 SGB II). Wenden Sie sich am besten direkt an Ihr Jobcenter.
      </p>
      <p class="kern-body">
        Sie können den Antrag trotzdem hier stellen. Das Sozialamt leitet ihn dann an das Jobcenter weiter (§
        16 SGB I). Ihr Antrag gilt ab dem Tag als gestellt, an dem Sie ihn hier absenden.
      </p>
      <WeiterFormular seite={p} knopf="Antrag hier fortsetzen" />
    </AntragSeite>
  );
}
