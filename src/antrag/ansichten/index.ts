import type { Ansicht } from '../schritte/schritt.ts';
import type { SchrittAnsicht } from './ansicht.ts';
import { ausserhalbAnsicht } from './ausserhalb.tsx';
import { formularAnsicht } from './formular.tsx';
import { haushaltUebersichtAnsicht } from './haushalt-uebersicht.tsx';
import { jobcenterAnsicht } from './jobcenter.tsx';
import { nichtOnlineAnsicht } from './nicht-online.tsx';
import { rueckstandMonateAnsicht } from './rueckstand-monate.tsx';
import { schonfristAnsicht } from './schonfrist.tsx';
import { sozialamtAnsicht } from './sozialamt.tsx';
import { unterlagenAnsicht } from './unterlagen.tsx';

export type { Anzeige, SchrittAnsicht } from './ansicht.ts';

/** The page of each kind of step; the step's `ansicht` says which. */
export const ANSICHTEN: { readonly [A in Ansicht]: SchrittAnsicht } = {
  formular: formularAnsicht,
  info: nichtOnlineAnsicht,
  'haushalt-uebersicht': haushaltUebersichtAnsicht,
  'rueckstand-monate': rueckstandMonateAnsicht,
  schonfrist: schonfristAnsicht,
  jobcenter: jobcenterAnsicht,
  unterlagen: unterlagenAnsicht,
  sozialamt: sozialamtAnsicht,
  ausserhalb: ausserhalbAnsicht,
};
