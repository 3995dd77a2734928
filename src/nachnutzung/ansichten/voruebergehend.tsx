import { Auswahlgruppe, CsrfFeld, Knopf, Textbereich, Textfeld, type FeldFehler } from '../../web/index.ts';
import { formatDatum } from '../../shared/index.ts';
import { paarPfad } from './paar-pfad.ts';
import type { Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, type Werte, type Aktionsfehler, FormularSeite } from './formular-seite.tsx';

export function VoruebergehendFormular({
  kontext,
  kopf,
  werte,
  fehler,
  heute,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  werte: Werte;
  fehler: FeldFehler;
  heute: string;
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel="Vorübergehend abmelden"
      fehler={fehler}
      einleitung={
        <p class="kern-body">
          Szenario B: Es gelten keine Fristen. Die Mitnutzungskoordination (MiK) wird sofort per E-Mail
          informiert. Bürgerinnen und Bürger sehen auf der Seite des Sozialamts und am Anfang des Antrags
          einen Hinweis, wie sie in der Zwischenzeit schriftlich beantragen können. Begonnene Entwürfe bleiben
          erhalten.
        </p>
      }
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/voruebergehend`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Textbereich
            name="grund"
            label="Begründung für den MiK"
            wert={werte.grund}
            fehler={fehler.grund}
            zeilen={3}
            maxLength={2000}
          />
          <Auswahlgruppe
            name="beginn"
            art="radio"
            legende="Beginn"
            gewaehlt={werte.beginn ?? 'sofort'}
            fehler={fehler.beginn}
            optionen={[
              { wert: 'sofort', label: `Sofort (heute, ${formatDatum(heute)})` },
              { wert: 'geplant', label: 'Zu einem späteren Datum' },
            ]}
          />
          <Textfeld
            name="ab"
            label="Beginn am"
            optional
            hinweis="Nur bei späterem Beginn, zum Beispiel 01.02.2027"
            wert={werte.ab}
            fehler={fehler.ab}
            breite={10}
            inputmode="numeric"
          />
          <Textfeld
            name="bis"
            label="Voraussichtlich wieder verfügbar ab"
            optional
            hinweis="Leer lassen, wenn das Ende noch offen ist. An diesem Tag wird der Dienst automatisch wieder aufgenommen."
            wert={werte.bis}
            fehler={fehler.bis}
            breite={10}
            inputmode="numeric"
          />
          <Textbereich
            name="hinweisText"
            label="Eigener Hinweis für Bürgerinnen und Bürger"
            optional
            hinweis="Leer lassen für den Standardtext mit der Anschrift des Sozialamts und dem schriftlichen Antragsweg."
            wert={werte.hinweisText}
            fehler={fehler.hinweisText}
            zeilen={4}
            maxLength={2000}
          />
          <Knopf>Vorübergehend abmelden</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}
