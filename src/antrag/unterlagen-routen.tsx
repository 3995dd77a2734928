import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { sendeSeite } from '../web/render.ts';
import type { AntragRepo } from './antrag-repo.ts';
import type { EntwurfKontext } from './antrag-routen.tsx';
import { dateiFehlertext, formatGroesse, pruefeDatei } from './datei-pruefung.ts';
import { istErreichbar } from './flow.ts';
import { benoetigteUnterlagen } from './flow-unterlagen.ts';
import { UnterlagenHochladen, UnterlagenUebersicht } from './seiten/unterlagen.tsx';

// Uploads per kind of document (§ R): checked by content (magic bytes, end markers), limited per file and per
// application, encrypted at rest; removable and replaceable. The multipart forms carry the CSRF token in the
// action's query string, because the global CSRF hook runs before the multipart body is parsed.

type Helfer = {
  repo: AntragRepo;
  mitEntwurf(request: FastifyRequest, reply: FastifyReply): Promise<EntwurfKontext | null>;
  nichtGefunden(reply: FastifyReply): Promise<FastifyReply> | FastifyReply;
  url(basis: string, key: string): string;
};

/** A file name for display: no path, no control characters, at most 120 characters. */
export function dateinameBereinigen(name: string): string {
  const basis = path.basename(name.replace(/\\/g, '/'));

  const sauber = basis.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (sauber === '' ? 'Datei' : sauber).slice(0, 120);
}

