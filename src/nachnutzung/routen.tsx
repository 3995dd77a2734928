import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { findBehoerde, findDienst, listBehoerden, listDienste } from '../katalog/katalog-repo.ts';
import type { Behoerde } from '../katalog/katalog-tables.ts';
import { darfNachnutzungSehen, type PersonalSitzung } from '../personal/rollen.ts';
import { sendeSeite } from '../web/render.ts';
import type { FeldFehler } from '../web/komponenten/formular.tsx';
import { leseDatum, tagInBerlin } from './datum.ts';
import { starteNachnutzungsPruefung } from './job.ts';
import {
  akzeptiereBedingungen,
  aktuellerZustand,
  bestaetigeEingangInteressenbekundung,
  bestaetigeEmpfang,
  erfasseInteressenbekundung,
  fuegeUnterlageHinzu,
  fuehreVerbindungstestAus,
  haltTestFest,
  heute,
  kuendige,
  ladeBedingungenHoch,
  legeKontaktAn,
  loescheKontakt,
  meldeVoruebergehendAb,
  nimmWiederAuf,
  protokolliere,
  schliesseAnbindungAb,
  sendeInteressenbekundung,
  setzeEntkopplungspunkt,
  setzeProduktiv,
  speichereVerbindungsdaten,
  stelleUnterlagenBereit,
  type Akteur,
  type Ergebnis,
  type Paar,
} from './nachnutzung-dienst.ts';
import {
  aktuelleBedingungenVersion,
  alleKontakte,
  findeBedingungen,
  findeKontakt,
  findeUnterlage,
  findeVerbindung,
  findNachnutzung,
  kontakteFuer,
  ladeFakten,
  listeAkzeptanzen,
  listeBedingungen,
  listeEntkopplung,
  listeInteressenbekundungen,
  listeUnterlagen,
  listeVerbindungstests,
  onlineVerfuegbarkeit,
  zeitleiste,
} from './nachnutzung-repo.ts';
import {
  kontaktEbenen,
  kontaktRollen,
  nachnutzungZustaende,
  type KontaktEbene,
  type KontaktRolle,
} from './nachnutzung-tables.ts';
import { personalKontext } from '../personal/personal-layout.tsx';
import { requirePersonal } from '../personal/zugang.tsx';
import { BedingungAnzeige, BedingungenSeite } from './seiten/bedingungen.tsx';
import { DetailSeite, paarPfad, type Detail } from './seiten/detail.tsx';
import {
  BedingungenAkzeptierenSeite,
  DatumsFormular,
  InteressenbekundungFormular,
  InteressenbekundungTextSeite,
  UnterlagenSeite,
  VerbindungFormular,
  VoruebergehendFormular,
  type Werte,
} from './seiten/formulare.tsx';
import { KontakteSeite, type KontaktFormWerte } from './seiten/kontakte.tsx';
import { BehoerdeOeffentlich } from './seiten/oeffentlich.tsx';
import { BehoerdeSeite, UebersichtSeite } from './seiten/uebersicht.tsx';
import { VerwaltungsFehler, VerwaltungsLayout, type Seitenkontext } from './seiten/verwaltung-layout.tsx';
import { entkopplungsPunkte } from './texte.ts';
import { alsCsv, uebersicht } from './uebersicht.ts';
import { alsEingabe, transportEingabe, transportFelder, xsozialVersionen } from './verbindung.ts';
import { leseVerbindung, standardVerbindung, type VerbindungEingabe } from '../zustellung/verbindung.ts';

// Routes of the re-use management: the staff area under /verwaltung/nachnutzung (Land coordination and the
// office's own staff only, every action audited) and the office's public page /behoerden/:ags. Handlers parse,
// validate, call nachnutzung-dienst.ts and render or redirect.

const BASIS = '/verwaltung/nachnutzung';

type Route = { method: string; url: string };
const registriert = new WeakMap<FastifyInstance, Route[]>();

/** The staff routes this part registered on an app (tests iterate over them for the access checks). */
export function nachnutzungsRouten(app: FastifyInstance): Route[] {
  return registriert.get(app) ?? [];
}

const meldungen: Record<string, string> = {
  gesendet: 'Die Interessenbekundung wurde per E-Mail an die Koordinierende Stelle gesendet.',
  eingang: 'Der Eingang der Interessenbekundung ist bestätigt.',
  akzeptiert: 'Die Nachnutzungsbedingungen sind akzeptiert.',
  unterlage: 'Die Unterlage wurde hinzugefügt.',
  bereitgestellt: 'Bestätigung und Unterlagen sind bereitgestellt.',
  empfang: 'Der Empfang ist bestätigt.',
  verbindung: 'Die Verbindungsdaten sind gespeichert. Bitte führen Sie den Verbindungstest durch.',
  test_bestanden: 'Der Verbindungstest ist bestanden.',
  test_fehlgeschlagen: 'Der Verbindungstest ist fehlgeschlagen. Den Bericht finden Sie unten.',
  angebunden: 'Die technische Anbindung ist abgeschlossen.',
  test_erfolgreich: 'Der erfolgreiche Test ist festgehalten.',
  produktiv: 'Der Dienst ist produktiv.',
  produktiv_geplant: 'Die Produktivsetzung ist geplant und wird am gewählten Tag automatisch ausgeführt.',
  voruebergehend: 'Der Dienst ist vorübergehend abgemeldet. Der MiK wurde informiert.',
  voruebergehend_geplant: 'Die vorübergehende Abmeldung ist geplant. Der MiK wurde informiert.',
  wiederaufgenommen: 'Der Dienst ist wieder aufgenommen.',
  zurueckgenommen: 'Die geplante vorübergehende Abmeldung ist zurückgenommen.',
  gekuendigt: 'Die Kündigung ist angekündigt. Der MiK wurde informiert.',
  entkopplung: 'Die Checkliste ist aktualisiert.',
  kontakt: 'Der Ansprechpartner ist eingetragen.',
  kontakt_entfernt: 'Der Ansprechpartner ist entfernt.',
  bedingungen: 'Die neue Fassung der Nachnutzungsbedingungen ist gespeichert.',
};

function meldungAus(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown>).meldung;
  return typeof key === 'string' ? meldungen[key] : undefined;
}

