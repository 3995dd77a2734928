import type { Job } from '../hintergrund/index.ts';
import { entwurfsmitteilungsLauf } from './entwurfsmitteilung.ts';
import type { Entwurfsquelle } from './entwurfsquelle.ts';
import type { NachnutzungZustand } from './nachnutzung-tables.ts';
import {
  beginneGeplanteAbmeldung,
  fuehreGeplanteProduktivsetzungAus,
  lasseAbmeldungWirksamWerden,
} from './dienst/geplant.ts';
import { heute, systemAkteur, type DienstDeps, type Paar } from './dienst/grundlagen.ts';
import { nimmWiederAuf } from './dienst/voruebergehend.ts';

// The scheduled switches of the re-use lifecycle: a permanent deregistration takes effect at its date, a
// planned temporary deregistration starts, a temporary one ends at the announced day, a planned go-live
// happens. The job compares stored dates with today's date, never timers: it runs at start-up and then every
// NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN, so it is right after a restart and with several app processes (every
// switch locks its row and re-checks the state; the slower process does nothing). After the switches it tells
// the owners of affected drafts (entwurfsmitteilung.ts), so they hear of a switch within one interval.

export type Umschaltung = {
  ags: string;
  dienstId: string;
  von: NachnutzungZustand;
  nach: NachnutzungZustand;
};

export async function fuehreFaelligeUebergaengeAus(deps: DienstDeps): Promise<Umschaltung[]> {
  const tag = heute(deps);
  const db = deps.datenbank.db;
  const faellig = await db
    .selectFrom('nachnutzung')
    .select([
      'behoerde_ags',
      'dienst_id',
      'zustand',
      'wirksam_zum',
      'voruebergehend_ab',
      'voruebergehend_bis',
      'geplant_produktiv_ab',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('zustand', '=', 'kuendigung_angekuendigt'), eb('wirksam_zum', '<=', tag)]),
        eb.and([eb('zustand', '=', 'produktiv'), eb('voruebergehend_ab', '<=', tag)]),
        eb.and([eb('zustand', '=', 'voruebergehend_abgemeldet'), eb('voruebergehend_bis', '<=', tag)]),
        eb.and([eb('zustand', '=', 'test_erfolgreich'), eb('geplant_produktiv_ab', '<=', tag)]),
      ]),
    )
    .orderBy('behoerde_ags')
    .orderBy('dienst_id')
    .execute();

  const erledigt: Umschaltung[] = [];
  for (const z of faellig) {
    const paar: Paar = { ags: z.behoerde_ags, dienstId: z.dienst_id };
    const merke = (e: { ok: boolean }, nach: NachnutzungZustand) => {
      if (e.ok) erledigt.push({ ...{ ags: paar.ags, dienstId: paar.dienstId }, von: z.zustand, nach });
    };
    switch (z.zustand) {
      case 'kuendigung_angekuendigt':
        merke(await lasseAbmeldungWirksamWerden(deps, paar), 'abgemeldet');
        break;
      case 'produktiv':
        if (z.voruebergehend_bis !== null && z.voruebergehend_bis <= tag) {
          // The whole announced window lies in the past (the app was down): start and end at once.
          merke(await beginneGeplanteAbmeldung(deps, paar), 'voruebergehend_abgemeldet');
          merke(await nimmWiederAuf(deps, paar, systemAkteur, 'Angekündigtes Ende erreicht.'), 'produktiv');
        } else {
          merke(await beginneGeplanteAbmeldung(deps, paar), 'voruebergehend_abgemeldet');
        }
        break;
      case 'voruebergehend_abgemeldet':
        merke(await nimmWiederAuf(deps, paar, systemAkteur, 'Angekündigtes Ende erreicht.'), 'produktiv');
        break;
      case 'test_erfolgreich':
        merke(await fuehreGeplanteProduktivsetzungAus(deps, paar), 'produktiv');
        break;
      default:
        break;
    }
  }
  if (erledigt.length > 0)
    deps.logger.info({ umschaltungen: erledigt }, 'Nachnutzung: fällige Übergänge ausgeführt');
  return erledigt;
}

/**
 * The periodic job of this part (registered in src/hintergrund-jobs.ts): the due switches, then the notices
 * to the owners of affected drafts. A failure of the first does not keep the second from running.
 */
export function nachnutzungJobs(deps: DienstDeps, entwurfsquelle: Entwurfsquelle): Job[] {
  return [
    {
      art: 'periodisch',
      name: 'nachnutzung.uebergaenge',
      intervallMs: deps.config.nachnutzungPruefintervallSekunden * 1000,
      async lauf() {
        try {
          await fuehreFaelligeUebergaengeAus(deps);
        } catch (error) {
          deps.logger.error({ err: error }, 'Nachnutzung: Prüfung fälliger Übergänge fehlgeschlagen');
        }
        await entwurfsmitteilungsLauf(deps, entwurfsquelle);
      },
    },
  ];
}