export function unterlagenRouten(app: FastifyInstance, deps: Deps, h: Helfer) {
  const { repo } = h;
  const maxDatei = deps.config.uploadMaxDateiBytes;
  const maxGesamt = deps.config.uploadMaxGesamtBytes;

  /** The draft, with the upload page reachable and the kind of document needed by the answers. */
  async function mitArt(request: FastifyRequest, reply: FastifyReply) {
    const ctx = await h.mitEntwurf(request, reply);
    if (ctx === null) return null;
    if (!istErreichbar(ctx.auswertung, 'unterlagen')) {
      await reply.redirect(ctx.basis, 303);
      return null;
    }
    const { art } = request.params as { art: string };
    const bedarf = benoetigteUnterlagen(ctx.auswertung.daten).find((b) => b.art === art);
    if (bedarf === undefined) {
      await h.nichtGefunden(reply);
      return null;
    }
    return { ctx, bedarf };
  }

  async function seite(
    r: NonNullable<Awaited<ReturnType<typeof mitArt>>>,
    reply: FastifyReply,
    anzeige: { fehler?: string; erfolg?: string; status?: number } = {},
  ) {
    const dateien = (await repo.dateienVonEntwurf(r.ctx.entwurf.id)).filter((d) => d.art === r.bedarf.art);
    return sendeSeite(
      reply,
      <UnterlagenHochladen
        rahmen={r.ctx.rahmen}
        basis={r.ctx.basis}
        bedarf={r.bedarf}
        dateien={dateien}
        fehler={anzeige.fehler}
        erfolg={anzeige.erfolg}
        hoechstDatei={maxDatei}
      />,
      anzeige.status ?? 200,
    );
  }

  app.get('/antrag/:entwurf/unterlagen/:art', async (request, reply) => {
    const r = await mitArt(request, reply);
    if (r === null) return reply;
    const { hochgeladen } = request.query as { hochgeladen?: string };
    let erfolg: string | undefined;
    if (typeof hochgeladen === 'string') {
      const datei = (await repo.dateienVonEntwurf(r.ctx.entwurf.id)).find((d) => d.id === hochgeladen);
      if (datei !== undefined) erfolg = `„${datei.dateiname}“ wurde hochgeladen`;
    }
    return seite(r, reply, erfolg === undefined ? {} : { erfolg });
  });

  app.post('/antrag/:entwurf/unterlagen/:art', async (request, reply) => {
    const r = await mitArt(request, reply);
    if (r === null) return reply;
    const abgelehnt = (fehler: string, status = 400) => {
      request.log.info({ art: r.bedarf.art, status }, 'Datei abgelehnt');
      return seite(r, reply, { fehler, status });
    };
    if (!request.isMultipart()) return abgelehnt('Wählen Sie eine Datei aus');
    let teil;
    try {
      teil = await request.file({ limits: { fileSize: maxDatei, files: 1 } });
    } catch {
      return abgelehnt('Die Datei konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal');
    }
    if (teil === undefined) return abgelehnt('Wählen Sie eine Datei aus');
    const dateiname = dateinameBereinigen(teil.filename);
    let inhalt: Buffer;
    try {
      inhalt = await teil.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        return abgelehnt(
          `Die Datei „${dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(maxDatei)} haben`,
          413,
        );
      }
      return abgelehnt(
        'Die Datei konnte nicht vollständig übertragen werden. Bitte versuchen Sie es noch einmal',
      );
    }
    if (inhalt.length === 0 && teil.filename === '') return abgelehnt('Wählen Sie eine Datei aus');
    const befund = pruefeDatei(inhalt);
    if (!befund.ok) return abgelehnt(dateiFehlertext(befund.grund, dateiname), 415);
    const vorhanden = await repo.dateienVonEntwurf(r.ctx.entwurf.id);
    const summe = vorhanden.reduce((s, d) => s + d.groesse, 0);
    if (summe + inhalt.length > maxGesamt) {
      return abgelehnt(
        `Alle Unterlagen zusammen dürfen höchstens ${formatGroesse(maxGesamt)} haben. Mit „${dateiname}“ wären es ${formatGroesse(summe + inhalt.length)}. Entfernen Sie andere Dateien oder verkleinern Sie diese Datei`,
        413,
      );
    }
    const id = await repo.dateiSpeichern(
      r.ctx.entwurf.id,
      { art: r.bedarf.art, dateiname, mime: befund.mime, inhalt },
      deps.jetzt(),
    );
    // Uploading counts as working on the draft: it moves the deletion date.
    await repo.entwurfSpeichern(
      r.ctx.entwurf.id,
      r.ctx.angemeldet.besitzer,
      r.ctx.entwurf.inhalt,
      deps.jetzt(),
    );
    return reply.redirect(`${r.ctx.basis}/unterlagen/${r.bedarf.art}?hochgeladen=${id}`, 303);
  });

  app.post('/antrag/:entwurf/unterlagen/datei/:datei/entfernen', async (request, reply) => {
    const ctx = await h.mitEntwurf(request, reply);
    if (ctx === null) return reply;
    const { datei } = request.params as { datei: string };
    const info = (await repo.dateienVonEntwurf(ctx.entwurf.id)).find((d) => d.id === datei);
    if (info === undefined || !(await repo.dateiLoeschen(ctx.entwurf.id, datei)))
      return h.nichtGefunden(reply);
    await repo.entwurfSpeichern(ctx.entwurf.id, ctx.angemeldet.besitzer, ctx.entwurf.inhalt, deps.jetzt());
    return reply.redirect(`${ctx.basis}/unterlagen/${info.art}`, 303);
  });

  return {
    /** The overview page of step 'unterlagen'. */
    async uebersicht(
      ctx: EntwurfKontext,
      gemeinsam: {
        aktion: string;
        zurueck: string | undefined;
        uebersicht: string;
        ruecksprung: string | undefined;
      },
      reply: FastifyReply,
    ) {
      const dateien = await repo.dateienVonEntwurf(ctx.entwurf.id);
      return sendeSeite(
        reply,
        <UnterlagenUebersicht
          {...gemeinsam}
          rahmen={ctx.rahmen}
          basis={ctx.basis}
          bedarf={benoetigteUnterlagen(ctx.auswertung.daten)}
          dateien={dateien}
          gesamtBytes={dateien.reduce((s, d) => s + d.groesse, 0)}
          hoechstBytes={maxGesamt}
          hoechstDatei={maxDatei}
        />,
      );
    },
  };
}
