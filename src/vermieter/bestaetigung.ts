import { sendeMail } from '../shared/index.ts';
import { bestaetigungPasst, codeHash, neuerBestaetigungscode } from './code.ts';
import { kontaktVon } from './einladung.ts';
import type { VermieterKontext } from './kontext.ts';
import { protokolliere } from './protokoll.ts';
import type { EinladungZeile } from './vermieter-tables.ts';

// The second factor where the landlord's e-mail is known: a 6-digit code sent there, valid 30 minutes. After
// five wrong codes the invitation is locked (the office can invite again).

const GUELTIG_MS = 30 * 60 * 1000;
export const MAX_FEHLVERSUCHE = 5;

/** The address, masked for the page: "m***@beispiel.de". */
export function maskiert(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

export async function codeSenden(k: VermieterKontext, e: EinladungZeile): Promise<boolean> {
  const email = kontaktVon(k, e).email;
  if (email === undefined) return false;
  const code = neuerBestaetigungscode();
  const jetzt = k.jetzt();
  await k.db
    .updateTable('vermieter_einladung')
    .set({ bestaetigung_hash: codeHash(code), bestaetigung_bis: new Date(jetzt.getTime() + GUELTIG_MS) })
    .where('id', '=', e.id)
    .execute();
  await sendeMail(k, {
    an: email,
    betreff: `Ihr Bestätigungscode: ${code}`,
    text: `Guten Tag,\n\nIhr Bestätigungscode für die Erklärung zu Mietrückständen lautet: ${code}\n\nEr gilt 30 Minuten.\n`,
  });
  await protokolliere(k.db, e.id, 'code_gesendet', jetzt);
  return true;
}

export type Pruefung = 'richtig' | 'falsch' | 'gesperrt';

export async function codePruefen(
  k: VermieterKontext,
  e: EinladungZeile,
  eingabe: string,
): Promise<Pruefung> {
  const jetzt = k.jetzt();
  if (e.fehlversuche >= MAX_FEHLVERSUCHE) return 'gesperrt';
  const gueltig = e.bestaetigung_bis !== null && e.bestaetigung_bis.getTime() > jetzt.getTime();
  if (gueltig && bestaetigungPasst(eingabe.trim(), e.bestaetigung_hash)) {
    await k.db
      .updateTable('vermieter_einladung')
      .set({ bestaetigung_hash: null, bestaetigung_bis: null })
      .where('id', '=', e.id)
      .execute();
    await protokolliere(k.db, e.id, 'bestaetigt', jetzt);
    return 'richtig';
  }
  await k.db
    .updateTable('vermieter_einladung')
    .set((eb) => ({ fehlversuche: eb('fehlversuche', '+', 1) }))
    .where('id', '=', e.id)
    .execute();
  await protokolliere(k.db, e.id, 'code_falsch', jetzt, { versuch: e.fehlversuche + 1 });
  k.logger.info({ einladung: e.id, versuch: e.fehlversuche + 1 }, 'Falscher Bestätigungscode des Vermieters');
  return e.fehlversuche + 1 >= MAX_FEHLVERSUCHE ? 'gesperrt' : 'falsch';
}
