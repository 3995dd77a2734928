import type { Listeneintrag } from '../../faelle.ts';
import { terminName } from '../../reihenfolge.ts';
import { Badge, datum, tag } from '../bausteine.tsx';

// The cells of the inbox list that need more than a value: the Schonfrist and the missing documents.

export function SchonfristZelle({ e }: { e: Listeneintrag }) {
  return (
    <>
      {e.schonfrist !== null ? (
        <p class="kern-body kern-body--small">
          Schonfrist bis {datum(e.schonfrist.ende)}
          {e.schonfrist.vorlaeufig ? ' (vorläufig)' : ''}{' '}
          {e.eil.schonfrist === 'abgelaufen' ? (
            <Badge art="danger">abgelaufen</Badge>
          ) : e.eil.schonfrist === 'dringend' ? (
            <Badge art="danger">dringend</Badge>
          ) : null}
        </p>
      ) : null}
      {e.eil.termin !== null ? (
        <p class="kern-body kern-body--small">
          {terminName(e.eil.termin.art)}: {datum(e.eil.termin.datum)}
          {e.schonfrist === null && e.eil.dringend ? (
            <>
              {' '}
              <Badge art="danger">dringend</Badge>
            </>
          ) : null}
        </p>
      ) : null}
      {e.schonfrist === null && e.eil.termin === null ? (
        <span class="kern-body kern-body--small">–</span>
      ) : null}
    </>
  );
}

export function UnterlagenZelle({ e }: { e: Listeneintrag }) {
  const ueberfaellig = e.offeneNachforderungen.find((n) => n.ueberfaellig);
  const offen = e.offeneNachforderungen[0];
  return (
    <>
      {ueberfaellig !== undefined ? (
        <p class="kern-body kern-body--small">
          <Badge art="danger">Frist überschritten</Badge> nachgefordert bis {datum(ueberfaellig.frist)}
        </p>
      ) : offen !== undefined ? (
        <p class="kern-body kern-body--small">
          <Badge art="warning">nachgefordert</Badge> bis {datum(offen.frist)}
        </p>
      ) : null}
      {e.nachgereichtAm !== null ? (
        <p class="kern-body kern-body--small">
          <Badge art="success">nachgereicht</Badge> am {tag(e.nachgereichtAm)}
        </p>
      ) : null}
      {e.offeneNachforderungen.length === 0 && e.unterlagenFehlen ? (
        <p class="kern-body kern-body--small">
          <Badge art="warning">fehlen</Badge> {e.kurzinfo.fehlend.length} bei Eingang
        </p>
      ) : null}
      {!e.unterlagenFehlen && e.nachgereichtAm === null ? (
        <span class="kern-body kern-body--small">vollständig</span>
      ) : null}
    </>
  );
}
