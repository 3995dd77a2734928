import { type MailErgebnis, sendeMail } from '../../shared/index.ts';
import { listeInteressenbekundungen } from '../repo/unterlagen.ts';
import { interessenbekundungBetreff, interessenbekundungText } from '../texte.ts';
import { type Akteur, type DienstDeps, type Ergebnis, type Paar, nein, ok } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, uebergehen } from './uebergang.ts';
import { amtUndDienst } from './mail.ts';

// Interessenbekundung.

export type InteressenbekundungEingabe = {
  startDatum: string;
  kontaktName: string;
  kontaktEmail: string | null;
  kontaktTelefon: string | null;
  signatur: string;
};

/** Records the declaration and generates the seed's e-mail text; the state moves when eGo MV confirms receipt. */
export async function erfasseInteressenbekundung(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: InteressenbekundungEingabe,
): Promise<Ergebnis<{ id: string; betreff: string; text: string }>> {
  return aktion(
    deps,
    paar,
    ['nicht_angebunden'],
    'Eine Interessenbekundung ist nur möglich, solange der Dienst nicht angebunden ist',
    async (trx, zeile, jetzt) => {
      const { behoerde, dienst } = await amtUndDienst(trx, paar);
      const vorlage = {
        stelle: behoerde.name,
        dienst: dienst.name,
        startDatum: e.startDatum,
        kontakt: {
          name: e.kontaktName,
          email: e.kontaktEmail ?? undefined,
          telefon: e.kontaktTelefon ?? undefined,
        },
        signatur: e.signatur,
      };
      const text = interessenbekundungText(vorlage);
      const betreff = interessenbekundungBetreff(vorlage);
      const { id } = await trx
        .insertInto('nachnutzung_interessenbekundung')
        .values({
          behoerde_ags: paar.ags,
          dienst_id: paar.dienstId,
          start_datum: e.startDatum,
          kontakt_name: e.kontaktName,
          kontakt_email: e.kontaktEmail,
          kontakt_telefon: e.kontaktTelefon,
          signatur: e.signatur,
          betreff,
          text,
          erstellt_von_name: akteur.name,
          erstellt_am: jetzt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'interessenbekundung_erfasst',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { interessenbekundung: id, startDatum: e.startDatum, betreff, text },
      });
      return { id, betreff, text };
    },
  );
}

/** Sends the declaration to the Koordinierende Stelle (KOORDINIERENDE_STELLE_EMAIL). */
export async function sendeInteressenbekundung(
  deps: DienstDeps,
  paar: Paar,
  id: string,
  akteur: Akteur,
): Promise<Ergebnis<MailErgebnis>> {
  const bekundung = (await listeInteressenbekundungen(deps.datenbank.db, paar.ags, paar.dienstId)).find(
    (b) => b.id === id,
  );
  if (bekundung === undefined) return nein('Diese Interessenbekundung gibt es nicht.');
  const an = deps.config.koordinierendeStelleEmail;
  try {
    const ergebnis = await sendeMail(deps, {
      an,
      betreff: bekundung.betreff,
      text: bekundung.text,
      antwortAn: bekundung.kontakt_email ?? undefined,
    });
    const jetzt = deps.jetzt();
    await deps.datenbank.db
      .updateTable('nachnutzung_interessenbekundung')
      .set({ gesendet_an: an, gesendet_am: jetzt })
      .where('id', '=', id)
      .execute();
    await protokolliere(deps.datenbank.db, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: 'interessenbekundung_gesendet',
      akteur,
      daten: {
        interessenbekundung: id,
        an,
        betreff: bekundung.betreff,
        text: bekundung.text,
        weg: ergebnis.art,
      },
    });
    return ok(ergebnis);
  } catch (error) {
    deps.logger.warn({ err: error }, 'Interessenbekundung konnte nicht gesendet werden');
    return nein(
      `Die E-Mail an ${an} konnte nicht gesendet werden. Bitte kopieren Sie den Text und senden Sie ihn aus Ihrem E-Mail-Programm.`,
    );
  }
}

/** eGo MV confirms that the declaration arrived: → Interesse bekundet. */
export async function bestaetigeEingangInteressenbekundung(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'interesse_bekundet', akteur, {
    aktion: 'interessenbekundung_eingang_bestaetigt',
    vorher: async (trx) => {
      const [letzte] = await listeInteressenbekundungen(trx, paar.ags, paar.dienstId);
      if (letzte !== undefined)
        await trx
          .updateTable('nachnutzung_interessenbekundung')
          .set({ eingang_bestaetigt_am: deps.jetzt() })
          .where('id', '=', letzte.id)
          .execute();
    },
    daten: async (_zeile, trx) => {
      const [letzte] = await listeInteressenbekundungen(trx, paar.ags, paar.dienstId);
      return letzte === undefined
        ? {}
        : {
            interessenbekundung: letzte.id,
            startDatum: letzte.start_datum,
            betreff: letzte.betreff,
            text: letzte.text,
          };
    },
  });
}
