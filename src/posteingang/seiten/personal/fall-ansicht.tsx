import { AbschnittKarte } from '../../../antrag/index.ts';
import { fristInWorten } from '../../../shared/index.ts';
import { PersonalLayout, type PersonalKontext } from '../../../personal/index.ts';
import { Fehlerzusammenfassung, Hinweisbox } from '../../../web/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import { terminName } from '../../reihenfolge.ts';
import { datum } from '../bausteine.tsx';
import { BASIS, fallPfad } from './pfade.ts';
import { DokumenteAbschnitt } from './fall-dokumente.tsx';
import { FallEckdaten, schonfristVon } from './fall-eckdaten.tsx';
import { NachforderungenAbschnitt } from './fall-nachforderungen.tsx';
import { VerlaufAbschnitt } from './fall-verlauf.tsx';
import { ZustellungAbschnitt } from './fall-zustellung.tsx';
import { StatusAendern, type StatusFormular } from './status-formular.tsx';
import { VermieterAbschnitt } from '../../../vermieter/index.ts';

// The detail page of a case: key facts, status form, requests, documents, answers, delivery and history.

/** The sections of a case page, for the in-page navigation (anchor, name). */
const FALL_ABSCHNITTE = [
  ['status', 'Status'],
  ['nachforderungen', 'Nachforderungen'],
  ['vermieter', 'Vermieter'],
  ['dokumente', 'Dokumente'],
  ['angaben', 'Angaben'],
  ['zustellung', 'Zustellung'],
  ['verlauf', 'Verlauf und Protokoll'],
] as const;

export function FallSeite(p: {
  kontext: PersonalKontext;
  a: FallAnsicht;
  formular: StatusFormular;
  erfolg?: string | undefined;
}) {
  const { a } = p;
  const basis = fallPfad(a.antrag.vorgangsnummer);
  const fehler = p.formular.fehler;
  const hatFehler = Object.values(fehler).some((x) => x !== undefined);
  const schonfrist = schonfristVon(a);
  return (
    <PersonalLayout
      titel={`Antrag ${a.antrag.vorgangsnummer}`}
      kontext={p.kontext}
      aktiv="posteingang"
      schmal={false}
      hatFehler={hatFehler}
    >
      <div class="stapel">
        <p class="zurueck">
          <a class="kern-link" href={`${BASIS}/${a.antrag.behoerde_ags}`}>
            <span class="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
            Zum Posteingang
          </a>
        </p>
        <Fehlerzusammenfassung fehler={fehler} />
        {p.formular.hinweis !== undefined ? <Hinweisbox art="warning" titel={p.formular.hinweis} /> : null}
        {p.erfolg !== undefined ? <Hinweisbox art="success" titel={p.erfolg} /> : null}
        <h1 class="kern-heading-large">
          Antrag {a.antrag.vorgangsnummer}
          <span class="kern-body kern-body--large fallname">: {a.kurzinfo.name}</span>
        </h1>
        {a.eil.dringend ? (
          <Hinweisbox art="danger" titel="Dringend">
            {schonfrist !== null ? (
              <p class="kern-body">
                Schonfrist
                {schonfrist.vorlaeufig
                  ? ' (vorläufig, nur der Eingang der Klage bei Gericht ist bekannt)'
                  : ''}
                : {fristInWorten(schonfrist.ende, a.heute)}
              </p>
            ) : null}
            {a.eil.termin !== null ? (
              <p class="kern-body">
                {terminName(a.eil.termin.art)}: {datum(a.eil.termin.datum)}
              </p>
            ) : null}
          </Hinweisbox>
        ) : null}
        <nav aria-label="Inhalt dieser Seite">
          <ul class="kern-list kern-list--horizontal">
            {FALL_ABSCHNITTE.map(([anker, name]) => (
              <li>
                <a class="kern-link" href={`#${anker}`}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <FallEckdaten a={a} />

        <section aria-labelledby="status">
          <h2 class="kern-heading-medium" id="status">
            Status ändern
          </h2>
          <StatusAendern a={a} csrf={p.kontext.csrfToken} formular={p.formular} />
        </section>

        <NachforderungenAbschnitt a={a} basis={basis} />

        <VermieterAbschnitt v={a.vermieter} basis={basis} csrf={p.kontext.csrfToken} />

        <DokumenteAbschnitt a={a} basis={basis} />

        <section aria-labelledby="angaben">
          <h2 class="kern-heading-medium" id="angaben">
            Angaben im Antrag
          </h2>
          {a.abschnitte.map((abschnitt, i) => (
            <AbschnittKarte abschnitt={abschnitt} nummer={i + 1} ebene={3} />
          ))}
        </section>

        <ZustellungAbschnitt a={a} />

        <VerlaufAbschnitt a={a} />
      </div>
    </PersonalLayout>
  );
}
