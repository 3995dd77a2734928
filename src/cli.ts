import { entwuerfeAufraeumen } from './antrag/antrag-repo.ts';
import { antragEntwurfsquelle } from './antrag/entwurfsquelle.ts';
import { loadConfig, type Config } from './config.ts';
import { startDatenbank } from './datenbank-start.ts';
import type { Datenbank } from './db/client.ts';
import { createLogger } from './log.ts';
import { fuehreFaelligeUebergaengeAus } from './nachnutzung/job.ts';
import { entwurfsmitteilungsLauf } from './nachnutzung/entwurfsmitteilung.ts';
import { alsCsv, uebersicht } from './nachnutzung/uebersicht.ts';
import { resolveSecrets } from './secrets.ts';
import { benutzerBefehl } from './personal/benutzer-cli.ts';
import { apiSchluesselBefehl } from './posteingang/api-schluessel.ts';
import { platzhalterListe, PROFILE } from './nachricht/index.ts';
import { gemeindenImportBefehl } from './zustaendigkeit/import-cli.ts';
import { zustellungBefehle } from './cli-zustellung.ts';
import { vermieterEinladungBefehl } from './vermieter/index.ts';
import { antragRepo } from './antrag/index.ts';

// Operator commands: `npm run cli -- <befehl> [argumente]`. Each part adds its commands to this table.

type Befehl = {
  beschreibung: string;
  ausfuehren(
    args: string[],
    kontext: { datenbank: Datenbank; jetzt: () => Date; config: Config },
  ): Promise<number>;
};

