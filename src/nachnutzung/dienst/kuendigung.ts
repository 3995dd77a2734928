import { dauerhafteAbmeldungWirksamZum } from '../../fristen/index.ts';
import { type EntkopplungsPunkt, entkopplungsPunkte, mikMeldungKuendigung } from '../texte.ts';
import { type Akteur, type DienstDeps, type Ergebnis, type Paar, nein, ok } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, uebergehen } from './uebergang.ts';
import { amtUndDienst, mailMitProtokoll, mikAdresse } from './mail.ts';

// Scenario A: permanent deregistration.

export async function kuendige(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: { grund: string; eingang: string },
): Promise<Ergebnis<{ wirksamZum: string }>> {
  const wirksamZum = /^\d{4}-\d{2}-\d{2}$/.test(e.eingang) ? dauerhafteAbmeldungWirksamZum(e.eingang) : null;
  const u = await uebergehen(deps, paar, 'kuendigung_angekuendigt', akteur, {
    aktion: 'kuendigung_angekuendigt',
    angaben: { grund: e.grund, datum: e.eingang },
    begruendung: e.grund,
    set: () => ({ kuendigung_eingang: e.eingang, wirksam_zum: wirksamZum, abmeldung_grund: e.grund }),
    daten: () => ({ eingang: e.eingang, wirksamZum }),
  });
  if (!u.ok || wirksamZum === null) return u.ok ? nein('Ungültiges Eingangsdatum.') : u;
  const jetzt = deps.jetzt();
  await deps.datenbank.db
    .insertInto('nachnutzung_entkopplung')
    .values({
      behoerde_ags: paar.ags,
      dienst_id: paar.dienstId,
      punkt: 'mik_angekuendigt',
      erledigt_von_name: akteur.name,
      erledigt_am: jetzt,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id', 'punkt']).doNothing())
    .execute();
  const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
  const mail = await mailMitProtokoll(
    deps,
    { ags: paar.ags, dienstId: paar.dienstId, akteur },
    {
      an: await mikAdresse(deps),
      ...mikMeldungKuendigung({
        stelle: behoerde.name,
        dienst: dienst.name,
        grund: e.grund,
        eingang: e.eingang,
        wirksamZum,
        person: akteur.name,
      }),
    },
  );
  return ok({ wirksamZum }, mail.hinweis === null ? [] : [mail.hinweis]);
}

export async function setzeEntkopplungspunkt(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  punkt: EntkopplungsPunkt,
  erledigt: boolean,
): Promise<Ergebnis> {
  const text = entkopplungsPunkte.find((p) => p.id === punkt)?.text ?? punkt;
  return aktion(
    deps,
    paar,
    ['kuendigung_angekuendigt', 'abgemeldet'],
    'Die Checkliste zur Entkopplung gilt erst nach der Kündigung',
    async (trx, zeile, jetzt) => {
      if (erledigt) {
        await trx
          .insertInto('nachnutzung_entkopplung')
          .values({
            behoerde_ags: paar.ags,
            dienst_id: paar.dienstId,
            punkt,
            erledigt_von_name: akteur.name,
            erledigt_am: jetzt,
          })
          .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id', 'punkt']).doNothing())
          .execute();
      } else {
        await trx
          .deleteFrom('nachnutzung_entkopplung')
          .where('behoerde_ags', '=', paar.ags)
          .where('dienst_id', '=', paar.dienstId)
          .where('punkt', '=', punkt)
          .execute();
      }
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: erledigt ? 'entkopplung_erledigt' : 'entkopplung_wieder_offen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { punkt, text },
      });
      return null;
    },
  );
}
