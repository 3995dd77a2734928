import { DIENST_MIETRUECKSTAENDE, steckbriefMietrueckstaende, listDienste } from '../katalog/index.ts';
import { liveBeiJeDienst } from '../nachnutzung/index.ts';
import { sendeSeite } from '../web/index.ts';
import { BehoerdenInfo } from './seiten/behoerden-info.tsx';
import { LeichteSprache } from './seiten/leichte-sprache.tsx';
import { Startseite } from './seiten/startseite.tsx';
import { oeffentlicheSeite } from './oeffentliche-deps.ts';

// The start page, its version in plain language, and the information page for offices.

export const startseite = oeffentlicheSeite({
  methode: 'GET',
  pfad: '/',
  behandle: async ({ request, reply, deps }) => {
    const [live, navigation] = await Promise.all([liveBeiJeDienst(deps.db), deps.navigation(request, reply)]);
    return sendeSeite(
      reply,
      <Startseite liveBei={live.get(DIENST_MIETRUECKSTAENDE) ?? []} navigation={navigation} />,
    );
  },
});

export const leichteSprache = oeffentlicheSeite({
  methode: 'GET',
  pfad: '/leichte-sprache',
  behandle: async ({ request, reply, deps }) =>
    sendeSeite(reply, <LeichteSprache navigation={await deps.navigation(request, reply)} />),
});

export const behoerdenInfo = oeffentlicheSeite({
  methode: 'GET',
  pfad: '/behoerden',
  behandle: async ({ request, reply, deps }) => {
    const [dienste, live] = await Promise.all([listDienste(deps.db), liveBeiJeDienst(deps.db)]);
    return sendeSeite(
      reply,
      <BehoerdenInfo
        steckbrief={steckbriefMietrueckstaende}
        dienste={dienste.map((d) => ({ ...d, liveBei: live.get(d.id) ?? [] }))}
        navigation={await deps.navigation(request, reply)}
      />,
    );
  },
});
