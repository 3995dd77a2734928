import { CsrfFeld, Einzelauswahl, Hinweisbox, Knopf, type FeldFehler } from '../../web/index.ts';
import { formatZeit } from '../../shared/index.ts';
import type { NachnutzungBedingungen, NachnutzungZustand } from '../nachnutzung-tables.ts';
import { paarPfad } from './paar-pfad.ts';
import type { Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, FormularSeite } from './formular-seite.tsx';

export function BedingungenAkzeptierenSeite({
  kontext,
  kopf,
  bedingung,
  akzeptanzen,
  fehler,
  zustand,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  bedingung: Omit<NachnutzungBedingungen, 'datei'> | undefined;
  akzeptanzen: { version: number; person_name: string; akzeptiert_am: Date }[];
  fehler: FeldFehler;
  zustand: NachnutzungZustand;
}) {
  const pfad = paarPfad(kopf.behoerde.ags, kopf.dienst.id);
  const schon = bedingung !== undefined && akzeptanzen.some((a) => a.version === bedingung.version);
  return (
    <FormularSeite kontext={kontext} kopf={kopf} titel="Nachnutzungsbedingungen akzeptieren" fehler={fehler}>
      {bedingung === undefined ? (
        <Hinweisbox art="warning" titel="Es sind noch keine Nachnutzungsbedingungen hinterlegt.">
          <p class="kern-body">Die Koordinierende Stelle lädt sie unter „Nachnutzungsbedingungen“ hoch.</p>
        </Hinweisbox>
      ) : (
        <>
          <h2 class="kern-heading-medium">
            {bedingung.titel} (Version {bedingung.version})
          </h2>
          {bedingung.text === null ? null : <pre class="text kern-body">{bedingung.text}</pre>}
          {bedingung.dateiname === null ? null : (
            <p class="kern-body">
              <a class="kern-link" href={`/verwaltung/nachnutzung/bedingungen/${bedingung.version}/datei`}>
                {bedingung.dateiname} herunterladen
              </a>
            </p>
          )}
          {schon ? (
            <Hinweisbox art="success" titel={`Version ${bedingung.version} ist bereits akzeptiert.`} />
          ) : zustand === 'nicht_angebunden' || zustand === 'abgemeldet' ? (
            <Hinweisbox
              art="info"
              titel="Akzeptieren ist nach dem Eingang der Interessenbekundung möglich."
            />
          ) : (
            <form method="post" action={`${pfad}/bedingungen`} novalidate>
              <CsrfFeld token={kontext.csrf} />
              <input type="hidden" name="version" value={String(bedingung.version)} />
              <div class="stapel">
                <Einzelauswahl
                  name="akzeptiert"
                  label={`Ich akzeptiere die Nachnutzungsbedingungen in Version ${bedingung.version} im Namen von ${kopf.behoerde.name}.`}
                  fehler={fehler.akzeptiert}
                />
                <Knopf>Akzeptieren</Knopf>
              </div>
            </form>
          )}
        </>
      )}
      {akzeptanzen.length === 0 ? null : (
        <>
          <h2 class="kern-heading-medium">Bisher akzeptiert</h2>
          <ul class="kern-list kern-list--bullet">
            {akzeptanzen.map((a) => (
              <li>
                Version {a.version} am {formatZeit(a.akzeptiert_am)} von {a.person_name}
              </li>
            ))}
          </ul>
        </>
      )}
    </FormularSeite>
  );
}
