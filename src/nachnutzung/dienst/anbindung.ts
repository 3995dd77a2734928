import { zustandNamen } from '../lebenszyklus.ts';
import { findeVerbindung, letzterVerbindungstest } from '../repo/verbindung.ts';
import type { NachnutzungZustand } from '../nachnutzung-tables.ts';
import { type VerbindungEingabe, leseVerbindung, speichereVerbindung } from '../../zustellung/index.ts';
import { pruefeFachverfahren, verbindungsStand } from '../verbindung.ts';
import { verbindungstest } from '../verbindungstest.ts';
import { type Akteur, type DienstDeps, type Ergebnis, type Paar, nein, ok } from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, aktuellerZustand, uebergehen } from './uebergang.ts';

// Technical connection and connection test.

export const verbindungsZustaende: readonly NachnutzungZustand[] = [
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
];

/**
 * Stores both halves of the technical connection: the transport through zustellung/'s `speichereVerbindung`
 * (its validation: addresses, certificates and key, DVDV identifiers, URIs), the case-management system here
 * (the seed's rules). Field errors of both come back by form field name.
 */
export async function speichereVerbindungsdaten(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  e: { transport: VerbindungEingabe; fachverfahren: string; comvibilia: boolean },
): Promise<Ergebnis> {
  const db = deps.datenbank.db;
  const zustand = await aktuellerZustand(db, paar);
  if (!verbindungsZustaende.includes(zustand))
    return nein(
      `Die Verbindungsdaten können eingetragen werden, sobald die Unterlagen bereitgestellt sind (Zustand: „${zustandNamen[zustand]}“).`,
    );
  const fv = pruefeFachverfahren(
    e,
    typeof e.transport.transport === 'string' ? e.transport.transport : undefined,
  );
  if (!fv.ok) return { ok: false, fehler: Object.values(fv.fehler), feldfehler: { ...fv.fehler } };
  // zustellung/ writes with `db`: never inside our transaction (PGlite has one connection).
  const gespeichert = await speichereVerbindung(db, deps.secrets.dataKey, {
    ...e.transport,
    behoerdeAgs: paar.ags,
    dienstId: paar.dienstId,
  });
  if (!gespeichert.ok) {
    const feldfehler: Record<string, string> = {};
    for (const f of gespeichert.fehler) feldfehler[f.feld] ??= f.meldung;
    return { ok: false, fehler: gespeichert.fehler.map((f) => f.meldung), feldfehler };
  }
  const v = gespeichert.wert;
  return aktion(
    deps,
    paar,
    verbindungsZustaende,
    'Die Verbindungsdaten können jetzt nicht geändert werden',
    async (trx, zeile, jetzt) => {
      const werte = {
        fachverfahren: fv.werte.fachverfahren,
        comvibilia: fv.werte.comvibilia,
        geaendert_von_name: akteur.name,
        geaendert_am: jetzt,
      };
      await trx
        .insertInto('nachnutzung_verbindung')
        .values({ behoerde_ags: paar.ags, dienst_id: paar.dienstId, ...werte })
        .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet(werte))
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'verbindung_gespeichert',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        // Never the private key.
        daten: {
          transport: v.transport,
          endpunktManagement: v.endpunktManagement,
          endpunktSenden: v.endpunktSenden,
          leserKennung: v.leserKennung,
          leserName: v.leserName,
          dienstUri: v.dienstUri,
          xsozialVersion: v.xsozialVersion,
          zertifikatGueltigBis: v.zertifikatGueltigBis,
          fachverfahren: fv.werte.fachverfahren,
          comvibilia: fv.werte.comvibilia,
          schluesselGeaendert: typeof e.transport.clientSchluessel === 'string',
        },
      });
      return null;
    },
  );
}

/** Runs the connection test (integration point in verbindungstest.ts) and stores its result with the report. */
export async function fuehreVerbindungstestAus(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
): Promise<Ergebnis<{ bestanden: boolean; bericht: string }>> {
  const db = deps.datenbank.db;
  const [transport, verbindung] = await Promise.all([
    leseVerbindung(db, paar.ags, paar.dienstId),
    findeVerbindung(db, paar.ags, paar.dienstId),
  ]);
  if (verbindung === undefined) return nein('Bitte tragen Sie zuerst die Verbindungsdaten ein.');
  const stand = verbindungsStand(transport, verbindung);
  const ergebnis = await verbindungstest(deps, paar.ags, paar.dienstId);
  const jetzt = deps.jetzt();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('nachnutzung_verbindungstest')
      .values({
        behoerde_ags: paar.ags,
        dienst_id: paar.dienstId,
        bestanden: ergebnis.bestanden,
        bericht: ergebnis.bericht,
        verbindung_stand: stand,
        durchgefuehrt_von_name: akteur.name,
        durchgefuehrt_am: jetzt,
      })
      .execute();
    const zustand = await aktuellerZustand(trx, paar);
    await protokolliere(trx, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: ergebnis.bestanden ? 'verbindungstest_bestanden' : 'verbindungstest_fehlgeschlagen',
      akteur,
      von: zustand,
      nach: zustand,
      daten: { bericht: ergebnis.bericht },
    });
  });
  return ok(ergebnis);
}

export function schliesseAnbindungAb(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'technisch_angebunden', akteur, {
    aktion: 'technisch_angebunden',
    daten: async (_zeile, trx) => {
      const [t, v] = await Promise.all([
        leseVerbindung(trx, paar.ags, paar.dienstId),
        findeVerbindung(trx, paar.ags, paar.dienstId),
      ]);
      return {
        transport: t?.transport ?? null,
        endpunktSenden: t?.endpunktSenden ?? null,
        leserKennung: t?.leserKennung ?? null,
        fachverfahren: v?.fachverfahren ?? null,
      };
    },
  });
}

export function haltTestFest(deps: DienstDeps, paar: Paar, akteur: Akteur) {
  return uebergehen(deps, paar, 'test_erfolgreich', akteur, {
    aktion: 'test_erfolgreich',
    daten: async (_zeile, trx) => {
      const test = await letzterVerbindungstest(trx, paar.ags, paar.dienstId);
      return { verbindungstest: test?.id ?? null, bericht: test?.bericht ?? null };
    },
  });
}
