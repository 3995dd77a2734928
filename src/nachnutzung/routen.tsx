import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { requirePersonal } from '../personal/index.ts';
import { registriereSeiten } from '../web/index.ts';
import { entkopplungSeite, knopfaktionen } from './seiten/aktionen.tsx';
import { behoerdeSeite } from './seiten/behoerde.tsx';
import {
  bedingungAnzeigeSeite,
  bedingungDateiSeite,
  bedingungenHochladenSeite,
  bedingungenSeite,
} from './seiten/bedingungen.tsx';
import {
  bedingungenAkzeptierenSeite,
  bedingungenAkzeptiertSeite,
} from './seiten/bedingungen-akzeptieren.tsx';
import {
  interessenbekundungErfassenSeite,
  interessenbekundungSeite,
  interessenbekundungSendenSeite,
  interessenbekundungTextSeite,
} from './seiten/interessenbekundung.tsx';
import { kontaktAnlegenSeite, kontaktLoeschenSeite, kontakteSeite } from './seiten/kontakte.tsx';
import { kuendigenSeite, kuendigungSeite } from './seiten/kuendigung.tsx';
import { behoerdeOeffentlichSeite } from './seiten/oeffentlich.tsx';
import { paarDetailSeite } from './seiten/paar.tsx';
import { produktivSeite, produktivSetzenSeite } from './seiten/produktiv.tsx';
import { uebersichtCsvSeite, uebersichtSeite } from './seiten/uebersicht.tsx';
import {
  empfangBestaetigenSeite,
  unterlageHinzufuegenSeite,
  unterlagenBereitstellenSeite,
  unterlagenSeite,
  unterlageSeite,
} from './seiten/unterlagen.tsx';
import { verbindungSeite, verbindungSpeichernSeite } from './seiten/verbindung.tsx';
import { voruebergehendAbmeldenSeite, voruebergehendSeite } from './seiten/voruebergehend.tsx';

// Routes of the re-use management: the staff area under /verwaltung/nachnutzung (Land coordination and the
// office's own staff only, every action audited) and the office's public page /behoerden/:ags.

const verwaltungsSeiten = [
  uebersichtSeite,
  uebersichtCsvSeite,
  bedingungenSeite,
  bedingungenHochladenSeite,
  bedingungAnzeigeSeite,
  bedingungDateiSeite,
  kontakteSeite,
  kontaktAnlegenSeite,
  kontaktLoeschenSeite,
  behoerdeSeite,
  paarDetailSeite,
  interessenbekundungSeite,
  interessenbekundungErfassenSeite,
  interessenbekundungTextSeite,
  interessenbekundungSendenSeite,
  bedingungenAkzeptierenSeite,
  bedingungenAkzeptiertSeite,
  unterlagenSeite,
  unterlageHinzufuegenSeite,
  unterlagenBereitstellenSeite,
  unterlageSeite,
  empfangBestaetigenSeite,
  verbindungSeite,
  verbindungSpeichernSeite,
  produktivSeite,
  produktivSetzenSeite,
  voruebergehendSeite,
  voruebergehendAbmeldenSeite,
  kuendigungSeite,
  kuendigenSeite,
  entkopplungSeite,
  ...knopfaktionen,
];

type Route = { method: string; url: string };
const registriert = new WeakMap<FastifyInstance, Route[]>();

/** The staff routes this part registered on an app (tests iterate over them for the access checks). */
export function nachnutzungsRouten(app: FastifyInstance): Route[] {
  return registriert.get(app) ?? [];
}

export function nachnutzungRouten(app: FastifyInstance, deps: Deps): void {
  registriereSeiten(app, deps, [behoerdeOeffentlichSeite]);
  registriert.set(
    app,
    verwaltungsSeiten.map((s) => ({ method: s.methode, url: s.pfad })),
  );
  void app.register((scope, _opts, fertig) => {
    scope.addHook('preHandler', requirePersonal());
    registriereSeiten(scope, deps, verwaltungsSeiten);
    fertig();
  });
}
