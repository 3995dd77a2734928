import { sql } from 'kysely';
import type { Config } from '../config.ts';
import {
  formatDatumLang,
  tagInBerlin,
  sendeMail,
  leererSendebericht,
  MAIL_SPERRE_MS,
  nachFehlschlag,
  type Sendebericht,
} from '../shared/index.ts';
import { findBehoerde } from '../katalog/index.ts';
import type { Logger } from '../log.ts';
import { antraegeMitBezug } from '../antrag/index.ts';
import { letzteZustellung, zugestellteBezuegeSeit } from '../zustellung/index.ts';
import { antragMitId, NACHREICHUNG_BEZUG } from './antrag-zugriff.ts';
import { faelleAufnehmen, mitteilungVormerken, protokolliere, SYSTEM, type Kontext } from './faelle.ts';
import { mitteilungsAdresse } from './kurzinfo.ts';
import type { MitteilungsArt } from './posteingang-tables.ts';

// E-mail notices to the citizen: receipt, delivery to the office, request for documents, decision available.
// Queued in posteingang_mitteilung (in the transaction of what caused them, or by the job below for receipt and
// delivery), sent by a job with retries. A notice carries no personal data beyond the transaction number and
// the office: what happened is visible only after signing in with BundID (the link leads to the login).

export type MitteilungsDeps = Kontext & {
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'databaseUrl' | 'baseUrl'>;
  logger: Logger;
};

export type Mailtext = { betreff: string; text: string };

const GRUSS = [
  '',
  'Mit freundlichen Grüßen',
  'Ihr Online-Dienst „Übernahme von Mietrückständen“',
  '',
  'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
  'Sie bekommen sie, weil Sie im Antrag „Per E-Mail“ als Kontaktweg gewählt haben.',
];

/** The texts (pure). `link` leads to the status page, which asks for the BundID login. */
export function mailtext(
  art: MitteilungsArt,
  w: {
    vorgangsnummer: string;
    behoerde: string;
    link: string;
    eingereichtAm: Date;
    frist?: string | undefined;
    zugestelltAm?: Date | undefined;
  },
): Mailtext {
  const nachAnmeldung = `Den aktuellen Stand sehen Sie, wenn Sie sich mit Ihrem BundID-Konto anmelden:\n${w.link}`;
  switch (art) {
    case 'eingang':
      return {
        betreff: `Ihr Antrag ${w.vorgangsnummer} ist eingegangen`,
        text: [
          'Guten Tag,',
          '',
          `Ihr Antrag auf Übernahme von Mietrückständen ist am ${formatDatumLang(tagInBerlin(w.eingereichtAm))} eingegangen.`,
          `Vorgangsnummer: ${w.vorgangsnummer}`,
          `Zuständig: ${w.behoerde}`,
          '',
          'Bitte geben Sie die Vorgangsnummer an, wenn Sie mit dem Sozialamt sprechen.',
          '',
          nachAnmeldung,
          ...GRUSS,
        ].join('\n'),
      };
    case 'zugestellt':
      return {
        betreff: `Ihr Antrag ${w.vorgangsnummer} wurde dem Sozialamt zugestellt`,
        text: [
          'Guten Tag,',
          '',
          `Ihr Antrag ${w.vorgangsnummer} wurde${w.zugestelltAm !== undefined ? ` am ${formatDatumLang(tagInBerlin(w.zugestelltAm))}` : ''} an ${w.behoerde} übermittelt.`,
          '',
          nachAnmeldung,
          ...GRUSS,
        ].join('\n'),
      };
    case 'nachforderung':
      return {
        betreff: `Das Sozialamt braucht Unterlagen zu Ihrem Antrag ${w.vorgangsnummer}`,
        text: [
          'Guten Tag,',
          '',
          `${w.behoerde} bittet Sie, Unterlagen zu Ihrem Antrag ${w.vorgangsnummer} nachzureichen${w.frist !== undefined ? `, bis zum ${formatDatumLang(w.frist)}` : ''}.`,
          'Welche Unterlagen gebraucht werden, sehen Sie nach der Anmeldung. Dort können Sie sie auch hochladen:',
          w.link,
          ...GRUSS,
        ].join('\n'),
      };
    case 'entscheidung':
      return {
        betreff: `Zu Ihrem Antrag ${w.vorgangsnummer} gibt es eine Entscheidung`,
        text: [
          'Guten Tag,',
          '',
          `${w.behoerde} hat über Ihren Antrag ${w.vorgangsnummer} entschieden. Den Bescheid bekommen Sie vom Sozialamt.`,
          '',
          nachAnmeldung,
          ...GRUSS,
        ].join('\n'),
      };
  }
}

