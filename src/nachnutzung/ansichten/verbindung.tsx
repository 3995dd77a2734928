import {
  Auswahlgruppe,
  Auswahlliste,
  CsrfFeld,
  Einzelauswahl,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import { fachverfahrenNamen, transportNamen } from '../verbindung.ts';
import { paarPfad } from './paar-pfad.ts';
import type { Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, type Werte, type Aktionsfehler, FormularSeite } from './formular-seite.tsx';

/** The XTA server of the office: addresses, client certificate and key, CA certificates. */
function XtaServerFelder({
  werte,
  fehler,
  hatSchluessel,
}: {
  werte: Werte;
  fehler: FeldFehler;
  hatSchluessel: boolean;
}) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Nur für den XTA-Server des Sozialamts</legend>
      <div class="kern-fieldset__body stapel">
        <Textfeld
          name="endpunktManagement"
          label="Adresse des ManagementPort"
          optional
          hinweis="Beginnt mit https://"
          wert={werte.endpunktManagement}
          fehler={fehler.endpunktManagement}
          spellcheck={false}
        />
        <Textfeld
          name="endpunktSenden"
          label="Adresse des SendXtaPort"
          optional
          hinweis="Beginnt mit https://"
          wert={werte.endpunktSenden}
          fehler={fehler.endpunktSenden}
          spellcheck={false}
        />
        <Textbereich
          name="clientZertifikat"
          label="Clientzertifikat (PEM)"
          optional
          wert={werte.clientZertifikat}
          fehler={fehler.clientZertifikat}
          zeilen={5}
        />
        <Textbereich
          name="clientSchluessel"
          label="Privater Schlüssel zum Clientzertifikat (PEM)"
          optional
          hinweis={
            hatSchluessel
              ? 'Ein Schlüssel ist gespeichert (verschlüsselt). Leer lassen, um ihn zu behalten.'
              : 'Wird verschlüsselt gespeichert und nie wieder angezeigt.'
          }
          fehler={fehler.clientSchluessel}
          zeilen={5}
        />
        <Textbereich
          name="caZertifikate"
          label="CA-Zertifikate des XTA-Servers (PEM)"
          optional
          hinweis="Nur nötig, wenn der Server kein allgemein vertrauenswürdiges Zertifikat hat."
          wert={werte.caZertifikate}
          fehler={fehler.caZertifikate}
          zeilen={4}
        />
      </div>
    </fieldset>
  );
}

export function VerbindungFormular({
  kontext,
  kopf,
  werte,
  fehler,
  hatSchluessel,
  versionen,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  werte: Werte;
  fehler: FeldFehler;
  hatSchluessel: boolean;
  versionen: readonly string[];
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel="Technische Anbindung"
      fehler={fehler}
      einleitung={
        <p class="kern-body">
          Wie die Anträge das Sozialamt erreichen (Übertragungsweg über OSCI XTA 2) und welches Fachverfahren
          sie übernimmt. Die Zustellung verwendet genau diese Angaben. Nach jeder Änderung muss der
          Verbindungstest erneut bestanden werden.
        </p>
      }
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/verbindung`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Auswahlgruppe
            name="transport"
            art="radio"
            legende="Übertragungsweg"
            gewaehlt={werte.transport}
            fehler={fehler.transport}
            optionen={[
              {
                wert: 'intern',
                label: transportNamen.intern,
                hinweis: 'Das Fachverfahren oder der eingebaute Posteingang holt die Anträge dort ab.',
              },
              { wert: 'xta', label: transportNamen.xta, hinweis: 'Angaben zum XTA-Server unten ausfüllen.' },
            ]}
          />
          <XtaServerFelder werte={werte} fehler={fehler} hatSchluessel={hatSchluessel} />
          <Textfeld
            name="leserKennung"
            label="DVDV-Kennung des Sozialamts (Leser)"
            hinweis="Präfix und Behördenkennung, zum Beispiel psw:01003110"
            wert={werte.leserKennung}
            fehler={fehler.leserKennung}
            spellcheck={false}
          />
          <Textfeld
            name="leserName"
            label="Name des Lesers"
            wert={werte.leserName}
            fehler={fehler.leserName}
          />
          <Textfeld
            name="dienstUri"
            label="DVDV-Dienst-URI"
            hinweis="Zum Beispiel https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/….wsdl"
            wert={werte.dienstUri}
            fehler={fehler.dienstUri}
            spellcheck={false}
          />
          <Auswahlliste
            name="xsozialVersion"
            label="xSozial-basis-Version"
            wert={werte.xsozialVersion}
            fehler={fehler.xsozialVersion}
            optionen={versionen.map((v) => ({ wert: v, label: v }))}
          />
          <Auswahlgruppe
            name="fachverfahren"
            art="radio"
            legende="Fachverfahren"
            gewaehlt={werte.fachverfahren}
            fehler={fehler.fachverfahren}
            optionen={[
              { wert: 'prosoz', label: fachverfahrenNamen.prosoz },
              { wert: 'laemmerzahl', label: fachverfahrenNamen.laemmerzahl },
              {
                wert: 'posteingang',
                label: fachverfahrenNamen.posteingang,
                hinweis: 'Nur mit dem eingebauten XTA-Postfach.',
              },
            ]}
          />
          <Einzelauswahl
            name="comvibilia"
            label="Lämmerzahl wird über Governikus ComVibilia angebunden"
            gesetzt={werte.comvibilia === 'ja'}
            fehler={fehler.comvibilia}
          />
          <Knopf>Verbindungsdaten speichern</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}
