import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

// Outgoing e-mail for every part (re-use notices, inbox notifications …). With SMTP_URL the mail goes out over
// SMTP; in embedded mode without SMTP_URL it is written as an RFC 5322 .eml file into DATA_DIR/mails/, so a
// first start needs no mail server and the files can be opened in any mail program. Mail bodies are never logged.

export type Mail = { an: string; betreff: string; text: string; antwortAn?: string | undefined };

export type MailErgebnis =
  | { art: 'smtp'; messageId: string; an: string }
  | { art: 'datei'; messageId: string; an: string; datei: string };

export type MailDeps = {
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'databaseUrl'>;
  logger: Logger;
};

export class MailNichtKonfiguriert extends Error {
  constructor() {
    super('Für den Versand von E-Mails ist SMTP_URL nicht gesetzt.');
    this.name = 'MailNichtKonfiguriert';
  }
}

export function mailVerzeichnis(config: Pick<Config, 'dataDir'>): string {
  return path.resolve(config.dataDir, 'mails');
}

/** Sends one plain-text mail. Throws when it cannot be delivered (the caller decides what the user sees). */
export async function sendeMail(deps: MailDeps, mail: Mail): Promise<MailErgebnis> {
  const nachricht = {
    from: deps.config.mailFrom,
    to: mail.an,
    subject: mail.betreff,
    text: mail.text,
    ...(mail.antwortAn === undefined ? {} : { replyTo: mail.antwortAn }),
  };
  if (deps.config.smtpUrl !== undefined) {
    const transport = nodemailer.createTransport(deps.config.smtpUrl);
    try {
      const info = await transport.sendMail(nachricht);
      deps.logger.info({ messageId: info.messageId }, 'E-Mail über SMTP versendet');
      return { art: 'smtp', messageId: info.messageId, an: mail.an };
    } finally {
      transport.close();
    }
  }
  if (deps.config.databaseUrl !== undefined) throw new MailNichtKonfiguriert();

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail(nachricht);
  const verzeichnis = mailVerzeichnis(deps.config);
  await mkdir(verzeichnis, { recursive: true });
  const stempel = new Date().toISOString().replace(/[:.]/g, '-');
  const datei = path.join(verzeichnis, `${stempel}-${randomBytes(4).toString('hex')}.eml`);
  await writeFile(datei, info.message, { mode: 0o600 });
  deps.logger.info({ messageId: info.messageId, datei }, 'E-Mail als Datei abgelegt (kein SMTP_URL)');
  return { art: 'datei', messageId: info.messageId, an: mail.an, datei };
}
