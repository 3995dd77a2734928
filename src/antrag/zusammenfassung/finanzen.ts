import { formatEuro } from '../../shared/index.ts';
import { ANTRAGSTELLER, personName, schluessel, type AntragDaten } from '../flow.ts';
import { einkommen as einkommenSchritt, SCHULD_ZEILEN } from '../schritte/finanzen.ts';
import { angabenAus, aus, type Abschnitt } from './angaben.ts';

// Sections about money and the request: causes, income, assets, expenses, what is asked for, declarations.

export function abschnittUrsachen(d: AntragDaten): Abschnitt {
  return {
    id: 'ursachen',
    titel: 'Ursachen und Selbsthilfe',
    felder: [...aus(d, 'ursachen'), ...aus(d, 'zukunft'), ...aus(d, 'selbsthilfe')],
  };
}

export function abschnittEinkommen(d: AntragDaten): Abschnitt {
  return {
    id: 'einkommen',
    titel: 'Monatliches Einkommen (netto)',
    felder: [],
    gruppen: d.einkommen.map((e) => ({
      titel:
        e.person === ANTRAGSTELLER
          ? `Antragstellende Person: ${personName(d, e.person)}`
          : personName(d, e.person),
      felder: angabenAus(
        einkommenSchritt,
        e,
        schluessel(einkommenSchritt.id, e.person),
        e.keinEinkommen ? [] : ['keinEinkommen'],
      ),
    })),
  };
}

export function abschnittVermoegen(d: AntragDaten): Abschnitt {
  return {
    id: 'vermoegen',
    titel: 'Vermögen',
    felder: [...aus(d, 'vermoegen'), ...aus(d, 'vermoegen-angaben')],
  };
}

export function abschnittAusgaben(d: AntragDaten): Abschnitt {
  const s = d['schulden-angaben'];
  return {
    id: 'ausgaben',
    titel: 'Ausgaben und weitere Schulden',
    felder: [...aus(d, 'ausgaben'), ...aus(d, 'schulden')],
    gruppen:
      s === undefined
        ? []
        : SCHULD_ZEILEN.filter((n) => s[`glaeubiger${n}`] !== undefined).map((n) => ({
            titel: `Schuld ${n}`,
            felder: [
              { label: 'Gläubiger', wert: s[`glaeubiger${n}`] ?? '', schritt: 'schulden-angaben' },
              { label: 'Höhe', wert: formatEuro(s[`hoehe${n}`] ?? 0), schritt: 'schulden-angaben' },
              ...(s[`rate${n}`] !== undefined
                ? [
                    {
                      label: 'Rate im Monat',
                      wert: formatEuro(s[`rate${n}`] ?? 0),
                      schritt: 'schulden-angaben',
                    },
                  ]
                : []),
            ],
          })),
  };
}

export function abschnittLeistungswunsch(d: AntragDaten): Abschnitt {
  return { id: 'leistungswunsch', titel: 'Beantragte Hilfe', felder: aus(d, 'leistungswunsch') };
}

export function abschnittErklaerungen(d: AntragDaten): Abschnitt | undefined {
  if (d.erklaerungen === undefined) return undefined;
  return { id: 'erklaerungen', titel: 'Erklärungen und Einwilligungen', felder: aus(d, 'erklaerungen') };
}