type Formular = Record<string, string>;
type Datei = { inhalt: Buffer; name: string; typ: string };
const dateien = new WeakMap<FastifyRequest, Datei>();

/** Form fields as strings (first value of repeated fields), whatever the body parser produced. */
function formular(request: FastifyRequest): Formular {
  const body = request.body;
  if (body === null || typeof body !== 'object') return {};
  const felder: Formular = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const wert: unknown = Array.isArray(v) ? v[0] : v;
    if (typeof wert === 'string') felder[k] = wert;
  }
  return felder;
}

/**
 * Multipart forms: read all parts before the global CSRF check (which runs in preHandler and needs the
 * `_csrf` field in the body); the file stays in memory (at most 10 MB, the multipart limit).
 */
async function leseMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const felder: Formular = {};
  for await (const teil of request.parts()) {
    if (teil.type === 'file') {
      const inhalt = await teil.toBuffer();
      if (inhalt.length > 0 && teil.filename !== '')
        dateien.set(request, { inhalt, name: teil.filename, typ: teil.mimetype });
    } else if (typeof teil.value === 'string') {
      felder[teil.fieldname] = teil.value;
    }
  }
  request.body = felder;
}

const istEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
const leer = (v: string | undefined) => v === undefined || v.trim() === '';
const oderNull = (v: string | undefined) => (leer(v) ? null : (v ?? '').trim());

