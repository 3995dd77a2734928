import { formatGroesse, AntragSeite, Ueberschrift, type Rahmen } from '../../../antrag/index.ts';
import { CsrfFeld, Fehlertext, feldId, Hinweisbox, Knopf } from '../../../web/index.ts';
import type { NachgereichteDatei } from '../../nachreichung.ts';
import { datum, zeit } from '../bausteine.tsx';
import { MEINE, type OffeneNachforderung } from './typen.ts';
import { UnterlagenKarte } from './unterlagen-karte.tsx';

// The page to answer a request for documents: one card per document, then the button to send everything.

export function NachforderungBeantworten(p: {
  rahmen: Rahmen;
  vorgangsnummer: string;
  n: OffeneNachforderung;
  dateien: NachgereichteDatei[];
  hoechstDatei: number;
  hoechstGesamt: number;
  fehler?: { art?: string; text: string } | undefined;
  erfolg?: string | undefined;
}) {
  const basis = `${MEINE}/${p.vorgangsnummer}/nachforderungen/${p.n.id}`;
  const summe = p.dateien.reduce((s, d) => s + d.groesse, 0);
  const offen = p.n.status === 'offen';
  const fehlerFelder =
    p.fehler === undefined ? undefined : { [`datei-${p.fehler.art ?? 'absenden'}`]: p.fehler.text };
  return (
    <AntragSeite
      titel="Unterlagen nachreichen"
      rahmen={p.rahmen}
      zurueck={`${MEINE}/${p.vorgangsnummer}`}
      speicherhinweis={false}
      fehler={fehlerFelder}
    >
      <Ueberschrift bereich={`Antrag ${p.vorgangsnummer}`}>Unterlagen nachreichen</Ueberschrift>
      {p.erfolg !== undefined ? <Hinweisbox art="success" titel={p.erfolg} /> : null}
      {!offen ? (
        <Hinweisbox art="success" titel="Sie haben diese Unterlagen schon nachgereicht">
          <p class="kern-body">
            {p.n.beantwortet_am !== null ? `Am ${zeit(p.n.beantwortet_am)} an das Sozialamt geschickt.` : ''}
          </p>
        </Hinweisbox>
      ) : (
        <>
          {p.n.eigene ? (
            <p class="kern-body">
              Hier können Sie dem Sozialamt weitere Unterlagen schicken, auch wenn es nicht danach gefragt
              hat. Laden Sie die Dateien bei der passenden Art hoch und senden Sie sie dann ab.
            </p>
          ) : (
            <p class="kern-body">
              Das Sozialamt hat am {zeit(p.n.erstellt_am)} Unterlagen nachgefordert.{' '}
              {p.n.ueberfaellig ? (
                <strong>
                  Die Frist ist am {datum(p.n.frist)} abgelaufen. Bitte reichen Sie die Unterlagen sofort
                  nach.
                </strong>
              ) : (
                <>Bitte reichen Sie sie bis zum {datum(p.n.frist)} nach.</>
              )}
            </p>
          )}
          {p.n.hinweisText !== undefined ? (
            <Hinweisbox art="info" titel="Hinweis des Sozialamts">
              <p class="kern-body">{p.n.hinweisText}</p>
            </Hinweisbox>
          ) : null}
          <p class="kern-body">
            Laden Sie jede Unterlage als PDF, JPEG oder PNG hoch, zum Beispiel als Foto mit dem Handy. Je
            Datei höchstens {formatGroesse(p.hoechstDatei)}, alle zusammen höchstens{' '}
            {formatGroesse(p.hoechstGesamt)}. Wenn alles da ist, klicken Sie unten auf „Unterlagen absenden“.
          </p>
        </>
      )}
      {p.n.unterlagen.map((art) => (
        <UnterlagenKarte
          art={art}
          basis={basis}
          csrf={p.rahmen.csrf}
          dateien={p.dateien.filter((d) => d.art === art)}
          offen={offen}
          fehler={p.fehler?.art === art ? p.fehler.text : undefined}
        />
      ))}
      {offen ? (
        <form method="post" action={`${basis}/absenden`} id={feldId('datei-absenden')}>
          <CsrfFeld token={p.rahmen.csrf} />
          <p class="kern-body">
            {p.dateien.length === 0
              ? 'Sie haben noch keine Datei hochgeladen.'
              : `${p.dateien.length === 1 ? '1 Datei' : `${p.dateien.length} Dateien`}, zusammen ${formatGroesse(summe)}.`}{' '}
            Nach dem Absenden geht alles zusammen an das Sozialamt. Danach können Sie nichts mehr ändern.
          </p>
          {p.fehler !== undefined && p.fehler.art === undefined ? (
            <Fehlertext id={`${feldId('datei-absenden')}-fehler`} text={p.fehler.text} />
          ) : null}
          <div class="knopfleiste">
            <Knopf>Unterlagen absenden</Knopf>
          </div>
        </form>
      ) : null}
    </AntragSeite>
  );
}
