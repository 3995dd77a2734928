import { Auswahlgruppe } from '../../web/index.ts';
import { speichern } from '../entwurf-kontext.ts';
import { NEU, PRUEFEN, type PersonDaten } from '../flow.ts';
import { schrittUrl, weiterleiten } from '../schritt-adresse.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import { AntragSeite, Formular, Ueberschrift } from '../seiten/bausteine.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// The list of household members with "add another": the answer is not stored, it only decides where to go.

export const haushaltUebersichtAnsicht: SchrittAnsicht = {
  zeige: ({ ctx, gemeinsam, anzeige }) => {
    const personen = ctx.auswertung.daten.personen;
    if (personen.length === 0) return { umleitung: schrittUrl(ctx.basis, `${haushaltPerson.id}/${NEU}`) };
    return (
      <HaushaltUebersicht
        {...gemeinsam}
        personen={personen}
        basis={ctx.basis}
        fehler={anzeige.fehler?.weitere}
      />
    );
  },
  speichere: async ({ ctx, key, deps, reply, body, ruecksprung, zeige }) => {
    const weitere = body.weitere;
    if (weitere !== 'ja' && weitere !== 'nein') {
      return zeige({
        fehler: { weitere: 'Wählen Sie aus, ob Sie eine weitere Person hinzufügen möchten' },
        status: 400,
      });
    }
    ctx.entwurf.inhalt.eingaben[key] = {};
    await speichern(deps, ctx);
    if (weitere === 'ja') {
      const query = ruecksprung === PRUEFEN ? '?zurueck=pruefen' : '';
      return reply.redirect(`${schrittUrl(ctx.basis, `${haushaltPerson.id}/${NEU}`)}${query}`, 303);
    }
    return weiterleiten(reply, deps, ctx, key, ruecksprung);
  },
};

export function HaushaltUebersicht(
  p: Gemeinsam & { personen: PersonDaten[]; basis: string; fehler?: string | undefined },
) {
  const fehler = p.fehler === undefined ? undefined : { weitere: p.fehler };
  return (
    <AntragSeite titel="Personen im Haushalt" rahmen={p.rahmen} fehler={fehler} zurueck={p.zurueck}>
      <Ueberschrift bereich="Personen im Haushalt">
        {p.personen.length === 1
          ? 'Sie haben 1 weitere Person angegeben'
          : `Sie haben ${p.personen.length} weitere Personen angegeben`}
      </Ueberschrift>
      <dl class="kern-description-list personenliste">
        {p.personen.map((person) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">
              {person.vorname} {person.familienname}
            </dt>
            <dd class="kern-description-list-item__value">
              <a class="kern-link" href={`${p.basis}/haushalt/person/${person.id}`}>
                Ändern
                <span class="kern-sr-only">
                  {' '}
                  {person.vorname} {person.familienname}
                </span>
              </a>{' '}
              <a class="kern-link" href={`${p.basis}/haushalt/person/${person.id}/entfernen`}>
                Entfernen
                <span class="kern-sr-only">
                  {' '}
                  {person.vorname} {person.familienname}
                </span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <Formular
        aktion={p.aktion}
        csrf={p.rahmen.csrf}
        ruecksprung={p.ruecksprung}
        uebersicht={p.uebersicht}
        knopf="Weiter"
      >
        <Auswahlgruppe
          name="weitere"
          legende={<h2 class="kern-heading-medium">Möchten Sie eine weitere Person hinzufügen?</h2>}
          art="radio"
          fehler={p.fehler}
          optionen={[
            { wert: 'ja', label: 'Ja' },
            { wert: 'nein', label: 'Nein' },
          ]}
          horizontal={true}
        />
      </Formular>
    </AntragSeite>
  );
}
