import { PersonalLayout, type PersonalKontext } from '../../../personal/index.ts';
import {
  CsrfFeld,
  Fehlertext,
  Fehlerzusammenfassung,
  feldId,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../../web/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { unterlagenArten } from '../../faelle.ts';
import { fallPfad } from './pfade.ts';

// The form to request documents from the citizen, with the documents missing at submission preselected.

export type NachforderungsFormular = {
  werte: { unterlagen: string[]; frist: string; hinweis: string };
  fehler: FeldFehler;
  hinweis?: string | undefined;
};

export function NachforderungSeite(p: {
  kontext: PersonalKontext;
  a: FallAnsicht;
  formular: NachforderungsFormular;
}) {
  const basis = fallPfad(p.a.antrag.vorgangsnummer);
  const f = p.formular.fehler;
  const hatFehler = Object.values(f).some((x) => x !== undefined);
  const id = feldId('unterlagen');
  return (
    <PersonalLayout
      titel={`Unterlagen nachfordern – ${p.a.antrag.vorgangsnummer}`}
      kontext={p.kontext}
      aktiv="posteingang"
      hatFehler={hatFehler}
    >
      <div class="stapel">
        <p class="zurueck">
          <a class="kern-link" href={basis}>
            <span class="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
            Zurück zum Antrag
          </a>
        </p>
        <Fehlerzusammenfassung fehler={f} />
        {p.formular.hinweis !== undefined ? <Hinweisbox art="warning" titel={p.formular.hinweis} /> : null}
        <h1 class="kern-heading-large">Unterlagen nachfordern</h1>
        <p class="kern-body">
          Antrag {p.a.antrag.vorgangsnummer} von {p.a.kurzinfo.name}. Die antragstellende Person sieht die
          Nachforderung nach der Anmeldung und kann die Unterlagen dort hochladen. Hat sie „Per E-Mail“ als
          Kontaktweg gewählt, bekommt sie eine E-Mail ohne Einzelheiten.
        </p>
        <form method="post" action={`${basis}/nachforderung`} novalidate>
          <CsrfFeld token={p.kontext.csrfToken} />
          <fieldset
            class={`kern-fieldset${f.unterlagen !== undefined ? ' kern-fieldset--error' : ''}`}
            id={id}
          >
            <legend class="kern-label">Welche Unterlagen fehlen?</legend>
            {f.unterlagen !== undefined ? <Fehlertext id={`${id}-fehler`} text={f.unterlagen} /> : null}
            <div class="kern-fieldset__body">
              {unterlagenArten.map((u, i) => (
                <div class="kern-form-check">
                  <input
                    class="kern-form-check__checkbox"
                    id={`${id}-${i}`}
                    name="unterlagen"
                    type="checkbox"
                    value={u.id}
                    checked={p.formular.werte.unterlagen.includes(u.id)}
                    aria-describedby={`${id}-${i}-hinweis`}
                  />
                  <label class="kern-label" for={`${id}-${i}`}>
                    {u.titel}
                  </label>
                  <div class="kern-hint" id={`${id}-${i}-hinweis`}>
                    {u.hinweis}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
          <Textfeld
            name="frist"
            label="Frist"
            hinweis="Bis zu diesem Tag sollen die Unterlagen da sein."
            typ="date"
            wert={p.formular.werte.frist}
            fehler={f.frist}
            breite={10}
          />
          <Textbereich
            name="hinweis"
            label="Hinweis an die antragstellende Person"
            hinweis="Wird nach der Anmeldung angezeigt, nicht per E-Mail versendet. Höchstens 1.000 Zeichen."
            optional
            wert={p.formular.werte.hinweis}
            fehler={f.hinweis}
            maxLength={1000}
            zeilen={4}
          />
          <div class="knopfleiste">
            <Knopf>Unterlagen nachfordern</Knopf>
          </div>
        </form>
      </div>
    </PersonalLayout>
  );
}
