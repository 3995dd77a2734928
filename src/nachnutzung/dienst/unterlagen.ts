import { findeUnterlage, listeInteressenbekundungen, listeUnterlagen } from '../repo/unterlagen.ts';
import type { UnterlagenArt } from '../nachnutzung-tables.ts';
import { Abbruch, type Akteur, type DienstDeps, type Ergebnis, type Paar, nein, ok } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, uebergehen } from './uebergang.ts';
import { amtUndDienst, mailMitProtokoll } from './mail.ts';

// Unterlagen.

export type UnterlagenEingabe = {
  art: UnterlagenArt;
  titel: string;
  url: string | null;
  text: string | null;
  datei: { inhalt: Buffer; name: string; typ: string } | null;
};

export async function fuegeUnterlageHinzu(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: UnterlagenEingabe,
): Promise<Ergebnis<{ id: string }>> {
  if (!akteur.koordination) return nein('Unterlagen stellt die Land-Koordination bereit.');
  return aktion(
    deps,
    paar,
    [
      'interesse_bekundet',
      'bedingungen_akzeptiert',
      'unterlagen_bereitgestellt',
      'technisch_angebunden',
      'test_erfolgreich',
      'produktiv',
      'voruebergehend_abgemeldet',
    ],
    'Unterlagen können erst nach dem Eingang der Interessenbekundung und nur bis zur Abmeldung hinzugefügt werden',
    async (trx, zeile, jetzt) => {
      const { id } = await trx
        .insertInto('nachnutzung_unterlage')
        .values({
          behoerde_ags: paar.ags,
          dienst_id: paar.dienstId,
          art: e.art,
          titel: e.titel,
          url: e.url,
          text: e.text,
          datei: e.datei?.inhalt ?? null,
          dateiname: e.datei?.name ?? null,
          dateityp: e.datei?.typ ?? null,
          erstellt_von_name: akteur.name,
          erstellt_am: jetzt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'unterlage_hinzugefuegt',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: {
          unterlage: id,
          art: e.art,
          titel: e.titel,
          url: e.url,
          text: e.text,
          dateiname: e.datei?.name ?? null,
        },
      });
      return { id };
    },
  );
}

/** The coordination sends the confirmation and the connection documents: → Unterlagen bereitgestellt. */
export async function stelleUnterlagenBereit(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  const e = await uebergehen(deps, paar, 'unterlagen_bereitgestellt', akteur, {
    aktion: 'unterlagen_bereitgestellt',
    daten: async (_zeile, trx) => ({
      unterlagen: (await listeUnterlagen(trx, paar.ags, paar.dienstId)).map((u) => ({
        id: u.id,
        art: u.art,
        titel: u.titel,
        url: u.url,
        dateiname: u.dateiname,
      })),
    }),
  });
  if (!e.ok) return e;
  const [bekundung] = await listeInteressenbekundungen(deps.datenbank.db, paar.ags, paar.dienstId);
  const hinweise: string[] = [];
  if (bekundung?.kontakt_email != null) {
    const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
    const mail = await mailMitProtokoll(
      deps,
      { ags: paar.ags, dienstId: paar.dienstId, akteur },
      {
        an: bekundung.kontakt_email,
        betreff: `Unterlagen zur Anbindung: ${dienst.name} – ${behoerde.name}`,
        text: [
          `Guten Tag ${bekundung.kontakt_name},`,
          '',
          `die Mitnutzungskoordination hat die Bestätigung und die Unterlagen zur Anbindung des EfA-Onlinedienstes ${dienst.name} bereitgestellt.`,
          `Sie finden sie in der Nachnutzungsverwaltung: ${deps.config.baseUrl}/verwaltung/nachnutzung/${paar.ags}/${paar.dienstId}/unterlagen`,
          'Bitte bestätigen Sie dort den Empfang.',
        ].join('\n'),
      },
    );
    if (mail.hinweis !== null) hinweise.push(mail.hinweis);
  }
  return ok(e.wert, hinweise);
}

export async function bestaetigeEmpfang(
  deps: DienstDeps,
  paar: Paar,
  unterlageId: string,
  akteur: Akteur,
): Promise<Ergebnis> {
  return aktion(
    deps,
    paar,
    [
      'unterlagen_bereitgestellt',
      'technisch_angebunden',
      'test_erfolgreich',
      'produktiv',
      'voruebergehend_abgemeldet',
      'kuendigung_angekuendigt',
    ],
    'Der Empfang kann erst bestätigt werden, wenn die Unterlagen bereitgestellt sind',
    async (trx, zeile, jetzt) => {
      const unterlage = await findeUnterlage(trx, paar.ags, paar.dienstId, unterlageId);
      if (unterlage === undefined) throw new Abbruch(['Diese Unterlage gibt es nicht.']);
      if (unterlage.empfang_bestaetigt_am !== null)
        throw new Abbruch([`Der Empfang von „${unterlage.titel}“ ist bereits bestätigt.`]);
      await trx
        .updateTable('nachnutzung_unterlage')
        .set({ empfang_bestaetigt_am: jetzt, empfang_bestaetigt_von_name: akteur.name })
        .where('id', '=', unterlageId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'unterlage_empfangen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { unterlage: unterlageId, titel: unterlage.titel },
      });
      return null;
    },
  );
}
