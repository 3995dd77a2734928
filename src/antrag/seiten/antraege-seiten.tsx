import { seite } from '../../seite.ts';
import { formatDatumLang, tagInBerlin } from '../../shared/index.ts';
import { sendeSeite } from '../../web/index.ts';
import { loeschdatum } from '../antrag-repo.ts';
import { anmelden, rahmen, repoVon } from '../buerger-zugang.tsx';
import { ANTRAGSTELLER, auswerten, leererEntwurf, personName, type FlowKontext } from '../flow.ts';
import { MeineAntraege } from './eingang.tsx';

// "Ihre Anträge": the citizen's drafts and submitted applications, and starting a new draft.

export const meineAntraegeSeite = seite({
  methode: 'GET',
  pfad: '/antrag',
  behandle: async ({ request, reply, deps }) => {
    const angemeldet = await anmelden(request, reply, deps);
    if (angemeldet === null) return reply;
    const repo = repoVon(deps);
    const [entwuerfe, antraege] = await Promise.all([
      repo.entwuerfeVon(angemeldet.besitzer),
      repo.antraegeVon(angemeldet.besitzer),
    ]);
    // Only the applicant's name is needed here; availability plays no part.
    const k: FlowKontext = { heute: tagInBerlin(deps.jetzt()), onlineAemter: [] };
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
            loeschdatum: formatDatumLang(loeschdatum(e.geaendertAm, deps.config.draftRetentionDays)),
          };
        })}
        antraege={antraege.map((a) => ({
          vorgangsnummer: a.vorgangsnummer,
          eingereichtAm: a.eingereicht_am,
        }))}
      />,
    );
  },
});

export const neuerAntragSeite = seite({
  methode: 'POST',
  pfad: '/antrag/neu',
  behandle: async ({ request, reply, deps }) => {
    const angemeldet = await anmelden(request, reply, deps);
    if (angemeldet === null) return reply;
    const entwurf = await repoVon(deps).entwurfAnlegen(angemeldet.besitzer, leererEntwurf(), deps.jetzt());
    return reply.redirect(`/antrag/${entwurf.id}`, 303);
  },
});
