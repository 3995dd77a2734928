import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anzeigename, type BuergerIdentitaet, type BuergerSitzung } from '../bundid/identitaet.ts';
import { lokalesZiel, STANDARDZIEL } from '../bundid/sitzung.ts';
import type { Deps } from '../deps.ts';
import { dringlichkeit, formatDatum, fristInWorten, heuteInDeutschland } from '../fristen/index.ts';
import { renderAntragPdf, renderEingangsbestaetigungPdf } from '../dokumente/index.ts';
import { findBehoerde } from '../katalog/katalog-repo.ts';
import { zustellstatus } from '../zustellung/outbox.ts';
import { sendeSeite } from '../web/render.ts';
import { Fehlerseite } from '../web/seiten/fehler.tsx';
import { antragRepo, entwuerfeAufraeumen, loeschdatum, neueId, type Entwurf } from './antrag-repo.ts';
import { eingangsbestaetigungPdfEingabe, type PdfRenderer } from './eingang.ts';
import { einreichen } from './einreichen.ts';
import {
  ABSCHNITTE,
  abschnittZustaende,
  alleSchritte,
  ANTRAGSTELLER,
  auswerten,
  ersterOffener,
  istErreichbar,
  leererEntwurf,
  naechster,
  NEU,
  personName,
  PRUEFEN,
  schluessel,
  schrittMitId,
  vorheriger,
  type Auswertung,
  type EntwurfInhalt,
  type FlowKontext,
} from './flow.ts';
import { benoetigteUnterlagen, fehlendeUnterlagen } from './flow-unterlagen.ts';
import { fristAnzeige, type FristAnzeige } from './frist.ts';
import { rohAusFormular, sortiereFehler, feldReihenfolge } from './formular-lesen.ts';
import { erklaerungen as erklaerungenSchritt } from './schritte/erklaerungen.ts';
import type { RohEingabe } from './schritte/felder.ts';
import { haushaltPerson, haushaltUebersicht } from './schritte/haushalt.ts';
import { rueckstandAbweichung } from './schritte/rueckstand.ts';
import { pruefeSchritt, type Schritt } from './schritte/schritt.ts';
import { ausserhalbErgebnis, sozialamtFelder, sozialamtRoh } from './schritte/sozialamt.ts';
import { monateZwischen } from './schritte/werte.ts';
import { unterlagenArt } from './schritte/unterlagen.ts';
import { Aufgabenliste } from './seiten/aufgaben.tsx';
import type { Rahmen } from './seiten/bausteine.tsx';
import { Eingangsbestaetigung, MeineAntraege } from './seiten/eingang.tsx';
import { FristHinweis } from './seiten/frist-hinweis.tsx';
import { Erklaerungen, Pruefen } from './seiten/pruefen.tsx';
import { SchrittSeite } from './seiten/schritt-seite.tsx';
import {
  AusserhalbMvSeite,
  EntwurfLoeschen,
  HaushaltUebersicht,
  JobcenterHinweis,
  NichtOnline,
  PersonEntfernen,
  RueckstandMonate,
  Schonfrist,
  sozialamtEinleitung,
} from './seiten/spezial.tsx';
import { mitVerifizierten, vorbelegung } from './vorbelegung.ts';
import { flowKontext, verfuegbarkeitVon, zustaendigesAmt } from './zustaendigkeit.ts';
import { unterlagenRouten } from './unterlagen-routen.tsx';
import { zusammenfassen } from './zusammenfassung.ts';

// The citizen application path under /antrag. Handlers only orchestrate: sign-in and ownership, read the
// form, validate with the step's schema, save the draft, ask the flow where to go, render or redirect.

export type AntragOptionen = {
  /** PDF rendering; default: dokumente/ (Antrag.pdf is always stored, the Eingangsbestätigung rendered on demand). */
  pdf?: PdfRenderer;
};

export const dokumentePdf: PdfRenderer = {
  antrag: renderAntragPdf,
  eingangsbestaetigung: renderEingangsbestaetigungPdf,
};

type Angemeldet = { identitaet: BuergerIdentitaet; besitzer: string; ablauf: Date };
export type EntwurfKontext = {
  angemeldet: Angemeldet;
  entwurf: Entwurf;
  kontext: FlowKontext;
  auswertung: Auswertung;
  basis: string;
  rahmen: Rahmen;
};

const ohneQuery = (url: string) => url.split('?')[0] ?? url;

