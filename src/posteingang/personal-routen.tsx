import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { heuteInDeutschland, plusTage } from '../fristen/index.ts';
import { findBehoerde } from '../katalog/katalog-repo.ts';
import { personalKontext } from '../personal/personal-layout.tsx';
import { darfFaelleSehen } from '../personal/rollen.ts';
import { requirePersonal } from '../personal/zugang.tsx';
import { sendeSeite } from '../web/render.ts';
import { nachrichtXml } from './antrag-zugriff.ts';
import { fallAnsicht, type FallAnsicht } from './ansicht.ts';
import {
  akteurVon,
  faelleDerBehoerde,
  fallLaden,
  filterAus,
  nachforderungAnlegen,
  nachforderungenVon,
  protokolliere,
  statusAendern,
  unterlagenArten,
  type Fall,
  type Kontext,
  type Zugriff,
} from './faelle.ts';
import { sendeDatei } from './herunterladen.ts';
import { dateiDesFalls } from './datei-des-falls.ts';
import {
  BASIS,
  FallNichtGefunden,
  FallSeite,
  fallPfad,
  KeinSozialamt,
  NachforderungSeite,
  PosteingangSeite,
  type NachforderungsFormular,
  type StatusFormular,
} from './seiten/personal.tsx';
import { istEntscheidungsart, istFallstatus, leseEuro, type Aenderung, type Entscheidung } from './status.ts';

// The staff pages of the inbox under /verwaltung/posteingang. Only Sachbearbeitung, only cases of the offices the
// account is bound to: every handler loads the case through fallLaden(…, zugriff), which answers "not found" for a
// case of another office, exactly as for a case that does not exist.

const SEITENGROESSE = 50;

const text = (w: unknown): string => (typeof w === 'string' ? w : '');

