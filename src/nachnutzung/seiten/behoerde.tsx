import { z } from 'zod';
import { findBehoerde } from '../../katalog/index.ts';
import { darfNachnutzungSehen } from '../../personal/index.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { BehoerdeSeite } from '../ansichten/uebersicht.tsx';
import { kontakteFuer } from '../repo/kontakte.ts';
import { uebersicht } from '../uebersicht.ts';
import { BASIS, kontextVon, nichtGefunden, verweigern } from '../seitenhilfen/zugriff.tsx';

/** One office: its services and its contacts. */
export const behoerdeSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/:ags`,
  params: z.object({ ags: z.string() }),
  behandle: async ({ request, reply, deps, params: { ags } }) => {
    const db = deps.datenbank.db;
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
  },
});