export function antragRouten(app: FastifyInstance, deps: Deps, optionen: AntragOptionen = {}) {
  const pdf = optionen.pdf ?? dokumentePdf;
  const db = deps.datenbank.db;
  const repo = antragRepo(db, deps.secrets.dataKey);
  const tage = deps.config.draftRetentionDays;

  // Expired drafts are deleted periodically in the running app (and by `npm run cli -- entwuerfe-aufraeumen`).
  let timer: ReturnType<typeof setInterval> | undefined;
  app.addHook('onReady', () => {
    timer = setInterval(() => {
      entwuerfeAufraeumen(db, deps.jetzt(), tage)
        .then((n) => {
          if (n > 0) app.log.info({ geloescht: n }, 'Abgelaufene Antragsentwürfe gelöscht');
        })
        .catch((err: unknown) => {
          app.log.error({ err }, 'Aufräumen der Entwürfe fehlgeschlagen');
        });
    }, deps.config.draftCleanupIntervalMinutes * 60_000);
    timer.unref();
    return Promise.resolve();
  });
  app.addHook('onClose', () => {
    clearInterval(timer);
    return Promise.resolve();
  });

  /** The signed-in citizen, or a redirect to the BundID login that returns here. */
  async function anmelden(request: FastifyRequest, reply: FastifyReply): Promise<Angemeldet | null> {
    const sitzung = await app.sitzungen.lesen<BuergerSitzung>(request, 'buerger');
    if (sitzung === null) {
      const ziel = lokalesZiel(ohneQuery(request.url)) ?? STANDARDZIEL;
      await reply.redirect(`/anmelden?ziel=${encodeURIComponent(ziel)}`, 303);
      return null;
    }
    const identitaet = sitzung.daten.identitaet;
    return { identitaet, besitzer: repo.besitzerVon(identitaet.pseudonym), ablauf: sitzung.ablauf };
  }

  function rahmen(a: Angemeldet, reply: FastifyReply): Rahmen {
    return { name: anzeigename(a.identitaet), csrf: reply.generateCsrf(), sitzungsende: a.ablauf };
  }

  function kontext(inhalt: EntwurfInhalt): Promise<FlowKontext> {
    return flowKontext(db, inhalt, heuteInDeutschland(deps.jetzt()));
  }

  function nichtGefunden(reply: FastifyReply) {
    return sendeSeite(
      reply,
      <Fehlerseite
        titel="Antrag nicht gefunden"
        text="Diesen Antrag gibt es nicht, oder er gehört zu einem anderen BundID-Konto. Ihre eigenen Anträge finden Sie unter „Ihre Anträge“."
      />,
      404,
    );
  }

  /** Signed-in citizen and their own draft, evaluated; otherwise replies (login, receipt, 404) and returns null. */
  async function mitEntwurf(request: FastifyRequest, reply: FastifyReply): Promise<EntwurfKontext | null> {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return null;
    const { entwurf: id } = request.params as { entwurf: string };
    const entwurf = await repo.entwurfLaden(id, angemeldet.besitzer);
    if (entwurf === undefined) {
      const nummer = await repo.antragAusEntwurf(id, angemeldet.besitzer);
      if (nummer !== undefined) {
        await reply.redirect(`/antrag/eingang/${nummer}`, 303);
        return null;
      }
      await nichtGefunden(reply);
      return null;
    }
    const k = await kontext(entwurf.inhalt);
    return {
      angemeldet,
      entwurf,
      kontext: k,
      auswertung: auswerten(entwurf.inhalt, k),
      basis: `/antrag/${entwurf.id}`,
      rahmen: rahmen(angemeldet, reply),
    };
  }

  function url(basis: string, key: string): string {
    if (key === PRUEFEN) return `${basis}/pruefen`;
    const [id = '', instanz = ''] = key.split('/');
    const schritt = schrittMitId(id);
    return schritt === undefined ? basis : `${basis}/${schritt.slug.replace(':instanz', instanz)}`;
  }

  const ruecksprungAus = (request: FastifyRequest): string | undefined => {
    const q = request.query as Record<string, unknown>;
    const b = (request.body ?? {}) as Record<string, unknown>;
    return q.zurueck === PRUEFEN || b._zurueck === PRUEFEN ? PRUEFEN : undefined;
  };

  async function speichern(ctx: EntwurfKontext) {
    await repo.entwurfSpeichern(ctx.entwurf.id, ctx.angemeldet.besitzer, ctx.entwurf.inhalt, deps.jetzt());
  }

  /** After saving a step: the next step, or back to the check page (via any step that became necessary). */
  async function weiterleiten(
    reply: FastifyReply,
    ctx: EntwurfKontext,
    key: string,
    ruecksprung: string | undefined,
  ) {
    // The answer may have changed the responsible office: availability is looked up again.
    const nachher = auswerten(ctx.entwurf.inhalt, await kontext(ctx.entwurf.inhalt));
    let ziel: string;
    if (key.startsWith(`${haushaltPerson.id}/`)) ziel = haushaltUebersicht.id;
    else if (ruecksprung === PRUEFEN)
      ziel = nachher.vollstaendig ? PRUEFEN : (ersterOffener(nachher) ?? PRUEFEN);
    else ziel = naechster(nachher, key);
    const query = ruecksprung === PRUEFEN && ziel !== PRUEFEN ? '?zurueck=pruefen' : '';
    return reply.redirect(`${url(ctx.basis, ziel)}${query}`, 303);
  }

  const bereich = (s: Schritt) => ABSCHNITTE.find((a) => a.id === s.abschnitt)?.titel ?? '';

  /** Instance of a repeated step from the URL; undefined when it does not exist in this draft. */
  function instanzAus(
    schritt: Schritt,
    request: FastifyRequest,
    ctx: EntwurfKontext,
  ): string | undefined | null {
    const { instanz } = request.params as { instanz?: string };
    if (!schritt.slug.includes(':instanz')) return undefined;
    if (instanz === undefined) return null;
    const personen = ctx.entwurf.inhalt.personen;
    if (schritt.id === haushaltPerson.id)
      return instanz === NEU || personen.includes(instanz) ? instanz : null;
    return instanz === ANTRAGSTELLER || personen.includes(instanz) ? instanz : null;
  }

  type Anzeige = { roh?: RohEingabe; fehler?: Record<string, string>; status?: number; abweichung?: boolean };

  async function zeigen(
    schritt: Schritt,
    ctx: EntwurfKontext,
    key: string,
    request: FastifyRequest,
    reply: FastifyReply,
    anzeige: Anzeige = {},
  ) {
    const { auswertung: a, basis } = ctx;
    const ruecksprung = ruecksprungAus(request);
    const vorher = vorheriger(a, key);
    const gemeinsam = {
      rahmen: ctx.rahmen,
      aktion: url(basis, key),
      zurueck: ruecksprung === PRUEFEN ? `${basis}/pruefen` : vorher === null ? basis : url(basis, vorher),
      uebersicht: basis,
      ruecksprung,
    };
    const status = anzeige.status ?? 200;
    const gespeichert = ctx.entwurf.inhalt.eingaben[key];
    switch (schritt.ansicht) {
      case 'haushalt-uebersicht':
        if (a.daten.personen.length === 0)
          return reply.redirect(url(basis, `${haushaltPerson.id}/${NEU}`), 303);
        return sendeSeite(
          reply,
          <HaushaltUebersicht
            {...gemeinsam}
            personen={a.daten.personen}
            basis={basis}
            fehler={anzeige.fehler?.weitere}
          />,
          status,
        );
      case 'jobcenter':
        return sendeSeite(reply, <JobcenterHinweis {...gemeinsam} />, status);
      case 'schonfrist':
        return sendeSeite(
          reply,
          <Schonfrist {...gemeinsam} frist={fristAnzeige(a.daten, ctx.kontext.heute)} />,
          status,
        );
      case 'info': {
        const ags = zustaendigesAmt(a.daten);
        const behoerde = ags === undefined ? undefined : await findBehoerde(db, ags);
        const v = ags === undefined ? undefined : await verfuegbarkeitVon(db, ags, ctx.kontext.heute);
        return sendeSeite(
          reply,
          <NichtOnline
            {...gemeinsam}
            zurueck={url(basis, 'wohnung-sozialamt')}
            behoerde={behoerde}
            verfuegbarkeit={v}
          />,
          status,
        );
      }
      case 'ausserhalb':
        return sendeSeite(
          reply,
          <AusserhalbMvSeite
            {...gemeinsam}
            ergebnis={ausserhalbErgebnis(a.daten['wohnung-sozialamt'], ctx.kontext.zustaendigkeit)}
          />,
          status,
        );
      case 'sozialamt': {
        // The form depends on routing: the Kreis, the municipality of an ambiguous postal code, or nothing.
        const z = ctx.kontext.zustaendigkeit;
        const amt = z?.art === 'eindeutig' ? await findBehoerde(db, z.behoerdeAgs) : undefined;
        const einleitung = sozialamtEinleitung(z, amt?.name);
        const form: Schritt = {
          ...schritt,
          felder: sozialamtFelder(z),
          ...(einleitung !== undefined ? { einleitung } : {}),
        };
        return sendeSeite(
          reply,
          <SchrittSeite
            {...gemeinsam}
            schritt={form}
            titel={z?.art === 'eindeutig' ? 'Zuständiges Sozialamt' : schritt.titel}
            bereich={bereich(schritt)}
            roh={anzeige.roh ?? gespeichert ?? {}}
            fehler={anzeige.fehler ?? {}}
            verifiziert={{}}
          />,
          status,
        );
      }
      case 'rueckstand-monate': {
        const r = a.daten.rueckstand;
        const monate = r === undefined ? [] : monateZwischen(r.von, r.bis, 36);
        const daten = a.daten['rueckstand-monate'];
        return sendeSeite(
          reply,
          <RueckstandMonate
            {...gemeinsam}
            monate={monate}
            roh={anzeige.roh ?? gespeichert ?? {}}
            fehler={anzeige.fehler ?? {}}
            gesamt={r?.gesamt ?? 0}
            abweichung={
              anzeige.abweichung === true && r !== undefined && daten !== undefined
                ? rueckstandAbweichung(r.gesamt, daten.monate)
                : null
            }
          />,
          status,
        );
      }
      case 'unterlagen':
        return unterlagen.uebersicht(ctx, gemeinsam, reply);
      default: {
        const v = vorbelegung(schritt, a.daten, ctx.angemeldet.identitaet);
        const instanz = key.split('/')[1];
        const titel =
          instanz === undefined
            ? schritt.titel
            : schritt.id === haushaltPerson.id
              ? instanz === NEU
                ? 'Weitere Person im Haushalt'
                : personName(a.daten, instanz)
              : `${schritt.titel}: ${personName(a.daten, instanz)}`;
        return sendeSeite(
          reply,
          <SchrittSeite
            {...gemeinsam}
            schritt={schritt}
            titel={titel}
            bereich={bereich(schritt)}
            roh={anzeige.roh ?? gespeichert ?? v.vorschlag}
            fehler={anzeige.fehler ?? {}}
            verifiziert={v.verifiziert}
          />,
          status,
        );
      }
    }
  }

  async function schrittZeigen(schritt: Schritt, request: FastifyRequest, reply: FastifyReply) {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    const instanz = instanzAus(schritt, request, ctx);
    if (instanz === null) return nichtGefunden(reply);
    const key = schluessel(schritt.id, instanz);
    if (!istErreichbar(ctx.auswertung, key)) return reply.redirect(ctx.basis, 303);
    return zeigen(schritt, ctx, key, request, reply);
  }

  async function schrittSpeichern(schritt: Schritt, request: FastifyRequest, reply: FastifyReply) {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    const instanz = instanzAus(schritt, request, ctx);
    if (instanz === null) return nichtGefunden(reply);
    let key = schluessel(schritt.id, instanz);
    if (!istErreichbar(ctx.auswertung, key)) return reply.redirect(ctx.basis, 303);
    const ruecksprung = ruecksprungAus(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const inhalt = ctx.entwurf.inhalt;

    switch (schritt.ansicht) {
      case 'haushalt-uebersicht': {
        const weitere = body.weitere;
        if (weitere !== 'ja' && weitere !== 'nein') {
          return zeigen(schritt, ctx, key, request, reply, {
            fehler: { weitere: 'Wählen Sie aus, ob Sie eine weitere Person hinzufügen möchten' },
            status: 400,
          });
        }
        inhalt.eingaben[key] = {};
        await speichern(ctx);
        if (weitere === 'ja') {
          const query = ruecksprung === PRUEFEN ? '?zurueck=pruefen' : '';
          return reply.redirect(`${url(ctx.basis, `${haushaltPerson.id}/${NEU}`)}${query}`, 303);
        }
        return weiterleiten(reply, ctx, key, ruecksprung);
      }
      case 'info':
      case 'ausserhalb':
        return nichtGefunden(reply);
      case 'sozialamt': {
        const roh = sozialamtRoh(body, ctx.kontext.zustaendigkeit);
        const pruefung = pruefeSchritt(schritt, roh, ctx.kontext);
        if (!pruefung.ok) {
          request.log.info(
            { schritt: schritt.id, felder: Object.keys(pruefung.fehler) },
            'Eingabe abgelehnt',
          );
          return zeigen(schritt, ctx, key, request, reply, { roh, fehler: pruefung.fehler, status: 400 });
        }
        inhalt.eingaben[key] = roh;
        await speichern(ctx);
        return weiterleiten(reply, ctx, key, ruecksprung);
      }
      case 'jobcenter':
      case 'schonfrist':
      case 'unterlagen':
        inhalt.eingaben[key] = {};
        await speichern(ctx);
        return weiterleiten(reply, ctx, key, ruecksprung);
      default: {
        const v = vorbelegung(schritt, ctx.auswertung.daten, ctx.angemeldet.identitaet);
        const roh = mitVerifizierten(schritt, rohAusFormular(schritt, body), v);
        const pruefung = pruefeSchritt(schritt, roh, ctx.kontext);
        if (!pruefung.ok) {
          request.log.info(
            { schritt: schritt.id, felder: Object.keys(pruefung.fehler) },
            'Eingabe abgelehnt',
          );
          return zeigen(schritt, ctx, key, request, reply, {
            roh,
            fehler: sortiereFehler(pruefung.fehler, feldReihenfolge(schritt)),
            status: 400,
          });
        }
        if (key === schluessel(haushaltPerson.id, NEU)) {
          const id = neueId();
          inhalt.personen.push(id);
          key = schluessel(haushaltPerson.id, id);
        }
        inhalt.eingaben[key] = roh;
        await speichern(ctx);
        if (schritt.ansicht === 'rueckstand-monate' && body._abweichung !== 'bestaetigt') {
          const nachher = auswerten(inhalt, ctx.kontext);
          const r = nachher.daten.rueckstand;
          const monate = nachher.daten['rueckstand-monate']?.monate ?? [];
          if (r !== undefined && rueckstandAbweichung(r.gesamt, monate) !== null) {
            // A warning, not an error: saved, shown once more with the hint; "weiter" then goes on.
            return zeigen(schritt, { ...ctx, auswertung: nachher }, key, request, reply, {
              roh,
              abweichung: true,
            });
          }
        }
        return weiterleiten(reply, ctx, key, ruecksprung);
      }
    }
  }

  for (const schritt of alleSchritte) {
    const pfad = `/antrag/:entwurf/${schritt.slug}`;
    app.get(pfad, (request, reply) => schrittZeigen(schritt, request, reply));
    app.post(pfad, (request, reply) => schrittSpeichern(schritt, request, reply));
  }

  const unterlagen = unterlagenRouten(app, deps, { repo, mitEntwurf, nichtGefunden, url });

  // --- Removing a household member -------------------------------------------------------------------------

  async function personMitKontext(request: FastifyRequest, reply: FastifyReply) {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return null;
    const { instanz } = request.params as { instanz: string };
    const person = ctx.auswertung.daten.personen.find((p) => p.id === instanz);
    if (person === undefined || !istErreichbar(ctx.auswertung, schluessel(haushaltPerson.id, instanz))) {
      await nichtGefunden(reply);
      return null;
    }
    return { ctx, person };
  }

  app.get('/antrag/:entwurf/haushalt/person/:instanz/entfernen', async (request, reply) => {
    const r = await personMitKontext(request, reply);
    if (r === null) return reply;
    const { ctx, person } = r;
    return sendeSeite(
      reply,
      <PersonEntfernen
        rahmen={ctx.rahmen}
        aktion={`${ctx.basis}/haushalt/person/${person.id}/entfernen`}
        zurueck={url(ctx.basis, haushaltUebersicht.id)}
        uebersicht={url(ctx.basis, haushaltUebersicht.id)}
        person={person}
      />,
    );
  });

  app.post('/antrag/:entwurf/haushalt/person/:instanz/entfernen', async (request, reply) => {
    const r = await personMitKontext(request, reply);
    if (r === null) return reply;
    const { ctx, person } = r;
    const inhalt = ctx.entwurf.inhalt;
    inhalt.personen = inhalt.personen.filter((id) => id !== person.id);
    const weg = new Set([schluessel(haushaltPerson.id, person.id), schluessel('einkommen', person.id)]);
    inhalt.eingaben = Object.fromEntries(Object.entries(inhalt.eingaben).filter(([key]) => !weg.has(key)));
    await speichern(ctx);
    return reply.redirect(
      url(ctx.basis, inhalt.personen.length > 0 ? haushaltUebersicht.id : 'haushalt'),
      303,
    );
  });

  // --- Overview, task list, resume, delete -----------------------------------------------------------------

  app.get('/antrag', async (request, reply) => {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return reply;
    const [entwuerfe, antraege] = await Promise.all([
      repo.entwuerfeVon(angemeldet.besitzer),
      repo.antraegeVon(angemeldet.besitzer),
    ]);
    // Only the applicant's name is needed here; availability plays no part.
    const k: FlowKontext = { heute: heuteInDeutschland(deps.jetzt()), onlineAemter: [] };
    return sendeSeite(
      reply,
      <MeineAntraege
        rahmen={rahmen(angemeldet, reply)}
        entwuerfe={entwuerfe.map((e) => {
          const d = auswerten(e.inhalt, k).daten;
          return {
            id: e.id,
            fuer: d['persoenliche-daten'] === undefined ? undefined : personName(d, ANTRAGSTELLER),
            geaendertAm: e.geaendertAm,
            loeschdatum: formatDatum(loeschdatum(e.geaendertAm, tage)),
          };
        })}
        antraege={antraege.map((a) => ({
          vorgangsnummer: a.vorgangsnummer,
          eingereichtAm: a.eingereicht_am,
        }))}
      />,
    );
  });

  app.post('/antrag/neu', async (request, reply) => {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return reply;
    const entwurf = await repo.entwurfAnlegen(angemeldet.besitzer, leererEntwurf(), deps.jetzt());
    return reply.redirect(`/antrag/${entwurf.id}`, 303);
  });

  app.get('/antrag/:entwurf', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    const a = ctx.auswertung;
    const frist = fristAnzeige(a.daten, ctx.kontext.heute);
    return sendeSeite(
      reply,
      <Aufgabenliste
        rahmen={ctx.rahmen}
        basis={ctx.basis}
        antragFuer={
          a.daten['persoenliche-daten'] === undefined ? undefined : personName(a.daten, ANTRAGSTELLER)
        }
        abschnitte={abschnittZustaende(a)}
        vollstaendig={a.vollstaendig}
        loeschdatum={loeschdatum(ctx.entwurf.geaendertAm, tage)}
        fristHinweis={frist === null ? undefined : <FristHinweis frist={frist} />}
      />,
    );
  });

  app.get('/antrag/:entwurf/weiter', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    return reply.redirect(url(ctx.basis, ersterOffener(ctx.auswertung) ?? PRUEFEN), 303);
  });

  app.get('/antrag/:entwurf/loeschen', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    return sendeSeite(
      reply,
      <EntwurfLoeschen
        rahmen={ctx.rahmen}
        aktion={`${ctx.basis}/loeschen`}
        zurueck={ctx.basis}
        uebersicht={ctx.basis}
      />,
    );
  });

  app.post('/antrag/:entwurf/loeschen', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    await repo.entwurfLoeschen(ctx.entwurf.id, ctx.angemeldet.besitzer);
    return reply.redirect('/antrag', 303);
  });

  // --- Check answers, declarations, submit -----------------------------------------------------------------

  const artTitel = (art: string) => unterlagenArt(art)?.titel ?? art;

  app.get('/antrag/:entwurf/pruefen', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    const a = ctx.auswertung;
    if (!a.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    const dateien = await repo.dateienVonEntwurf(ctx.entwurf.id);
    const frist = fristAnzeige(a.daten, ctx.kontext.heute);
    const ags = zustaendigesAmt(a.daten);
    return sendeSeite(
      reply,
      <Pruefen
        rahmen={ctx.rahmen}
        basis={ctx.basis}
        abschnitte={zusammenfassen(a.daten).abschnitte}
        aendern={(angabe) =>
          angabe.schritt === undefined ? undefined : `${url(ctx.basis, angabe.schritt)}?zurueck=pruefen`
        }
        dateien={dateien}
        fehlend={fehlendeUnterlagen(benoetigteUnterlagen(a.daten), dateien)}
        titel={artTitel}
        vorher={frist === null ? undefined : <FristHinweis frist={frist} />}
        behoerde={ags === undefined ? undefined : await findBehoerde(db, ags)}
      />,
    );
  });

  async function erklaerungenZeigen(
    ctx: EntwurfKontext,
    reply: FastifyReply,
    anzeige: { roh?: RohEingabe; fehler?: Record<string, string>; status?: number; hinweis?: string } = {},
  ) {
    const a = ctx.auswertung;
    const ags = zustaendigesAmt(a.daten);
    return sendeSeite(
      reply,
      <Erklaerungen
        rahmen={ctx.rahmen}
        basis={ctx.basis}
        schritt={erklaerungenSchritt}
        roh={anzeige.roh ?? ctx.entwurf.inhalt.eingaben[erklaerungenSchritt.id] ?? {}}
        fehler={anzeige.fehler ?? {}}
        absendeSchluessel={ctx.entwurf.absendeSchluessel}
        behoerde={ags === undefined ? undefined : await findBehoerde(db, ags)}
        mitEnergie={a.daten.energie?.vorhanden === true}
        mitKlage={
          a.daten.raeumungsklage?.status === 'zugestellt' || a.daten.raeumungsklage?.status === 'eingereicht'
        }
        hinweis={anzeige.hinweis}
      />,
      anzeige.status ?? 200,
    );
  }

  app.get('/antrag/:entwurf/erklaerungen', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    if (!ctx.auswertung.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    return erklaerungenZeigen(ctx, reply);
  });

  app.post('/antrag/:entwurf/erklaerungen', async (request, reply) => {
    const ctx = await mitEntwurf(request, reply);
    if (ctx === null) return reply;
    if (!ctx.auswertung.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const roh = rohAusFormular(erklaerungenSchritt, body);
    ctx.entwurf.inhalt.eingaben[erklaerungenSchritt.id] = roh;
    await speichern(ctx);
    const pruefung = pruefeSchritt(erklaerungenSchritt, roh, ctx.kontext);
    if (!pruefung.ok) {
      return erklaerungenZeigen(ctx, reply, {
        roh,
        fehler: sortiereFehler(pruefung.fehler, feldReihenfolge(erklaerungenSchritt)),
        status: 400,
      });
    }
    const ergebnis = await einreichen({
      db,
      repo,
      jetzt: deps.jetzt,
      pdf,
      autor: { kennung: deps.config.zustellung.autorKennung, name: deps.config.zustellung.autorName },
      schluessel: deps.secrets.dataKey,
      entwurfId: ctx.entwurf.id,
      besitzer: ctx.angemeldet.besitzer,
      absendeSchluessel: typeof body._schluessel === 'string' ? body._schluessel : '',
      erklaerungen: pruefung.daten,
      identitaet: ctx.angemeldet.identitaet,
      kontext: ctx.kontext,
    });
    switch (ergebnis.art) {
      case 'eingereicht':
        request.log.info({ vorgangsnummer: ergebnis.vorgangsnummer }, 'Antrag eingereicht');
        return reply.redirect(`/antrag/eingang/${ergebnis.vorgangsnummer}`, 303);
      case 'schon-eingereicht':
        return reply.redirect(`/antrag/eingang/${ergebnis.vorgangsnummer}`, 303);
      case 'unvollstaendig':
        return reply.redirect(`${ctx.basis}/weiter`, 303);
      case 'veraltet':
        return erklaerungenZeigen(ctx, reply, {
          roh,
          status: 409,
          hinweis:
            'Das Formular war nicht mehr aktuell. Bitte prüfen Sie Ihre Erklärungen und senden Sie noch einmal ab.',
        });
      case 'nachricht-ungueltig':
        request.log.warn(
          { felder: ergebnis.fehler.map((f) => f.feld) },
          'Antrag nicht eingereicht: Nachricht ungültig',
        );
        return erklaerungenZeigen(ctx, reply, {
          roh,
          status: 422,
          hinweis: `Ihr Antrag konnte nicht elektronisch übermittelt werden, weil eine Angabe nicht übertragen werden kann (${ergebnis.fehler
            .map(nachrichtFehlerText)
            .join(
              '; ',
            )}). Bitte korrigieren Sie diese Angabe und senden Sie noch einmal ab. Ihre Eingaben bleiben gespeichert.`,
        });
      case 'keine-verbindung':
        request.log.error('Antrag nicht eingereicht: keine Zustellverbindung für das Amt');
        return erklaerungenZeigen(ctx, reply, {
          roh,
          status: 503,
          hinweis:
            'Ihr Antrag kann gerade nicht an das zuständige Amt übermittelt werden. Ihre Eingaben bleiben gespeichert. Bitte versuchen Sie es später noch einmal oder wenden Sie sich direkt an das Amt.',
        });
      case 'nicht-gefunden':
        return nichtGefunden(reply);
    }
  });

  // --- Receipt ---------------------------------------------------------------------------------------------

  async function eingangLaden(request: FastifyRequest, reply: FastifyReply) {
    const angemeldet = await anmelden(request, reply);
    if (angemeldet === null) return null;
    const { nummer } = request.params as { nummer: string };
    const zeile = await repo.antragMitNummer(nummer, angemeldet.besitzer);
    if (zeile === undefined) {
      await nichtGefunden(reply);
      return null;
    }
    const eingang = repo.antragDaten(zeile);
    const behoerde = await findBehoerde(db, zeile.behoerde_ags);
    const schonfrist =
      zeile.schonfrist_ende === null
        ? null
        : { ende: zeile.schonfrist_ende, vorlaeufig: zeile.schonfrist_vorlaeufig };
    return { angemeldet, zeile, eingang, behoerde, schonfrist };
  }

  app.get('/antrag/eingang/:nummer', async (request, reply) => {
    const e = await eingangLaden(request, reply);
    if (e === null) return reply;
    const heute = heuteInDeutschland(deps.jetzt());
    const frist: FristAnzeige | null =
      e.schonfrist === null
        ? null
        : {
            ...e.schonfrist,
            dringlichkeit: dringlichkeit(e.schonfrist.ende, heute),
            inWorten: fristInWorten(e.schonfrist.ende, heute),
          };
    const basis = `/antrag/eingang/${e.zeile.vorgangsnummer}`;
    return sendeSeite(
      reply,
      <Eingangsbestaetigung
        rahmen={rahmen(e.angemeldet, reply)}
        eingang={e.eingang}
        vorgangsnummer={e.zeile.vorgangsnummer}
        eingereichtAm={e.zeile.eingereicht_am}
        behoerde={e.behoerde}
        frist={frist}
        jobcenter={e.zeile.jobcenter_hinweis}
        zustellung={(await zustellstatus(db, e.zeile.id))?.text}
        pdfLinks={{
          bestaetigung: `${basis}/eingangsbestaetigung.pdf`,
          ...(e.zeile.antrag_pdf !== null ? { antrag: `${basis}/antrag.pdf` } : {}),
        }}
      />,
    );
  });

  app.get('/antrag/eingang/:nummer/eingangsbestaetigung.pdf', async (request, reply) => {
    const e = await eingangLaden(request, reply);
    if (e === null) return reply;
    if (e.behoerde === undefined) return nichtGefunden(reply);
    const bestaetigung = await pdf.eingangsbestaetigung(
      eingangsbestaetigungPdfEingabe(e.eingang, {
        vorgangsnummer: e.zeile.vorgangsnummer,
        eingereichtAm: e.zeile.eingereicht_am,
        behoerde: e.behoerde,
        schonfrist: e.schonfrist,
      }),
    );
    return pdfSenden(reply, bestaetigung, `Eingangsbestaetigung-${e.zeile.vorgangsnummer}.pdf`);
  });

  app.get('/antrag/eingang/:nummer/antrag.pdf', async (request, reply) => {
    const e = await eingangLaden(request, reply);
    if (e === null) return reply;
    const antragPdf = repo.antragPdf(e.zeile);
    if (antragPdf === null) return nichtGefunden(reply);
    return pdfSenden(reply, antragPdf, `Antrag-${e.zeile.vorgangsnummer}.pdf`);
  });
}

