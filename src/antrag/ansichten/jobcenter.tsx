import { ermittleZustaendigkeit } from '../../zustaendigkeit/index.ts';
import { AntragSeite, WeiterFormular, Ueberschrift } from '../seiten/bausteine.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';
import { JOBCENTER_FINDER, jobcenterGebiet } from './jobcenter-gebiete.ts';

// For households with Bürgergeld or an erwerbsfähige adult: the Jobcenter is probably responsible (§ 22 Abs. 8
// SGB II); the citizen may go on here. The Jobcenter's area follows from the applicant's postal code.

export const jobcenterAnsicht: SchrittAnsicht = {
  zeige: async ({ ctx, deps, gemeinsam }) => {
    const plz = ctx.auswertung.daten.anschrift?.plz;
    const z = plz === undefined ? undefined : await ermittleZustaendigkeit(deps.datenbank.db, { plz });
    const gebiet = z?.art === 'eindeutig' ? jobcenterGebiet(z.behoerdeAgs) : undefined;
    return (
      <JobcenterHinweis
        {...gemeinsam}
        gebiet={gebiet}
        buergergeld={ctx.auswertung.daten.buergergeld?.bezieht === true}
      />
    );
  },
};

export function JobcenterHinweis(p: Gemeinsam & { gebiet: string | undefined; buergergeld: boolean }) {
  return (
    <AntragSeite titel="Zuständig ist wahrscheinlich das Jobcenter" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Sozialleistungen">Zuständig ist wahrscheinlich das Jobcenter</Ueberschrift>
      <p class="kern-body">
        {p.buergergeld
          ? 'Sie oder eine Person in Ihrem Haushalt bekommen Bürgergeld.'
          : 'Sie oder Ihre Partnerin oder Ihr Partner können mindestens 3 Stunden am Tag arbeiten.'}{' '}
        Dann übernimmt in der Regel das Jobcenter die Mietschulden, nicht das Sozialamt (§ 22 Absatz 8 SGB
        II). Wenden Sie sich am besten direkt an Ihr Jobcenter.
      </p>
      <h2 class="kern-heading-small">Ihr Jobcenter</h2>
      <p class="kern-body">
        {p.gebiet !== undefined
          ? `Für Ihre Anschrift ist das Jobcenter für ${p.gebiet} zuständig.`
          : 'Welches Jobcenter für Sie zuständig ist, hängt von Ihrem Wohnort ab.'}{' '}
        Anschrift, Telefon und Öffnungszeiten finden Sie mit der Jobcenter-Suche der Bundesagentur für Arbeit:{' '}
        <a class="kern-link" href={JOBCENTER_FINDER}>
          Jobcenter finden
        </a>
        .
      </p>
      <p class="kern-body">
        Sie können den Antrag trotzdem hier stellen. Das Sozialamt leitet ihn dann an das Jobcenter weiter (§
        16 SGB I). Ihr Antrag gilt ab dem Tag als gestellt, an dem Sie ihn hier absenden.
      </p>
      <WeiterFormular seite={p} knopf="Antrag hier fortsetzen" />
    </AntragSeite>
  );
}
