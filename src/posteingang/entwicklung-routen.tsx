import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { mailVerzeichnis } from '../shared/mail.ts';
import { Tabelle } from '../web/komponenten/tabelle.tsx';
import { Layout } from '../web/layout.tsx';
import { sendeSeite } from '../web/render.ts';
import { NichtGefunden } from '../web/seiten/fehler.tsx';
import { zeit } from './seiten/bausteine.tsx';

// Development only: the e-mails the embedded mode wrote into DATA_DIR/mails (no SMTP_URL), to read them in the
// browser. In production the pages do not exist (404), whatever the configuration.

export const MAILS = '/entwicklung/mails';
const DATEINAME = /^[A-Za-z0-9._-]{1,200}\.eml$/;

type Mail = { datei: string; am: Date; betreff: string; an: string };

/** Header of an .eml file (unfolded), decoded where it is RFC 2047 UTF-8 (as nodemailer writes it). */
export function kopfzeile(eml: string, name: string): string {
  const kopf = eml.split(/\r?\n\r?\n/)[0] ?? '';
  const zeilen = kopf.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const zeile = zeilen.find((z) => z.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (zeile === undefined) return '';
  return zeile
    .slice(name.length + 1)
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, art: string, text: string) =>
      art.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** The text body of a single-part .eml file, decoded (quoted-printable or base64). */
export function mailText(eml: string): string {
  const trenner = /\r?\n\r?\n/.exec(eml);
  if (trenner === null) return '';
  const koerper = eml.slice(trenner.index + trenner[0].length);
  const kodierung = kopfzeile(eml, 'Content-Transfer-Encoding').toLowerCase();
  if (kodierung === 'base64') return Buffer.from(koerper.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kodierung === 'quoted-printable') {
    const bytes = koerper
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return koerper;
}

export function entwicklungRouten(
  app: FastifyInstance,
  config: Pick<Config, 'production' | 'dataDir'>,
): void {
  const verzeichnis = mailVerzeichnis(config);

  app.get(MAILS, async (_request, reply) => {
    if (config.production) return sendeSeite(reply, <NichtGefunden />, 404);
    const dateien = (await readdir(verzeichnis).catch(() => [] as string[])).filter((d) => DATEINAME.test(d));
    const mails: Mail[] = [];
    for (const datei of dateien) {
      const voll = path.join(verzeichnis, datei);
      const [inhalt, info] = await Promise.all([readFile(voll, 'utf8'), stat(voll)]);
      mails.push({
        datei,
        am: info.mtime,
        betreff: kopfzeile(inhalt, 'Subject'),
        an: kopfzeile(inhalt, 'To'),
      });
    }
    mails.sort((a, b) => b.am.getTime() - a.am.getTime() || b.datei.localeCompare(a.datei));
    return sendeSeite(
      reply,
      <Layout titel="Versendete E-Mails (Entwicklung)" schmal={false}>
        <div class="stapel">
          <h1 class="kern-heading-large">Versendete E-Mails</h1>
          <p class="kern-body">
            Nur in der Entwicklung: Ohne <code>SMTP_URL</code> legt der eingebettete Betrieb E-Mails als
            Dateien in <code>{verzeichnis}</code> ab. Im Betrieb gibt es diese Seite nicht.
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
      </Layout>,
    );
  });

  app.get(`${MAILS}/:datei`, async (request, reply) => {
    const { datei } = request.params as { datei: string };
    if (config.production || !DATEINAME.test(datei)) return sendeSeite(reply, <NichtGefunden />, 404);
    const inhalt = await readFile(path.join(verzeichnis, datei), 'utf8').catch(() => undefined);
    if (inhalt === undefined) return sendeSeite(reply, <NichtGefunden />, 404);
    const betreff = kopfzeile(inhalt, 'Subject');
    return sendeSeite(
      reply,
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
                <dt class="kern-description-list-item__key">
                  {k === 'From' ? 'Von' : k === 'To' ? 'An' : 'Datum'}
                </dt>
                <dd class="kern-description-list-item__value">{kopfzeile(inhalt, k)}</dd>
              </div>
            ))}
          </dl>
          <pre class="mailtext">{mailText(inhalt)}</pre>
        </div>
      </Layout>,
    );
  });
}
