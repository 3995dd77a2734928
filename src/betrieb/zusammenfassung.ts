import type { Deps } from '../deps.ts';
import type { Job } from '../hintergrund/index.ts';
import { formatZeitpunkt, sendeMail } from '../shared/index.ts';
import { listeZustellauftraege } from '../zustellung/index.ts';
import { zustellgesundheit } from './health.ts';

// The operators' daily digest: delivery health and every failing or dead job, by mail to BETRIEB_EMAILS.
// Only technical data (office key, job ID, error code and reason), never content of an application.

const GRENZE = 50;

type ZusammenfassungDeps = Pick<Deps, 'datenbank' | 'jetzt' | 'config' | 'logger'>;

export async function zusammenfassungsMail(
  deps: ZusammenfassungDeps,
): Promise<{ betreff: string; text: string }> {
  const db = deps.datenbank.db;
  const jetzt = deps.jetzt();
  const [g, auftraege] = await Promise.all([
    zustellgesundheit(db, jetzt, deps.config.hintergrund),
    listeZustellauftraege(db, { status: ['failed', 'dead'], limit: GRENZE }),
  ]);
  const zeilen = auftraege.map(
    (a) =>
      `- ${a.status === 'dead' ? 'nicht zustellbar' : 'fehlgeschlagen'}: Sozialamt ${a.behoerdeAgs}, Auftrag ${a.id}, ` +
      `${a.versuche} Versuche, ${a.fehlerCode ?? '–'}: ${a.fehlerGrund ?? '–'} (${deps.config.baseUrl}/verwaltung/betrieb/zustellung/${a.id})`,
  );
  const text = [
    `Zustellung am ${formatZeitpunkt(jetzt)}: ${g.status === 'ok' ? 'in Ordnung' : 'WARNUNG'}`,
    ...g.gruende.map((x) => `- ${x}`),
    '',
    `Nicht zugestellt: ${g.offen}, davon fehlgeschlagen: ${g.fehlgeschlagen}; nicht zustellbar: ${g.tot}.`,
    `Ältester nicht zugestellter Auftrag: ${Math.round(g.aeltesteOffenSekunden / 60)} Minuten.`,
    '',
    auftraege.length === 0
      ? 'Keine fehlgeschlagenen oder unzustellbaren Aufträge.'
      : 'Aufträge, die Aufmerksamkeit brauchen:',
    ...zeilen,
    ...(auftraege.length === GRENZE
      ? [`(nur die neuesten ${GRENZE}; alle unter ${deps.config.baseUrl}/verwaltung/betrieb)`]
      : []),
  ].join('\n');
  const betreff = `Betrieb Mietrückstände: Zustellung ${g.status === 'ok' ? 'in Ordnung' : 'WARNUNG'} (${g.tot} unzustellbar, ${g.fehlgeschlagen} fehlgeschlagen)`;
  return { betreff, text };
}

/** Registered in src/hintergrund-jobs.ts; without an operators' list there is no digest. */
export function betriebJobs(deps: ZusammenfassungDeps): Job[] {
  const h = deps.config.hintergrund;
  if (h.betriebEmails.length === 0) return [];
  return [
    {
      art: 'periodisch',
      name: 'betrieb.tageszusammenfassung',
      intervallMs: h.zusammenfassungIntervallMs,
      async lauf() {
        const mail = await zusammenfassungsMail(deps);
        for (const an of h.betriebEmails) await sendeMail(deps, { ...mail, an });
      },
    },
  ];
}
