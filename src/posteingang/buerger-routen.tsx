import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AntragZeile } from '../antrag/antrag-tables.ts';
import type { Rahmen } from '../antrag/seiten/bausteine.tsx';
import { dateinameBereinigen } from '../antrag/unterlagen-routen.tsx';
import type { BuergerIdentitaet, BuergerSitzung } from '../bundid/identitaet.ts';
import { formatGroesse } from '../antrag/datei-pruefung.ts';
import { heuteInDeutschland } from '../fristen/index.ts';
import { findBehoerde } from '../katalog/katalog-repo.ts';
import { sendeSeite } from '../web/render.ts';
import { Fehlerseite } from '../web/seiten/fehler.tsx';
import { zustellstatus } from '../zustellung/outbox.ts';
import { antraegeVonBesitzer, antragMitNummer } from './antrag-zugriff.ts';
import {
  fallZuAntrag,
  istId,
  istUeberfaellig,
  nachforderungenVon,
  nachforderungHinweis,
  type Kontext,
} from './faelle.ts';
import { sendeDatei } from './herunterladen.ts';
import {
  dateiEntfernen,
  dateiHochladen,
  dateienDerNachforderung,
  nachreichungAbsenden,
  type Grenzen,
} from './nachreichung.ts';
import type { NachforderungZeile } from './posteingang-tables.ts';
import {
  AntragStandSeite,
  MEINE,
  MeineAntraegeSeite,
  NachforderungBeantworten,
  type AntragStand,
  type OffeneNachforderung,
} from './seiten/buerger.tsx';
import { datum } from './seiten/bausteine.tsx';
import { entscheidungText } from './status.ts';

// The citizen's status pages under /meine-antraege, behind the BundID login (the same citizen session as the
// wizard; the owner key is the wizard's HMAC of the BundID pseudonym). A citizen only ever reaches their own
// applications: every lookup is by transaction number AND owner.

type Angemeldet = { identitaet: BuergerIdentitaet; besitzer: string; ablauf: Date };

