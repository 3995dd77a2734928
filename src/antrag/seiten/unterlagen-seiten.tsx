import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { nichtGefunden, repoVon } from '../buerger-zugang.tsx';
import { dateiFehlertext, formatGroesse, pruefeDatei } from '../datei-pruefung.ts';
import { dateinameBereinigen, dateinameFuerTyp } from '../dateiname.ts';
import { mitEntwurf, speichern, type EntwurfKontext } from '../entwurf-kontext.ts';
import { istErreichbar } from '../flow.ts';
import { benoetigteUnterlagen, type Bedarf } from '../flow-unterlagen.ts';
import { UnterlagenHochladen } from './unterlagen.tsx';

// Uploads per kind of document (§ R): checked by content (magic bytes, end markers), limited per file and per
// application, encrypted at rest; removable and replaceable. The multipart forms carry the CSRF token in the
// action's query string, because the global CSRF hook runs before the multipart body is parsed. The file is
// read here with the per-file limit, so a file that is too large is answered with its own message (413).

type MitArt = { ctx: EntwurfKontext; bedarf: Bedarf };

const artParams = z.object({ entwurf: z.string(), art: z.string() });

/** The draft, with the upload page reachable and the kind of document needed by the answers. */
export async function mitArt(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  p: z.infer<typeof artParams>,
): Promise<MitArt | null> {
  const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
  if (ctx === null) return null;
  if (!istErreichbar(ctx.auswertung, 'unterlagen')) {
    await reply.redirect(ctx.basis, 303);
    return null;
  }
  const bedarf = benoetigteUnterlagen(ctx.auswertung.daten).find((b) => b.art === p.art);
  if (bedarf === undefined) {
    await nichtGefunden(reply);
    return null;
  }
  return { ctx, bedarf };
}

async function hochladenZeigen(
  r: MitArt,
  deps: Deps,
  reply: FastifyReply,
  anzeige: { fehler?: string; erfolg?: string; status?: number } = {},
) {
  const dateien = (await repoVon(deps).dateienVonEntwurf(r.ctx.entwurf.id)).filter(
    (d) => d.art === r.bedarf.art,
  );
  return sendeSeite(
    reply,
    <UnterlagenHochladen
      rahmen={r.ctx.rahmen}
      basis={r.ctx.basis}
      bedarf={r.bedarf}
      dateien={dateien}
      fehler={anzeige.fehler}
      erfolg={anzeige.erfolg}
      hoechstDatei={deps.config.uploadMaxDateiBytes}
    />,
    anzeige.status ?? 200,
  );
}

const pfad = '/antrag/:entwurf/unterlagen/:art';

export const unterlagenArtSeite = seite({
  methode: 'GET',
  pfad,
  params: artParams,
  query: z.object({ hochgeladen: z.string().optional().catch(undefined) }),
  behandle: async ({ request, reply, deps, params: p, query }) => {
    const r = await mitArt(request, reply, deps, p);
    if (r === null) return reply;
    let erfolg: string | undefined;
    if (query.hochgeladen !== undefined) {
      const datei = (await repoVon(deps).dateienVonEntwurf(r.ctx.entwurf.id)).find(
        (d) => d.id === query.hochgeladen,
      );
      if (datei !== undefined) erfolg = `„${datei.dateiname}“ wurde hochgeladen`;
    }
    return hochladenZeigen(r, deps, reply, erfolg === undefined ? {} : { erfolg });
  },
});

/** The uploaded file, or why it is refused (message, status). */
async function leseHochladung(
  request: FastifyRequest,
  maxDatei: number,
): Promise<{ dateiname: string; inhalt: Buffer } | { fehler: string; status?: number }> {
  if (!request.isMultipart()) return { fehler: 'Wählen Sie eine Datei aus' };
  let teil;
  try {
    teil = await request.file({ limits: { fileSize: maxDatei, files: 1 } });
  } catch {
    return { fehler: 'Die Datei konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal' };
  }
  if (teil === undefined) return { fehler: 'Wählen Sie eine Datei aus' };
  const dateiname = dateinameBereinigen(teil.filename);
  let inhalt: Buffer;
  try {
    inhalt = await teil.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      return {
        fehler: `Die Datei „${dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(maxDatei)} haben`,
        status: 413,
      };
    }
    return {
      fehler: 'Die Datei konnte nicht vollständig übertragen werden. Bitte versuchen Sie es noch einmal',
    };
  }
  if (inhalt.length === 0 && teil.filename === '') return { fehler: 'Wählen Sie eine Datei aus' };
  return { dateiname, inhalt };
}

export const hochladenSeite = seite({
  methode: 'POST',
  pfad,
  params: artParams,
  behandle: async ({ request, reply, deps, params: p }) => {
    const r = await mitArt(request, reply, deps, p);
    if (r === null) return reply;
    const abgelehnt = (fehler: string, status = 400) => {
      request.log.info({ art: r.bedarf.art, status }, 'Datei abgelehnt');
      return hochladenZeigen(r, deps, reply, { fehler, status });
    };
    const maxGesamt = deps.config.uploadMaxGesamtBytes;
    const datei = await leseHochladung(request, deps.config.uploadMaxDateiBytes);
    if ('fehler' in datei) return abgelehnt(datei.fehler, datei.status);
    const { dateiname, inhalt } = datei;
    const befund = await pruefeDatei(inhalt);
    if (!befund.ok) return abgelehnt(dateiFehlertext(befund.grund, dateiname), 415);
    const repo = repoVon(deps);
    const summe = (await repo.dateienVonEntwurf(r.ctx.entwurf.id)).reduce((s, d) => s + d.groesse, 0);
    if (summe + inhalt.length > maxGesamt) {
      return abgelehnt(
        `Alle Unterlagen zusammen dürfen höchstens ${formatGroesse(maxGesamt)} haben. Mit „${dateiname}“ wären es ${formatGroesse(summe + inhalt.length)}. Entfernen Sie andere Dateien oder verkleinern Sie diese Datei`,
        413,
      );
    }
    const id = await repo.dateiSpeichern(
      r.ctx.entwurf.id,
      { art: r.bedarf.art, dateiname: dateinameFuerTyp(dateiname, befund.mime), mime: befund.mime, inhalt },
      deps.jetzt(),
    );
    // Uploading counts as working on the draft: it moves the deletion date.
    await speichern(deps, r.ctx);
    return reply.redirect(`${r.ctx.basis}/unterlagen/${r.bedarf.art}?hochgeladen=${id}`, 303);
  },
});

export const dateiEntfernenSeite = seite({
  methode: 'POST',
  pfad: '/antrag/:entwurf/unterlagen/datei/:datei/entfernen',
  params: z.object({ entwurf: z.string(), datei: z.string() }),
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    const repo = repoVon(deps);
    const info = (await repo.dateienVonEntwurf(ctx.entwurf.id)).find((d) => d.id === p.datei);
    if (info === undefined || !(await repo.dateiLoeschen(ctx.entwurf.id, p.datei)))
      return nichtGefunden(reply);
    await speichern(deps, ctx);
    return reply.redirect(`${ctx.basis}/unterlagen/${info.art}`, 303);
  },
});
