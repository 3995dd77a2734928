import { formatDatum } from '../../shared/index.ts';
import { mikMeldungVoruebergehend, voruebergehendHinweis } from '../texte.ts';
import {
  Abbruch,
  type Akteur,
  type DienstDeps,
  type Ergebnis,
  type Paar,
  heute,
  nein,
  ok,
} from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, aktuellerZustand, uebergehen } from './uebergang.ts';
import { amtUndDienst, mailMitProtokoll, mikAdresse } from './mail.ts';

// Scenario B: temporary deregistration.

export type VoruebergehendEingabe = {
  grund: string;
  /** null: immediately. */
  ab: string | null;
  /** Expected resumption (the service is available again on this day); null: open. */
  bis: string | null;
  /** Own notice for citizens; null: the standard notice. */
  hinweisText: string | null;
};

export async function meldeVoruebergehendAb(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: VoruebergehendEingabe,
): Promise<Ergebnis<{ geplant: boolean; hinweisText: string }>> {
  const tag = heute(deps);
  const ab = e.ab ?? tag;
  if (e.bis !== null && e.bis <= ab)
    return nein('Die voraussichtliche Wiederaufnahme muss nach dem Beginn der Abmeldung liegen.');
  const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
  const hinweisText = e.hinweisText ?? voruebergehendHinweis(behoerde, dienst.name, e.bis);
  const werte = {
    voruebergehend_ab: ab,
    voruebergehend_bis: e.bis,
    abmeldung_grund: e.grund,
    hinweis_text: hinweisText,
  };
  const daten = { ab, bis: e.bis, hinweisText };
  let ergebnis: Ergebnis<{ geplant: boolean; hinweisText: string }>;
  if (ab > tag) {
    ergebnis = await aktion(
      deps,
      paar,
      ['produktiv'],
      'Eine vorübergehende Abmeldung ist nur im Zustand „Produktiv“ möglich',
      async (trx, zeile, jetzt) => {
        if (e.grund.trim() === '') throw new Abbruch(['Bitte geben Sie den Grund an.']);
        await trx
          .updateTable('nachnutzung')
          .set({ ...werte, geaendert_am: jetzt })
          .where('behoerde_ags', '=', paar.ags)
          .where('dienst_id', '=', paar.dienstId)
          .execute();
        await protokolliere(trx, jetzt, {
          ags: paar.ags,
          dienstId: paar.dienstId,
          aktion: 'voruebergehende_abmeldung_geplant',
          akteur,
          von: zeile.zustand,
          nach: zeile.zustand,
          begruendung: e.grund,
          daten,
        });
        return { geplant: true, hinweisText };
      },
    );
  } else {
    const u = await uebergehen(deps, paar, 'voruebergehend_abgemeldet', akteur, {
      aktion: 'voruebergehend_abgemeldet',
      angaben: { grund: e.grund },
      begruendung: e.grund,
      set: () => werte,
      daten: () => daten,
    });
    ergebnis = u.ok ? ok({ geplant: false, hinweisText }) : u;
  }
  if (!ergebnis.ok) return ergebnis;
  const meldung = mikMeldungVoruebergehend({
    stelle: behoerde.name,
    dienst: dienst.name,
    grund: e.grund,
    ab,
    bis: e.bis,
    person: akteur.name,
  });
  const mail = await mailMitProtokoll(
    deps,
    { ags: paar.ags, dienstId: paar.dienstId, akteur },
    { an: await mikAdresse(deps), ...meldung },
  );
  return ok(ergebnis.wert, mail.hinweis === null ? [] : [mail.hinweis]);
}

/** Resumption by hand: back to "Produktiv", or a planned temporary deregistration is withdrawn. */
export async function nimmWiederAuf(deps: DienstDeps, paar: Paar, akteur: Akteur, systemGrund?: string) {
  const zustand = await aktuellerZustand(deps.datenbank.db, paar);
  const leeren = {
    voruebergehend_ab: null,
    voruebergehend_bis: null,
    abmeldung_grund: null,
    hinweis_text: null,
  };
  if (zustand === 'produktiv') {
    return aktion(deps, paar, ['produktiv'], 'Nicht möglich', async (trx, zeile, jetzt) => {
      if (zeile.voruebergehend_ab === null)
        throw new Abbruch(['Der Dienst ist produktiv; es ist keine vorübergehende Abmeldung geplant.']);
      await trx
        .updateTable('nachnutzung')
        .set({ ...leeren, geaendert_am: jetzt })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'voruebergehende_abmeldung_zurueckgenommen',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { ab: zeile.voruebergehend_ab, bis: zeile.voruebergehend_bis },
      });
      return { von: zeile.zustand, nach: zeile.zustand };
    });
  }
  const e = await uebergehen(deps, paar, 'produktiv', akteur, {
    aktion: 'wiederaufgenommen',
    erwartetVon: systemGrund === undefined ? undefined : 'voruebergehend_abgemeldet',
    begruendung: systemGrund ?? null,
    set: () => leeren,
    daten: (zeile) => ({ ab: zeile.voruebergehend_ab, bis: zeile.voruebergehend_bis }),
  });
  if (e.ok && systemGrund === undefined) {
    const { behoerde, dienst } = await amtUndDienst(deps.datenbank.db, paar);
    await mailMitProtokoll(
      deps,
      { ags: paar.ags, dienstId: paar.dienstId, akteur },
      {
        an: await mikAdresse(deps),
        betreff: `Wiederaufnahme: ${dienst.name} – ${behoerde.name}`,
        text: `${behoerde.name} hat den EfA-Onlinedienst ${dienst.name} am ${formatDatum(heute(deps))} wieder aufgenommen.\n\nErfasst von: ${akteur.name}`,
      },
    );
  }
  return e;
}
