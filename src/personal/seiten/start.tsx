import { sendeSeite } from '../../web/index.ts';
import { ereignisseLesen } from '../ereignis.ts';
import { kontenListe } from '../konto.ts';
import { personalSeite } from '../personal-deps.ts';
import { personalKontext } from '../personal-layout.tsx';
import { requirePersonal } from '../zugang.tsx';
import { KontenSeite } from './konten-ansicht.tsx';
import { Startseite } from './start-ansicht.tsx';

// The staff start page with the tasks of one's roles, and the accounts overview for operations.

export const startseite = personalSeite({
  methode: 'GET',
  pfad: '/verwaltung',
  optionen: { preHandler: requirePersonal() },
  behandle: async ({ request, reply, deps }) => {
    const anmeldungen = await ereignisseLesen(deps.datenbank.db, {
      kontoId: request.personal.benutzerId,
      arten: ['anmeldung_erfolgreich'],
      limit: 2,
    });
    return sendeSeite(
      reply,
      <Startseite kontext={personalKontext(request, reply)} letzteAnmeldung={anmeldungen[1]?.zeitpunkt} />,
    );
  },
});

export const kontenseite = personalSeite({
  methode: 'GET',
  pfad: '/verwaltung/konten',
  optionen: { preHandler: requirePersonal({ rollen: ['betrieb'] }) },
  behandle: async ({ request, reply, deps }) => {
    const db = deps.datenbank.db;
    const [konten, ereignisse] = await Promise.all([kontenListe(db), ereignisseLesen(db, { limit: 50 })]);
    return sendeSeite(
      reply,
      <KontenSeite kontext={personalKontext(request, reply)} konten={konten} ereignisse={ereignisse} />,
    );
  },
});