const FELDNAMEN: Record<string, string> = {
  vorname: 'Vorname',
  familienname: 'Familienname',
  geburtsname: 'Geburtsname',
  geburtsdatum: 'Geburtsdatum',
  strasse: 'Straße',
  hausnummer: 'Hausnummer',
  plz: 'Postleitzahl',
  ort: 'Ort',
  zusatz: 'Adresszusatz',
  kennung: 'Telefonnummer oder E-Mail-Adresse',
  kontoinhaber: 'Kontoinhaber',
  iban: 'IBAN',
  bic: 'BIC',
  verwendungszweck: 'Verwendungszweck',
  organisation: 'Name',
};

/** A message builder error in plain words: whose answer, which field, what is wrong. */
export function nachrichtFehlerText(f: { feld: string; meldung: string }): string {
  const wer = f.feld.startsWith('personen[0]')
    ? 'Antragstellende Person'
    : f.feld.startsWith('personen[')
      ? 'Person im Haushalt'
      : f.feld.startsWith('dritte[')
        ? 'Vermieter oder Vertretung'
        : 'Antrag';
  const letztes = /([a-zA-Z]+)(\[\d+\])?$/.exec(f.feld)?.[1] ?? '';
  const feld = FELDNAMEN[letztes];
  return `${wer}${feld !== undefined ? `, ${feld}` : ''}: ${f.meldung}`;
}

function pdfSenden(reply: FastifyReply, pdf: Buffer, dateiname: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${dateiname}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}
