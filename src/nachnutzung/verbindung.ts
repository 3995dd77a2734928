import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { Fachverfahren, TransportArt } from './nachnutzung-tables.ts';

// The technical connection of one (office, service) pair: how applications reach the office (XTA 2 Version 3
// to the office's XTA server, or the built-in mailbox) and which case-management system takes them. Until the
// delivery part (zustellung/) owns the transport parameters, they are entered and validated here.

export const transportNamen: Record<TransportArt, string> = {
  xta: 'OSCI XTA 2 Version 3 (XTA-Server des Sozialamts)',
  postfach: 'Eingebautes Postfach dieses Online-Dienstes',
};

export const fachverfahrenNamen: Record<Fachverfahren, string> = {
  prosoz: 'Prosoz',
  laemmerzahl: 'Lämmerzahl (nur über Governikus ComVibilia)',
  posteingang: 'Eingebauter Posteingang dieses Online-Dienstes',
};

/** xSozial-basis versions: 2.2 named in the seed, 2.4.0 sent by the Sozialplattform today, 2.5.0 announced. */
export const xsozialVersionen = ['2.2', '2.4.0', '2.5.0'] as const;

export type VerbindungsEingabe = {
  transport: string;
  xtaUrl: string;
  clientZertifikat: string;
  /** Empty on a later save: the stored key is kept. */
  clientSchluessel: string;
  dvdvKennung: string;
  leserName: string;
  dienstUri: string;
  xsozialVersion: string;
  fachverfahren: string;
  comvibilia: boolean;
};

export type GepruefteVerbindung = {
  transport: TransportArt;
  xta_url: string | null;
  client_zertifikat: string | null;
  /** PEM, still in plain text; the repository encrypts it. null: keep the stored key. */
  client_schluessel: string | null;
  dvdv_kennung: string | null;
  leser_name: string | null;
  dienst_uri: string | null;
  xsozial_version: string;
  fachverfahren: Fachverfahren;
  comvibilia: boolean;
};

export type VerbindungsFehler = Partial<Record<keyof VerbindungsEingabe, string>>;

const istTransport = (v: string): v is TransportArt => v === 'xta' || v === 'postfach';
const istFachverfahren = (v: string): v is Fachverfahren =>
  v === 'prosoz' || v === 'laemmerzahl' || v === 'posteingang';

/**
 * Validates the connection form (or a stored connection, to see whether it is still valid, e.g. whether the
 * certificate has expired since). `gespeicherterSchluessel` is the stored private key when the form leaves
 * the key empty.
 */
