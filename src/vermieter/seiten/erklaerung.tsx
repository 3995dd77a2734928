import { z } from 'zod';
import {
  antragMitId,
  dateinameBereinigen,
  pruefeSchritt,
  rohAusFormular,
  type RohEingabe,
} from '../../antrag/index.ts';
import { findBehoerde } from '../../katalog/index.ts';
import { tagInBerlin } from '../../shared/index.ts';
import { Fehlerseite, type Seite } from '../../web/index.ts';
import { dateiMeta, dateiSpeichern, erklaerungAbsenden } from '../absenden.ts';
import { codePruefen, codeSenden, maskiert } from '../bestaetigung.ts';
import { kontaktVon } from '../einladung.ts';
import { erklaerungAus } from '../erklaerung-daten.ts';
import { erklaerung } from '../formular.ts';
import type { VermieterKontext } from '../kontext.ts';
import { hochgeladen, leseErklaerungsformular } from '../multipart.ts';
import { protokolliere } from '../protokoll.ts';
import type { EinladungZeile } from '../vermieter-tables.ts';
import { BestaetigungSeite, DankeSeite, FormularSeite, UngueltigSeite } from './ansichten.tsx';
import {
  bestaetigt,
  bezugVon,
  codeParams,
  csrf,
  einladungZu,
  merkeBestaetigung,
  pfadZu,
  sende,
  seite,
} from './zugang.ts';

// The landlord's pages at /vermieter/{code}: confirm the e-mail (where known), fill in the declaration with
// the account statement, submit once. Rate-limited per client address; every refusal is the same page.

const ungueltig = (reply: Parameters<typeof sende>[0]) => sende(reply, <UngueltigSeite />, 404);

async function formularZeigen(
  k: VermieterKontext,
  reply: Parameters<typeof sende>[0],
  e: EinladungZeile,
  code: string,
  roh: RohEingabe = {},
  fehler: Record<string, string> = {},
) {
  const meta = dateiMeta(k, e);
  return sende(
    reply,
    <FormularSeite
      aktion={pfadZu(code)}
      csrf={csrf(reply)}
      b={await bezugVon(k, e)}
      roh={roh}
      fehler={fehler}
      hochgeladen={meta === undefined ? undefined : { dateiname: meta.dateiname, groesse: meta.groesse }}
    />,
    Object.keys(fehler).length > 0 ? 400 : 200,
  );
}

