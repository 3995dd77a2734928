import type { Detail } from './detail-daten.ts';

// Where the pages of one (office, service) pair live.

export const paarPfad = (ags: string, dienstId: string) => `/verwaltung/nachnutzung/${ags}/${dienstId}`;

export function paarBrotkrumen(d: Pick<Detail, 'behoerde' | 'dienst'>, aktuell?: string) {
  const basis = [
    { text: 'Übersicht', href: '/verwaltung/nachnutzung' },
    { text: d.behoerde.name, href: `/verwaltung/nachnutzung/${d.behoerde.ags}` },
  ];
  return aktuell === undefined
    ? [...basis, { text: d.dienst.name }]
    : [...basis, { text: d.dienst.name, href: paarPfad(d.behoerde.ags, d.dienst.id) }, { text: aktuell }];
}
