import {
  aufgabenFuer,
  PersonalLayout,
  rollenText,
  uhrzeitText,
  type PersonalKontext,
} from '../personal-layout.tsx';
import { formatTag } from '../../shared/index.ts';

export function Startseite({
  kontext,
  letzteAnmeldung,
}: {
  kontext: PersonalKontext;
  letzteAnmeldung?: Date | undefined;
}) {
  const { personal } = kontext;
  const aufgaben = aufgabenFuer(personal);
  return (
    <PersonalLayout titel="Übersicht" kontext={kontext} aktiv="start">
      <div class="stapel">
        <h1 class="kern-heading-large">Guten Tag, {personal.anzeigename}</h1>
        <p class="kern-body">
          Ihre {personal.rollen.length === 1 ? 'Rolle' : 'Rollen'}: {rollenText(personal.rollen)}
          {personal.behoerden.length > 0
            ? `. Sozialamt: ${personal.behoerden.map((a) => kontext.behoerdenNamen[a] ?? a).join(', ')}`
            : ''}
          .
        </p>
        {letzteAnmeldung !== undefined ? (
          <p class="kern-body kern-body--small">
            Ihre vorige Anmeldung war am {formatTag(letzteAnmeldung)} um {uhrzeitText(letzteAnmeldung)}. War
            das nicht Sie, ändern Sie Ihr Passwort und melden Sie es.
          </p>
        ) : null}
        <h2 class="kern-heading-medium">Ihre Aufgaben</h2>
        {aufgaben.length === 0 ? (
          <p class="kern-body">Ihrem Konto ist keine Aufgabe zugeordnet.</p>
        ) : (
          <ul class="aufgaben">
            {aufgaben.map((a) => (
              <li class="kern-card">
                <div class="kern-card__container">
                  <div class="kern-card__header">
                    <h3 class="kern-title">
                      <a class="kern-link" href={a.pfad}>
                        {a.titel}
                      </a>
                    </h3>
                  </div>
                  <div class="kern-card__body">
                    <p class="kern-body">{a.beschreibung}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </PersonalLayout>
  );
}
