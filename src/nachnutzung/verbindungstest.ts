import https from 'node:https';
import { TLSSocket } from 'node:tls';
import type { Deps } from '../deps.ts';
import { entschluessleSchluessel, findeVerbindung, verbindungAlsEingabe } from './nachnutzung-repo.ts';
import { fachverfahrenNamen, pruefeVerbindung, transportNamen } from './verbindung.ts';

// INTEGRATION POINT for the connection test of the delivery part (src/zustellung/). When it lands on main,
// the body of `verbindungstest` below becomes one call: `return verbindungstest(deps, ags, dienstId)` from
// src/zustellung/ (it then also reads the transport parameters through `leseVerbindung`). Everything else in
// nachnutzung/ calls only this function and stores what it returns.
//
// Until then this test checks what can be checked without the XTA client: the stored parameters (complete,
// Lämmerzahl only via ComVibilia, certificate valid and matching its key), and for XTA a real TLS connection
// with the client certificate to the office's XTA server, which must answer over HTTP.

export type VerbindungstestErgebnis = { bestanden: boolean; bericht: string };

export async function verbindungstest(
  deps: Pick<Deps, 'datenbank' | 'secrets' | 'jetzt'>,
  ags: string,
  dienstId: string,
): Promise<VerbindungstestErgebnis> {
  const v = await findeVerbindung(deps.datenbank.db, ags, dienstId);
  if (v === undefined) return { bestanden: false, bericht: 'Es sind keine Verbindungsdaten gespeichert.' };
  const jetzt = deps.jetzt();
  const schluessel = entschluessleSchluessel(deps.secrets.dataKey, v);
  const zeilen = [
    `Zustellweg: ${transportNamen[v.transport]}`,
    `Fachverfahren: ${fachverfahrenNamen[v.fachverfahren]}${v.comvibilia ? ' über Governikus ComVibilia' : ''}`,
    `xSozial-basis: ${v.xsozial_version ?? '–'}`,
  ];
  const geprueft = pruefeVerbindung(verbindungAlsEingabe(v), jetzt, schluessel);
  if (!geprueft.ok) {
    return {
      bestanden: false,
      bericht: [...zeilen, 'Parameterprüfung: nicht bestanden', ...Object.values(geprueft.fehler)].join('\n'),
    };
  }
  zeilen.push('Parameterprüfung: bestanden');
  if (v.transport === 'postfach') {
    zeilen.push(
      'Eingebautes Postfach: Die Anträge bleiben in dieser Installation; eine Verbindung nach außen ist nicht nötig.',
    );
    return { bestanden: true, bericht: zeilen.join('\n') };
  }
  const erreichbar = await pruefeXtaErreichbarkeit({
    url: v.xta_url ?? '',
    zertifikat: v.client_zertifikat ?? '',
    schluessel: schluessel ?? '',
  });
  return { bestanden: erreichbar.bestanden, bericht: [...zeilen, erreichbar.bericht].join('\n') };
}

/**
 * Opens a TLS connection with the client certificate to the XTA server and sends a request. Passed when the
 * handshake succeeds (the server accepted the certificate) and the server answers with HTTP below 500.
 */
export function pruefeXtaErreichbarkeit(opts: {
  url: string;
  zertifikat: string;
  schluessel: string;
  /** Extra trust anchors (tests); production uses the system's CA store. */
  ca?: string;
  timeoutMs?: number;
}): Promise<VerbindungstestErgebnis> {
  const start = Date.now();
  return new Promise((resolve) => {
    let erledigt = false;
    const fertig = (e: VerbindungstestErgebnis) => {
      if (!erledigt) {
        erledigt = true;
        resolve(e);
      }
    };
    let url: URL;
    try {
      url = new URL(opts.url);
    } catch {
      fertig({ bestanden: false, bericht: `XTA-Server: ungültige Adresse ${opts.url}` });
      return;
    }
    const anfrage = https.request(
      url,
      {
        method: 'GET',
        cert: opts.zertifikat,
        key: opts.schluessel,
        ...(opts.ca === undefined ? {} : { ca: opts.ca }),
        timeout: opts.timeoutMs ?? 10_000,
        headers: { accept: 'application/soap+xml, text/xml, */*' },
      },
      (antwort) => {
        antwort.resume();
        const status = antwort.statusCode ?? 0;
        const tls = antwort.socket;
        const server = tls instanceof TLSSocket ? tls.getPeerCertificate() : null;
        const protokoll = tls instanceof TLSSocket ? tls.getProtocol() : null;
        const cn = server?.subject.CN;
        const dauer = Date.now() - start;
        const zeilen = [
          `XTA-Server: ${url.origin}${url.pathname}`,
          `TLS: ${protokoll ?? 'unbekannt'}, Server-Zertifikat ${cn === undefined ? 'ohne CN' : [cn].flat().join(', ')}`,
          `HTTP-Status: ${status}`,
          `Dauer: ${dauer} ms`,
        ];
        fertig(
          status > 0 && status < 500
            ? {
                bestanden: true,
                bericht: [...zeilen, 'Verbindung mit Client-Zertifikat: bestanden'].join('\n'),
              }
            : { bestanden: false, bericht: [...zeilen, 'Der XTA-Server meldet einen Fehler.'].join('\n') },
        );
      },
    );
    anfrage.on('timeout', () => {
      anfrage.destroy(new Error('Zeitüberschreitung'));
    });
    anfrage.on('error', (error: NodeJS.ErrnoException) => {
      fertig({
        bestanden: false,
        bericht:
          `XTA-Server: ${url.origin}${url.pathname}\nKeine Verbindung: ${error.code ?? ''} ${error.message}`.trim(),
      });
    });
    anfrage.end();
  });
}
