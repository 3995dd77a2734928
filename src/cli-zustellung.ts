import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.tsx';
import { ladeBundid } from './bundid/laden.ts';
import { loadConfig } from './config.ts';
import type { Datenbank } from './db/client.ts';
import { DIENST_MIETRUECKSTAENDE } from './katalog/dienste.ts';
import { createLogger } from './log.ts';
import { resolveSecrets } from './secrets.ts';
import {
  leseZustellauftrag,
  listeZustellauftraege,
  statusTexte,
  wiederholeZustellung,
  zustellHistorie,
} from './zustellung/outbox.ts';
import { verbindungstest, zustellKontext } from './zustellung/verbindungstest.ts';
import { zustellWorker } from './zustellung/worker.ts';
import { speichereKonto } from './zustellung/xta-server/postfach-repo.ts';
import { zustellStatus, type ZustellStatusWert } from './zustellung/zustellung-tables.ts';

// Operator commands of the delivery part, merged into `befehle` in src/cli.ts.

type Kontext = { datenbank: Datenbank; jetzt: () => Date };
type Befehl = { beschreibung: string; ausfuehren(args: string[], kontext: Kontext): Promise<number> };

const aus = (text: string) => process.stdout.write(`${text}\n`);

async function abhaengigkeiten(kontext: Kontext) {
  const config = loadConfig();
  const secrets = await resolveSecrets(config);
  return {
    config,
    secrets,
    datenbank: kontext.datenbank,
    jetzt: kontext.jetzt,
    logger: createLogger(config.logLevel),
    bundid: await ladeBundid(config, (meldung) => {
      console.warn(meldung);
    }),
  };
}

export const zustellungBefehle: Record<string, Befehl> = {
  verbindungstest: {
    beschreibung: 'Verbindung eines Sozialamts prüfen: verbindungstest <AGS> [Dienst]',
    async ausfuehren(args, kontext) {
      const [ags, dienst = DIENST_MIETRUECKSTAENDE] = args;
      if (ags === undefined || !/^[0-9]{5}$/.test(ags)) {
        console.error('Bitte den Kreisschlüssel angeben, z. B.: npm run cli -- verbindungstest 13003');
        return 2;
      }
      const deps = await abhaengigkeiten(kontext);
      // Embedded PGlite belongs to one process: the app cannot run beside this command, so the built-in
      // mailbox is served from here for the duration of the test (same code, real HTTP on loopback).
      let app: Awaited<ReturnType<typeof createApp>> | undefined;
      let internUrl: string | undefined;
      if (kontext.datenbank.kind === 'embedded') {
        app = await createApp({ ...deps, logger: createLogger('warn') });
        await app.listen({ port: 0, host: '127.0.0.1' });
        internUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/xta`;
      }
      const e = await verbindungstest({ ...deps, internUrl }, ags, dienst).finally(() => app?.close());
      for (const s of e.schritte) aus(`${s.ok ? 'OK    ' : 'FEHLER'} ${s.schritt}: ${s.meldung}`);
      if (e.transportbericht !== undefined) {
        const t = e.transportbericht;
        aus(
          `Transportbericht: ${t.statusText}; zugestellt ${t.zugestelltAm?.toISOString() ?? '–'}; Server ${t.server}`,
        );
      }
      aus(e.ok ? 'Verbindungstest bestanden.' : 'Verbindungstest nicht bestanden.');
      return e.ok ? 0 : 1;
    },
  },
  'zustellung-worker': {
    beschreibung: 'Zustell-Worker als eigenen Prozess starten (bis SIGINT/SIGTERM)',
    async ausfuehren(_args, kontext) {
      const deps = await abhaengigkeiten(kontext);
      const worker = zustellWorker({
        ...zustellKontext(deps),
        intervallMs: deps.config.zustellung.intervallMs,
      });
      worker.start();
      aus('Zustell-Worker läuft. Beenden mit Strg+C.');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.stop();
      aus('Zustell-Worker beendet.');
      return 0;
    },
  },
  'zustellung-wiederholen': {
    beschreibung: 'Unzustellbaren Auftrag erneut einreihen: zustellung-wiederholen <Auftrags-ID>',
    async ausfuehren(args, kontext) {
      const [id] = args;
      if (id === undefined) {
        console.error('Bitte die Auftrags-ID angeben (npm run cli -- zustellung-liste zeigt sie).');
        return 2;
      }
      const e = await wiederholeZustellung(kontext.datenbank.db, id, kontext.jetzt());
      if (!e.ok) {
        console.error(e.grund);
        return 1;
      }
      aus(`Auftrag ${id} ist wieder eingereiht; der Worker versucht es sofort.`);
      return 0;
    },
  },
  'zustellung-liste': {
    beschreibung: 'Zustellaufträge anzeigen: zustellung-liste [queued|sent|delivered|failed|dead] oder <ID>',
    async ausfuehren(args, kontext) {
      const [filter] = args;
      if (filter !== undefined && !zustellStatus.includes(filter as ZustellStatusWert)) {
        const a = await leseZustellauftrag(kontext.datenbank.db, filter);
        if (a === undefined) {
          console.error(`Unbekannter Status oder Auftrag: ${filter}`);
          return 2;
        }
        aus(JSON.stringify(a, null, 2));
        for (const v of await zustellHistorie(kontext.datenbank.db, filter))
          aus(
            `#${v.nummer} ${v.beendetAm.toISOString()} ${v.ergebnis} ${v.fehlerCode ?? ''} ${v.fehlerGrund ?? ''}`,
          );
        return 0;
      }
      const liste = await listeZustellauftraege(kontext.datenbank.db, {
        ...(filter === undefined ? {} : { status: [filter as ZustellStatusWert] }),
      });
      if (liste.length === 0) aus('Keine Zustellaufträge.');
      for (const a of liste) {
        aus(
          `${a.id} ${a.behoerdeAgs} ${a.status.padEnd(9)} ${statusTexte[a.status]}${a.test ? ' (Test)' : ''}; ` +
            `Versuche ${a.versuche}; erstellt ${a.erstelltAm.toISOString()}${a.fehlerGrund === null ? '' : `; ${a.fehlerGrund}`}`,
        );
      }
      return 0;
    },
  },
  'xta-konto': {
    beschreibung:
      'Postfach im eingebauten XTA-Server anlegen: xta-konto <Kennung> <Name> [Clientzertifikat.pem]',
    async ausfuehren(args, kontext) {
      const [kennung, name, datei] = args;
      if (kennung === undefined || name === undefined) {
        console.error('Verwendung: npm run cli -- xta-konto <Kennung> <Name> [Clientzertifikat.pem]');
        return 2;
      }
      const zertifikat = datei === undefined ? undefined : await readFile(datei, 'utf8');
      await speichereKonto(kontext.datenbank.db, {
        kennung,
        name,
        ...(zertifikat === undefined ? {} : { zertifikat }),
      });
      aus(`Konto ${kennung} gespeichert${zertifikat === undefined ? '' : ' (mit Clientzertifikat)'}.`);
      return 0;
    },
  },
};
