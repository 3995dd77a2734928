import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { DIENST_MIETRUECKSTAENDE, findBehoerde, findDienst } from '../katalog/index.ts';
import { decrypt, encrypt, type Schluessel, ok, type Ergebnis } from '../shared/index.ts';
import { stelleKontoSicher } from './xta-server/postfach-repo.ts';
import type { ZustellVerbindungZeile } from './zustellung-tables.ts';

// Connection parameters per (office, catalogue service): which transport, which XTA server, which
// certificates, which DVDV identifiers and which XTA qualifier values. The private key is stored encrypted.

/**
 * Values that are NOT confirmed against the official xSozial-basis release and the DVDV entries. They make
 * the embedded mode work end to end; every office replaces them before it goes live (README).
 */
export const PLATZHALTER = {
  leserKennung: (ars: string) => `xsb:${ars}`,
  dienstUri: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/XSoz240-MIE-BEA-SOP2MIE.wsdl',
  xsozialVersion: '2.4.0',
  businessScenarioUndefined: 'XSOZIAL-BASIS',
  nachrichtentypListUri: 'urn:xoev-de:d-nrw:codeliste:nachrichtentyp',
  nachrichtentypListVersion: '1',
  nachrichtentypCode: '1000001',
  payloadSchema: (version: string) =>
    `https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_${version.replace(/\./g, '_')}`,
} as const;

export type Verbindung = {
  behoerdeAgs: string;
  dienstId: string;
  transport: 'intern' | 'xta';
  endpunktManagement: string | null;
  endpunktSenden: string | null;
  clientZertifikat: string | null;
  /** The key itself is never read back; only whether one is stored. */
  hatClientSchluessel: boolean;
  /** notAfter of the client certificate, ISO date-time. */
  zertifikatGueltigBis: string | null;
  caZertifikate: string | null;
  kennungTyp: string;
  leserKennung: string;
  leserName: string;
  autorKennung: string;
  autorName: string;
  dienstUri: string;
  xsozialVersion: string;
  businessScenarioCode: string;
  businessScenarioListUri: string | null;
  businessScenarioListVersion: string | null;
  nachrichtentypCode: string;
  nachrichtentypListUri: string;
  nachrichtentypListVersion: string;
  nachrichtentypPayloadSchema: string;
  aktualisiertAm: Date;
};

/** What the delivery needs: the connection plus the decrypted key. */
export type VersandVerbindung = Verbindung & { clientSchluessel: string | null };

const schluesselKontext = (ags: string, dienstId: string) => `zustell_verbindung:${ags}:${dienstId}`;

function ausZeile(z: ZustellVerbindungZeile): Verbindung {
  let gueltigBis: string | null = null;
  if (z.client_zertifikat !== null) {
    try {
      gueltigBis = new Date(new X509Certificate(z.client_zertifikat).validTo).toISOString();
    } catch {
      gueltigBis = null;
    }
  }
  return {
    behoerdeAgs: z.behoerde_ags,
    dienstId: z.dienst_id,
    transport: z.transport,
    endpunktManagement: z.endpunkt_management,
    endpunktSenden: z.endpunkt_senden,
    clientZertifikat: z.client_zertifikat,
    hatClientSchluessel: z.client_schluessel !== null,
    zertifikatGueltigBis: gueltigBis,
    caZertifikate: z.ca_zertifikate,
    kennungTyp: z.kennung_typ,
    leserKennung: z.leser_kennung,
    leserName: z.leser_name,
    autorKennung: z.autor_kennung,
    autorName: z.autor_name,
    dienstUri: z.dienst_uri,
    xsozialVersion: z.xsozial_version,
    businessScenarioCode: z.business_scenario_code,
    businessScenarioListUri: z.business_scenario_list_uri,
    businessScenarioListVersion: z.business_scenario_list_version,
    nachrichtentypCode: z.nachrichtentyp_code,
    nachrichtentypListUri: z.nachrichtentyp_list_uri,
    nachrichtentypListVersion: z.nachrichtentyp_list_version,
    nachrichtentypPayloadSchema: z.nachrichtentyp_payload_schema,
    aktualisiertAm: z.aktualisiert_am,
  };
}

