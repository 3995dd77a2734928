import { PROFILE } from '../nachricht/index.ts';
import { PLATZHALTER, type Verbindung, type VerbindungEingabe } from '../zustellung/index.ts';
import type { Fachverfahren, NachnutzungVerbindung } from './nachnutzung-tables.ts';

// The technical connection of one (office, service) pair has two halves: the transport (XTA 2 Version 3 to the
// office's XTA server, or the built-in XTA mailbox), stored and validated by zustellung/ (zustell_verbindung),
// and the case-management system that takes the applications (Prosoz; Lämmerzahl only via Governikus
// ComVibilia; the built-in inbox), stored here. The re-use form edits both.

export type Transport = Verbindung['transport'];

export const transportNamen: Record<Transport, string> = {
  intern: 'Eingebautes XTA-Postfach dieses Online-Dienstes',
  xta: 'OSCI XTA 2 Version 3 (XTA-Server des Sozialamts)',
};

export const fachverfahrenNamen: Record<Fachverfahren, string> = {
  prosoz: 'Prosoz',
  laemmerzahl: 'Lämmerzahl (nur über Governikus ComVibilia)',
  posteingang: 'Eingebauter Posteingang dieses Online-Dienstes',
};

/** The xSozial-basis versions the message builder (nachricht/) has a receiver profile for. */
export const xsozialVersionen: readonly string[] = Object.keys(PROFILE);

const istFachverfahren = (v: string): v is Fachverfahren =>
  v === 'prosoz' || v === 'laemmerzahl' || v === 'posteingang';

export type FachverfahrenFehler = { fachverfahren?: string; comvibilia?: string };

/** The seed's rules for the case-management system, together with the chosen transport. */
export function pruefeFachverfahren(
  e: { fachverfahren: string; comvibilia: boolean },
  transport: string | undefined,
):
  | { ok: true; werte: { fachverfahren: Fachverfahren; comvibilia: boolean } }
  | { ok: false; fehler: FachverfahrenFehler } {
  const fehler: FachverfahrenFehler = {};
  if (!istFachverfahren(e.fachverfahren)) fehler.fachverfahren = 'Bitte wählen Sie das Fachverfahren.';
  else if (e.fachverfahren === 'posteingang' && transport !== 'intern')
    fehler.fachverfahren =
      'Der eingebaute Posteingang liest aus dem eingebauten XTA-Postfach. Bitte wählen Sie als Übertragungsweg das eingebaute Postfach oder ein anderes Fachverfahren.';
  if (e.fachverfahren === 'laemmerzahl' && !e.comvibilia)
    fehler.comvibilia =
      'Lämmerzahl kann nur über Governikus ComVibilia angebunden werden. Bitte bestätigen Sie die Anbindung über ComVibilia oder wählen Sie ein anderes Fachverfahren.';
  if (Object.keys(fehler).length > 0 || !istFachverfahren(e.fachverfahren)) return { ok: false, fehler };
  return {
    ok: true,
    werte: { fachverfahren: e.fachverfahren, comvibilia: e.fachverfahren === 'laemmerzahl' && e.comvibilia },
  };
}

/**
 * What is wrong with the stored connection today: null when a half is missing, [] when it is complete and
 * valid, otherwise the reasons (e.g. the client certificate has expired since it was entered).
 */
export function anbindungsFehler(
  transport: Verbindung | undefined,
  fv: NachnutzungVerbindung | undefined,
  jetzt: Date,
): string[] | null {
  if (transport === undefined || fv === undefined) return null;
  const fehler: string[] = [];
  const fvPruefung = pruefeFachverfahren(fv, transport.transport);
  if (!fvPruefung.ok) fehler.push(...Object.values(fvPruefung.fehler));
  if (transport.zertifikatGueltigBis !== null && new Date(transport.zertifikatGueltigBis) <= jetzt)
    fehler.push('Das Clientzertifikat ist abgelaufen.');
  return fehler;
}

/**
 * The state of the connection: the change times of both halves. A connection test counts only for the state
 * it tested; any change of either half (also outside this form, e.g. by an operator command) needs a new test.
 */
export function verbindungsStand(
  transport: Verbindung | undefined,
  fv: NachnutzungVerbindung | undefined,
): string | null {
  if (transport === undefined || fv === undefined) return null;
  return `${transport.aktualisiertAm.toISOString()}|${fv.geaendert_am.toISOString()}`;
}

/** The fields of the transport half that the re-use form shows; the others keep their stored values. */
export const transportFelder = [
  'transport',
  'endpunktManagement',
  'endpunktSenden',
  'clientZertifikat',
  'clientSchluessel',
  'caZertifikate',
  'leserKennung',
  'leserName',
  'dienstUri',
  'xsozialVersion',
] as const;
export type TransportFeld = (typeof transportFelder)[number];

/** The stored connection as form input (the key is never read back: undefined keeps it). */
export function alsEingabe(v: Verbindung): VerbindungEingabe {
  const o = (x: string | null) => x ?? undefined;
  return {
    behoerdeAgs: v.behoerdeAgs,
    dienstId: v.dienstId,
    transport: v.transport,
    endpunktManagement: o(v.endpunktManagement),
    endpunktSenden: o(v.endpunktSenden),
    clientZertifikat: o(v.clientZertifikat),
    clientSchluessel: undefined,
    caZertifikate: o(v.caZertifikate),
    kennungTyp: v.kennungTyp,
    leserKennung: v.leserKennung,
    leserName: v.leserName,
    autorKennung: v.autorKennung,
    autorName: v.autorName,
    dienstUri: v.dienstUri,
    xsozialVersion: v.xsozialVersion,
    businessScenarioCode: v.businessScenarioCode,
    businessScenarioListUri: o(v.businessScenarioListUri),
    businessScenarioListVersion: o(v.businessScenarioListVersion),
    nachrichtentypCode: v.nachrichtentypCode,
    nachrichtentypListUri: v.nachrichtentypListUri,
    nachrichtentypListVersion: v.nachrichtentypListVersion,
    nachrichtentypPayloadSchema: v.nachrichtentypPayloadSchema,
  };
}

/**
 * The transport input to store: the stored connection (or zustellung's defaults for the built-in mailbox),
 * with the fields of the form laid over it. An empty key field keeps the stored key.
 */
export function transportEingabe(
  basis: VerbindungEingabe,
  form: Partial<Record<TransportFeld, string>>,
): VerbindungEingabe {
  const wert = (f: TransportFeld) => {
    const v = form[f]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const version = wert('xsozialVersion') ?? '';
  const basisVersion = typeof basis.xsozialVersion === 'string' ? basis.xsozialVersion : '';
  const payload =
    basis.nachrichtentypPayloadSchema === PLATZHALTER.payloadSchema(basisVersion) && version !== ''
      ? PLATZHALTER.payloadSchema(version)
      : basis.nachrichtentypPayloadSchema;
  return {
    ...basis,
    transport: (wert('transport') ?? '') as VerbindungEingabe['transport'],
    endpunktManagement: wert('endpunktManagement'),
    endpunktSenden: wert('endpunktSenden'),
    clientZertifikat: wert('clientZertifikat'),
    clientSchluessel: wert('clientSchluessel'),
    caZertifikate: wert('caZertifikate'),
    leserKennung: wert('leserKennung') ?? '',
    leserName: wert('leserName') ?? '',
    dienstUri: wert('dienstUri') ?? '',
    xsozialVersion: version,
    nachrichtentypPayloadSchema: payload,
  };
}
