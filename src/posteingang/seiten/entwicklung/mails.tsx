import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Tabelle, Layout, sendeSeite, seitenFuer, NichtGefunden } from '../../../web/index.ts';
import { zeit } from '../bausteine.tsx';
import { kopfzeile } from './eml.ts';
import { nurBetriebLokal } from './zugang.tsx';

// Development only: the e-mails the embedded mode wrote into DATA_DIR/mails (no SMTP_URL), to read them in the
// browser. In production the pages do not exist (404), whatever the configuration.

export type EntwicklungDeps = { production: boolean; verzeichnis: string };

export const seite = seitenFuer<EntwicklungDeps>();

export const MAILS = '/entwicklung/mails';
export const DATEINAME = /^[A-Za-z0-9._-]{1,200}\.eml$/;

type Mail = { datei: string; am: Date; betreff: string; an: string };

async function mailsIn(verzeichnis: string): Promise<Mail[]> {
  const dateien = (await readdir(verzeichnis).catch(() => [] as string[])).filter((d) => DATEINAME.test(d));
  const mails: Mail[] = [];
  for (const datei of dateien) {
    const voll = path.join(verzeichnis, datei);
    const [inhalt, info] = await Promise.all([readFile(voll, 'utf8'), stat(voll)]);
    mails.push({ datei, am: info.mtime, betreff: kopfzeile(inhalt, 'Subject'), an: kopfzeile(inhalt, 'To') });
  }
  return mails.sort((a, b) => b.am.getTime() - a.am.getTime() || b.datei.localeCompare(a.datei));
}

function MailListe({ mails, verzeichnis }: { mails: Mail[]; verzeichnis: string }) {
  return (
    <Layout titel="Versendete E-Mails (Entwicklung)" schmal={false}>
      <div class="stapel">
        <h1 class="kern-heading-large">Versendete E-Mails</h1>
        <p class="kern-body">
          Nur in der Entwicklung: Ohne <code>SMTP_URL</code> legt der eingebettete Betrieb E-Mails als Dateien
          in <code>{verzeichnis}</code> ab. Im Betrieb gibt es diese Seite nicht.
        </p>
        {mails.length === 0 ? (
          <p class="kern-body">Noch keine E-Mails.</p>
        ) : (
          <Tabelle
            titel="E-Mails, neueste zuerst"
            zeilen={mails}
            spalten={[
              { titel: 'Zeitpunkt', zelle: (m) => zeit(m.am) },
              { titel: 'An', zelle: (m) => m.an },
              {
                titel: 'Betreff',
                zelle: (m) => (
                  <a class="kern-link" href={`${MAILS}/${m.datei}`}>
                    {m.betreff === '' ? m.datei : m.betreff}
                  </a>
                ),
              },
            ]}
          />
        )}
      </div>
    </Layout>
  );
}

export const mailListe = seite({
  methode: 'GET',
  pfad: MAILS,
  optionen: nurBetriebLokal,
  behandle: async ({ reply, deps }) => {
    if (deps.production) return sendeSeite(reply, <NichtGefunden />, 404);
    const mails = await mailsIn(deps.verzeichnis);
    return sendeSeite(reply, <MailListe mails={mails} verzeichnis={deps.verzeichnis} />);
  },
});
