import { fehler, ok, type Ergebnis } from '../../../shared/index.ts';
import { formularwerte } from '../../../web/index.ts';
import { istEntscheidungsart, istFallstatus, leseEuro, type Aenderung } from '../../status.ts';

// Reads the status form of the case page. The fields depend on each other (a decision only with „Entschieden“,
// an amount only for Beihilfe and Darlehen), so they are checked in order and the first problem is shown.

export type StatusWerte = { status: string; entscheidung: string; betrag: string; weitergeleitetAm: string };

export type GelesenerStatus = {
  werte: StatusWerte;
  /** The version of the case the form was shown for, if sent. */
  version: number | undefined;
  ergebnis: Ergebnis<Aenderung, { feld: string; meldung: string }>;
};

function pruefe(werte: StatusWerte): GelesenerStatus['ergebnis'] {
  const nein = (feld: string, meldung: string) => fehler({ feld, meldung });
  if (!istFallstatus(werte.status)) return nein('status', 'Wählen Sie den neuen Status aus');
  if (werte.status !== 'entschieden') return ok({ nach: werte.status, entscheidung: undefined });
  const art = werte.entscheidung;
  if (!istEntscheidungsart(art)) return nein('entscheidung', 'Wählen Sie aus, wie entschieden wurde');
  if (art === 'beihilfe' || art === 'darlehen') {
    const cent = leseEuro(werte.betrag);
    if (cent === undefined)
      return nein('betrag', 'Geben Sie den bewilligten Betrag in Euro an, zum Beispiel 1.250,00');
    return ok({ nach: 'entschieden', entscheidung: { art, betragCent: cent } });
  }
  if (art === 'jobcenter')
    return ok({ nach: 'entschieden', entscheidung: { art, weitergeleitetAm: werte.weitergeleitetAm } });
  return ok({ nach: 'entschieden', entscheidung: { art: 'abgelehnt' } });
}

export function leseStatusFormular(body: unknown): GelesenerStatus {
  const w = formularwerte(body);
  const werte: StatusWerte = {
    status: w.status ?? '',
    entscheidung: w.entscheidung ?? '',
    betrag: (w.betrag ?? '').trim(),
    weitergeleitetAm: (w.weitergeleitetAm ?? '').trim(),
  };
  const version = Number.parseInt(w.version ?? '', 10);
  return { werte, version: Number.isNaN(version) ? undefined : version, ergebnis: pruefe(werte) };
}
