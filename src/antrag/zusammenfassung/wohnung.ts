import { behoerdenStammdaten } from '../../katalog/index.ts';
import { formatEuro, formatMonat } from '../../shared/index.ts';
import { type AntragDaten } from '../flow.ts';
import { rueckstandAbweichung } from '../schritte/rueckstand.ts';
import { adresse, ADRESSFELDER, aus, type Abschnitt } from './angaben.ts';

// Sections about the flat and the debt: flat, rent, landlord, arrears, energy debts, notice and eviction.

export function abschnittWohnung(d: AntragDaten): Abschnitt {
  const zustaendig = d['wohnung-sozialamt'];
  const amt = behoerdenStammdaten.find((b) => b.ags === zustaendig?.ags);
  const gemeinde = zustaendig?.gemeinde;
  return {
    id: 'wohnung',
    titel: 'Wohnung',
    felder: [
      ...aus(d, 'wohnung'),
      ...adresse('Anschrift der Wohnung', d['wohnung-anschrift'], 'wohnung-anschrift'),
      // With a gazetteer the municipality decides the office; without, the citizen chose the Kreis.
      ...(gemeinde !== undefined
        ? [{ label: 'Ort der Wohnung', wert: gemeinde.name, schritt: 'wohnung-sozialamt' }]
        : []),
      ...(amt !== undefined
        ? [
            {
              label: gemeinde !== undefined ? 'Zuständiges Sozialamt' : 'Landkreis oder kreisfreie Stadt',
              wert: amt.name,
              schritt: 'wohnung-sozialamt',
            },
          ]
        : []),
      ...aus(d, 'wohnung-angaben'),
      ...aus(d, 'wohnung-verbleib'),
    ],
  };
}

export function abschnittMiete(d: AntragDaten): Abschnitt {
  return { id: 'miete', titel: 'Monatliche Miete', felder: [...aus(d, 'miete'), ...aus(d, 'miete-zahlung')] };
}

export function abschnittVermieter(d: AntragDaten): Abschnitt {
  return {
    id: 'vermieter',
    titel: 'Vermieter',
    felder: [
      ...aus(d, 'vermieter', ADRESSFELDER),
      ...adresse('Anschrift', d.vermieter, 'vermieter'),
      ...aus(d, 'vermieter-kontakt'),
      ...aus(d, 'vermieter-bank'),
    ],
  };
}

export function abschnittRueckstand(d: AntragDaten): Abschnitt {
  const monate = d['rueckstand-monate']?.monate ?? [];
  const abweichung = d.rueckstand === undefined ? null : rueckstandAbweichung(d.rueckstand.gesamt, monate);
  return {
    id: 'rueckstand',
    titel: 'Mietschulden',
    felder: [
      ...aus(d, 'rueckstand'),
      ...monate.map((m) => ({
        label: formatMonat(m.monat),
        wert: [
          m.soll !== undefined ? `Miete ${formatEuro(m.soll)}` : null,
          m.gezahlt !== undefined ? `gezahlt ${formatEuro(m.gezahlt)}` : null,
          `offen ${formatEuro(m.offen)}`,
        ]
          .filter((x) => x !== null)
          .join(', '),
        schritt: 'rueckstand-monate',
      })),
      ...(abweichung !== null
        ? [
            {
              label: 'Hinweis',
              wert: `Die Beträge je Monat ergeben ${formatEuro(abweichung.summe)}, die Mietschulden insgesamt sind ${formatEuro(abweichung.gesamt)}.`,
              schritt: 'rueckstand-monate',
            },
          ]
        : []),
      ...aus(d, 'fruehere-hilfe'),
    ],
  };
}

export function abschnittEnergie(d: AntragDaten): Abschnitt {
  return {
    id: 'energie',
    titel: 'Energieschulden',
    felder: [...aus(d, 'energie'), ...aus(d, 'energie-angaben')],
  };
}

export function abschnittKuendigung(d: AntragDaten): Abschnitt {
  return {
    id: 'kuendigung',
    titel: 'Kündigung und Räumungsklage',
    felder: [
      ...aus(d, 'mahnung'),
      ...aus(d, 'kuendigung'),
      ...aus(d, 'kuendigung-angaben'),
      ...aus(d, 'raeumungsklage'),
      ...aus(d, 'klage-zustellung'),
      ...aus(d, 'klage-eingang'),
      ...aus(d, 'raeumung-termine'),
      ...aus(d, 'fortsetzung'),
    ],
  };
}