export const befehle: Record<string, Befehl> = {
  migrate: {
    beschreibung: 'Datenbank migrieren und Stammdaten anlegen',
    ausfuehren() {
      // startDatenbank has already migrated and seeded by the time a command runs.
      process.stdout.write('Datenbank ist auf dem neuesten Stand.\n');
      return Promise.resolve(0);
    },
  },
  'nachnutzung-lauf': {
    beschreibung: 'Fällige Nachnutzungs-Übergänge jetzt ausführen (läuft sonst im Server regelmäßig)',
    async ausfuehren(_args, { datenbank, jetzt }) {
      const config = loadConfig();
      const deps = {
        config,
        secrets: await resolveSecrets(config),
        datenbank,
        logger: createLogger('warn'),
        jetzt,
      };
      const erledigt = await fuehreFaelligeUebergaengeAus(deps);
      for (const u of erledigt) process.stdout.write(`${u.ags} ${u.dienstId}: ${u.von} → ${u.nach}\n`);
      process.stdout.write(`${erledigt.length} Übergänge ausgeführt.\n`);
      // The same second step as the server's check: tell owners of affected drafts.
      const mails = await entwurfsmitteilungsLauf(deps, antragEntwurfsquelle(deps));
      process.stdout.write(
        `Entwurfsmitteilungen: ${mails.gesendet} gesendet, ${mails.entfallen} entfallen, ${mails.fehlgeschlagen} fehlgeschlagen.\n`,
      );
      return 0;
    },
  },
  'nachnutzung-stand': {
    beschreibung: 'Nachnutzungsstand aller Sozialämter und Dienste als CSV (UTF-8, Semikolon) ausgeben',
    async ausfuehren(_args, { datenbank }) {
      process.stdout.write(alsCsv(await uebersicht(datenbank.db, () => true)));
      return 0;
    },
  },
  benutzer: {
    beschreibung:
      'Konten der Mitarbeitenden (anlegen, liste, aendern, sperren, entsperren, passwort, protokoll)',
    ausfuehren: (args, { datenbank, jetzt }) =>
      benutzerBefehl(args, {
        db: datenbank.db,
        jetzt,
        ausgabe: (zeile) => process.stdout.write(`${zeile}\n`),
        fehler: (zeile) => {
          console.error(zeile);
        },
      }),
  },
  'entwuerfe-aufraeumen': {
    beschreibung: 'Antragsentwürfe löschen, die länger als DRAFT_RETENTION_DAYS nicht bearbeitet wurden',
    async ausfuehren(_args, { datenbank, jetzt, config }) {
      const anzahl = await entwuerfeAufraeumen(datenbank.db, jetzt(), config.draftRetentionDays);
      process.stdout.write(`${anzahl} Entwürfe gelöscht (älter als ${config.draftRetentionDays} Tage).\n`);
      return 0;
    },
  },
  'import-gemeinden': {
    beschreibung:
      'Gemeindeverzeichnis (PLZ → Gemeinde, CSV) einlesen; auch: npm run import:gemeinden -- DATEI',
    ausfuehren: (args, { datenbank, jetzt }) =>
      gemeindenImportBefehl(args, {
        db: datenbank.db,
        jetzt,
        // npm runs scripts in the package root; a relative path means the caller's directory.
        arbeitsverzeichnis: process.env.INIT_CWD ?? process.cwd(),
        ausgabe: { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
      }),
  },
  'xsozial-platzhalter': {
    beschreibung: 'xSozial-Werte je Empfängerprofil auflisten, die noch gegen XRepository zu bestätigen sind',
    ausfuehren(args) {
      const versionen = args.length > 0 ? args : Object.keys(PROFILE);
      for (const version of versionen) {
        const profil = PROFILE[version];
        if (profil === undefined) {
          console.error(`Unbekanntes Profil: ${version} (bekannt: ${Object.keys(PROFILE).join(', ')})`);
          return Promise.resolve(2);
        }
        process.stdout.write(`xSozial-basis ${version}:\n`);
        for (const p of platzhalterListe(profil)) {
          process.stdout.write(`  ${p.pfad}: ${p.code}${p.hinweis === undefined ? '' : ` – ${p.hinweis}`}\n`);
        }
      }
      return Promise.resolve(0);
    },
  },
  ...zustellungBefehle,
};

befehle['api-schluessel'] = {
  beschreibung: 'API-Schlüssel für Fachverfahren (anlegen <AGS> [Bezeichnung], liste, widerrufen <Kennung>)',
  ausfuehren: (args, { datenbank, jetzt }) =>
    apiSchluesselBefehl(args, {
      db: datenbank.db,
      jetzt,
      ausgabe: (zeile) => process.stdout.write(`${zeile}\n`),
      fehler: (zeile) => {
        console.error(zeile);
      },
    }),
};

befehle['vermieter-einladung'] = {
  beschreibung: 'Den Vermieter eines Antrags einladen und den Link ausgeben (<Vorgangsnummer>)',
  async ausfuehren(args, { datenbank, jetzt, config }) {
    const secrets = await resolveSecrets(config);
    return vermieterEinladungBefehl(
      args,
      {
        db: datenbank.db,
        schluessel: secrets.dataKey,
        repo: antragRepo(datenbank.db, secrets.dataKey),
        jetzt,
        config,
        logger: createLogger('warn'),
      },
      {
        out: (z) => process.stdout.write(`${z}\n`),
        err: (z) => {
          console.error(z);
        },
      },
    );
  },
};

function hilfe(): string {
  return [
    'Verwendung: npm run cli -- <befehl> [argumente]',
    '',
    'Befehle:',
    ...Object.entries(befehle).map(([n, b]) => `  ${n.padEnd(24)} ${b.beschreibung}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const befehl = name === undefined ? undefined : befehle[name];
  if (befehl === undefined) {
    console.error(
      name === undefined || name === 'hilfe' ? hilfe() : `Unbekannter Befehl: ${name}\n\n${hilfe()}`,
    );
    return name === 'hilfe' ? 0 : 2;
  }
  const config = loadConfig();
  const jetzt = () => new Date();
  const datenbank = await startDatenbank(config, jetzt);
  try {
    return await befehl.ausfuehren(args, { datenbank, jetzt, config });
  } finally {
    await datenbank.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
