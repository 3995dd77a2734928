import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Layout, sendeSeite, NichtGefunden } from '../../../web/index.ts';
import { kopfzeile, mailText } from './eml.ts';
import { DATEINAME, MAILS, seite } from './mails.tsx';
import { nurBetriebLokal } from './zugang.tsx';

// One e-mail of the development mail folder: sender, recipient, date and the text.

const kopfNamen = { From: 'Von', To: 'An', Date: 'Datum' } as const;

function MailAnzeige({ inhalt }: { inhalt: string }) {
  const betreff = kopfzeile(inhalt, 'Subject');
  return (
    <Layout titel={`E-Mail: ${betreff}`}>
      <div class="stapel">
        <p class="zurueck">
          <a class="kern-link" href={MAILS}>
            Alle E-Mails
          </a>
        </p>
        <h1 class="kern-heading-large">{betreff}</h1>
        <dl class="kern-description-list">
          {(['From', 'To', 'Date'] as const).map((k) => (
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{kopfNamen[k]}</dt>
              <dd class="kern-description-list-item__value">{kopfzeile(inhalt, k)}</dd>
            </div>
          ))}
        </dl>
        <pre class="mailtext">{mailText(inhalt)}</pre>
      </div>
    </Layout>
  );
}

export const mailAnzeigen = seite({
  methode: 'GET',
  pfad: `${MAILS}/:datei`,
  params: z.object({ datei: z.string() }),
  optionen: nurBetriebLokal,
  behandle: async ({ reply, deps, params: { datei } }) => {
    if (deps.production || !DATEINAME.test(datei)) return sendeSeite(reply, <NichtGefunden />, 404);
    const inhalt = await readFile(path.join(deps.verzeichnis, datei), 'utf8').catch(() => undefined);
    if (inhalt === undefined) return sendeSeite(reply, <NichtGefunden />, 404);
    return sendeSeite(reply, <MailAnzeige inhalt={inhalt} />);
  },
});