export async function leseVerbindung(db: Db, ags: string, dienstId: string): Promise<Verbindung | undefined> {
  const z = await db
    .selectFrom('zustell_verbindung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
  return z === undefined ? undefined : ausZeile(z);
}

export async function listeVerbindungen(db: Db): Promise<Verbindung[]> {
  const zeilen = await db
    .selectFrom('zustell_verbindung')
    .selectAll()
    .orderBy('behoerde_ags')
    .orderBy('dienst_id')
    .execute();
  return zeilen.map(ausZeile);
}

export async function leseVersandVerbindung(
  db: Db,
  schluessel: Schluessel,
  ags: string,
  dienstId: string,
): Promise<VersandVerbindung | undefined> {
  const z = await db
    .selectFrom('zustell_verbindung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
  if (z === undefined) return undefined;
  return {
    ...ausZeile(z),
    clientSchluessel:
      z.client_schluessel === null
        ? null
        : decrypt(schluessel, z.client_schluessel, schluesselKontext(ags, dienstId)).toString('utf8'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Validation (German messages, one per field, for the form of the re-use administration)

const leer = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const pflichtText = (name: string, max = 500) =>
  z.preprocess(
    leer,
    z
      .string({ error: `Bitte geben Sie ${name} an.` })
      .trim()
      .max(max, `${name} darf höchstens ${max} Zeichen lang sein.`),
  );
const optionalText = (name: string, max = 500) =>
  z.preprocess(
    leer,
    z.string().trim().max(max, `${name} darf höchstens ${max} Zeichen lang sein.`).optional(),
  );

const uri = (name: string) =>
  pflichtText(name, 1000).pipe(
    z
      .string()
      .refine(
        (v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v),
        `${name} muss eine URI sein, z. B. https://… oder urn:…`,
      ),
  );

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const endpunkt = (name: string) =>
  optionalText(name, 1000).refine((v) => {
    if (v === undefined) return true;
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname));
    } catch {
      return false;
    }
  }, `${name} muss eine Adresse mit https:// sein (http:// nur für localhost).`);

const pem = (name: string) => optionalText(name, 100_000);

export const verbindungSchema = z.object({
  behoerdeAgs: z.string().regex(/^[0-9]{5}$/, 'Der Kreisschlüssel besteht aus 5 Ziffern.'),
  dienstId: z.string().regex(/^[a-z0-9-]+$/, 'Bitte wählen Sie einen Dienst aus dem Katalog.'),
  transport: z.enum(['intern', 'xta'], { error: 'Bitte wählen Sie den Übertragungsweg.' }),
  endpunktManagement: endpunkt('Die Adresse des ManagementPort'),
  endpunktSenden: endpunkt('Die Adresse des SendXtaPort'),
  clientZertifikat: pem('Das Clientzertifikat'),
  /** undefined: keep the stored key; null: remove it; text: replace it. */
  clientSchluessel: z.union([z.null(), pem('Der private Schlüssel')]),
  caZertifikate: pem('Die CA-Zertifikate'),
  kennungTyp: pflichtText('den Typ der Kennung (meist xoev)', 100).default('xoev'),
  leserKennung: pflichtText('die DVDV-Kennung des Sozialamts', 200),
  leserName: pflichtText('den Namen des Sozialamts'),
  autorKennung: pflichtText('die DVDV-Kennung dieses Onlinedienstes', 200),
  autorName: pflichtText('den Namen dieses Onlinedienstes'),
  dienstUri: uri('Die DVDV-Dienst-URI'),
  xsozialVersion: pflichtText('die xSozial-basis-Version', 20).pipe(
    z.string().regex(/^[0-9]+\.[0-9]+(\.[0-9]+)?$/, 'Die Version hat die Form 2.4.0.'),
  ),
  businessScenarioCode: pflichtText('das BusinessScenario', 200),
  businessScenarioListUri: optionalText('Die Codeliste des BusinessScenario', 1000),
  businessScenarioListVersion: optionalText('Die Version der Codeliste des BusinessScenario', 50),
  nachrichtentypCode: pflichtText('den Nachrichtentyp', 100),
  nachrichtentypListUri: uri('Die Codeliste des Nachrichtentyps'),
  nachrichtentypListVersion: pflichtText('die Version der Codeliste des Nachrichtentyps', 50),
  nachrichtentypPayloadSchema: uri('Der Namensraum der Fachnachricht (payloadSchema)'),
});

/** Checks across fields, on the raw input, so they show together with the per-field messages. */
function querPruefung(e: Partial<Record<keyof VerbindungEingabe, unknown>>): Feldfehler[] {
  const da = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const fehler: Feldfehler[] = [];
  if (da(e.businessScenarioListUri) !== da(e.businessScenarioListVersion)) {
    fehler.push({
      feld: da(e.businessScenarioListUri) ? 'businessScenarioListVersion' : 'businessScenarioListUri',
      meldung:
        'Codeliste und Version des BusinessScenario gehören zusammen: beide angeben oder beide leer lassen.',
    });
  }
  if (e.transport === 'xta') {
    if (!da(e.endpunktManagement))
      fehler.push({
        feld: 'endpunktManagement',
        meldung: 'Bitte geben Sie die Adresse des ManagementPort an.',
      });
    if (!da(e.endpunktSenden))
      fehler.push({ feld: 'endpunktSenden', meldung: 'Bitte geben Sie die Adresse des SendXtaPort an.' });
  }
  return fehler;
}

export type VerbindungEingabe = z.input<typeof verbindungSchema>;

export type Feldfehler = { feld: string; meldung: string };

export type SpeicherErgebnis = Ergebnis<Verbindung, Feldfehler[]>;

function pruefeZertifikate(
  v: z.output<typeof verbindungSchema>,
  gespeicherterSchluessel: boolean,
): { fehler: Feldfehler[]; schluessel: KeyObject | undefined } {
  const fehler: Feldfehler[] = [];
  let zertifikat: X509Certificate | undefined;
  let schluessel: KeyObject | undefined;
  if (v.clientZertifikat !== undefined) {
    try {
      zertifikat = new X509Certificate(v.clientZertifikat);
    } catch {
      fehler.push({
        feld: 'clientZertifikat',
        meldung:
          'Das Clientzertifikat ist kein lesbares Zertifikat im PEM-Format (-----BEGIN CERTIFICATE-----).',
      });
    }
  }
  if (typeof v.clientSchluessel === 'string') {
    if (/ENCRYPTED/.test(v.clientSchluessel)) {
      fehler.push({
        feld: 'clientSchluessel',
        meldung:
          'Der Schlüssel ist mit einem Kennwort geschützt. Bitte laden Sie ihn ohne Kennwort hoch; er wird verschlüsselt gespeichert.',
      });
    } else {
      try {
        schluessel = createPrivateKey(v.clientSchluessel);
      } catch {
        fehler.push({
          feld: 'clientSchluessel',
          meldung:
            'Der private Schlüssel ist kein lesbarer Schlüssel im PEM-Format (-----BEGIN PRIVATE KEY-----).',
        });
      }
    }
  }
  if (zertifikat !== undefined && schluessel !== undefined && !zertifikat.checkPrivateKey(schluessel)) {
    fehler.push({
      feld: 'clientSchluessel',
      meldung: 'Der private Schlüssel gehört nicht zum Clientzertifikat.',
    });
  }
  if (v.caZertifikate !== undefined) {
    const bloecke =
      v.caZertifikate.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    const lesbar = bloecke.every((b) => {
      try {
        new X509Certificate(b);
        return true;
      } catch {
        return false;
      }
    });
    if (bloecke.length === 0 || !lesbar)
      fehler.push({
        feld: 'caZertifikate',
        meldung: 'Die CA-Zertifikate sind keine lesbaren Zertifikate im PEM-Format.',
      });
  }
  // A client certificate is needed for HTTPS; plain HTTP is only allowed to a local adapter (loopback).
  const https = [v.endpunktManagement, v.endpunktSenden].some((e) => e?.startsWith('https:') === true);
  if (v.transport === 'xta' && https) {
    if (v.clientZertifikat === undefined)
      fehler.push({
        feld: 'clientZertifikat',
        meldung: 'Für einen XTA-Server ist ein Clientzertifikat nötig.',
      });
    const schluesselDa =
      typeof v.clientSchluessel === 'string' || (v.clientSchluessel === undefined && gespeicherterSchluessel);
    if (!schluesselDa)
      fehler.push({
        feld: 'clientSchluessel',
        meldung: 'Für einen XTA-Server ist der private Schlüssel nötig.',
      });
  }
  return { fehler, schluessel };
}

/**
 * Validates and stores the connection of one (office, service). On error nothing is stored and every
 * field's problem is returned. With transport 'intern' the office's mailbox account is created in the
 * built-in XTA server.
 */
export async function speichereVerbindung(
  db: Db,
  schluessel: Schluessel,
  eingabe: VerbindungEingabe,
): Promise<SpeicherErgebnis> {
  const geprueft = verbindungSchema.safeParse(eingabe);
  const quer = querPruefung(eingabe);
  if (!geprueft.success || quer.length > 0) {
    const feldfehler = geprueft.success
      ? []
      : geprueft.error.issues.map((i) => ({ feld: String(i.path[0] ?? ''), meldung: i.message }));
    return {
      ok: false,
      fehler: [...feldfehler, ...quer.filter((q) => !feldfehler.some((f) => f.feld === q.feld))],
    };
  }
  const v = geprueft.data;
  const vorhanden = await db
    .selectFrom('zustell_verbindung')
    .select('client_schluessel')
    .where('behoerde_ags', '=', v.behoerdeAgs)
    .where('dienst_id', '=', v.dienstId)
    .executeTakeFirst();
  const bezuege = {
    behoerde: (await findBehoerde(db, v.behoerdeAgs)) !== undefined,
    dienst: (await findDienst(db, v.dienstId)) !== undefined,
  };
  const fehler: Feldfehler[] = [];
  if (!bezuege.behoerde) fehler.push({ feld: 'behoerdeAgs', meldung: 'Dieses Sozialamt gibt es nicht.' });
  if (!bezuege.dienst) fehler.push({ feld: 'dienstId', meldung: 'Diesen Dienst gibt es im Katalog nicht.' });
  const zert = pruefeZertifikate(v, vorhanden?.client_schluessel != null);
  fehler.push(...zert.fehler);
  if (fehler.length > 0) return { ok: false, fehler };

  const gespeicherterSchluessel =
    v.clientSchluessel === undefined
      ? (vorhanden?.client_schluessel ?? null)
      : v.clientSchluessel === null
        ? null
        : encrypt(
            schluessel,
            Buffer.from(v.clientSchluessel, 'utf8'),
            schluesselKontext(v.behoerdeAgs, v.dienstId),
          );
  const werte = {
    transport: v.transport,
    endpunkt_management: v.endpunktManagement ?? null,
    endpunkt_senden: v.endpunktSenden ?? null,
    client_zertifikat: v.clientZertifikat ?? null,
    client_schluessel: gespeicherterSchluessel,
    ca_zertifikate: v.caZertifikate ?? null,
    kennung_typ: v.kennungTyp,
    leser_kennung: v.leserKennung,
    leser_name: v.leserName,
    autor_kennung: v.autorKennung,
    autor_name: v.autorName,
    dienst_uri: v.dienstUri,
    xsozial_version: v.xsozialVersion,
    business_scenario_code: v.businessScenarioCode,
    business_scenario_list_uri: v.businessScenarioListUri ?? null,
    business_scenario_list_version: v.businessScenarioListVersion ?? null,
    nachrichtentyp_code: v.nachrichtentypCode,
    nachrichtentyp_list_uri: v.nachrichtentypListUri,
    nachrichtentyp_list_version: v.nachrichtentypListVersion,
    nachrichtentyp_payload_schema: v.nachrichtentypPayloadSchema,
    aktualisiert_am: new Date(),
  };
  await db
    .insertInto('zustell_verbindung')
    .values({ behoerde_ags: v.behoerdeAgs, dienst_id: v.dienstId, ...werte })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet(werte))
    .execute();
  if (v.transport === 'intern') {
    await stelleKontoSicher(db, v.autorKennung, v.autorName);
    await stelleKontoSicher(db, v.leserKennung, v.leserName);
  }
  const gespeichert = await leseVerbindung(db, v.behoerdeAgs, v.dienstId);
  if (gespeichert === undefined) throw new Error('Verbindung nach dem Speichern nicht gefunden');
  return ok(gespeichert);
}

/** Default values for an office on the built-in mailbox (placeholders, see PLATZHALTER). */
export function standardVerbindung(
  behoerde: { ags: string; ars: string; name: string; amt: string },
  dienstId: string,
  autor: { kennung: string; name: string },
): VerbindungEingabe {
  return {
    behoerdeAgs: behoerde.ags,
    dienstId,
    transport: 'intern',
    clientSchluessel: undefined,
    kennungTyp: 'xoev',
    leserKennung: PLATZHALTER.leserKennung(behoerde.ars),
    leserName: `${behoerde.name}, ${behoerde.amt}`.slice(0, 500),
    autorKennung: autor.kennung,
    autorName: autor.name,
    dienstUri: PLATZHALTER.dienstUri,
    xsozialVersion: PLATZHALTER.xsozialVersion,
    businessScenarioCode: PLATZHALTER.businessScenarioUndefined,
    nachrichtentypCode: PLATZHALTER.nachrichtentypCode,
    nachrichtentypListUri: PLATZHALTER.nachrichtentypListUri,
    nachrichtentypListVersion: PLATZHALTER.nachrichtentypListVersion,
    nachrichtentypPayloadSchema: PLATZHALTER.payloadSchema(PLATZHALTER.xsozialVersion),
  };
}

/**
 * Embedded default: the pilot Hansestadt Rostock receives "Übernahme von Mietrückständen" in the built-in
 * mailbox. Runs at every start outside production; never touches an existing connection.
 */
export async function seedZustellung(
  db: Db,
  zustellung: Pick<Config['zustellung'], 'autorKennung' | 'autorName'>,
): Promise<void> {
  await stelleKontoSicher(db, zustellung.autorKennung, zustellung.autorName);
  if (await leseVerbindung(db, '13003', DIENST_MIETRUECKSTAENDE)) return;
  const rostock = await findBehoerde(db, '13003');
  if (rostock === undefined) return;
  // The default has no private key, so no data key is needed to store it.
  const ohneSchluessel = Buffer.alloc(0);
  const ergebnis = await speichereVerbindung(
    db,
    ohneSchluessel,
    standardVerbindung(rostock, DIENST_MIETRUECKSTAENDE, {
      kennung: zustellung.autorKennung,
      name: zustellung.autorName,
    }),
  );
  if (!ergebnis.ok) throw new Error(`Standardverbindung ungültig: ${JSON.stringify(ergebnis.fehler)}`);
}
