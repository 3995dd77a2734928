import { type MailErgebnis, sendeMail } from '../../shared/index.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';
import { kontaktEmail } from '../repo/kontakte.ts';
import type { DienstDeps, Paar } from './grundlagen.ts';
import { type Protokolleintrag, protokolliere } from './protokoll.ts';
import { findBehoerde, findDienst } from '../../katalog/index.ts';

// Mails go out after the commit; a failed mail never undoes an action, it is reported and recorded.

export async function mailMitProtokoll(
  deps: DienstDeps,
  eintrag: Omit<Protokolleintrag, 'aktion'>,
  mail: { an: string; betreff: string; text: string; antwortAn?: string | undefined },
): Promise<{ ergebnis: MailErgebnis | null; hinweis: string | null }> {
  try {
    const ergebnis = await sendeMail(deps, mail);
    await protokolliere(deps.datenbank.db, deps.jetzt(), {
      ...eintrag,
      aktion: 'mail_gesendet',
      daten: { an: mail.an, betreff: mail.betreff, text: mail.text, weg: ergebnis.art },
    });
    return { ergebnis, hinweis: null };
  } catch (error) {
    deps.logger.warn({ err: error }, 'E-Mail konnte nicht gesendet werden');
    await protokolliere(deps.datenbank.db, deps.jetzt(), {
      ...eintrag,
      aktion: 'mail_fehlgeschlagen',
      daten: { an: mail.an, betreff: mail.betreff, text: mail.text },
    });
    return {
      ergebnis: null,
      hinweis: `Die E-Mail an ${mail.an} konnte nicht gesendet werden. Bitte informieren Sie die Empfänger auf anderem Weg.`,
    };
  }
}

export async function amtUndDienst(db: DbOderTrx, paar: Paar) {
  const [amt, dienst] = await Promise.all([findBehoerde(db, paar.ags), findDienst(db, paar.dienstId)]);
  if (amt === undefined) throw new Error(`Unbekanntes Sozialamt ${paar.ags}`);
  if (dienst === undefined) throw new Error(`Unbekannter Dienst ${paar.dienstId}`);
  return { behoerde: amt, dienst: { id: dienst.id, name: dienst.name } };
}

export async function mikAdresse(deps: DienstDeps): Promise<string> {
  return (await kontaktEmail(deps.datenbank.db, 'mik')) ?? deps.config.koordinierendeStelleEmail;
}
