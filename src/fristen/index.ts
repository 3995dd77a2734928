// Deadlines (pure): Schonfrist of § 569 Abs. 3 Nr. 2 BGB, deregistration dates, M-V public holidays, and
// their wording. All dates are ISO strings `YYYY-MM-DD`; no Date objects cross this API.

export { schonfristEnde, schonfristVorlaeufig, dauerhafteAbmeldungWirksamZum } from './bgb-fristen.ts';
export { feiertageMV, istFeiertagMV, istArbeitstag, naechsterArbeitstag } from './feiertage.ts';
export { dringlichkeit, tageBis } from './darstellung.ts';
export type { Dringlichkeit } from './darstellung.ts';
export { istIsoDatum, plusTage, tageZwischen, wochentag } from './kalender.ts';

export { parseDatum } from './kalender.ts';