export function posteingangBuergerRouten(app: FastifyInstance, k: Kontext, grenzen: Grenzen): void {
  /** The signed-in citizen, or a redirect to the BundID login that returns here. */
  async function anmelden(request: FastifyRequest, reply: FastifyReply): Promise<Angemeldet | null> {
    const sitzung = await app.sitzungen.lesen<BuergerSitzung>(request, 'buerger');
    if (sitzung === null) {
      const pfad = request.method === 'GET' ? (request.url.split('?')[0] ?? MEINE) : MEINE;
      await reply.redirect(`/anmelden?ziel=${encodeURIComponent(pfad)}`, 303);
      return null;
    }
    const identitaet = sitzung.daten.identitaet;
    return { identitaet, besitzer: k.repo.besitzerVon(identitaet.pseudonym), ablauf: sitzung.ablauf };
  }

  function rahmen(a: Angemeldet, reply: FastifyReply): Rahmen {
    const name = [a.identitaet.vorname, a.identitaet.familienname].filter((x) => x !== undefined).join(' ');
    return { name: name === '' ? 'BundID-Konto' : name, csrf: reply.generateCsrf(), sitzungsende: a.ablauf };
  }

  function nichtGefunden(reply: FastifyReply) {
    return sendeSeite(
      reply,
      <Fehlerseite
        titel="Antrag nicht gefunden"
        text="Diesen Antrag gibt es nicht, oder er gehört zu einem anderen BundID-Konto. Ihre eigenen Anträge finden Sie unter „Ihre Anträge und ihr Stand“."
      />,
      404,
    );
  }

  async function stand(antrag: AntragZeile): Promise<AntragStand> {
    const heute = heuteInDeutschland(k.jetzt());
    const [f, behoerde, nachforderungen, zustellung] = await Promise.all([
      fallZuAntrag(k, antrag),
      findBehoerde(k.db, antrag.behoerde_ags),
      nachforderungenVon(k.db, antrag.id),
      zustellstatus(k.db, antrag.id).then(
        async (z) => z ?? (await zustellstatus(k.db, antrag.vorgangsnummer)),
      ),
    ]);
    const name = behoerde?.name ?? 'das Sozialamt';
    return {
      vorgangsnummer: antrag.vorgangsnummer,
      behoerde: name,
      eingereichtAm: antrag.eingereicht_am,
      zustellung:
        zustellung?.text ??
        `Ihr Antrag ist gespeichert und wird an ${name} übermittelt. Das dauert meist nur wenige Minuten.`,
      status: f.fall.status,
      entscheidung:
        f.fall.entscheidung === null
          ? undefined
          : `${entscheidungText({ art: f.fall.entscheidung, betragCent: f.fall.betrag_cent, weitergeleitetAm: f.fall.weitergeleitet_am }, datum)}.`,
      schonfrist:
        antrag.schonfrist_ende === null
          ? null
          : { ende: antrag.schonfrist_ende, vorlaeufig: antrag.schonfrist_vorlaeufig },
      nachforderungen: nachforderungen.map((n) => offene(n, heute)),
      antragPdf: antrag.antrag_pdf !== null,
    };
  }

  const offene = (n: NachforderungZeile, heute: string): OffeneNachforderung => ({
    id: n.id,
    unterlagen: n.unterlagen,
    frist: n.frist,
    status: n.status,
    erstellt_am: n.erstellt_am,
    beantwortet_am: n.beantwortet_am,
    ueberfaellig: istUeberfaellig(n, heute),
    hinweisText: nachforderungHinweis(k, n),
  });

  /** The citizen's own application of the URL (by number AND owner), or a 404 page. */
  async function eigenerAntrag(request: FastifyRequest, reply: FastifyReply) {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return null;
    const { nummer } = request.params as { nummer: string };
    const antrag = await antragMitNummer(k.db, nummer);
    if (antrag === undefined || antrag.besitzer !== angemeldet.besitzer) {
      await nichtGefunden(reply);
      return null;
    }
    return { angemeldet, antrag };
  }

  async function eigeneNachforderung(request: FastifyRequest, reply: FastifyReply) {
    const e = await eigenerAntrag(request, reply);
    if (e === null) return null;
    const { nachforderung } = request.params as { nachforderung: string };
    const n = istId(nachforderung)
      ? (await nachforderungenVon(k.db, e.antrag.id)).find((x) => x.id === nachforderung)
      : undefined;
    if (n === undefined) {
      await nichtGefunden(reply);
      return null;
    }
    return { ...e, n, f: await fallZuAntrag(k, e.antrag) };
  }

  app.get(MEINE, async (request, reply) => {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return reply;
    const antraege = await antraegeVonBesitzer(k.db, angemeldet.besitzer);
    return sendeSeite(
      reply,
      <MeineAntraegeSeite
        rahmen={rahmen(angemeldet, reply)}
        antraege={await Promise.all(antraege.map(stand))}
      />,
    );
  });

  app.get(`${MEINE}/:nummer`, async (request, reply) => {
    const e = await eigenerAntrag(request, reply);
    if (e === null) return reply;
    const heute = heuteInDeutschland(k.jetzt());
    return sendeSeite(
      reply,
      <AntragStandSeite
        rahmen={rahmen(e.angemeldet, reply)}
        a={await stand(e.antrag)}
        frist={undefined}
        heute={heute}
      />,
    );
  });

  app.get(`${MEINE}/:nummer/antrag.pdf`, async (request, reply) => {
    const e = await eigenerAntrag(request, reply);
    if (e === null) return reply;
    const pdf = k.repo.antragPdf(e.antrag);
    if (pdf === null) return nichtGefunden(reply);
    return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${e.antrag.vorgangsnummer}.pdf`);
  });

  async function beantwortenZeigen(
    request: FastifyRequest,
    reply: FastifyReply,
    r: NonNullable<Awaited<ReturnType<typeof eigeneNachforderung>>>,
    anzeige: { fehler?: { art?: string; text: string }; erfolg?: string; status?: number } = {},
  ) {
    const heute = heuteInDeutschland(k.jetzt());
    const aktuell = (await nachforderungenVon(k.db, r.antrag.id)).find((x) => x.id === r.n.id) ?? r.n;
    return sendeSeite(
      reply,
      <NachforderungBeantworten
        rahmen={rahmen(r.angemeldet, reply)}
        vorgangsnummer={r.antrag.vorgangsnummer}
        n={offene(aktuell, heute)}
        dateien={await dateienDerNachforderung(k, r.n.id)}
        hoechstDatei={grenzen.maxDatei}
        hoechstGesamt={grenzen.maxGesamt}
        fehler={anzeige.fehler}
        erfolg={anzeige.erfolg}
      />,
      anzeige.status ?? 200,
    );
  }

  const nachforderungPfad = (nummer: string, id: string) => `${MEINE}/${nummer}/nachforderungen/${id}`;

  app.get(`${MEINE}/:nummer/nachforderungen/:nachforderung`, async (request, reply) => {
    const r = await eigeneNachforderung(request, reply);
    if (r === null) return reply;
    const { hochgeladen, gesendet } = request.query as { hochgeladen?: string; gesendet?: string };
    let erfolg: string | undefined;
    if (typeof hochgeladen === 'string') {
      const d = (await dateienDerNachforderung(k, r.n.id)).find((x) => x.id === hochgeladen);
      if (d !== undefined) erfolg = `„${d.dateiname}“ wurde hochgeladen`;
    }
    if (gesendet === 'ja') erfolg = 'Ihre Unterlagen wurden an das Sozialamt geschickt';
    return beantwortenZeigen(request, reply, r, erfolg === undefined ? {} : { erfolg });
  });

  app.post(`${MEINE}/:nummer/nachforderungen/:nachforderung/unterlagen/:art`, async (request, reply) => {
    const r = await eigeneNachforderung(request, reply);
    if (r === null) return reply;
    const { art } = request.params as { art: string };
    if (!r.n.unterlagen.includes(art)) return nichtGefunden(reply);
    const abgelehnt = (text: string, status = 400) => {
      request.log.info({ art, status }, 'Datei abgelehnt');
      return beantwortenZeigen(request, reply, r, { fehler: { art, text }, status });
    };
    if (!request.isMultipart()) return abgelehnt('Wählen Sie eine Datei aus');
    let teil;
    try {
      teil = await request.file({ limits: { fileSize: grenzen.maxDatei, files: 1 } });
    } catch {
      return abgelehnt('Die Datei konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal');
    }
    if (teil === undefined) return abgelehnt('Wählen Sie eine Datei aus');
    const dateiname = dateinameBereinigen(teil.filename);
    let inhalt: Buffer;
    try {
      inhalt = await teil.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        return abgelehnt(
          `Die Datei „${dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(grenzen.maxDatei)} haben`,
          413,
        );
      return abgelehnt(
        'Die Datei konnte nicht vollständig übertragen werden. Bitte versuchen Sie es noch einmal',
      );
    }
    if (inhalt.length === 0 && teil.filename === '') return abgelehnt('Wählen Sie eine Datei aus');
    const e = await dateiHochladen(k, r.f, r.n, { art, dateiname, inhalt }, grenzen);
    if (!e.ok) return abgelehnt(e.meldung, e.status);
    return reply.redirect(`${nachforderungPfad(r.antrag.vorgangsnummer, r.n.id)}?hochgeladen=${e.id}`, 303);
  });

  app.post(
    `${MEINE}/:nummer/nachforderungen/:nachforderung/dateien/:datei/entfernen`,
    async (request, reply) => {
      const r = await eigeneNachforderung(request, reply);
      if (r === null) return reply;
      const { datei } = request.params as { datei: string };
      if (!(await dateiEntfernen(k, r.n, datei))) return nichtGefunden(reply);
      return reply.redirect(nachforderungPfad(r.antrag.vorgangsnummer, r.n.id), 303);
    },
  );

  app.post(`${MEINE}/:nummer/nachforderungen/:nachforderung/absenden`, async (request, reply) => {
    const r = await eigeneNachforderung(request, reply);
    if (r === null) return reply;
    const e = await nachreichungAbsenden(k, r.f, r.n);
    if (!e.ok) {
      if (e.status >= 500) request.log.error({ vorgangsnummer: r.antrag.vorgangsnummer }, e.meldung);
      return beantwortenZeigen(request, reply, r, { fehler: { text: e.meldung }, status: e.status });
    }
    request.log.info(
      { vorgangsnummer: r.antrag.vorgangsnummer, nachricht: e.nachrichtUUID },
      'Unterlagen nachgereicht',
    );
    return reply.redirect(`${nachforderungPfad(r.antrag.vorgangsnummer, r.n.id)}?gesendet=ja`, 303);
  });
}
