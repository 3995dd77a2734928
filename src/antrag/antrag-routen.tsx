import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { registriereSeiten } from '../web/index.ts';
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
import { vorabSeite } from './seiten/zustaendigkeit-seite.tsx';
import { sitzungVerlaengernSeite } from './seiten/sitzung-seite.tsx';
import { papierantragSeite } from './seiten/papierantrag-seite.tsx';
import { dateiEntfernenSeite, hochladenSeite, unterlagenArtSeite } from './seiten/unterlagen-seiten.tsx';

// The citizen application path under /antrag. Each page is a controller in seiten/; the pages of the steps
// are generated from the step definitions (seiten/schritt-seiten.tsx).

export const antragSeiten = [
  meineAntraegeSeite,
  neuerAntragSeite,
  sitzungVerlaengernSeite,
  aufgabenlisteSeite,
  weiterSeite,
  vorabSeite,
  papierantragSeite,
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
  registriereSeiten(app, deps, antragSeiten);
}
