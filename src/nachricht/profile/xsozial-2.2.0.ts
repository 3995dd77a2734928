import type { CodeWert, XsozialProfil } from '../profil.ts';
import { xsozial240 } from './xsozial-2.4.0.ts';

// xSozial-basis 2.2 (named in the seed). No message of this version is public: the namespace follows the
// pattern of 2.4.0 and every code is taken over from 2.4.0 and marked as placeholder.

function unbestaetigt<T extends Record<string, CodeWert>>(codes: T): T {
  return Object.fromEntries(
    Object.entries(codes).map(([k, v]) => [
      k,
      { ...v, platzhalter: true, hinweis: v.hinweis ?? 'aus 2.4.0 übernommen, für 2.2 unbestätigt' },
    ]),
  ) as T;
}

export const xsozial220: XsozialProfil = {
  ...xsozial240,
  id: 'xsozial-2.2.0',
  version: '2.2.0',
  namespace: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_2_0',
  namespacePlatzhalter: true,
  nachrichtentyp: xsozial240.nachrichtentyp,
  verzeichnisdienst: xsozial240.verzeichnisdienst,
  vorgangsTyp: unbestaetigt({ v: xsozial240.vorgangsTyp }).v,
  personentyp: unbestaetigt(xsozial240.personentyp),
  drittetyp: unbestaetigt(xsozial240.drittetyp),
  leistungArt: unbestaetigt(xsozial240.leistungArt),
  dokumentTyp: unbestaetigt(xsozial240.dokumentTyp),
  kanal: unbestaetigt(xsozial240.kanal),
  postfachTyp: unbestaetigt({ v: xsozial240.postfachTyp }).v,
};
