import { describe, expect, test } from 'vitest';
import { baueNachricht, teileHausnummer, type NachrichtErgebnis } from './bauen.ts';
import { BEISPIEL_PDF, BEISPIEL_PNG, beispielVorgang } from './beispiel.ts';
import { leseNachricht } from './lesen.ts';
import type { XsozialVorgang } from './modell.ts';
import { xsozial220, xsozial240 } from './profile/index.ts';
import { elemente, wurzel } from '../../test/nachricht.ts';

const NS = xsozial240.namespace;

function xmlVon(e: NachrichtErgebnis): string {
  if (!e.ok) throw new Error(`Nicht gebaut: ${JSON.stringify(e.fehler)}`);
  return e.wert;
}

function bau(ueberschreiben: Partial<XsozialVorgang> = {}): string {
  return xmlVon(baueNachricht(beispielVorgang(ueberschreiben)));
}

describe('shape and namespace rules of the real message', () => {
  const xml = bau();
  const alle = elemente(xml, NS);

  test('root: qualified name, attributes, no default namespace', () => {
    const w = wurzel(xml);
    expect(w.namespace).toBe(NS);
    expect(w.name).toBe('vorgang.transportieren.1000001');
    expect(w.attribute).toEqual({
      'xmlns:xsb': NS,
      produkt: 'Übernahme von Mietrückständen',
      produkthersteller: 'Open-Source-Projekt mietrueckstaende (EUPL-1.2)',
      produktversion: '0.1.0',
      standard: 'XSozial-basis',
      version: '2.4.0',
    });
    expect(xml).not.toMatch(/xmlns="/);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
  });

  test('header, code children and the address subtree are unqualified; everything else is xSozial', () => {
    for (const e of alle) {
      const unqualifiziert =
        e.pfad.startsWith('nachrichtenkopf.g2g') || e.pfad.endsWith('/code') || e.pfad.includes('/gebaeude');
      expect(e.namespace, e.pfad).toBe(unqualifiziert ? null : NS);
      expect(e.name.startsWith('xsb:'), e.pfad).toBe(!unqualifiziert);
    }
  });

  test('header in XÖV order with the DVDV directory, UUID, type code and timestamp', () => {
    const kopf = alle.filter(
      (e) => e.pfad.startsWith('nachrichtenkopf.g2g/') && e.pfad.split('/').length === 2,
    );
    expect(kopf.map((e) => e.pfad.split('/')[1])).toEqual([
      'identifikation.nachricht',
      'leser',
      'autor',
      'dvdvDienstkennung',
    ]);
    const wert = (pfad: string) => alle.find((e) => e.pfad === pfad)?.text;
    expect(wert('nachrichtenkopf.g2g/identifikation.nachricht/nachrichtenUUID')).toBe(
      '7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b',
    );
    expect(wert('nachrichtenkopf.g2g/identifikation.nachricht/nachrichtentyp/code')).toBe('1000001');
    expect(wert('nachrichtenkopf.g2g/identifikation.nachricht/erstellungszeitpunkt')).toBe(
      '2026-11-20T09:59:20.902+01:00',
    );
    const dvdv = alle.filter((e) => e.pfad.endsWith('/verzeichnisdienst'));
    expect(dvdv.map((e) => e.attribute)).toEqual([
      { listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst', listVersionID: '3' },
      { listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst', listVersionID: '3' },
    ]);
    expect(wert('nachrichtenkopf.g2g/leser/kennung')).toBe('sozialamt:130030000000');
    expect(wert('nachrichtenkopf.g2g/autor/name')).toBe('EfA-Dienst Übernahme von Mietrückständen M-V');
  });

  test('persons carry the applicant flags; the applicant gets the mailbox and the requested benefits', () => {
    const flags = alle
      .filter((e) =>
        /^xsb:xsozial\/xsb:vorgang\/xsb:person\/xsb:(personID|antragsteller|schriftgutempfaenger)$/.test(
          e.pfad,
        ),
      )
      .map((e) => e.text);
    expect(flags).toEqual(['Person_1', 'true', 'true', 'Person_2', 'false', 'false']);
    const leistungen = alle.filter((e) => e.pfad.endsWith('xsb:beantragteLeistung/xsb:beantragteLeistungID'));
    expect(leistungen.map((e) => e.text)).toEqual(['mietschulden_Person_1', 'energieschulden_Person_1']);
    expect(alle.filter((e) => e.pfad.endsWith('/xsb:postfach/xsb:provider')).map((e) => e.text)).toEqual([
      'nkb',
    ]);
    expect(alle.find((e) => e.pfad.endsWith('/xsb:postfach/xsb:postfachTyp/code'))?.text).toBe('20');
  });

  test('landlord and energy supplier as third parties with address, contacts and bank data', () => {
    const ids = alle
      .filter((e) => e.pfad === 'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteID')
      .map((e) => e.text);
    expect(ids).toEqual(['Vermieter', 'Energieversorger']);
    const gebaeude = alle
      .filter(
        (e) => e.pfad.startsWith('xsb:xsozial/xsb:vorgang/xsb:dritte/') && e.pfad.includes('/gebaeude/'),
      )
      .slice(0, 4)
      .map((e) => [e.pfad.split('/').pop(), e.text]);
    expect(gebaeude).toEqual([
      ['hausnummer', '38'],
      ['postleitzahl', '18055'],
      ['strasse', 'Lange Straße'],
      ['wohnort', 'Rostock'],
    ]);
    const iban = alle.filter((e) => e.pfad.endsWith('xsb:bankverbindung/xsb:iban')).map((e) => e.text);
    expect(iban).toEqual(['DE89370400440532013000', 'DE02120300000000202051']);
    const kanaele = alle.filter((e) =>
      e.pfad.endsWith(
        'xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation/xsb:kanal/code',
      ),
    );
    expect(kanaele.map((e) => e.text)).toEqual(['01', '02']);
  });

  test('Antrag.pdf first, then every attachment, base64, decoding to the same bytes', () => {
    const gelesen = leseNachricht(xml);
    if (!gelesen.ok) throw new Error(gelesen.fehler);
    expect(
      gelesen.nachricht.dokumente.map((d) => [d.dokumentID, d.dateiname, d.mimeType, d.dokumentTyp]),
    ).toEqual([
      ['Dok_ID_Antrag', 'Antrag.pdf', 'application/pdf', '1010'],
      ['Dok_ID_Anlage_1', 'Mietvertrag.pdf', 'application/pdf', 'PLATZHALTER_DOKUMENT_MIETVERTRAG'],
      ['Dok_ID_Anlage_2', 'Kündigung Seite 1.png', 'image/png', 'PLATZHALTER_DOKUMENT_KUENDIGUNG'],
    ]);
    expect(gelesen.nachricht.dokumente[0]!.inhalt.equals(BEISPIEL_PDF)).toBe(true);
    expect(gelesen.nachricht.dokumente[2]!.inhalt.equals(BEISPIEL_PNG)).toBe(true);
  });

  test('the Antrag.pdf is there even without attachments', () => {
    const gelesen = leseNachricht(bau({ anlagen: [] }));
    expect(gelesen.ok && gelesen.nachricht.dokumente.map((d) => d.name)).toEqual(['Antrag.pdf']);
  });
});

describe('header variants', () => {
  test('test messages carry the test attribute, productive ones do not', () => {
    expect(wurzel(bau({ test: true })).attribute.test).toBe('true');
    expect(wurzel(bau({ test: false })).attribute).not.toHaveProperty('test');
  });

  test('a follow-up message names the message it refers to, before dvdvDienstkennung', () => {
    const xml = bau({ referenzUUID: '039178b8-d6f2-4095-8051-0ee1dfe37d2e' });
    const kopf = elemente(xml, NS)
      .filter((e) => e.pfad.startsWith('nachrichtenkopf.g2g/') && e.pfad.split('/').length === 2)
      .map((e) => e.pfad.split('/')[1]);
    expect(kopf).toEqual(['identifikation.nachricht', 'leser', 'autor', 'referenzUUID', 'dvdvDienstkennung']);
    const gelesen = leseNachricht(xml);
    expect(gelesen.ok && gelesen.nachricht.referenzUUID).toBe('039178b8-d6f2-4095-8051-0ee1dfe37d2e');
  });

  test('the timestamp has milliseconds and the German offset in summer and winter', () => {
    const zeit = (erstellt: Date) => {
      const g = leseNachricht(bau({ erstellt }));
      return g.ok ? g.nachricht.erstellungszeitpunkt : '';
    };
    expect(zeit(new Date('2026-07-01T10:00:00.005Z'))).toBe('2026-07-01T12:00:00.005+02:00');
    expect(zeit(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30:00.000+01:00');
    expect(zeit(new Date('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29T01:59:59.999+01:00');
    expect(zeit(new Date('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T03:00:00.000+02:00');
  });

  test('the application date carries the offset of that day', () => {
    const g = leseNachricht(bau({ antragsDatum: '2026-07-01' }));
    expect(g.ok && g.nachricht.antragsDatum).toBe('2026-07-01+02:00');
  });
});

describe('parties and addresses', () => {
  test('a representative who receives the letters gets the mailbox, as in the real message', () => {
    const v = beispielVorgang();
    const xml = xmlVon(
      baueNachricht({
        ...v,
        dritte: [
          ...v.dritte,
          {
            dritteID: 'Vertretung',
            art: 'vertretung',
            ansprechpartner: { vorname: 'Berta', familienname: 'Betreuerin' },
            anschrift: { strasse: 'Am Markt', hausnummer: '1', plz: '18055', ort: 'Rostock' },
            schriftgutempfaenger: true,
          },
        ],
      }),
    );
    const alle = elemente(xml, NS);
    const flags = alle
      .filter((e) => e.pfad.endsWith('/xsb:schriftgutempfaenger'))
      .map((e) => [e.pfad.split('/')[2], e.text]);
    expect(flags).toEqual([
      ['xsb:person', 'false'],
      ['xsb:person', 'false'],
      ['xsb:dritte', 'false'],
      ['xsb:dritte', 'false'],
      ['xsb:dritte', 'true'],
    ]);
    expect(alle.filter((e) => e.pfad.endsWith('/xsb:postfach')).map((e) => e.pfad)).toEqual([
      'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach',
    ]);
  });

  test('a private landlord is written like the sample: nichtNatuerlichePerson with the person as contact', () => {
    const v = beispielVorgang();
    const xml = xmlVon(
      baueNachricht({
        ...v,
        dritte: [
          {
            dritteID: 'Vermieter',
            art: 'vermieter',
            ansprechpartner: { titel: 'Dr.', vorname: 'Hans', familienname: 'Privat' },
            anschrift: { strasse: 'Kröpeliner Straße', hausnummer: '12-14', plz: '18055', ort: 'Rostock' },
          },
        ],
      }),
    );
    const alle = elemente(xml, NS);
    expect(alle.some((e) => e.pfad.endsWith('xsb:organisationsname'))).toBe(false);
    expect(
      alle.find((e) => e.pfad.endsWith('xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:titel'))?.text,
    ).toBe('Dr.');
    // a house number XInneres cannot hold travels in zusatzangaben
    const g = alle.filter((e) => e.pfad.includes('xsb:dritte/') && e.pfad.includes('/gebaeude/'));
    expect(g.map((e) => [e.pfad.split('/').pop(), e.text])).toEqual([
      ['postleitzahl', '18055'],
      ['strasse', 'Kröpeliner Straße'],
      ['wohnort', 'Rostock'],
      ['zusatzangaben', 'Hausnummer 12-14'],
    ]);
  });

  test('house numbers are split as XInneres wants', () => {
    expect(teileHausnummer('12')).toEqual({ nummer: '12' });
    expect(teileHausnummer('12a')).toEqual({ nummer: '12', zusatz: 'a' });
    expect(teileHausnummer(' 12 A ')).toEqual({ nummer: '12', zusatz: 'A' });
    expect(teileHausnummer('116/1')).toEqual({ nummer: '116', zusatz: '/1' });
    expect(teileHausnummer('12-14')).toBeUndefined();
    expect(teileHausnummer('12345')).toBeUndefined();
    expect(teileHausnummer('109.5')).toEqual({ nummer: '109', zusatz: '.5' });
    expect(teileHausnummer('a')).toBeUndefined();
  });

  test('benefits for another household member are written at that person', () => {
    const xml = bau({
      leistungen: [
        { art: 'mietschulden' },
        { art: 'energieschulden', personID: 'Person_2', leistungID: 'Strom_1' },
      ],
    });
    const alle = elemente(xml, NS);
    const ids = alle
      .filter((e) => e.pfad.endsWith('xsb:personID') || e.pfad.endsWith('xsb:beantragteLeistungID'))
      .map((e) => e.text);
    expect(ids).toEqual(['Person_1', 'mietschulden_Person_1', 'Person_2', 'Strom_1']);
  });
});

describe('profiles', () => {
  test('every code comes from the profile; 2.2.0 changes namespace and version only', () => {
    const xml = xmlVon(baueNachricht(beispielVorgang(), xsozial220));
    const w = wurzel(xml);
    expect(w.namespace).toBe('https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_2_0');
    expect(w.attribute.version).toBe('2.2.0');
    const a = elemente(xml, xsozial220.namespace).map((e) => e.pfad);
    const b = elemente(bau(), NS).map((e) => e.pfad);
    expect(a).toEqual(b);
  });

  test('a profile with changed codes changes the message without code changes', () => {
    const profil = {
      ...xsozial240,
      vorgangsTyp: {
        code: '009999',
        listURI: 'urn:xoev-de:d-nrw:codeliste:vorgangscodes',
        listVersionID: '11',
      },
      dokumentTyp: { ...xsozial240.dokumentTyp, mietvertrag: { code: '2020' } },
    };
    const alle = elemente(xmlVon(baueNachricht(beispielVorgang(), profil)), NS);
    const typ = alle.find((e) => e.pfad === 'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp');
    expect(typ?.attribute).toEqual({
      listURI: 'urn:xoev-de:d-nrw:codeliste:vorgangscodes',
      listVersionID: '11',
    });
    expect(alle.find((e) => e.pfad === 'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp/code')?.text).toBe('009999');
    expect(
      alle.filter((e) => e.pfad === 'xsb:xsozial/xsb:dokument/xsb:dokumentTyp/code').map((e) => e.text),
    ).toEqual(['1010', '2020', 'PLATZHALTER_DOKUMENT_KUENDIGUNG']);
  });

  test('with every extension switched off only elements of the real message remain', () => {
    const aus = Object.fromEntries(
      Object.entries(xsozial240.erweiterungen).map(([k, v]) => [k, { ...v, aktiv: false }]),
    ) as typeof xsozial240.erweiterungen;
    const alle = elemente(
      xmlVon(baueNachricht(beispielVorgang(), { ...xsozial240, erweiterungen: aus })),
      NS,
    );
    for (const name of ['organisationsname', 'geburtsname', 'bankverbindung', 'zusatzangabe']) {
      expect(
        alle.some((e) => e.pfad.endsWith(`xsb:${name}`)),
        name,
      ).toBe(false);
    }
    expect(alle.some((e) => /xsb:person\/xsb:(anschrift|kommunikation|postfach)$/.test(e.pfad))).toBe(false);
  });
});

describe('nothing user-supplied changes the structure', () => {
  const boese = [
    '</xsb:name><evil/>',
    '<![CDATA[x]]>',
    ']]>',
    '"\'><xsb:person>',
    '&amp; &lt; &#x41; &unbekannt;',
    '<?xml version="1.0"?>',
    '<!-- Kommentar -->',
    'Zeile 1\r\nZeile 2\tTab\rEnde',
    '&',
  ];

  test.each(boese)('text %j stays text', (text) => {
    const basis = beispielVorgang({ zusatzangaben: [{ schluessel: 'notiz', wert: 'harmlos' }] });
    const v = {
      ...basis,
      dritte: basis.dritte.map((d) => ({ ...d, anschrift: { ...d.anschrift, zusatz: 'harmlos' } })),
    };
    const ohne = elemente(xmlVon(baueNachricht(v)), NS).map((e) => e.pfad);
    const xml = xmlVon(
      baueNachricht({
        ...v,
        produkt: { produkt: text, produkthersteller: text, produktversion: text },
        leser: { kennung: 'a:1', name: text },
        personen: v.personen.map((p, i) => (i === 0 ? { ...p, vorname: text, familienname: text } : p)),
        dritte: v.dritte.map((d) => ({
          ...d,
          organisation: text,
          anschrift: { ...d.anschrift, strasse: text, zusatz: text },
        })),
        anlagen: v.anlagen.map((a) => ({ ...a, dateiname: `${text}.pdf`, name: text })),
        zusatzangaben: [{ schluessel: 'notiz', wert: text }],
      }),
    );
    const mit = elemente(xml, NS);
    expect(mit.map((e) => e.pfad)).toEqual(ohne);
    const texte = (pfad: string) => mit.filter((e) => e.pfad === pfad).map((e) => e.text);
    expect(
      texte(
        'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:vorname/xsb:name',
      )[0],
    ).toBe(text);
    expect(texte('nachrichtenkopf.g2g/leser/name')).toEqual([text]);
    expect(texte('xsb:xsozial/xsb:vorgang/xsb:zusatzangabe/xsb:wert')).toEqual(['false', text]);
    expect(
      texte(
        'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:organisationsname',
      ),
    ).toEqual([text, text]);
    expect(wurzel(xml).attribute.produkt).toBe(text);
    const g = leseNachricht(xml);
    expect(g.ok && g.nachricht.dokumente[1]?.dateiname).toBe(`${text}.pdf`);
  });
});
