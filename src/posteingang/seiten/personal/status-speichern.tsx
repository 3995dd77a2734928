import { akteurVon, fallLaden, statusAendern } from '../../faelle.ts';
import { seite } from '../../seite.ts';
import { fallParams, fallZeigen } from './fall.tsx';
import { BASIS, fallPfad } from './pfade.ts';
import { leseStatusFormular } from './status-formular-lesen.ts';
import { fallDerSeite, nurSachbearbeitung, zugriffVon } from './zugang.tsx';

/** Changes the status; a refused change shows the case page again with the message at the field. */
export const statusSpeichern = seite({
  methode: 'POST',
  pfad: `${BASIS}/antrag/:nummer/status`,
  params: fallParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const { werte, version, ergebnis } = leseStatusFormular(request.body);
    const fehler = (feld: string, meldung: string, status: number) =>
      fallZeigen(k, request, reply, f, { formular: { werte, fehler: { [feld]: meldung } }, status });
    if (!ergebnis.ok) return fehler(ergebnis.fehler.feld, ergebnis.fehler.meldung, 400);
    const zugriff = zugriffVon(request);
    const r = await statusAendern(k, f, ergebnis.wert, akteurVon(zugriff), version);
    if (!r.ok) {
      if (r.grund === 'veraltet') {
        const neu = await fallLaden(k, f.antrag.vorgangsnummer, zugriff);
        const formular = { werte: {}, fehler: {}, hinweis: r.meldung };
        return fallZeigen(k, request, reply, neu ?? f, { formular, status: 409 });
      }
      return fehler(r.feld, r.meldung, 409);
    }
    request.log.info({ vorgangsnummer: f.antrag.vorgangsnummer, status: werte.status }, 'Status geändert');
    return reply.redirect(`${fallPfad(f.antrag.vorgangsnummer)}?gespeichert=status`, 303);
  },
});
