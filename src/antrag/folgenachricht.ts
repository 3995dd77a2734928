import { randomUUID } from 'node:crypto';
import type { GeleseneNachricht, XsozialVorgang } from '../nachricht/index.ts';
import { tagInBerlin } from '../shared/index.ts';
import type { Verbindung } from '../zustellung/index.ts';
import type { AntragDaten } from './flow.ts';
import type { AntragZeile } from './antrag-tables.ts';
import { antragstellerAus, leistungenAus } from './xsozial.ts';

// Every follow-up message of an application (documents sent later, the landlord's declaration) starts alike:
// the header from the original message when there is one (referenzUUID = its UUID), otherwise from the
// office's connection, and the applicant with the requested help.

type FolgeBasis = Pick<
  XsozialVorgang,
  | 'nachrichtUUID'
  | 'erstellt'
  | 'test'
  | 'leser'
  | 'autor'
  | 'dvdvDienstkennung'
  | 'referenzUUID'
  | 'vorgangsID'
  | 'antragsDatum'
  | 'personen'
  | 'dritte'
  | 'leistungen'
>;

export function folgenachrichtBasis(
  antrag: AntragZeile,
  daten: AntragDaten,
  kopf: GeleseneNachricht | undefined,
  verbindung: Verbindung | undefined,
  jetzt: Date,
): FolgeBasis {
  return {
    nachrichtUUID: randomUUID(),
    erstellt: jetzt,
    test: false,
    leser: kopf?.leser ?? { kennung: verbindung?.leserKennung ?? '', name: verbindung?.leserName ?? '' },
    autor: kopf?.autor ?? { kennung: verbindung?.autorKennung ?? '', name: verbindung?.autorName ?? '' },
    dvdvDienstkennung: kopf?.dvdvDienstkennung ?? verbindung?.dienstUri ?? '',
    ...(kopf !== undefined ? { referenzUUID: kopf.nachrichtenUUID } : {}),
    vorgangsID: kopf?.vorgangsID ?? antrag.vorgangsnummer,
    antragsDatum: kopf?.antragsDatum.slice(0, 10) ?? tagInBerlin(antrag.eingereicht_am),
    personen: [antragstellerAus(daten)],
    dritte: [],
    leistungen: leistungenAus(daten),
  };
}