export function nachnutzungRouten(app: FastifyInstance, deps: Deps): void {
  const db = deps.datenbank.db;
  starteNachnutzungsPruefung(app, deps);

  // ------------------------------------------------------------------------------------------------------
  // Public: the office's page with the state of each service and the notice of a temporary stop.
  app.get<{ Params: { ags: string } }>('/behoerden/:ags', async (request, reply) => {
    const ags = request.params.ags;
    const behoerde = /^\d{5}$/.test(ags) ? await findBehoerde(db, ags) : undefined;
    if (behoerde === undefined) {
      reply.callNotFound();
      return reply;
    }
    const tag = heute(deps);
    const dienste = (await listDienste(db)).filter((d) => d.im_rollout_mv);
    const liste = await Promise.all(
      dienste.map(async (d) => ({
        id: d.id,
        name: d.name,
        link: d.eigene_antragsstrecke ? '/antrag' : d.externer_link,
        verfuegbarkeit: await onlineVerfuegbarkeit(db, ags, d.id, tag),
      })),
    );
    return sendeSeite(reply, <BehoerdeOeffentlich behoerde={behoerde} dienste={liste} />);
  });

  // ------------------------------------------------------------------------------------------------------
  // Staff area.
  void app.register((scope, _opts, fertig) => {
    const routen: Route[] = [];
    registriert.set(app, routen);
    scope.addHook('onRoute', (r) => {
      for (const method of [r.method].flat())
        if (method === 'GET' || method === 'POST') routen.push({ method, url: r.url });
    });
    scope.addHook('preHandler', requirePersonal());

    const kontextVon = (request: FastifyRequest, reply: FastifyReply): Seitenkontext => {
      const k = personalKontext(request, reply);
      return { ...k, csrf: k.csrfToken };
    };
    const istKoordination = (p: PersonalSitzung) => p.rollen.includes('land_koordination');
    const akteurVon = (p: PersonalSitzung): Akteur => ({
      id: p.benutzerId,
      name: p.anzeigename,
      koordination: istKoordination(p),
    });
    const verweigern = (request: FastifyRequest, reply: FastifyReply, text?: string) =>
      sendeSeite(
        reply,
        <VerwaltungsFehler
          kontext={kontextVon(request, reply)}
          titel="Kein Zugriff"
          text={
            text ??
            'Die Nachnutzung eines Sozialamts sehen nur die Land-Koordination und die Mitarbeitenden dieses Sozialamts.'
          }
        />,
        403,
      );
    const nichtGefunden = (request: FastifyRequest, reply: FastifyReply) =>
      sendeSeite(
        reply,
        <VerwaltungsFehler
          kontext={kontextVon(request, reply)}
          titel="Nicht gefunden"
          text="Diesen Eintrag gibt es nicht."
        />,
        404,
      );
    const nurKoordination = (request: FastifyRequest, reply: FastifyReply) =>
      istKoordination(request.personal)
        ? null
        : verweigern(request, reply, 'Diesen Schritt führt die Land-Koordination (eGo MV / MiK) aus.');

    type PaarParams = { ags: string; dienst: string };
    type Kopf = { behoerde: Behoerde; dienst: { id: string; name: string } };
    /** Loads office and service of the URL and checks access; answers 404/403 itself and returns null then. */
    async function paarAus(
      request: FastifyRequest<{ Params: PaarParams }>,
      reply: FastifyReply,
    ): Promise<{ kopf: Kopf; paar: Paar } | null> {
      const { ags, dienst } = request.params;
      const [behoerde, d] = await Promise.all([
        /^\d{5}$/.test(ags) ? findBehoerde(db, ags) : undefined,
        /^[a-z0-9-]{1,80}$/.test(dienst) ? findDienst(db, dienst) : undefined,
      ]);
      if (behoerde === undefined || d === undefined || !d.im_rollout_mv) {
        await nichtGefunden(request, reply);
        return null;
      }
      if (!darfNachnutzungSehen(request.personal, ags)) {
        await verweigern(request, reply);
        return null;
      }
      return { kopf: { behoerde, dienst: { id: d.id, name: d.name } }, paar: { ags, dienstId: d.id } };
    }

    async function ladeDetail(kopf: Kopf): Promise<Detail> {
      const { ags } = kopf.behoerde;
      const dienstId = kopf.dienst.id;
      const jetzt = deps.jetzt();
      const [
        stand,
        fakten,
        bekundungen,
        akzeptanzen,
        unterlagen,
        verbindung,
        transport,
        tests,
        entkopplung,
        eintraege,
        kontakte,
      ] = await Promise.all([
        findNachnutzung(db, ags, dienstId),
        ladeFakten(db, ags, dienstId, tagInBerlin(jetzt), jetzt),
        listeInteressenbekundungen(db, ags, dienstId),
        listeAkzeptanzen(db, ags, dienstId),
        listeUnterlagen(db, ags, dienstId),
        findeVerbindung(db, ags, dienstId),
        leseVerbindung(db, ags, dienstId),
        listeVerbindungstests(db, ags, dienstId),
        listeEntkopplung(db, ags, dienstId),
        zeitleiste(db, ags, dienstId),
        kontakteFuer(db, ags),
      ]);
      return {
        ...kopf,
        zustand: stand?.zustand ?? 'nicht_angebunden',
        stand,
        fakten,
        bekundungen,
        akzeptanzen,
        unterlagen,
        verbindung,
        transport,
        tests,
        entkopplung,
        zeitleiste: eintraege,
        kontakte,
      };
    }

    async function zeigeDetail(
      request: FastifyRequest,
      reply: FastifyReply,
      kopf: Kopf,
      opts: { fehler?: string[]; hinweise?: string[]; status?: number; meldung?: string } = {},
    ) {
      return sendeSeite(
        reply,
        <DetailSeite
          kontext={kontextVon(request, reply)}
          d={await ladeDetail(kopf)}
          koordination={istKoordination(request.personal)}
          meldung={opts.meldung ?? meldungAus(request)}
          fehler={opts.fehler}
          hinweise={opts.hinweise ?? []}
        />,
        opts.status ?? 200,
      );
    }

    /** After an action: redirect with a message, or show the refusal on the detail page. */
    async function nachAktion(
      request: FastifyRequest,
      reply: FastifyReply,
      kopf: Kopf,
      ergebnis: Ergebnis<unknown>,
      meldung: string,
    ) {
      if (!ergebnis.ok) return zeigeDetail(request, reply, kopf, { fehler: ergebnis.fehler, status: 409 });
      // A mail could not be sent: show the result and the warning at once instead of redirecting.
      if (ergebnis.hinweise.length > 0)
        return zeigeDetail(request, reply, kopf, {
          hinweise: ergebnis.hinweise,
          meldung: meldungen[meldung] ?? '',
        });
      return reply.redirect(`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}?meldung=${meldung}`, 303);
    }

    // ---- overview and CSV ----------------------------------------------------------------------------

    type UebersichtQuery = { dienst?: string; zustand?: string };
    const filterAus = (q: UebersichtQuery) => ({
      dienst: typeof q.dienst === 'string' && /^[a-z0-9-]{1,80}$/.test(q.dienst) ? q.dienst : undefined,
      zustand:
        typeof q.zustand === 'string' && (nachnutzungZustaende as readonly string[]).includes(q.zustand)
          ? q.zustand
          : undefined,
    });
    async function gefilterteUebersicht(request: FastifyRequest<{ Querystring: UebersichtQuery }>) {
      const filter = filterAus(request.query);
      const zeilen = (await uebersicht(db, (ags) => darfNachnutzungSehen(request.personal, ags))).filter(
        (z) =>
          (filter.dienst === undefined || z.dienstId === filter.dienst) &&
          (filter.zustand === undefined || z.zustand === filter.zustand),
      );
      return { filter, zeilen };
    }
    const hatIrgendeinenZugriff = (p: PersonalSitzung) => istKoordination(p) || p.behoerden.length > 0;

    scope.get<{ Querystring: UebersichtQuery }>(BASIS, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      const { filter, zeilen } = await gefilterteUebersicht(request);
      const dienste = (await listDienste(db)).filter((d) => d.im_rollout_mv);
      return sendeSeite(
        reply,
        <UebersichtSeite
          kontext={kontextVon(request, reply)}
          zeilen={zeilen}
          dienste={dienste}
          filter={filter}
        />,
      );
    });

    scope.get<{ Querystring: UebersichtQuery }>(`${BASIS}/export.csv`, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      const { filter, zeilen } = await gefilterteUebersicht(request);
      await protokolliere(db, deps.jetzt(), {
        aktion: 'export_csv',
        akteur: akteurVon(request.personal),
        daten: { zeilen: zeilen.length, filter },
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="nachnutzung-${heute(deps)}.csv"`)
        .header('cache-control', 'no-store')
        .send(alsCsv(zeilen));
    });

    // ---- terms -------------------------------------------------------------------------------------------

    scope.get(`${BASIS}/bedingungen`, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      return sendeSeite(
        reply,
        <BedingungenSeite
          kontext={kontextVon(request, reply)}
          versionen={await listeBedingungen(db)}
          koordination={istKoordination(request.personal)}
          meldung={meldungAus(request)}
        />,
      );
    });

    scope.post(`${BASIS}/bedingungen`, { preValidation: leseMultipart }, async (request, reply) => {
      const nein = nurKoordination(request, reply);
      if (nein !== null) return nein;
      const f = formular(request);
      const datei = dateien.get(request) ?? null;
      const fehler: FeldFehler = {};
      if (leer(f.titel)) fehler.titel = 'Bitte geben Sie einen Titel an.';
      if (leer(f.text) && datei === null)
        fehler.text = 'Bitte geben Sie den Text ein oder laden Sie ein PDF hoch.';
      if (datei !== null && !datei.inhalt.subarray(0, 5).equals(Buffer.from('%PDF-')))
        fehler.datei = 'Die Datei ist kein PDF. Bitte laden Sie die Bedingungen als PDF hoch.';
      if (Object.keys(fehler).length > 0) {
        return sendeSeite(
          reply,
          <BedingungenSeite
            kontext={kontextVon(request, reply)}
            versionen={await listeBedingungen(db)}
            koordination={true}
            werte={{ titel: f.titel, text: f.text }}
            fehler={fehler}
          />,
          400,
        );
      }
      const e = await ladeBedingungenHoch(deps, akteurVon(request.personal), {
        titel: (f.titel ?? '').trim(),
        text: oderNull(f.text),
        datei: datei?.inhalt ?? null,
        dateiname: datei?.name ?? null,
      });
      if (!e.ok) return verweigern(request, reply, e.fehler.join(' '));
      return reply.redirect(`${BASIS}/bedingungen?meldung=bedingungen`, 303);
    });

    scope.get<{ Params: { version: string } }>(`${BASIS}/bedingungen/:version`, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      const b = /^\d{1,6}$/.test(request.params.version)
        ? await findeBedingungen(db, Number(request.params.version))
        : undefined;
      if (b === undefined) return nichtGefunden(request, reply);
      return sendeSeite(reply, <BedingungAnzeige kontext={kontextVon(request, reply)} b={b} />);
    });

    scope.get<{ Params: { version: string } }>(
      `${BASIS}/bedingungen/:version/datei`,
      async (request, reply) => {
        if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
        const b = /^\d{1,6}$/.test(request.params.version)
          ? await findeBedingungen(db, Number(request.params.version))
          : undefined;
        if (b?.datei == null) return nichtGefunden(request, reply);
        return sendeDatei(
          reply,
          b.datei,
          b.dateiname ?? `nachnutzungsbedingungen-${b.version}.pdf`,
          'application/pdf',
        );
      },
    );

    // ---- contacts ---------------------------------------------------------------------------------------

    async function kontakteSeite(
      request: FastifyRequest,
      reply: FastifyReply,
      opts: { werte?: KontaktFormWerte; fehler?: FeldFehler; status?: number } = {},
    ) {
      const behoerden = (await listBehoerden(db)).filter((b) =>
        darfNachnutzungSehen(request.personal, b.ags),
      );
      const sichtbar = new Set(behoerden.map((b) => b.ags));
      const kontakte = (await alleKontakte(db)).filter(
        (k) => k.behoerde_ags === null || sichtbar.has(k.behoerde_ags),
      );
      return sendeSeite(
        reply,
        <KontakteSeite
          kontext={kontextVon(request, reply)}
          kontakte={kontakte}
          behoerden={behoerden}
          koordination={istKoordination(request.personal)}
          werte={opts.werte ?? {}}
          fehler={opts.fehler ?? {}}
          meldung={meldungAus(request)}
        />,
        opts.status ?? 200,
      );
    }

    scope.get(`${BASIS}/kontakte`, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      return kontakteSeite(request, reply);
    });

    scope.post(`${BASIS}/kontakte`, async (request, reply) => {
      if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
      const f = formular(request);
      const koordination = istKoordination(request.personal);
      const ags = oderNull(f.behoerde);
      if (ags !== null && !/^\d{5}$/.test(ags)) return nichtGefunden(request, reply);
      if (ags !== null && (await findBehoerde(db, ags)) === undefined) return nichtGefunden(request, reply);
      if (ags !== null && !darfNachnutzungSehen(request.personal, ags)) return verweigern(request, reply);
      const fehler: FeldFehler = {};
      if (ags === null && !koordination) fehler.behoerde = 'Bitte wählen Sie Ihr Sozialamt.';
      const ebene = (kontaktEbenen as readonly string[]).includes(f.ebene ?? '')
        ? (f.ebene as KontaktEbene)
        : null;
      const rolle = (kontaktRollen as readonly string[]).includes(f.rolle ?? '')
        ? (f.rolle as KontaktRolle)
        : null;
      if (ebene === null) fehler.ebene = 'Bitte wählen Sie die Ebene.';
      else if (ags === null && ebene !== 'land' && koordination)
        fehler.ebene =
          'Einträge ohne Sozialamt gelten auf Landesebene. Bitte wählen Sie „Land“ oder ein Sozialamt.';
      else if (ags !== null && ebene === 'land')
        fehler.ebene = 'Einträge eines Sozialamts gehören zur Vollzugsebene oder zum Landkreis.';
      if (rolle === null) fehler.rolle = 'Bitte wählen Sie die Rolle.';
      else if (rolle === 'behoerde' && ags === null && fehler.behoerde === undefined)
        fehler.behoerde = 'Eine Ansprechperson des Sozialamts braucht die Zuordnung zu einem Sozialamt.';
      if (leer(f.bezeichnung)) fehler.bezeichnung = 'Bitte geben Sie den Namen der Stelle oder Person an.';
      if (!leer(f.email) && !istEmail((f.email ?? '').trim()))
        fehler.email = 'Bitte geben Sie eine E-Mail-Adresse wie name@example.de an.';
      if (Object.keys(fehler).length > 0 || ebene === null || rolle === null)
        return kontakteSeite(request, reply, { werte: f, fehler, status: 400 });
      await legeKontaktAn(deps, akteurVon(request.personal), {
        ebene,
        rolle,
        behoerdeAgs: ags,
        bezeichnung: (f.bezeichnung ?? '').trim(),
        email: oderNull(f.email),
        telefon: oderNull(f.telefon),
        hinweis: oderNull(f.hinweis),
      });
      return reply.redirect(`${BASIS}/kontakte?meldung=kontakt`, 303);
    });

    scope.post<{ Params: { id: string } }>(`${BASIS}/kontakte/:id/loeschen`, async (request, reply) => {
      const k = /^\d{1,18}$/.test(request.params.id) ? await findeKontakt(db, request.params.id) : undefined;
      if (k === undefined) return nichtGefunden(request, reply);
      const darf =
        k.behoerde_ags === null
          ? istKoordination(request.personal)
          : darfNachnutzungSehen(request.personal, k.behoerde_ags);
      if (!darf) return verweigern(request, reply);
      await loescheKontakt(deps, akteurVon(request.personal), k.id);
      return reply.redirect(`${BASIS}/kontakte?meldung=kontakt_entfernt`, 303);
    });

    // ---- one office --------------------------------------------------------------------------------------

    scope.get<{ Params: { ags: string } }>(`${BASIS}/:ags`, async (request, reply) => {
      const ags = request.params.ags;
      const behoerde = /^\d{5}$/.test(ags) ? await findBehoerde(db, ags) : undefined;
      if (behoerde === undefined) return nichtGefunden(request, reply);
      if (!darfNachnutzungSehen(request.personal, ags)) return verweigern(request, reply);
      const [zeilen, kontakte] = await Promise.all([uebersicht(db, (a) => a === ags), kontakteFuer(db, ags)]);
      return sendeSeite(
        reply,
        <BehoerdeSeite
          kontext={kontextVon(request, reply)}
          behoerde={behoerde}
          zeilen={zeilen}
          kontakte={kontakte}
        />,
      );
    });

    // ---- one (office, service) pair ----------------------------------------------------------------------

    const P = `${BASIS}/:ags/:dienst`;

    scope.get<{ Params: PaarParams }>(P, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return zeigeDetail(request, reply, x.kopf);
    });

    // Interessenbekundung
    scope.get<{ Params: PaarParams }>(`${P}/interessenbekundung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const [letzte] = await listeInteressenbekundungen(db, x.paar.ags, x.paar.dienstId);
      const werte: Werte =
        letzte === undefined
          ? {}
          : {
              startDatum: letzte.start_datum.split('-').reverse().join('.'),
              kontaktName: letzte.kontakt_name,
              kontaktEmail: letzte.kontakt_email ?? undefined,
              kontaktTelefon: letzte.kontakt_telefon ?? undefined,
              signatur: letzte.signatur,
            };
      return sendeSeite(
        reply,
        <InteressenbekundungFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={werte}
          fehler={{}}
        />,
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/interessenbekundung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      const fehler: FeldFehler = {};
      const start = leseDatum(f.startDatum ?? '');
      if (leer(f.startDatum))
        fehler.startDatum = 'Bitte geben Sie an, ab wann Sie den Dienst nachnutzen möchten.';
      else if (start === null)
        fehler.startDatum = 'Bitte geben Sie ein gültiges Datum an, zum Beispiel 01.03.2027.';
      else if (start < heute(deps)) fehler.startDatum = 'Das Datum darf nicht in der Vergangenheit liegen.';
      if (leer(f.kontaktName))
        fehler.kontaktName = 'Bitte geben Sie die Ansprechperson für die Anbindung an.';
      if (!leer(f.kontaktEmail) && !istEmail((f.kontaktEmail ?? '').trim()))
        fehler.kontaktEmail = 'Bitte geben Sie eine E-Mail-Adresse wie name@example.de an.';
      if (leer(f.signatur)) fehler.signatur = 'Bitte geben Sie die Signatur an.';
      if (Object.keys(fehler).length > 0 || start === null) {
        return sendeSeite(
          reply,
          <InteressenbekundungFormular
            kontext={kontextVon(request, reply)}
            kopf={x.kopf}
            werte={f}
            fehler={fehler}
          />,
          400,
        );
      }
      const e = await erfasseInteressenbekundung(deps, x.paar, akteurVon(request.personal), {
        startDatum: start,
        kontaktName: (f.kontaktName ?? '').trim(),
        kontaktEmail: oderNull(f.kontaktEmail),
        kontaktTelefon: oderNull(f.kontaktTelefon),
        signatur: (f.signatur ?? '').trim(),
      });
      if (!e.ok) {
        return sendeSeite(
          reply,
          <InteressenbekundungFormular
            kontext={kontextVon(request, reply)}
            kopf={x.kopf}
            werte={f}
            fehler={{}}
            aktionsFehler={e.fehler}
          />,
          409,
        );
      }
      return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}/interessenbekundung/${e.wert.id}`, 303);
    });

    async function bekundungSeite(
      request: FastifyRequest<{ Params: PaarParams & { id: string } }>,
      reply: FastifyReply,
      x: { kopf: Kopf; paar: Paar },
      opts: { fehler?: string; status?: number } = {},
    ) {
      const bekundung = (await listeInteressenbekundungen(db, x.paar.ags, x.paar.dienstId)).find(
        (b) => b.id === request.params.id,
      );
      if (bekundung === undefined) return nichtGefunden(request, reply);
      return sendeSeite(
        reply,
        <InteressenbekundungTextSeite
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          bekundung={bekundung}
          an={deps.config.koordinierendeStelleEmail}
          meldung={meldungAus(request)}
          fehler={opts.fehler}
        />,
        opts.status ?? 200,
      );
    }

    scope.get<{ Params: PaarParams & { id: string } }>(
      `${P}/interessenbekundung/:id`,
      async (request, reply) => {
        const x = await paarAus(request, reply);
        if (x === null) return reply;
        if (!/^\d{1,18}$/.test(request.params.id)) return nichtGefunden(request, reply);
        return bekundungSeite(request, reply, x);
      },
    );

    scope.post<{ Params: PaarParams & { id: string } }>(
      `${P}/interessenbekundung/:id/senden`,
      async (request, reply) => {
        const x = await paarAus(request, reply);
        if (x === null) return reply;
        if (!/^\d{1,18}$/.test(request.params.id)) return nichtGefunden(request, reply);
        const e = await sendeInteressenbekundung(
          deps,
          x.paar,
          request.params.id,
          akteurVon(request.personal),
        );
        if (!e.ok) return bekundungSeite(request, reply, x, { fehler: e.fehler.join(' '), status: 502 });
        return reply.redirect(
          `${paarPfad(x.paar.ags, x.paar.dienstId)}/interessenbekundung/${request.params.id}?meldung=gesendet`,
          303,
        );
      },
    );

    scope.post<{ Params: PaarParams }>(`${P}/eingang-bestaetigen`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const nein = nurKoordination(request, reply);
      if (nein !== null) return nein;
      const e = await bestaetigeEingangInteressenbekundung(deps, x.paar, akteurVon(request.personal));
      return nachAktion(request, reply, x.kopf, e, 'eingang');
    });

    // Nachnutzungsbedingungen
    async function bedingungenSeite(
      request: FastifyRequest,
      reply: FastifyReply,
      x: { kopf: Kopf; paar: Paar },
      fehler: FeldFehler = {},
      status = 200,
    ) {
      const version = await aktuelleBedingungenVersion(db);
      const [bedingung, akzeptanzen, zustand] = await Promise.all([
        version === null ? undefined : findeBedingungen(db, version),
        listeAkzeptanzen(db, x.paar.ags, x.paar.dienstId),
        aktuellerZustand(db, x.paar),
      ]);
      return sendeSeite(
        reply,
        <BedingungenAkzeptierenSeite
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          bedingung={bedingung}
          akzeptanzen={akzeptanzen}
          fehler={fehler}
          zustand={zustand}
        />,
        status,
      );
    }

    scope.get<{ Params: PaarParams }>(`${P}/bedingungen`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return bedingungenSeite(request, reply, x);
    });

    scope.post<{ Params: PaarParams }>(`${P}/bedingungen`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      if (f.akzeptiert !== 'ja')
        return bedingungenSeite(
          request,
          reply,
          x,
          { akzeptiert: 'Bitte bestätigen Sie, dass Sie die Nachnutzungsbedingungen akzeptieren.' },
          400,
        );
      const version = Number(f.version);
      const e = await akzeptiereBedingungen(
        deps,
        x.paar,
        akteurVon(request.personal),
        Number.isInteger(version) ? version : -1,
      );
      if (!e.ok) return bedingungenSeite(request, reply, x, { akzeptiert: e.fehler.join(' ') }, 409);
      return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=akzeptiert`, 303);
    });

    // Unterlagen
    async function unterlagenSeite(
      request: FastifyRequest,
      reply: FastifyReply,
      x: { kopf: Kopf; paar: Paar },
      opts: { werte?: Werte; fehler?: FeldFehler; aktionsFehler?: string[]; status?: number } = {},
    ) {
      const [unterlagen, zustand] = await Promise.all([
        listeUnterlagen(db, x.paar.ags, x.paar.dienstId),
        aktuellerZustand(db, x.paar),
      ]);
      return sendeSeite(
        reply,
        <UnterlagenSeite
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          unterlagen={unterlagen}
          koordination={istKoordination(request.personal)}
          zustand={zustand}
          werte={opts.werte ?? {}}
          fehler={opts.fehler ?? {}}
          meldung={meldungAus(request)}
          aktionsFehler={opts.aktionsFehler}
        />,
        opts.status ?? 200,
      );
    }

    scope.get<{ Params: PaarParams }>(`${P}/unterlagen`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return unterlagenSeite(request, reply, x);
    });

    scope.post<{ Params: PaarParams }>(
      `${P}/unterlagen`,
      { preValidation: leseMultipart },
      async (request, reply) => {
        const x = await paarAus(request, reply);
        if (x === null) return reply;
        const nein = nurKoordination(request, reply);
        if (nein !== null) return nein;
        const f = formular(request);
        const datei = dateien.get(request) ?? null;
        let eingabe: Parameters<typeof fuegeUnterlageHinzu>[3];
        if (f.vorlage === 'anbindungsleitfaden') {
          eingabe = {
            art: 'anbindungsunterlage',
            titel: 'Generischer Anbindungsleitfaden EfA',
            url: 'https://zb.mv-serviceportal.de/static/MVP/Anbindungsleitfaden_EfA.pdf',
            text: null,
            datei: null,
          };
        } else {
          const fehler: FeldFehler = {};
          if (f.art !== 'bestaetigung' && f.art !== 'anbindungsunterlage')
            fehler.art = 'Bitte wählen Sie die Art der Unterlage.';
          if (leer(f.titel)) fehler.titel = 'Bitte geben Sie einen Titel an.';
          const url = oderNull(f.url);
          const anzahl = [url, oderNull(f.text), datei].filter((v) => v !== null).length;
          if (url !== null && !/^https:\/\/[^\s]+$/.test(url))
            fehler.url = 'Der Link muss mit https:// beginnen.';
          else if (anzahl === 0) fehler.text = 'Bitte geben Sie einen Text, einen Link oder eine Datei an.';
          else if (anzahl > 1) fehler.text = 'Bitte geben Sie nur eins an: Text, Link oder Datei.';
          if (Object.keys(fehler).length > 0 || (f.art !== 'bestaetigung' && f.art !== 'anbindungsunterlage'))
            return unterlagenSeite(request, reply, x, { werte: f, fehler, status: 400 });
          eingabe = {
            art: f.art,
            titel: (f.titel ?? '').trim(),
            url,
            text: oderNull(f.text),
            datei: datei === null ? null : { inhalt: datei.inhalt, name: datei.name, typ: datei.typ },
          };
        }
        const e = await fuegeUnterlageHinzu(deps, x.paar, akteurVon(request.personal), eingabe);
        if (!e.ok)
          return unterlagenSeite(request, reply, x, { werte: f, aktionsFehler: e.fehler, status: 409 });
        return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}/unterlagen?meldung=unterlage`, 303);
      },
    );

    scope.post<{ Params: PaarParams }>(`${P}/unterlagen/bereitstellen`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const nein = nurKoordination(request, reply);
      if (nein !== null) return nein;
      const e = await stelleUnterlagenBereit(deps, x.paar, akteurVon(request.personal));
      if (!e.ok) return unterlagenSeite(request, reply, x, { aktionsFehler: e.fehler, status: 409 });
      return nachAktion(request, reply, x.kopf, e, 'bereitgestellt');
    });

    scope.get<{ Params: PaarParams & { id: string } }>(`${P}/unterlagen/:id`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const u = /^\d{1,18}$/.test(request.params.id)
        ? await findeUnterlage(db, x.paar.ags, x.paar.dienstId, request.params.id)
        : undefined;
      if (u === undefined) return nichtGefunden(request, reply);
      if (u.datei !== null) return sendeDatei(reply, u.datei, u.dateiname ?? 'unterlage', u.dateityp);
      if (u.url !== null) return reply.redirect(u.url, 303);
      return sendeSeite(
        reply,
        <VerwaltungsLayout titel={u.titel} kontext={kontextVon(request, reply)}>
          <h1 class="kern-heading-large">{u.titel}</h1>
          <pre class="text kern-body">{u.text ?? ''}</pre>
          <p class="kern-body">
            <a class="kern-link" href={`${paarPfad(x.paar.ags, x.paar.dienstId)}/unterlagen`}>
              Zurück zu den Unterlagen
            </a>
          </p>
        </VerwaltungsLayout>,
      );
    });

    scope.post<{ Params: PaarParams & { id: string } }>(
      `${P}/unterlagen/:id/empfang`,
      async (request, reply) => {
        const x = await paarAus(request, reply);
        if (x === null) return reply;
        if (!/^\d{1,18}$/.test(request.params.id)) return nichtGefunden(request, reply);
        const e = await bestaetigeEmpfang(deps, x.paar, request.params.id, akteurVon(request.personal));
        if (!e.ok) return unterlagenSeite(request, reply, x, { aktionsFehler: e.fehler, status: 409 });
        return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}/unterlagen?meldung=empfang`, 303);
      },
    );

    // Technische Anbindung: transport (zustellung/) and case-management system (here), one form.
    async function transportBasis(kopf: Kopf): Promise<{ basis: VerbindungEingabe; hatSchluessel: boolean }> {
      const v = await leseVerbindung(db, kopf.behoerde.ags, kopf.dienst.id);
      if (v !== undefined) return { basis: alsEingabe(v), hatSchluessel: v.hatClientSchluessel };
      const z = deps.config.zustellung;
      return {
        basis: standardVerbindung(kopf.behoerde, kopf.dienst.id, {
          kennung: z.autorKennung,
          name: z.autorName,
        }),
        hatSchluessel: false,
      };
    }

    scope.get<{ Params: PaarParams }>(`${P}/verbindung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const [{ basis, hatSchluessel }, fv] = await Promise.all([
        transportBasis(x.kopf),
        findeVerbindung(db, x.paar.ags, x.paar.dienstId),
      ]);
      const werte: Werte = {
        fachverfahren: fv?.fachverfahren,
        comvibilia: fv?.comvibilia === true ? 'ja' : undefined,
      };
      for (const feld of transportFelder) {
        const w = basis[feld];
        if (typeof w === 'string' && feld !== 'clientSchluessel') werte[feld] = w;
      }
      return sendeSeite(
        reply,
        <VerbindungFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={werte}
          fehler={{}}
          hatSchluessel={hatSchluessel}
          versionen={xsozialVersionen}
        />,
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/verbindung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      const { basis, hatSchluessel } = await transportBasis(x.kopf);
      const e = await speichereVerbindungsdaten(deps, x.paar, akteurVon(request.personal), {
        transport: transportEingabe(basis, f),
        fachverfahren: f.fachverfahren ?? '',
        comvibilia: f.comvibilia === 'ja',
      });
      if (e.ok) return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=verbindung`, 303);
      // The private key is never sent back to the browser.
      const werte = { ...f, clientSchluessel: undefined };
      const feldfehler = e.feldfehler ?? {};
      // Errors of fields the form does not show (e.g. the author identifier) are shown above the form.
      const sichtbar = new Set<string>([...transportFelder, 'fachverfahren', 'comvibilia']);
      const uebrige = Object.entries(feldfehler)
        .filter(([feld]) => !sichtbar.has(feld))
        .map(([, m]) => m);
      return sendeSeite(
        reply,
        <VerbindungFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={werte}
          fehler={Object.fromEntries(Object.entries(feldfehler).filter(([feld]) => sichtbar.has(feld)))}
          aktionsFehler={e.feldfehler === undefined ? e.fehler : uebrige}
          hatSchluessel={hatSchluessel}
          versionen={xsozialVersionen}
        />,
        e.feldfehler === undefined ? 409 : 400,
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/verbindungstest`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const e = await fuehreVerbindungstestAus(deps, x.paar, akteurVon(request.personal));
      if (!e.ok) return zeigeDetail(request, reply, x.kopf, { fehler: e.fehler, status: 409 });
      return reply.redirect(
        `${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=${e.wert.bestanden ? 'test_bestanden' : 'test_fehlgeschlagen'}`,
        303,
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/technisch-angebunden`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return nachAktion(
        request,
        reply,
        x.kopf,
        await schliesseAnbindungAb(deps, x.paar, akteurVon(request.personal)),
        'angebunden',
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/test-erfolgreich`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return nachAktion(
        request,
        reply,
        x.kopf,
        await haltTestFest(deps, x.paar, akteurVon(request.personal)),
        'test_erfolgreich',
      );
    });

    // Go-live
    const produktivFormular = (
      request: FastifyRequest,
      reply: FastifyReply,
      kopf: Kopf,
      werte: Werte,
      fehler: FeldFehler,
      aktionsFehler?: string[],
    ) => (
      <DatumsFormular
        kontext={kontextVon(request, reply)}
        kopf={kopf}
        titel="Produktiv setzen"
        aktion="produktiv"
        einleitung={
          <p class="kern-body">
            Ab diesem Tag nimmt der Online-Dienst Anträge für {kopf.behoerde.name} an. Liegt der Tag in der
            Zukunft, wird die Produktivsetzung an diesem Tag automatisch ausgeführt. Vorher werden die
            aktuellen Nachnutzungsbedingungen und der bestandene Verbindungstest geprüft.
          </p>
        }
        werte={werte}
        fehler={fehler}
        aktionsFehler={aktionsFehler}
        knopf="Produktiv setzen"
        grund={false}
        datumLabel="Produktiv ab"
        datumHinweis="Zum Beispiel 01.03.2027"
      />
    );

    scope.get<{ Params: PaarParams }>(`${P}/produktiv`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const nein = nurKoordination(request, reply);
      if (nein !== null) return nein;
      const tag = heute(deps).split('-').reverse().join('.');
      return sendeSeite(reply, produktivFormular(request, reply, x.kopf, { datum: tag }, {}));
    });

    scope.post<{ Params: PaarParams }>(`${P}/produktiv`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const nein = nurKoordination(request, reply);
      if (nein !== null) return nein;
      const f = formular(request);
      const datum = leseDatum(f.datum ?? '');
      const fehler: FeldFehler = {};
      if (datum === null)
        fehler.datum = 'Bitte geben Sie das Datum der Produktivsetzung an, zum Beispiel 01.03.2027.';
      else if (datum < heute(deps)) fehler.datum = 'Das Datum darf nicht in der Vergangenheit liegen.';
      if (datum === null || fehler.datum !== undefined)
        return sendeSeite(reply, produktivFormular(request, reply, x.kopf, f, fehler), 400);
      const e = await setzeProduktiv(deps, x.paar, akteurVon(request.personal), datum);
      if (!e.ok) return sendeSeite(reply, produktivFormular(request, reply, x.kopf, f, {}, e.fehler), 409);
      return reply.redirect(
        `${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=${e.wert.geplant ? 'produktiv_geplant' : 'produktiv'}`,
        303,
      );
    });

    // Scenario B
    scope.get<{ Params: PaarParams }>(`${P}/voruebergehend`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      return sendeSeite(
        reply,
        <VoruebergehendFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={{}}
          fehler={{}}
          heute={heute(deps)}
        />,
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/voruebergehend`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      const tag = heute(deps);
      const fehler: FeldFehler = {};
      if (leer(f.grund)) fehler.grund = 'Bitte geben Sie den Grund für den MiK an.';
      let ab: string | null = null;
      if (f.beginn === 'geplant') {
        ab = leseDatum(f.ab ?? '');
        if (ab === null) fehler.ab = 'Bitte geben Sie den Beginn als Datum an, zum Beispiel 01.02.2027.';
        else if (ab <= tag)
          fehler.ab = 'Ein späterer Beginn muss nach heute liegen. Sonst wählen Sie „Sofort“.';
      } else if (f.beginn !== 'sofort') {
        fehler.beginn = 'Bitte wählen Sie, wann die Abmeldung beginnt.';
      }
      let bis: string | null = null;
      if (!leer(f.bis)) {
        bis = leseDatum(f.bis ?? '');
        if (bis === null) fehler.bis = 'Bitte geben Sie ein gültiges Datum an, zum Beispiel 15.02.2027.';
        else if (bis <= (ab ?? tag))
          fehler.bis = 'Die Wiederaufnahme muss nach dem Beginn der Abmeldung liegen.';
      }
      const formularMit = (fe: FeldFehler, aktionsFehler?: string[]) => (
        <VoruebergehendFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={f}
          fehler={fe}
          aktionsFehler={aktionsFehler}
          heute={tag}
        />
      );
      if (Object.keys(fehler).length > 0) return sendeSeite(reply, formularMit(fehler), 400);
      const e = await meldeVoruebergehendAb(deps, x.paar, akteurVon(request.personal), {
        grund: (f.grund ?? '').trim(),
        ab,
        bis,
        hinweisText: oderNull(f.hinweisText),
      });
      if (!e.ok) return sendeSeite(reply, formularMit({}, e.fehler), 409);
      return nachAktion(
        request,
        reply,
        x.kopf,
        e,
        e.wert.geplant ? 'voruebergehend_geplant' : 'voruebergehend',
      );
    });

    scope.post<{ Params: PaarParams }>(`${P}/wiederaufnahme`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const e = await nimmWiederAuf(deps, x.paar, akteurVon(request.personal));
      const meldung = e.ok && e.wert.von === 'produktiv' ? 'zurueckgenommen' : 'wiederaufgenommen';
      return nachAktion(request, reply, x.kopf, e, meldung);
    });

    // Scenario A
    const kuendigungFormular = (
      request: FastifyRequest,
      reply: FastifyReply,
      kopf: Kopf,
      werte: Werte,
      fehler: FeldFehler,
      aktionsFehler?: string[],
    ) => (
      <DatumsFormular
        kontext={kontextVon(request, reply)}
        kopf={kopf}
        titel="Dauerhaft abmelden (Kündigung)"
        aktion="kuendigung"
        einleitung={
          <>
            <p class="kern-body">
              Szenario A: Die Kündigung wird beim MiK angekündigt. Es gilt eine Frist von 3 Monaten zum
              Monatsende, gerechnet ab dem Eingang beim MiK. Ab dem Wirksamkeitsdatum nimmt der Online-Dienst
              für {kopf.behoerde.name} keine neuen Anträge mehr an; Bürgerinnen und Bürger sehen dann den
              schriftlichen Antragsweg. Die technische Entkopplung stimmen Sie mit dem MiK und dem
              Themenfeldführer (TFF) ab.
            </p>
            <p class="kern-body">
              Beispiel: Eingang am 15.01. – wirksam zum 30.04.; Eingang am 01.02. – wirksam zum 31.05.
            </p>
          </>
        }
        werte={werte}
        fehler={fehler}
        aktionsFehler={aktionsFehler}
        knopf="Kündigung ankündigen"
        grund={true}
        datumLabel="Eingang der Kündigung beim MiK am"
        datumHinweis="Heute, wenn die Kündigung jetzt an den MiK geht. Zum Beispiel 15.01.2027"
      />
    );

    scope.get<{ Params: PaarParams }>(`${P}/kuendigung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const tag = heute(deps).split('-').reverse().join('.');
      return sendeSeite(reply, kuendigungFormular(request, reply, x.kopf, { datum: tag }, {}));
    });

    scope.post<{ Params: PaarParams }>(`${P}/kuendigung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      const eingang = leseDatum(f.datum ?? '');
      const fehler: FeldFehler = {};
      if (eingang === null)
        fehler.datum =
          'Bitte geben Sie an, wann die Kündigung beim MiK eingegangen ist, zum Beispiel 15.01.2027.';
      else if (eingang > heute(deps)) fehler.datum = 'Das Eingangsdatum darf nicht in der Zukunft liegen.';
      if (leer(f.grund)) fehler.grund = 'Bitte geben Sie den Grund an.';
      if (eingang === null || Object.keys(fehler).length > 0)
        return sendeSeite(reply, kuendigungFormular(request, reply, x.kopf, f, fehler), 400);
      const e = await kuendige(deps, x.paar, akteurVon(request.personal), {
        grund: (f.grund ?? '').trim(),
        eingang,
      });
      if (!e.ok) return sendeSeite(reply, kuendigungFormular(request, reply, x.kopf, f, {}, e.fehler), 409);
      return nachAktion(request, reply, x.kopf, e, 'gekuendigt');
    });

    scope.post<{ Params: PaarParams }>(`${P}/entkopplung`, async (request, reply) => {
      const x = await paarAus(request, reply);
      if (x === null) return reply;
      const f = formular(request);
      const punkt = entkopplungsPunkte.find((p) => p.id === f.punkt)?.id;
      if (punkt === undefined || (f.erledigt !== 'ja' && f.erledigt !== 'nein'))
        return zeigeDetail(request, reply, x.kopf, {
          fehler: ['Unbekannter Punkt der Checkliste.'],
          status: 400,
        });
      const e = await setzeEntkopplungspunkt(
        deps,
        x.paar,
        akteurVon(request.personal),
        punkt,
        f.erledigt === 'ja',
      );
      return nachAktion(request, reply, x.kopf, e, 'entkopplung');
    });
    fertig();
  });
}

function sendeDatei(reply: FastifyReply, inhalt: Buffer, name: string, typ: string | null) {
  const istPdf = inhalt.subarray(0, 5).equals(Buffer.from('%PDF-'));
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header(
      'content-type',
      istPdf
        ? 'application/pdf'
        : typ === 'text/plain'
          ? 'text/plain; charset=utf-8'
          : 'application/octet-stream',
    )
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(inhalt);
}