/** Delivery notices for applications whose original message has arrived (since `seitTagen`). */
export async function zustellungenVormerken(k: Kontext, seitTagen = 7): Promise<number> {
  const jetzt = k.jetzt();
  // One entry per delivered job (an application whose message went out twice counts twice, as before).
  const bezuege = await zugestellteBezuegeSeit(k.db, new Date(jetzt.getTime() - seitTagen * 86_400_000));
  const antraege = await antraegeMitBezug(k.db, [...new Set(bezuege)]);
  const kandidaten = bezuege.flatMap((bezug) =>
    antraege.filter((a) => a.id === bezug || a.vorgangsnummer === bezug).map((a) => a.id),
  );
  if (kandidaten.length === 0) return 0;
  const offen = new Set(
    (
      await k.db
        .selectFrom('posteingang_fall as f')
        .select('f.antrag_id')
        .where('f.antrag_id', 'in', [...new Set(kandidaten)])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('posteingang_mitteilung as m')
                .select('m.id')
                .whereRef('m.antrag_id', '=', 'f.antrag_id')
                .where('m.art', '=', 'zugestellt'),
            ),
          ),
        )
        .execute()
    ).map((f) => f.antrag_id),
  );
  const zeilen = kandidaten.filter((id) => offen.has(id)).map((id) => ({ id }));
  if (zeilen.length === 0) return 0;
  await k.db.transaction().execute(async (trx) => {
    for (const z of zeilen) await mitteilungVormerken(trx, z.id, 'zugestellt', '', jetzt);
  });
  return zeilen.length;
}

/** Sends the due notices (claimed with FOR UPDATE SKIP LOCKED, so several processes may run this). */
export async function mitteilungenSenden(d: MitteilungsDeps, anzahl = 20): Promise<Sendebericht> {
  const jetzt = d.jetzt();
  const faellig = await d.db.transaction().execute(async (trx) => {
    const zeilen = await trx
      .selectFrom('posteingang_mitteilung')
      .selectAll()
      .where('status', '=', 'offen')
      .where('naechster_versuch_am', '<=', jetzt)
      .orderBy('naechster_versuch_am')
      .limit(anzahl)
      .forUpdate()
      .skipLocked()
      .execute();
    if (zeilen.length > 0)
      await trx
        .updateTable('posteingang_mitteilung')
        .set({
          naechster_versuch_am: new Date(jetzt.getTime() + MAIL_SPERRE_MS),
          versuche: sql`versuche + 1`,
        })
        .where(
          'id',
          'in',
          zeilen.map((z) => z.id),
        )
        .execute();
    return zeilen;
  });
  const bericht = leererSendebericht();
  for (const m of faellig) {
    const erledigt = (status: 'gesendet' | 'entfaellt' | 'fehlgeschlagen', fehler: string | null = null) =>
      d.db
        .updateTable('posteingang_mitteilung')
        .set({ status, erledigt_am: d.jetzt(), fehler })
        .where('id', '=', m.id)
        .execute();
    const antrag = await antragMitId(d.db, m.antrag_id);
    if (antrag === undefined) {
      await erledigt('entfaellt', 'Antrag gibt es nicht mehr');
      bericht.entfallen += 1;
      continue;
    }
    const eingang = d.repo.antragDaten(antrag);
    const an = mitteilungsAdresse(eingang);
    if (an === undefined) {
      await erledigt('entfaellt', 'Keine E-Mail-Benachrichtigung gewünscht');
      bericht.entfallen += 1;
      continue;
    }
    const behoerde = await findBehoerde(d.db, antrag.behoerde_ags);
    let frist: string | undefined;
    let zugestelltAm: Date | undefined;
    if (m.art === 'nachforderung') {
      const n = await d.db
        .selectFrom('posteingang_nachforderung')
        .select('frist')
        .where('id', '=', m.bezug)
        .executeTakeFirst();
      frist = n?.frist;
    }
    if (m.art === 'zugestellt') {
      zugestelltAm = await letzteZustellung(d.db, [antrag.id, antrag.vorgangsnummer], NACHREICHUNG_BEZUG);
    }
    const text = mailtext(m.art, {
      vorgangsnummer: antrag.vorgangsnummer,
      behoerde: behoerde?.name ?? 'das Sozialamt',
      link: `${d.config.baseUrl}/meine-antraege/${antrag.vorgangsnummer}`,
      eingereichtAm: antrag.eingereicht_am,
      frist,
      zugestelltAm,
    });
    try {
      await sendeMail({ config: d.config, logger: d.logger }, { an, betreff: text.betreff, text: text.text });
      await erledigt('gesendet');
      await protokolliere(d.db, antrag, 'mitteilung_gesendet', SYSTEM, d.jetzt(), { art: m.art });
      bericht.gesendet += 1;
    } catch (error) {
      const f = nachFehlschlag(error, m.versuche + 1, d.jetzt());
      if (f.art === 'entfaellt') {
        await erledigt('entfaellt', f.grund);
        bericht.entfallen += 1;
        continue;
      }
      d.logger.warn(
        { mitteilung: m.id, art: m.art, versuche: m.versuche + 1 },
        'E-Mail-Benachrichtigung nicht versendet',
      );
      if (f.art === 'aufgegeben') {
        await erledigt('fehlgeschlagen', f.grund);
        bericht.fehlgeschlagen += 1;
      } else {
        await d.db
          .updateTable('posteingang_mitteilung')
          .set({ fehler: f.grund, naechster_versuch_am: f.naechsterVersuch })
          .where('id', '=', m.id)
          .execute();
      }
    }
  }
  return bericht;
}

/** One run of the notice job: take in new applications, notice deliveries, send what is due. */
export async function mitteilungsLauf(d: MitteilungsDeps): Promise<Sendebericht> {
  await faelleAufnehmen(d);
  await zustellungenVormerken(d);
  return mitteilungenSenden(d);
}
