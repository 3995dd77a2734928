import { z } from 'zod';
import { tagInBerlin } from '../../../shared/index.ts';
import { findBehoerde } from '../../../katalog/index.ts';
import { personalKontext, darfFaelleSehen } from '../../../personal/index.ts';
import { sendeSeite } from '../../../web/index.ts';
import { faelleDerBehoerde, filterAus } from '../../faelle.ts';
import { seite } from '../../seite.ts';
import { KeinSozialamt } from './meldungen.tsx';
import { BASIS } from './pfade.ts';
import { PosteingangSeite } from './posteingang-ansicht.tsx';
import { nichtGefunden, nurSachbearbeitung } from './zugang.tsx';

const SEITENGROESSE = 50;

/** /verwaltung/posteingang leads to the inbox of the account's first office. */
export const posteingangStart = seite({
  methode: 'GET',
  pfad: BASIS,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply }) => {
    const [erste] = request.personal.behoerden;
    if (erste === undefined)
      return sendeSeite(reply, <KeinSozialamt kontext={personalKontext(request, reply)} />);
    return reply.redirect(`${BASIS}/${erste}`, 303);
  },
});

/** The inbox of one office, filtered, one page of fifty. */
export const posteingangListe = seite({
  methode: 'GET',
  pfad: `${BASIS}/:ags`,
  params: z.object({ ags: z.string() }),
  query: z.record(z.string(), z.unknown()),
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params: { ags }, query }) => {
    if (!/^\d{5}$/.test(ags) || !darfFaelleSehen(request.personal, ags)) return nichtGefunden(request, reply);
    const behoerde = await findBehoerde(k.db, ags);
    if (behoerde === undefined) return nichtGefunden(request, reply);
    const filter = filterAus(query);
    const alle = await faelleDerBehoerde(k, ags, filter);
    const seiten = Math.max(1, Math.ceil(alle.length / SEITENGROESSE));
    const gewuenscht = typeof query.seite === 'string' ? query.seite : '';
    const nummer = Math.min(seiten, Math.max(1, Number.parseInt(gewuenscht, 10) || 1));
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
        eintraege={alle.slice((nummer - 1) * SEITENGROESSE, nummer * SEITENGROESSE)}
        heute={tagInBerlin(k.jetzt())}
        gesamt={alle.length}
        seite={nummer}
        seiten={seiten}
        seitenUrl={seitenUrl}
      />,
    );
  },
});
