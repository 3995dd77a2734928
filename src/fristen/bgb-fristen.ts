import { naechsterArbeitstag } from './feiertage.ts';
import { gleicherTagNachMonaten, monatsende } from './kalender.ts';

// Periods counted in months from an event (§ 187 Abs. 1 BGB: the day of the event is not counted).
// § 188 Abs. 2 BGB: such a period ends with the day of the last month that has the number of the event's day;
// § 188 Abs. 3 BGB: when that month has no such day, with the month's last day.

/** End of a period of `monate` months after the event (§§ 187 Abs. 1, 188 Abs. 2, 3 BGB), without § 193. */
export function monatsfristEnde(ereignis: string, monate: number): string {
  return gleicherTagNachMonaten(ereignis, monate);
}

/**
 * Schonfrist of § 569 Abs. 3 Nr. 2 BGB: two months after the eviction suit became pending (Rechtshängigkeit,
 * the day it was served on the tenant). When the end falls on a Saturday, Sunday or public holiday in
 * Mecklenburg-Vorpommern, it ends on the next working day (§ 193 BGB).
 */
export function schonfristEnde(rechtshaengigkeit: string): string {
  return naechsterArbeitstag(monatsfristEnde(rechtshaengigkeit, 2));
}

/**
 * Provisional Schonfrist when only the day the suit reached the court is known. The suit is served later, so
 * counting from the filing date gives an end that is never later than the real one (conservative). Callers
 * must label the result as "vorläufig".
 */
export function schonfristVorlaeufig(klageEingang: string): string {
  return schonfristEnde(klageEingang);
}

/**
 * Permanent deregistration of an office ("3 Monate zum Monatsende" of the Nachnutzungskonzept): the three-month
 * period runs from the day after receipt (§ 187 Abs. 1) to the day of the third month with the same number
 * (§ 188 Abs. 2, 3); the deregistration takes effect at the end of that month. § 193 BGB does not move the
 * end of a notice period.
 */
export function dauerhafteAbmeldungWirksamZum(eingang: string): string {
  return monatsende(monatsfristEnde(eingang, 3));
}
