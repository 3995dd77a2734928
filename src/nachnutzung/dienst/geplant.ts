import { type Akteur, type DienstDeps, type Paar, heute, systemAkteur } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { sperreZeile, uebergehen } from './uebergang.ts';

// Scheduled switches (the job calls these with the system actor).

export function lasseAbmeldungWirksamWerden(deps: DienstDeps, paar: Paar, akteur: Akteur = systemAkteur) {
  return uebergehen(deps, paar, 'abgemeldet', akteur, {
    aktion: 'abmeldung_wirksam',
    erwartetVon: 'kuendigung_angekuendigt',
    begruendung: 'Die Kündigungsfrist ist abgelaufen.',
    set: () => ({ hinweis_text: null, voruebergehend_ab: null, voruebergehend_bis: null }),
    daten: (z) => ({ wirksamZum: z.wirksam_zum }),
  });
}

export function beginneGeplanteAbmeldung(deps: DienstDeps, paar: Paar) {
  return uebergehen(deps, paar, 'voruebergehend_abgemeldet', systemAkteur, {
    aktion: 'voruebergehend_abgemeldet',
    erwartetVon: 'produktiv',
    begruendung: 'Geplanter Beginn der vorübergehenden Abmeldung.',
    angaben: { grund: 'geplant' },
    daten: (z) => ({
      ab: z.voruebergehend_ab,
      bis: z.voruebergehend_bis,
      hinweisText: z.hinweis_text,
      grund: z.abmeldung_grund,
    }),
  });
}

export async function fuehreGeplanteProduktivsetzungAus(deps: DienstDeps, paar: Paar) {
  const e = await uebergehen(deps, paar, 'produktiv', systemAkteur, {
    aktion: 'produktiv_gesetzt',
    erwartetVon: 'test_erfolgreich',
    begruendung: 'Geplante Produktivsetzung.',
    angaben: { datum: heute(deps) },
    set: (z) => ({ produktiv_seit: z.geplant_produktiv_ab, geplant_produktiv_ab: null, hinweis_text: null }),
    daten: (z) => ({ datum: z.geplant_produktiv_ab }),
  });
  if (!e.ok) {
    // Record the refusal once and drop the plan, so that the overview shows the open task instead.
    const jetzt = deps.jetzt();
    await deps.datenbank.db.transaction().execute(async (trx) => {
      const zeile = await sperreZeile(trx, paar);
      if (zeile.zustand !== 'test_erfolgreich' || zeile.geplant_produktiv_ab === null) return;
      await trx
        .updateTable('nachnutzung')
        .set({ geplant_produktiv_ab: null })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'produktivsetzung_nicht_ausgefuehrt',
        akteur: systemAkteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        begruendung: e.fehler.join(' '),
        daten: { datum: zeile.geplant_produktiv_ab },
      });
    });
  }
  return e;
}
