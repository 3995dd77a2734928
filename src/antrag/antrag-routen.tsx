import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { regelmaessigLoeschen, registriereSeiten } from '../web/index.ts';
import { entwuerfeAufraeumen } from './antrag-repo.ts';
import { meineAntraegeSeite, neuerAntragSeite } from './seiten/antraege-seiten.tsx';
import { antragPdfSeite, eingangSeite, eingangsbestaetigungPdfSeite } from './seiten/eingang-seiten.tsx';
import {
  aufgabenlisteSeite,
  entwurfGeloeschtSeite,
  entwurfLoeschenSeite,
  weiterSeite,
} from './seiten/entwurf-seiten.tsx';
import { absendenSeite, erklaerungenSeite } from './seiten/erklaerungen-seite.tsx';
import { personEntferntSeite, personEntfernenSeite } from './seiten/person-entfernen.tsx';
import { pruefenSeite } from './seiten/pruefen-seite.tsx';
import { schrittSeiten } from './seiten/schritt-seiten.tsx';
import { dateiEntfernenSeite, hochladenSeite, unterlagenArtSeite } from './seiten/unterlagen-seiten.tsx';

// The citizen application path under /antrag. Each page is a controller in seiten/; the pages of the steps
// are generated from the step definitions (seiten/schritt-seiten.tsx).

export const antragSeiten = [
  meineAntraegeSeite,
  neuerAntragSeite,
  aufgabenlisteSeite,
  weiterSeite,
  entwurfLoeschenSeite,
  entwurfGeloeschtSeite,
  ...schrittSeiten,
  personEntfernenSeite,
  personEntferntSeite,
  unterlagenArtSeite,
  hochladenSeite,
  dateiEntfernenSeite,
  pruefenSeite,
  erklaerungenSeite,
  absendenSeite,
  eingangSeite,
  eingangsbestaetigungPdfSeite,
  antragPdfSeite,
];

export function antragRouten(app: FastifyInstance, deps: Deps) {
  entwuerfeRegelmaessigAufraeumen(app, deps);
  registriereSeiten(app, deps, antragSeiten);
}

/** Expired drafts are deleted at start and periodically (and by `npm run cli -- entwuerfe-aufraeumen`). */
function entwuerfeRegelmaessigAufraeumen(app: FastifyInstance, deps: Deps) {
  regelmaessigLoeschen(
    app,
    {
      db: deps.datenbank.db,
      jetzt: deps.jetzt,
      intervallMs: deps.config.draftCleanupIntervalMinutes * 60_000,
    },
    {
      name: 'antragsentwuerfe',
      regel: (db, jetzt) => entwuerfeAufraeumen(db, jetzt, deps.config.draftRetentionDays),
    },
  );
}
