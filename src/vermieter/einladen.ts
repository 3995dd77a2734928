import type { AntragZeile } from '../antrag/index.ts';
import { renderVermieterBriefPdf } from '../dokumente/index.ts';
import { findBehoerde } from '../katalog/index.ts';
import { decrypt, formatDatumLang, sendeMail, tagInBerlin } from '../shared/index.ts';
import {
  briefKontext,
  briefSpeichern,
  einladungAnlegen,
  type Akteur,
  type NeueEinladung,
} from './einladung.ts';
import type { VermieterKontext } from './kontext.ts';
import type { EinladungZeile } from './vermieter-tables.ts';

// Inviting the landlord: the invitation, the letter (PDF with link and QR code, kept encrypted for printing)
// and, where the citizen gave the landlord's e-mail address, the e-mail with the link.

type Einladungsergebnis = NeueEinladung & { mailGesendet: boolean };

export async function vermieterEinladen(
  k: VermieterKontext,
  antrag: AntragZeile,
  akteur: Akteur,
): Promise<Einladungsergebnis> {
  const neu = await einladungAnlegen(k, antrag, akteur);
  const eingang = k.repo.antragDaten(antrag);
  const behoerde = (await findBehoerde(k.db, antrag.behoerde_ags))?.name ?? 'dem Sozialamt';
  const brief = await renderVermieterBriefPdf({
    vermieter: { name: neu.kontakt.name, anschrift: neu.kontakt.anschrift },
    mieter: eingang.antragsteller,
    wohnung: eingang.wohnungsanschrift,
    behoerde,
    link: neu.link,
    gueltigBis: neu.einladung.gueltig_bis,
    erstelltAm: neu.einladung.erstellt_am,
  });
  await briefSpeichern(k, neu.einladung.id, brief);
  let mailGesendet = false;
  if (neu.kontakt.email !== undefined) {
    try {
      await sendeMail(k, {
        an: neu.kontakt.email,
        betreff: 'Bitte um Ihre Erklärung zu Mietrückständen',
        text: [
          'Guten Tag,',
          '',
          `${eingang.antragsteller} hat bei ${behoerde} beantragt, Mietrückstände für die Wohnung ${eingang.wohnungsanschrift} zu übernehmen.`,
          'Das Sozialamt bittet Sie um eine kurze Erklärung: die Rückstände laut Mietkonto, ob Sie das Mietverhältnis nach der Zahlung fortsetzen, und Ihre Bankverbindung.',
          '',
          `Bitte geben Sie Ihre Erklärung hier ab (ohne Konto, gültig bis ${formatDatumLang(tagInBerlin(neu.einladung.gueltig_bis))}):`,
          neu.link,
          '',
          'Zur Sicherheit senden wir Ihnen auf der Seite noch einen Bestätigungscode an diese E-Mail-Adresse.',
          '',
          'Mit freundlichen Grüßen',
          'Ihr Online-Dienst „Übernahme von Mietrückständen“',
        ].join('\n'),
      });
      mailGesendet = true;
    } catch (err) {
      k.logger.warn({ err, einladung: neu.einladung.id }, 'E-Mail an den Vermieter nicht gesendet');
    }
  }
  return { ...neu, mailGesendet };
}

/** The stored letter of an open invitation, decrypted; undefined once it is used, revoked or replaced. */
export function briefVon(k: VermieterKontext, e: Pick<EinladungZeile, 'id' | 'brief'>): Buffer | undefined {
  return e.brief === null ? undefined : decrypt(k.schluessel, e.brief, briefKontext(e.id));
}
