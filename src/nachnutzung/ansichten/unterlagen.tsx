import {
  Auswahlgruppe,
  CsrfFeld,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import { formatZeit } from '../../shared/index.ts';
import type { NachnutzungZustand } from '../nachnutzung-tables.ts';
import type { UnterlageOhneDatei } from '../repo/unterlagen.ts';
import { Dateifeld } from './bedingungen.tsx';
import { paarPfad } from './paar-pfad.ts';
import { AktionsKnopf, type Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, type Werte, FormularSeite } from './formular-seite.tsx';

export function UnterlagenSeite({
  kontext,
  kopf,
  unterlagen,
  koordination,
  zustand,
  werte,
  fehler,
  meldung,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  unterlagen: UnterlageOhneDatei[];
  koordination: boolean;
  zustand: NachnutzungZustand;
  werte: Werte;
  fehler: FeldFehler;
  meldung?: string | undefined;
  aktionsFehler?: string[] | undefined;
}) {
  const pfad = paarPfad(kopf.behoerde.ags, kopf.dienst.id);
  const bereitgestellt = !['nicht_angebunden', 'interesse_bekundet', 'bedingungen_akzeptiert'].includes(
    zustand,
  );
  return (
    <FormularSeite
      kontext={kontext}
      kopf={kopf}
      titel="Bestätigung und Unterlagen zur Anbindung"
      fehler={fehler}
      aktionsFehler={aktionsFehler}
    >
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      {unterlagen.length === 0 ? (
        <p class="kern-body">Noch keine Unterlagen.</p>
      ) : (
        <ul class="kern-list stapel">
          {unterlagen.map((u) => (
            <li>
              <p class="kern-body">
                <strong>{u.art === 'bestaetigung' ? 'Bestätigung' : 'Unterlage zur Anbindung'}:</strong>{' '}
                {u.url !== null ? (
                  <a class="kern-link" href={u.url}>
                    {u.titel}
                  </a>
                ) : (
                  <a class="kern-link" href={`${pfad}/unterlagen/${u.id}`}>
                    {u.titel}
                  </a>
                )}
              </p>
              <p class="kern-body kern-body--small">
                Hinzugefügt am {formatZeit(u.erstellt_am)} von {u.erstellt_von_name}.{' '}
                {u.empfang_bestaetigt_am === null
                  ? 'Empfang noch nicht bestätigt.'
                  : `Empfang bestätigt am ${formatZeit(u.empfang_bestaetigt_am)} von ${u.empfang_bestaetigt_von_name ?? ''}.`}
              </p>
              {bereitgestellt && u.empfang_bestaetigt_am === null ? (
                <AktionsKnopf
                  aktion={`${pfad}/unterlagen/${u.id}/empfang`}
                  csrf={kontext.csrf}
                  text={`Empfang bestätigen: ${u.titel}`}
                  art="secondary"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {koordination && zustand === 'bedingungen_akzeptiert' ? (
        <AktionsKnopf
          aktion={`${pfad}/unterlagen/bereitstellen`}
          csrf={kontext.csrf}
          text="Bestätigung und Unterlagen an das Sozialamt bereitstellen"
        />
      ) : null}
      {koordination ? (
        <>
          <h2 class="kern-heading-medium">Unterlage hinzufügen</h2>
          <AktionsKnopf
            aktion={`${pfad}/unterlagen`}
            csrf={kontext.csrf}
            text="Generischen Anbindungsleitfaden verlinken"
            art="secondary"
            felder={{ vorlage: 'anbindungsleitfaden' }}
          />
          <form method="post" action={`${pfad}/unterlagen`} enctype="multipart/form-data" novalidate>
            <CsrfFeld token={kontext.csrf} />
            <div class="stapel">
              <Auswahlgruppe
                name="art"
                art="radio"
                legende="Art der Unterlage"
                gewaehlt={werte.art}
                fehler={fehler.art}
                optionen={[
                  { wert: 'bestaetigung', label: 'Bestätigung der Mitnutzungskoordination' },
                  { wert: 'anbindungsunterlage', label: 'Unterlage zur Anbindung' },
                ]}
              />
              <Textfeld name="titel" label="Titel" wert={werte.titel} fehler={fehler.titel} maxLength={200} />
              <Textbereich
                name="text"
                label="Text"
                optional
                hinweis="Zum Beispiel der Text der Bestätigung."
                wert={werte.text}
                fehler={fehler.text}
                zeilen={6}
              />
              <Textfeld
                name="url"
                label="Link"
                typ="text"
                optional
                hinweis="Adresse einer öffentlich abrufbaren Unterlage, beginnt mit https://"
                wert={werte.url}
                fehler={fehler.url}
                spellcheck={false}
              />
              <Dateifeld
                name="datei"
                label="Datei"
                hinweis="Höchstens 10 MB. Geben Sie genau eins an: Text, Link oder Datei."
                fehler={fehler.datei}
              />
              <Knopf>Unterlage hinzufügen</Knopf>
            </div>
          </form>
        </>
      ) : null}
    </FormularSeite>
  );
}
