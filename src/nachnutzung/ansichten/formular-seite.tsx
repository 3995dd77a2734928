import type { ComponentChildren } from 'preact';
import { Fehlerzusammenfassung, Hinweisbox, type FeldFehler } from '../../web/index.ts';
import { paarBrotkrumen } from './paar-pfad.ts';
import type { Detail } from './detail-daten.ts';
import { VerwaltungsLayout, type Seitenkontext } from './verwaltung-layout.tsx';

// The frame of the forms of one pair: breadcrumbs, field errors and the refusals of the lifecycle.

export type Kopf = Pick<Detail, 'behoerde' | 'dienst'>;

export type Werte = Record<string, string | undefined>;

/** Refusals of the lifecycle (not of one field), shown above the form that keeps what was entered. */
export type Aktionsfehler = string[] | undefined;

export function FormularSeite({
  kontext,
  kopf,
  titel,
  fehler,
  children,
  einleitung,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  titel: string;
  fehler: FeldFehler;
  children: ComponentChildren;
  einleitung?: ComponentChildren;
  aktionsFehler?: Aktionsfehler;
}) {
  const hatFehler = Object.values(fehler).some((f) => f !== undefined) || (aktionsFehler?.length ?? 0) > 0;
  return (
    <VerwaltungsLayout
      titel={`${titel} – ${kopf.behoerde.name}`}
      kontext={kontext}
      brotkrumen={paarBrotkrumen(kopf, titel)}
      hatFehler={hatFehler}
    >
      <Fehlerzusammenfassung fehler={fehler} />
      {aktionsFehler === undefined || aktionsFehler.length === 0 ? null : (
        <Hinweisbox art="danger" titel="Dieser Schritt ist noch nicht möglich">
          <ul class="kern-list">
            {aktionsFehler.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
        </Hinweisbox>
      )}
      <p class="kern-body kern-body--large">
        {kopf.behoerde.name} · {kopf.dienst.name}
      </p>
      <h1 class="kern-heading-large">{titel}</h1>
      {einleitung}
      {children}
    </VerwaltungsLayout>
  );
}