/** The landlord's controllers; `max` requests per client address and minute on each. */
export function vermieterSeiten(k: Pick<VermieterKontext, 'config'>): Seite<VermieterKontext>[] {
  const rateLimit = { max: k.config.vermieter.anfragenProMinute, timeWindow: '1 minute' };
  const optionen = { config: { rateLimit } };

  const anzeigen = seite({
    methode: 'GET',
    pfad: '/vermieter/:code',
    params: codeParams,
    query: z.object({ gesendet: z.string().optional().catch(undefined) }),
    optionen,
    behandle: async ({ request, reply, deps: k, params, query }) => {
      const e = await einladungZu(k, params.code);
      if (e === undefined) return ungueltig(reply);
      await protokolliere(k.db, e.id, 'geoeffnet', k.jetzt());
      if (!bestaetigt(k, request, e)) {
        return sende(
          reply,
          <BestaetigungSeite
            aktion={pfadZu(params.code)}
            csrf={csrf(reply)}
            email={maskiert(kontaktVon(k, e).email ?? '')}
            gesendet={query.gesendet !== undefined}
            b={await bezugVon(k, e)}
          />,
        );
      }
      return formularZeigen(k, reply, e, params.code);
    },
  });

  const codeSendenSeite = seite({
    methode: 'POST',
    pfad: '/vermieter/:code/code-senden',
    params: codeParams,
    optionen,
    behandle: async ({ reply, deps: k, params }) => {
      const e = await einladungZu(k, params.code);
      if (e === undefined) return ungueltig(reply);
      try {
        await codeSenden(k, e);
      } catch (err) {
        k.logger.error({ err, einladung: e.id }, 'Bestätigungscode nicht gesendet');
        return sende(
          reply,
          <Fehlerseite
            titel="Der Code konnte nicht gesendet werden"
            text="Bitte versuchen Sie es in einigen Minuten noch einmal."
          />,
          503,
        );
      }
      return reply.redirect(`${pfadZu(params.code)}?gesendet=1`, 303);
    },
  });

  const bestaetigen = seite({
    methode: 'POST',
    pfad: '/vermieter/:code/bestaetigen',
    params: codeParams,
    optionen,
    behandle: async ({ request, reply, deps: k, params }) => {
      const e = await einladungZu(k, params.code);
      if (e === undefined) return ungueltig(reply);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const eingabe = typeof body.code === 'string' ? body.code : '';
      const ergebnis = await codePruefen(k, e, eingabe);
      if (ergebnis === 'gesperrt') return ungueltig(reply);
      if (ergebnis === 'falsch')
        return sende(
          reply,
          <BestaetigungSeite
            aktion={pfadZu(params.code)}
            csrf={csrf(reply)}
            email={maskiert(kontaktVon(k, e).email ?? '')}
            gesendet={false}
            fehler="Der Code ist falsch oder abgelaufen. Prüfen Sie die Ziffern oder lassen Sie einen neuen Code senden"
            b={await bezugVon(k, e)}
          />,
          400,
        );
      merkeBestaetigung(k, reply, e);
      return reply.redirect(pfadZu(params.code), 303);
    },
  });

  const absenden = seite({
    methode: 'POST',
    pfad: '/vermieter/:code',
    params: codeParams,
    optionen: { ...optionen, preValidation: leseErklaerungsformular(k.config.uploadMaxDateiBytes) },
    behandle: async ({ request, reply, deps: k, params }) => {
      let e = await einladungZu(k, params.code);
      if (e === undefined) return ungueltig(reply);
      if (!bestaetigt(k, request, e)) return reply.redirect(pfadZu(params.code), 303);
      const roh = rohAusFormular(erklaerung, request.body, { heute: tagInBerlin(k.jetzt()) });
      const fehler: Record<string, string> = {};
      const datei = hochgeladen(request);
      if (datei === 'zu-gross')
        fehler.mietkonto = 'Die Datei ist zu groß. Bitte wählen Sie eine kleinere Datei';
      else if (datei !== undefined) {
        const meldung = await dateiSpeichern(k, e, {
          ...datei,
          dateiname: dateinameBereinigen(datei.dateiname),
        });
        if (meldung !== undefined) fehler.mietkonto = meldung;
      }
      e = (await einladungZu(k, params.code)) ?? e;
      const pruefung = pruefeSchritt(erklaerung, roh, { heute: tagInBerlin(k.jetzt()) });
      if (fehler.mietkonto === undefined && dateiMeta(k, e) === undefined)
        fehler.mietkonto = 'Laden Sie den Mietkontoauszug hoch';
      const alle = { ...(pruefung.ok ? {} : pruefung.fehler), ...fehler };
      if (!pruefung.ok || Object.keys(fehler).length > 0) {
        const reihenfolge = [...Object.keys(erklaerung.felder), 'mietkonto'];
        const sortiert = Object.fromEntries(
          Object.entries(alle).sort(([a], [b]) => reihenfolge.indexOf(a) - reihenfolge.indexOf(b)),
        );
        return formularZeigen(k, reply, e, params.code, roh, sortiert);
      }
      const ergebnis = await erklaerungAbsenden(k, e, erklaerungAus(pruefung.daten));
      if (!ergebnis.ok) {
        if (ergebnis.status === 409) return ungueltig(reply);
        return sende(
          reply,
          <Fehlerseite
            titel="Die Erklärung konnte nicht übermittelt werden"
            text="Ihre Angaben sind nicht verloren. Bitte versuchen Sie es später noch einmal."
          />,
          500,
        );
      }
      const antrag = await antragMitId(k.db, e.antrag_id);
      const amt = antrag === undefined ? undefined : await findBehoerde(k.db, antrag.behoerde_ags);
      return sende(reply, <DankeSeite sozialamt={amt?.name ?? 'das Sozialamt'} />);
    },
  });

  return [anzeigen, codeSendenSeite, bestaetigen, absenden];
}