export function pruefeVerbindung(
  e: VerbindungsEingabe,
  jetzt: Date,
  gespeicherterSchluessel: string | null = null,
): { ok: true; werte: GepruefteVerbindung } | { ok: false; fehler: VerbindungsFehler } {
  const fehler: VerbindungsFehler = {};
  const t = (s: string) => s.trim();

  if (!istTransport(e.transport)) fehler.transport = 'Bitte wählen Sie den Zustellweg.';
  if (!istFachverfahren(e.fachverfahren)) fehler.fachverfahren = 'Bitte wählen Sie das Fachverfahren.';
  if (!(xsozialVersionen as readonly string[]).includes(e.xsozialVersion))
    fehler.xsozialVersion = 'Bitte wählen Sie die xSozial-basis-Version.';

  if (e.fachverfahren === 'laemmerzahl' && !e.comvibilia) {
    fehler.comvibilia =
      'Lämmerzahl kann nur über Governikus ComVibilia angebunden werden. Bitte bestätigen Sie die Anbindung über ComVibilia oder wählen Sie ein anderes Fachverfahren.';
  }
  if (e.fachverfahren === 'posteingang' && e.transport === 'xta') {
    fehler.fachverfahren =
      'Der eingebaute Posteingang liest aus dem eingebauten Postfach. Bitte wählen Sie als Zustellweg das eingebaute Postfach oder ein anderes Fachverfahren.';
  }

  let zertifikat: X509Certificate | null = null;
  const schluesselPem = t(e.clientSchluessel) === '' ? gespeicherterSchluessel : t(e.clientSchluessel);
  if (e.transport === 'xta') {
    if (!istHttpsUrl(t(e.xtaUrl)))
      fehler.xtaUrl = 'Bitte geben Sie die Adresse des XTA-Servers an; sie beginnt mit https://.';
    if (t(e.clientZertifikat) === '') {
      fehler.clientZertifikat = 'Bitte fügen Sie das Client-Zertifikat im PEM-Format ein.';
    } else {
      try {
        zertifikat = new X509Certificate(t(e.clientZertifikat));
        if (new Date(zertifikat.validTo) <= jetzt)
          fehler.clientZertifikat = `Das Client-Zertifikat ist am ${new Date(zertifikat.validTo).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })} abgelaufen.`;
        else if (new Date(zertifikat.validFrom) > jetzt)
          fehler.clientZertifikat = 'Das Client-Zertifikat ist noch nicht gültig.';
      } catch {
        fehler.clientZertifikat =
          'Das Client-Zertifikat ist kein gültiges Zertifikat im PEM-Format (-----BEGIN CERTIFICATE-----).';
      }
    }
    if (schluesselPem === null) {
      fehler.clientSchluessel =
        'Bitte fügen Sie den privaten Schlüssel zum Client-Zertifikat ein (PEM-Format).';
    } else {
      try {
        const schluessel = createPrivateKey(schluesselPem);
        if (zertifikat !== null && !zertifikat.checkPrivateKey(schluessel))
          fehler.clientSchluessel = 'Der private Schlüssel passt nicht zum Client-Zertifikat.';
      } catch {
        fehler.clientSchluessel =
          'Der private Schlüssel ist kein gültiger, unverschlüsselter Schlüssel im PEM-Format (-----BEGIN PRIVATE KEY-----).';
      }
    }
    if (!/^[a-z0-9]{2,10}:[A-Za-z0-9-]{2,40}$/.test(t(e.dvdvKennung)))
      fehler.dvdvKennung =
        'Bitte geben Sie die DVDV-Kennung des Lesers als Präfix und Behördenkennung an, zum Beispiel psw:01003110.';
    if (t(e.leserName) === '') fehler.leserName = 'Bitte geben Sie den Namen des Lesers an.';
    if (!istUri(t(e.dienstUri)))
      fehler.dienstUri =
        'Bitte geben Sie die Dienste-URI an, zum Beispiel die DVDV-Dienstbezeichnung https://…/XSoz240-….wsdl oder eine urn:.';
  } else if (t(e.dienstUri) !== '' && !istUri(t(e.dienstUri))) {
    fehler.dienstUri = 'Die Dienste-URI muss mit https:// oder urn: beginnen.';
  }

  if (Object.keys(fehler).length > 0 || !istTransport(e.transport) || !istFachverfahren(e.fachverfahren))
    return { ok: false, fehler };

  const xta = e.transport === 'xta';
  return {
    ok: true,
    werte: {
      transport: e.transport,
      xta_url: xta ? t(e.xtaUrl) : null,
      client_zertifikat: xta ? t(e.clientZertifikat) : null,
      client_schluessel: xta && t(e.clientSchluessel) !== '' ? t(e.clientSchluessel) : null,
      dvdv_kennung: xta ? t(e.dvdvKennung) : null,
      leser_name: xta ? t(e.leserName) : null,
      dienst_uri: t(e.dienstUri) === '' ? null : t(e.dienstUri),
      xsozial_version: e.xsozialVersion,
      fachverfahren: e.fachverfahren,
      comvibilia: e.fachverfahren === 'laemmerzahl' && e.comvibilia,
    },
  };
}

function istHttpsUrl(wert: string): boolean {
  try {
    return new URL(wert).protocol === 'https:';
  } catch {
    return false;
  }
}

function istUri(wert: string): boolean {
  return istHttpsUrl(wert) || /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(wert);
}