export function posteingangPersonalRouten(app: FastifyInstance, k: Kontext): void {
  const guard = { preHandler: requirePersonal({ rollen: ['sachbearbeitung'] }) };
  const zugriff = (request: FastifyRequest): Zugriff => ({ art: 'personal', personal: request.personal });

  function nichtGefunden(request: FastifyRequest, reply: FastifyReply) {
    return sendeSeite(reply, <FallNichtGefunden kontext={personalKontext(request, reply)} />, 404);
  }

  /** The case of the URL if this account may see it; otherwise answers 404 and returns undefined. */
  async function mitFall(request: FastifyRequest, reply: FastifyReply): Promise<Fall | undefined> {
    const { nummer } = request.params as { nummer: string };
    const f = await fallLaden(k, nummer, zugriff(request));
    if (f === undefined) await nichtGefunden(request, reply);
    return f;
  }

  app.get(BASIS, guard, async (request, reply) => {
    const [erste] = request.personal.behoerden;
    if (erste === undefined)
      return sendeSeite(reply, <KeinSozialamt kontext={personalKontext(request, reply)} />);
    return reply.redirect(`${BASIS}/${erste}`, 303);
  });

  app.get(`${BASIS}/:ags`, guard, async (request, reply) => {
    const { ags } = request.params as { ags: string };
    if (!/^\d{5}$/.test(ags) || !darfFaelleSehen(request.personal, ags)) return nichtGefunden(request, reply);
    const behoerde = await findBehoerde(k.db, ags);
    if (behoerde === undefined) return nichtGefunden(request, reply);
    const query = request.query as Record<string, unknown>;
    const filter = filterAus(query);
    const alle = await faelleDerBehoerde(k, ags, filter);
    const seiten = Math.max(1, Math.ceil(alle.length / SEITENGROESSE));
    const seite = Math.min(seiten, Math.max(1, Number.parseInt(text(query.seite), 10) || 1));
    const andere = await Promise.all(
      request.personal.behoerden
        .filter((a) => a !== ags)
        .map(async (a) => ({ ags: a, name: (await findBehoerde(k.db, a))?.kurzname ?? a })),
    );
    const seitenUrl = (s: number) => {
      const q = new URLSearchParams();
      for (const [name, wert] of Object.entries(query))
        if (name !== 'seite' && typeof wert === 'string') q.set(name, wert);
      q.set('seite', String(s));
      return `${BASIS}/${ags}?${q.toString()}`;
    };
    return sendeSeite(
      reply,
      <PosteingangSeite
        kontext={personalKontext(request, reply)}
        behoerde={{ ags, name: behoerde.kurzname }}
        andere={andere}
        filter={filter}
        eintraege={alle.slice((seite - 1) * SEITENGROESSE, seite * SEITENGROESSE)}
        heute={heuteInDeutschland(k.jetzt())}
        gesamt={alle.length}
        seite={seite}
        seiten={seiten}
        seitenUrl={seitenUrl}
      />,
    );
  });

  async function fallZeigen(
    request: FastifyRequest,
    reply: FastifyReply,
    f: Fall,
    formular: StatusFormular = { werte: {}, fehler: {} },
    status = 200,
    erfolg?: string,
  ) {
    const a: FallAnsicht = await fallAnsicht(k, f);
    return sendeSeite(
      reply,
      <FallSeite kontext={personalKontext(request, reply)} a={a} formular={formular} erfolg={erfolg} />,
      status,
    );
  }

  app.get(`${BASIS}/antrag/:nummer`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    await protokolliere(k.db, f.antrag, 'geoeffnet', akteurVon(zugriff(request)), k.jetzt());
    const { gespeichert } = request.query as { gespeichert?: string };
    const erfolg =
      gespeichert === 'status'
        ? 'Der Status wurde gespeichert.'
        : gespeichert === 'nachforderung'
          ? 'Die Unterlagen wurden nachgefordert.'
          : undefined;
    return fallZeigen(request, reply, f, undefined, 200, erfolg);
  });

  app.post(`${BASIS}/antrag/:nummer/status`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const werte = {
      status: text(body.status),
      entscheidung: text(body.entscheidung),
      betrag: text(body.betrag).trim(),
      weitergeleitetAm: text(body.weitergeleitetAm).trim(),
    };
    const fehler = (feld: string, meldung: string, status = 400) =>
      fallZeigen(request, reply, f, { werte, fehler: { [feld]: meldung } }, status);
    if (!istFallstatus(werte.status)) return fehler('status', 'Wählen Sie den neuen Status aus');
    let entscheidung: Entscheidung | undefined;
    if (werte.status === 'entschieden') {
      if (!istEntscheidungsart(werte.entscheidung))
        return fehler('entscheidung', 'Wählen Sie aus, wie entschieden wurde');
      if (werte.entscheidung === 'beihilfe' || werte.entscheidung === 'darlehen') {
        const cent = leseEuro(werte.betrag);
        if (cent === undefined)
          return fehler('betrag', 'Geben Sie den bewilligten Betrag in Euro an, zum Beispiel 1.250,00');
        entscheidung = { art: werte.entscheidung, betragCent: cent };
      } else if (werte.entscheidung === 'jobcenter')
        entscheidung = { art: 'jobcenter', weitergeleitetAm: werte.weitergeleitetAm };
      else entscheidung = { art: 'abgelehnt' };
    }
    const version = Number.parseInt(text(body.version), 10);
    const aenderung: Aenderung = { nach: werte.status, entscheidung };
    const r = await statusAendern(
      k,
      f,
      aenderung,
      akteurVon(zugriff(request)),
      Number.isNaN(version) ? undefined : version,
    );
    if (!r.ok) {
      if (r.grund === 'veraltet') {
        const neu = await fallLaden(k, f.antrag.vorgangsnummer, zugriff(request));
        return fallZeigen(request, reply, neu ?? f, { werte: {}, fehler: {}, hinweis: r.meldung }, 409);
      }
      return fehler(r.feld, r.meldung, 409);
    }
    request.log.info({ vorgangsnummer: f.antrag.vorgangsnummer, status: werte.status }, 'Status geändert');
    return reply.redirect(`${fallPfad(f.antrag.vorgangsnummer)}?gespeichert=status`, 303);
  });

  async function nachforderungZeigen(
    request: FastifyRequest,
    reply: FastifyReply,
    f: Fall,
    formular: NachforderungsFormular,
    status = 200,
  ) {
    const a = await fallAnsicht(k, f);
    return sendeSeite(
      reply,
      <NachforderungSeite kontext={personalKontext(request, reply)} a={a} formular={formular} />,
      status,
    );
  }

  app.get(`${BASIS}/antrag/:nummer/nachforderung`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const heute = heuteInDeutschland(k.jetzt());
    const eingang = k.repo.antragDaten(f.antrag);
    const vorgeschlagen = unterlagenArten
      .filter((u) => eingang.fehlendeNachweise.some((n) => n.bezeichnung === u.titel))
      .map((u) => u.id);
    return nachforderungZeigen(request, reply, f, {
      werte: { unterlagen: vorgeschlagen, frist: plusTage(heute, 14), hinweis: '' },
      fehler: {},
    });
  });

  app.post(`${BASIS}/antrag/:nummer/nachforderung`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const unterlagen = (Array.isArray(body.unterlagen) ? body.unterlagen : [body.unterlagen]).filter(
      (u): u is string => typeof u === 'string',
    );
    const werte = { unterlagen, frist: text(body.frist).trim(), hinweis: text(body.hinweis) };
    const akteur = akteurVon(zugriff(request)) as ReturnType<typeof akteurVon> & { art: 'personal' };
    const r = await nachforderungAnlegen(k, f, werte, akteur);
    if (!r.ok) {
      if (r.grund === 'status')
        return nachforderungZeigen(request, reply, f, { werte, fehler: {}, hinweis: r.meldung }, 409);
      return nachforderungZeigen(request, reply, f, { werte, fehler: r.fehler }, 400);
    }
    request.log.info({ vorgangsnummer: f.antrag.vorgangsnummer }, 'Unterlagen nachgefordert');
    return reply.redirect(`${fallPfad(f.antrag.vorgangsnummer)}?gespeichert=nachforderung`, 303);
  });

  app.get(`${BASIS}/antrag/:nummer/antrag.pdf`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const pdf = k.repo.antragPdf(f.antrag);
    if (pdf === null) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'pdf_abgerufen', akteurVon(zugriff(request)), k.jetzt());
    return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${f.antrag.vorgangsnummer}.pdf`);
  });

  app.get(`${BASIS}/antrag/:nummer/nachrichten/:nachricht`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const { nachricht } = request.params as { nachricht: string };
    const ids = (await nachforderungenVon(k.db, f.antrag.id)).map((n) => n.id);
    const xml = await nachrichtXml(k.db, k.schluessel, f.antrag, ids, nachricht);
    if (xml === undefined) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'nachricht_abgerufen', akteurVon(zugriff(request)), k.jetzt(), {
      nachricht,
    });
    return sendeDatei(
      reply,
      xml,
      'application/xml; charset=utf-8',
      `xSozial-${f.antrag.vorgangsnummer}-${nachricht}.xml`,
    );
  });

  app.get(`${BASIS}/antrag/:nummer/dateien/:datei`, guard, async (request, reply) => {
    const f = await mitFall(request, reply);
    if (f === undefined) return reply;
    const { datei } = request.params as { datei: string };
    const d = await dateiDesFalls(k, f, datei);
    if (d === undefined) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'anlage_abgerufen', akteurVon(zugriff(request)), k.jetzt(), {
      datei,
      art: d.art,
    });
    return sendeDatei(reply, d.inhalt, d.mime, d.dateiname);
  });
}
