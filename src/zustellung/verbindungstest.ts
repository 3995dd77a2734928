import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import type { Logger } from '../log.ts';
import { enqueueZustellung, holeFaelligeAuftraege, markiereTestauftragTot } from './outbox.ts';
import { baueTestnachricht, type TestnachrichtBauer } from './testnachricht.ts';
import { leseVersandVerbindung } from './verbindung.ts';
import { verarbeiteMitHerzschlag } from './worker.ts';
import { XtaFehler } from './xta/fehler.ts';
import type { TransportStatus } from './xta/inhalt.ts';
import { autorVon, clientFuer, ordneFehlerEin, sperrdauerMs, type ZustellKontext } from './zustellen.ts';

// The connection test of one (office, service): account check, a test message (TestMsg and test="true")
// through the real path (outbox job → XTA client → server), and the server's transport report.

export type VerbindungstestDeps = Pick<Deps, 'config' | 'secrets' | 'datenbank' | 'jetzt'> & {
  logger?: Logger | undefined;
  /** Overrides config.zustellung.internUrl (tests listening on a random port). */
  internUrl?: string | undefined;
  testnachricht?: TestnachrichtBauer | undefined;
};

export type Testschritt = { schritt: string; ok: boolean; meldung: string };

export const transportStatusTexte: Record<TransportStatus, string> = {
  0: 'offen (in Verarbeitung)',
  1: 'grün (zugestellt, ohne Fehler und Warnungen)',
  2: 'gelb (zugestellt, mit Warnungen)',
  3: 'rot (gescheitert)',
};

export type VerbindungstestErgebnis = {
  ok: boolean;
  schritte: Testschritt[];
  auftragId?: string;
  messageId?: string;
  transportbericht?: {
    status: TransportStatus;
    statusText: string;
    berichtZeit: Date;
    zugestelltAm: Date | undefined;
    server: string;
    fehler: string[];
  };
};

export function zustellKontext(deps: VerbindungstestDeps): ZustellKontext {
  const z = deps.config.zustellung;
  return {
    db: deps.datenbank.db,
    schluessel: deps.secrets.dataKey,
    jetzt: deps.jetzt,
    logger: deps.logger,
    internUrl: deps.internUrl ?? z.internUrl,
    timeoutMs: z.timeoutMs,
    backoffMs: z.backoffMs,
    backoffMaxMs: z.backoffMaxMs,
    maxAlterMs: z.maxAlterMs,
    sperreMs: deps.config.hintergrund.zustellSperreMs,
  };
}

export async function verbindungstest(
  deps: VerbindungstestDeps,
  ags: string,
  dienstId: string,
): Promise<VerbindungstestErgebnis> {
  const k = zustellKontext(deps);
  const schritte: Testschritt[] = [];
  const ergebnis = (): VerbindungstestErgebnis => ({ ok: schritte.every((s) => s.ok), schritte });

  const v = await leseVersandVerbindung(k.db, k.schluessel, ags, dienstId);
  if (v === undefined) {
    schritte.push({
      schritt: 'Verbindung',
      ok: false,
      meldung: `Für das Sozialamt ${ags} und den Dienst ${dienstId} ist keine Zustellverbindung eingerichtet.`,
    });
    return ergebnis();
  }
  schritte.push({
    schritt: 'Verbindung',
    ok: true,
    meldung:
      v.transport === 'intern'
        ? `Eingebautes XTA-Postfach (${k.internUrl}), Leser ${v.leserKennung}`
        : `XTA-Server ${v.endpunktManagement ?? ''}, Leser ${v.leserKennung}`,
  });

  const client = clientFuer(k, v);
  const autor = autorVon(v);
  try {
    await client.checkAccountActive(autor);
    schritte.push({ schritt: 'Konto', ok: true, meldung: `Das Konto ${autor.kennung} ist aktiv.` });
  } catch (error) {
    schritte.push({ schritt: 'Konto', ok: false, meldung: ordneFehlerEin(error).grund });
    return ergebnis();
  }

  const nachrichtUUID = randomUUID();
  const xml = (deps.testnachricht ?? baueTestnachricht)(v, nachrichtUUID, k.jetzt());
  const auftragId = await enqueueZustellung(
    k.db,
    {
      behoerdeAgs: ags,
      dienstId,
      nachrichtXml: xml,
      nachrichtUUID,
      bezug: `verbindungstest:${ags}:${dienstId}`,
      test: true,
    },
    k.schluessel,
  );
  const [auftrag] = await holeFaelligeAuftraege(k.db, {
    jetzt: k.jetzt(),
    anzahl: 1,
    sperrdauerMs: sperrdauerMs(k),
    nurId: auftragId,
  });
  if (auftrag === undefined) {
    schritte.push({
      schritt: 'Testnachricht',
      ok: false,
      meldung: 'Der Testauftrag wird bereits von einem Worker bearbeitet.',
    });
    return { ...ergebnis(), auftragId };
  }
  const [verarbeitung] = await verarbeiteMitHerzschlag(k, [auftrag]);
  if (verarbeitung === undefined) throw new Error('Testauftrag nicht verarbeitet');
  const gesendet = verarbeitung.status === 'delivered' || verarbeitung.status === 'sent';
  if (!gesendet) {
    await markiereTestauftragTot(k.db, auftragId, k.jetzt());
    schritte.push({
      schritt: 'Testnachricht',
      ok: false,
      meldung: verarbeitung.fehlerGrund ?? 'Die Testnachricht konnte nicht gesendet werden.',
    });
    return { ...ergebnis(), auftragId };
  }
  const gespeichert = await k.db
    .selectFrom('zustell_auftrag')
    .select('xta_message_id')
    .where('id', '=', auftragId)
    .executeTakeFirstOrThrow();
  const messageId = gespeichert.xta_message_id ?? '';
  schritte.push({ schritt: 'Testnachricht', ok: true, meldung: `Gesendet mit MessageID ${messageId}.` });

  try {
    const r = await client.getTransportReport(autor, messageId);
    const ok = r.status === 1 || r.status === 2;
    schritte.push({
      schritt: 'Transportbericht',
      ok,
      meldung: `Status ${transportStatusTexte[r.status]}, Bericht vom ${r.berichtZeit.toISOString()} (${r.serverIdentitaet}).`,
    });
    return {
      ...ergebnis(),
      auftragId,
      messageId,
      transportbericht: {
        status: r.status,
        statusText: transportStatusTexte[r.status],
        berichtZeit: r.berichtZeit,
        zugestelltAm: r.metadaten.zeiten.delivery,
        server: r.serverIdentitaet,
        fehler: r.fehler.map((f) => `${f.code}: ${f.grund}`),
      },
    };
  } catch (error) {
    schritte.push({
      schritt: 'Transportbericht',
      ok: false,
      meldung:
        error instanceof XtaFehler || error instanceof Error
          ? ordneFehlerEin(error).grund
          : 'Unbekannter Fehler',
    });
    return { ...ergebnis(), auftragId, messageId };
  }
}
