import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { seite } from '../../seite.ts';
import { hochgeladeneDatei, leseFormular, leseMultipart, type Datei, sendeSeite } from '../../web/index.ts';
import { BedingungAnzeige, BedingungenSeite } from '../ansichten/bedingungen.tsx';
import { ladeBedingungenHoch } from '../dienst/bedingungen.ts';
import { findeBedingungen, listeBedingungen } from '../repo/bedingungen.ts';
import { freitext, volltext } from '../seitenhilfen/formular.ts';
import { sendeDatei } from '../seitenhilfen/datei-senden.ts';
import { meldungAus } from '../seitenhilfen/meldungen.ts';
import {
  akteurVon,
  BASIS,
  hatIrgendeinenZugriff,
  istKoordination,
  kontextVon,
  nichtGefunden,
  nurKoordination,
  verweigern,
} from '../seitenhilfen/zugriff.tsx';

// The terms of re-use: every version, and a new version from the Land coordination (text or PDF).

const versionParams = z.object({ version: z.string() });

const istPdf = (inhalt: Buffer) => inhalt.subarray(0, 5).equals(Buffer.from('%PDF-'));

const neueFassung = (datei: Datei | undefined) =>
  z
    .object({
      titel: z
        .string()
        .optional()
        .transform((v) => v?.trim() ?? ''),
      text: freitext,
    })
    .superRefine((f, ctx) => {
      if (f.titel === '')
        ctx.addIssue({ code: 'custom', path: ['titel'], message: 'Bitte geben Sie einen Titel an.' });
      if (f.text === null && datei === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['text'],
          message: 'Bitte geben Sie den Text ein oder laden Sie ein PDF hoch.',
        });
      if (datei !== undefined && !istPdf(datei.inhalt))
        ctx.addIssue({
          code: 'custom',
          path: ['datei'],
          message: 'Die Datei ist kein PDF. Bitte laden Sie die Bedingungen als PDF hoch.',
        });
    });

export const bedingungenSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/bedingungen`,
  behandle: async ({ request, reply, deps }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    return sendeSeite(
      reply,
      <BedingungenSeite
        kontext={kontextVon(request, reply)}
        versionen={await listeBedingungen(deps.datenbank.db)}
        koordination={istKoordination(request.personal)}
        meldung={meldungAus(request)}
      />,
    );
  },
});

export const bedingungenHochladenSeite = seite({
  methode: 'POST',
  pfad: `${BASIS}/bedingungen`,
  optionen: { preValidation: leseMultipart },
  behandle: async ({ request, reply, deps }) => {
    const nein = nurKoordination(request, reply);
    if (nein !== null) return nein;
    const datei = hochgeladeneDatei(request);
    const text = volltext(request.body, 'text');
    const { werte, ergebnis } = leseFormular(request.body, neueFassung(datei));
    if (!ergebnis.ok)
      return sendeSeite(
        reply,
        <BedingungenSeite
          kontext={kontextVon(request, reply)}
          versionen={await listeBedingungen(deps.datenbank.db)}
          koordination={true}
          werte={{ titel: werte.titel, text }}
          fehler={ergebnis.fehler}
        />,
        400,
      );
    const e = await ladeBedingungenHoch(deps, akteurVon(request.personal), {
      titel: ergebnis.wert.titel,
      text: text === undefined || text.trim() === '' ? null : text.trim(),
      datei: datei?.inhalt ?? null,
      dateiname: datei?.name ?? null,
    });
    if (!e.ok) return verweigern(request, reply, e.fehler.join(' '));
    return reply.redirect(`${BASIS}/bedingungen?meldung=bedingungen`, 303);
  },
});

async function ladeVersion(deps: Deps, version: string) {
  return /^\d{1,6}$/.test(version) ? findeBedingungen(deps.datenbank.db, Number(version)) : undefined;
}

export const bedingungAnzeigeSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/bedingungen/:version`,
  params: versionParams,
  behandle: async ({ request, reply, deps, params }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    const b = await ladeVersion(deps, params.version);
    if (b === undefined) return nichtGefunden(request, reply);
    return sendeSeite(reply, <BedingungAnzeige kontext={kontextVon(request, reply)} b={b} />);
  },
});

export const bedingungDateiSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/bedingungen/:version/datei`,
  params: versionParams,
  behandle: async ({ request, reply, deps, params }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    const b = await ladeVersion(deps, params.version);
    if (b?.datei == null) return nichtGefunden(request, reply);
    return sendeDatei(
      reply,
      b.datei,
      b.dateiname ?? `nachnutzungsbedingungen-${b.version}.pdf`,
      'application/pdf',
    );
  },
});
