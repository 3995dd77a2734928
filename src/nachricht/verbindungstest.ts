import { baueNachricht, type NachrichtErgebnis } from './bauen.ts';
import type { DvdvBehoerde } from './modell.ts';
import { profilFuerVersion, STANDARD_PROFIL } from './profile/index.ts';
import { tagInBerlin } from '../shared/index.ts';

// The connection-test message: a complete, schema-valid vorgang.transportieren.1000001 with test="true", an
// obviously fictitious person and a one-page PDF, so a receiver's import can be tried end to end. Only
// DIN 91379 characters (no en dash) in the product name.

/** The smallest valid PDF; text-free, it only proves that a document arrives. */
const TEST_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export interface VerbindungstestKopf {
  nachrichtUUID: string;
  erstellt: Date;
  leser: DvdvBehoerde;
  autor: DvdvBehoerde;
  dvdvDienstkennung: string;
  /** The connection's xSozial version ("2.4.0"); unknown versions fall back to the standard profile. */
  xsozialVersion: string;
}

export function baueVerbindungstestNachricht(k: VerbindungstestKopf): NachrichtErgebnis {
  const profil = profilFuerVersion(k.xsozialVersion) ?? STANDARD_PROFIL;
  return baueNachricht(
    {
      nachrichtUUID: k.nachrichtUUID,
      erstellt: k.erstellt,
      test: true,
      leser: k.leser,
      autor: k.autor,
      dvdvDienstkennung: k.dvdvDienstkennung,
      produkt: {
        produkt: 'Übernahme von Mietrückständen - Verbindungstest',
        produkthersteller: 'Open-Source-Projekt mietrueckstaende (EUPL-1.2)',
        produktversion: '0.1.0',
      },
      vorgangsID: k.nachrichtUUID,
      antragsDatum: tagInBerlin(k.erstellt),
      personen: [
        { personID: 'Person_1', rolle: 'antragsteller', vorname: 'Verbindungstest', familienname: 'Test' },
      ],
      dritte: [],
      leistungen: [{ art: 'mietschulden' }],
      antragPdf: TEST_PDF,
      anlagen: [],
    },
    profil,
  );
}
