import { antragMitNummer } from '../antrag/index.ts';
import { vermieterEinladen } from './einladen.ts';
import type { VermieterKontext } from './kontext.ts';

// `npm run cli -- vermieter-einladung <Vorgangsnummer>`: invites the landlord of an application (replacing an
// open invitation) and prints the link, for operators and tests. The e-mail goes out as from the pages.

export async function vermieterEinladungBefehl(
  args: string[],
  k: VermieterKontext,
  ausgabe: { out: (zeile: string) => void; err: (zeile: string) => void },
): Promise<number> {
  const [nummer] = args;
  if (nummer === undefined) {
    ausgabe.err('Verwendung: npm run cli -- vermieter-einladung <Vorgangsnummer>');
    return 2;
  }
  const antrag = await antragMitNummer(k.db, nummer);
  if (antrag === undefined) {
    ausgabe.err(`Kein Antrag ${nummer}`);
    return 1;
  }
  const neu = await vermieterEinladen(k, antrag, { art: 'betrieb', name: 'Betrieb (Kommandozeile)' });
  ausgabe.out(neu.link);
  return 0;
}
