import { jobcenterZustaendig, schluessel, type AntragDaten } from '../flow.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import { staatName } from '../schritte/staaten.ts';
import { adresse, ADRESSFELDER, angabenAus, aus, type Abschnitt } from './angaben.ts';

// Sections about the people: the applicant, a representative, the household, their benefits.

export function abschnittAntragsteller(d: AntragDaten): Abschnitt {
  return {
    id: 'antragsteller',
    titel: 'Antragstellende Person',
    felder: [
      ...aus(d, 'fuer-wen'),
      ...aus(d, 'persoenliche-daten'),
      ...(d.staatsangehoerigkeit !== undefined
        ? [
            {
              label: 'Staatsangehörigkeit',
              wert: staatName(d.staatsangehoerigkeit.staat),
              schritt: 'staatsangehoerigkeit',
            },
          ]
        : []),
      ...aus(d, 'aufenthaltstitel'),
      ...adresse('Anschrift', d.anschrift, 'anschrift'),
      ...aus(d, 'kontakt'),
    ],
  };
}

export function abschnittVertretung(d: AntragDaten): Abschnitt | undefined {
  if (d.vertretung === undefined) return undefined;
  const k = d['vertretung-kontakt'];
  return {
    id: 'vertretung',
    titel: 'Vertretung',
    felder: [
      ...aus(d, 'vertretung'),
      ...(k !== undefined
        ? [{ label: 'Name', wert: `${k.vorname} ${k.familienname}`, schritt: 'vertretung-kontakt' }]
        : []),
      ...adresse('Anschrift', k, 'vertretung-kontakt'),
      ...aus(d, 'vertretung-kontakt', ['vorname', 'familienname', ...ADRESSFELDER]),
    ],
  };
}

export function abschnittHaushalt(d: AntragDaten): Abschnitt {
  return {
    id: 'haushalt',
    titel: 'Personen im Haushalt',
    felder: aus(d, 'haushalt'),
    gruppen: d.personen.map((p, i) => ({
      titel: `Person ${i + 2}: ${p.vorname} ${p.familienname}`,
      felder: angabenAus(haushaltPerson, p, schluessel(haushaltPerson.id, p.id)),
    })),
  };
}

export function abschnittLeistungen(d: AntragDaten): Abschnitt {
  return {
    id: 'leistungen',
    titel: 'Sozialleistungen',
    felder: [
      ...aus(d, 'buergergeld'),
      ...aus(d, 'erwerbsfaehigkeit'),
      ...(jobcenterZustaendig(d)
        ? [
            {
              label: 'Hinweis',
              wert:
                d.buergergeld?.bezieht === true
                  ? 'Bürgergeld im Haushalt: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II)'
                  : 'Erwerbsfähig: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II, § 21 SGB XII)',
            },
          ]
        : []),
      ...aus(d, 'leistungen'),
      ...aus(d, 'offener-antrag'),
    ],
  };
}
