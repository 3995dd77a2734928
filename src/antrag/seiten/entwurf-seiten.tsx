import { z } from 'zod';
import { seite } from '../../seite.ts';
import { CsrfFeld, Knopf, sendeSeite } from '../../web/index.ts';
import { loeschdatum } from '../antrag-repo.ts';
import { repoVon } from '../buerger-zugang.tsx';
import { mitEntwurf } from '../entwurf-kontext.ts';
import { abschnittZustaende, ANTRAGSTELLER, ersterOffener, personName, PRUEFEN } from '../flow.ts';
import { fristAnzeige } from '../frist.ts';
import { schrittUrl } from '../schritt-adresse.ts';
import { Aufgabenliste } from './aufgaben.tsx';
import { AntragSeite, Ueberschrift, type Rahmen } from './bausteine.tsx';
import { FristHinweis } from './frist-hinweis.tsx';
import { VorabKurz } from './zustaendigkeit-ansicht.tsx';
import { vorabFuer } from './zustaendigkeit-seite.tsx';

// A draft as a whole: its task list, "continue where I left off", and deleting it.

const params = z.object({ entwurf: z.string() });

export const aufgabenlisteSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    const a = ctx.auswertung;
    const frist = fristAnzeige(a.daten, ctx.kontext.heute);
    const { pruefung } = await vorabFuer(ctx, deps.datenbank.db, deps.jetzt());
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
        loeschdatum={loeschdatum(ctx.entwurf.geaendertAm, deps.config.draftRetentionDays)}
        fristHinweis={frist === null ? undefined : <FristHinweis frist={frist} />}
        vorab={<VorabKurz basis={ctx.basis} pruefung={pruefung} />}
      />,
    );
  },
});

export const weiterSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf/weiter',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    return reply.redirect(schrittUrl(ctx.basis, ersterOffener(ctx.auswertung) ?? PRUEFEN), 303);
  },
});

export const entwurfLoeschenSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf/loeschen',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
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
  },
});

export const entwurfGeloeschtSeite = seite({
  methode: 'POST',
  pfad: '/antrag/:entwurf/loeschen',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    await repoVon(deps).entwurfLoeschen(ctx.entwurf.id, ctx.angemeldet.besitzer);
    return reply.redirect('/antrag', 303);
  },
});

type Gemeinsam = { rahmen: Rahmen; aktion: string; zurueck: string | undefined; uebersicht: string };

export function EntwurfLoeschen(p: Gemeinsam) {
  return (
    <AntragSeite titel="Entwurf löschen" rahmen={p.rahmen} zurueck={p.zurueck} speicherhinweis={false}>
      <Ueberschrift>Möchten Sie Ihren Entwurf wirklich löschen?</Ueberschrift>
      <p class="kern-body">
        Alle Angaben und hochgeladenen Unterlagen dieses Entwurfs werden endgültig gelöscht.
      </p>
      <form method="post" action={p.aktion}>
        <CsrfFeld token={p.rahmen.csrf} />
        <div class="knopfleiste">
          <Knopf art="secondary">Ja, Entwurf löschen</Knopf>
          <a class="kern-link" href={p.uebersicht}>
            Nein, zurück zum Antrag
          </a>
        </div>
      </form>
    </AntragSeite>
  );
}
