import {
  antragXsd,
  ANTRAG_XSD,
  empfaengerDoku,
  platzhalterListe,
  STANDARD_PROFIL,
} from '../../nachricht/index.ts';
import { INHALT } from './definition.ts';

// The files generated from the content definition and shipped in the repository (the extension XSD the
// validator uses, the receiver documentation). inhalt.test.ts fails when a file differs from this output.

export function generierteDateien(): { pfad: string; inhalt: string }[] {
  return [
    { pfad: `src/nachricht/xsd/${ANTRAG_XSD}`, inhalt: antragXsd(INHALT) },
    { pfad: 'docs/empfaenger-felder.md', inhalt: empfaengerDoku(INHALT, platzhalterListe(STANDARD_PROFIL)) },
  ];
}
