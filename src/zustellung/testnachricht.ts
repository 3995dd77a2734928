import { create } from 'xmlbuilder2';
import type { Verbindung } from './verbindung.ts';

// A minimal xSozial-basis-shaped test message for the connection test: root element, attributes with
// test="true" and the XÖV header (nachrichtenkopf.g2g), no case data. The real message builder lives in
// nachricht/; this one is deliberately small and can be replaced by passing another builder.

export type TestnachrichtBauer = (v: Verbindung, nachrichtUUID: string, jetzt: Date) => string;

export const baueTestnachricht: TestnachrichtBauer = (v, nachrichtUUID, jetzt) => {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    v.nachrichtentypPayloadSchema,
    `xsb:vorgang.transportieren.${v.nachrichtentypCode}`,
    {
      produkt: 'Übernahme von Mietrückständen – Verbindungstest',
      produkthersteller: 'Open Source (EUPL-1.2)',
      produktversion: '0.1.0',
      standard: 'XSozial-basis',
      version: v.xsozialVersion,
      test: 'true',
    },
  );
  const kopf = root.ele('', 'nachrichtenkopf.g2g');
  const id = kopf.ele('', 'identifikation.nachricht');
  id.ele('', 'nachrichtenUUID').txt(nachrichtUUID);
  id.ele('', 'nachrichtentyp').ele('', 'code').txt(v.nachrichtentypCode);
  id.ele('', 'erstellungszeitpunkt').txt(jetzt.toISOString());
  for (const [rolle, kennung, name] of [
    ['leser', v.leserKennung, v.leserName],
    ['autor', v.autorKennung, v.autorName],
  ] as const) {
    const b = kopf.ele('', rolle);
    b.ele('', 'verzeichnisdienst', {
      listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
      listVersionID: '3',
    })
      .ele('', 'code')
      .txt('DVDV');
    b.ele('', 'kennung').txt(kennung);
    b.ele('', 'name').txt(name);
  }
  kopf.ele('', 'dvdvDienstkennung').txt(v.dienstUri);
  return root.end({ prettyPrint: true });
};
