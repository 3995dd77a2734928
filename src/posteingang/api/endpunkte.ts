import { antraegeListen } from './antraege-listen.ts';
import { antragLesen } from './antrag-lesen.ts';
import { antragPdf } from './antrag-pdf.ts';
import { dateiLesen } from './datei-lesen.ts';
import type { Endpunkt } from './endpunkt.ts';
import { nachforderungAnlegenEndpunkt } from './nachforderung-anlegen.ts';
import { antragNachricht, nachrichtLesen } from './nachricht-lesen.ts';
import { statusSetzen } from './status-setzen.ts';

/** Every endpoint of the adapter API, in the order of the OpenAPI document. */
export const apiEndpunkte: readonly Endpunkt[] = [
  antraegeListen,
  antragLesen,
  antragPdf,
  antragNachricht,
  nachrichtLesen,
  dateiLesen,
  statusSetzen,
  nachforderungAnlegenEndpunkt,
];
