import type {
  Anschrift,
  Bankverbindung,
  Kommunikation,
  NatuerlichePerson,
  XsozialVorgang,
} from './modell.ts';

// Structural checks of the input before anything is built. Messages are German and name the field, so a
// caller can show them to staff (or, mapped back, to the citizen). The character check (DIN 91379) runs while
// building, on every string that is written.

export interface NachrichtFehler {
  /** Path in the input model, e.g. "personen[0].vorname", "dritte[1].bank.iban". */
  feld: string;
  meldung: string;
  /** For character refusals: the offending characters. */
  zeichen?: string[];
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LOKALE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLZ = /^\d{5}$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
const STAATSANGEHOERIGKEIT = /^\d{3}$/;
const MIME = new Set(['application/pdf', 'image/jpeg', 'image/png']);

function istDatum(iso: string): boolean {
  const m = ISO_DATUM.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** ISO 13616 mod-97 check. */
export function istIbanGueltig(iban: string): boolean {
  const kompakt = iban.replace(/\s+/g, '').toUpperCase();
  if (!IBAN.test(kompakt)) return false;
  const umgestellt = kompakt.slice(4) + kompakt.slice(0, 4);
  let rest = 0;
  for (const z of umgestellt) {
    const wert = z >= 'A' && z <= 'Z' ? String(z.charCodeAt(0) - 55) : z;
    for (const ziffer of wert) rest = (rest * 10 + Number(ziffer)) % 97;
  }
  return rest === 1;
}

class Pruefer {
  readonly fehler: NachrichtFehler[] = [];

  melde(feld: string, meldung: string): void {
    this.fehler.push({ feld, meldung });
  }

  pflicht(feld: string, wert: string | undefined): boolean {
    if (!wert?.trim()) {
      this.melde(feld, 'Angabe fehlt.');
      return false;
    }
    return true;
  }

  muster(feld: string, wert: string | undefined, muster: RegExp, meldung: string): void {
    if (this.pflicht(feld, wert) && !muster.test(wert ?? '')) this.melde(feld, meldung);
  }

  datum(feld: string, wert: string | undefined, pflicht = true): void {
    if (wert === undefined && !pflicht) return;
    if (this.pflicht(feld, wert) && !istDatum(wert ?? ''))
      this.melde(feld, 'Kein gültiges Datum (JJJJ-MM-TT).');
  }

  eindeutig(feld: string, ids: string[]): void {
    const gesehen = new Set<string>();
    ids.forEach((id, i) => {
      if (gesehen.has(id)) this.melde(`${feld}[${i}]`, `Die Kennung „${id}“ kommt mehrfach vor.`);
      gesehen.add(id);
    });
  }

  anschrift(feld: string, a: Anschrift): void {
    this.pflicht(`${feld}.strasse`, a.strasse);
    this.pflicht(`${feld}.ort`, a.ort);
    this.muster(`${feld}.plz`, a.plz, PLZ, 'Die Postleitzahl hat fünf Ziffern.');
  }

  natuerlichePerson(feld: string, p: NatuerlichePerson): void {
    this.pflicht(`${feld}.vorname`, p.vorname);
    this.pflicht(`${feld}.familienname`, p.familienname);
    this.datum(`${feld}.geburtsdatum`, p.geburtsdatum, false);
    if (p.staatsangehoerigkeit !== undefined) {
      this.muster(
        `${feld}.staatsangehoerigkeit`,
        p.staatsangehoerigkeit,
        STAATSANGEHOERIGKEIT,
        'Der Staatsangehörigkeitsschlüssel (Destatis) hat drei Ziffern.',
      );
    }
  }

  kommunikation(feld: string, liste: Kommunikation[] | undefined): void {
    liste?.forEach((k, i) => this.pflicht(`${feld}[${i}].kennung`, k.kennung));
  }

  bank(feld: string, b: Bankverbindung): void {
    this.pflicht(`${feld}.kontoinhaber`, b.kontoinhaber);
    if (this.pflicht(`${feld}.iban`, b.iban) && !istIbanGueltig(b.iban)) {
      this.melde(`${feld}.iban`, 'Die IBAN ist ungültig (Prüfsumme oder Aufbau).');
    }
    if (b.bic?.trim() && !BIC.test(b.bic.replace(/\s+/g, '').toUpperCase())) {
      this.melde(`${feld}.bic`, 'Die BIC hat 8 oder 11 Zeichen (z. B. NOLADE21ROS).');
    }
  }
}

/** All structural problems of the input; empty when it can be built. */
export function pruefeVorgang(v: XsozialVorgang): NachrichtFehler[] {
  const p = new Pruefer();
  p.muster('nachrichtUUID', v.nachrichtUUID, UUID, 'Keine UUID.');
  if (v.referenzUUID !== undefined) p.muster('referenzUUID', v.referenzUUID, UUID, 'Keine UUID.');
  if (Number.isNaN(v.erstellt.getTime())) p.melde('erstellt', 'Ungültiger Zeitpunkt.');
  p.pflicht('leser.kennung', v.leser.kennung);
  p.pflicht('leser.name', v.leser.name);
  p.pflicht('autor.kennung', v.autor.kennung);
  p.pflicht('autor.name', v.autor.name);
  p.pflicht('dvdvDienstkennung', v.dvdvDienstkennung);
  p.muster('vorgangsID', v.vorgangsID, LOKALE_ID, 'Ungültige Vorgangskennung.');
  p.datum('antragsDatum', v.antragsDatum);

  const antragsteller = v.personen.filter((x) => x.rolle === 'antragsteller');
  if (antragsteller.length !== 1) {
    p.melde('personen', `Genau eine antragstellende Person erwartet, gefunden: ${antragsteller.length}.`);
  }
  v.personen.forEach((person, i) => {
    const feld = `personen[${i}]`;
    p.muster(`${feld}.personID`, person.personID, LOKALE_ID, 'Ungültige Personenkennung.');
    p.natuerlichePerson(feld, person);
    if (person.anschrift) p.anschrift(`${feld}.anschrift`, person.anschrift);
    p.kommunikation(`${feld}.kommunikation`, person.kommunikation);
  });
  p.eindeutig(
    'personen',
    v.personen.map((x) => x.personID),
  );

  v.dritte.forEach((d, i) => {
    const feld = `dritte[${i}]`;
    p.muster(`${feld}.dritteID`, d.dritteID, LOKALE_ID, 'Ungültige Kennung.');
    if (!d.organisation?.trim() && !d.ansprechpartner) {
      p.melde(feld, 'Name der Organisation oder der Person fehlt.');
    }
    if (d.ansprechpartner) p.natuerlichePerson(`${feld}.ansprechpartner`, d.ansprechpartner);
    p.anschrift(`${feld}.anschrift`, d.anschrift);
    p.kommunikation(`${feld}.kommunikation`, d.kommunikation);
    if (d.bank) p.bank(`${feld}.bank`, d.bank);
  });
  p.eindeutig(
    'dritte',
    v.dritte.map((d) => d.dritteID),
  );

  const empfaenger =
    v.personen.filter((x) => x.schriftgutempfaenger === true).length +
    v.dritte.filter((d) => d.schriftgutempfaenger === true).length;
  if (empfaenger > 1)
    p.melde('schriftgutempfaenger', 'Höchstens eine Person oder Stelle erhält die Schreiben.');

  const personIDs = new Set(v.personen.map((x) => x.personID));
  if (v.leistungen.length === 0) p.melde('leistungen', 'Keine beantragte Leistung.');
  v.leistungen.forEach((l, i) => {
    if (l.personID !== undefined && !personIDs.has(l.personID)) {
      p.melde(`leistungen[${i}].personID`, `Keine Person mit der Kennung „${l.personID}“.`);
    }
    if (l.leistungID !== undefined)
      p.muster(`leistungen[${i}].leistungID`, l.leistungID, LOKALE_ID, 'Ungültige Kennung.');
  });

  if (v.postfach) {
    p.pflicht('postfach.postfachID', v.postfach.postfachID);
  }

  if (v.antragPdf.length === 0) p.melde('antragPdf', 'Das Antrags-PDF ist leer.');
  v.anlagen.forEach((a, i) => {
    const feld = `anlagen[${i}]`;
    p.pflicht(`${feld}.dateiname`, a.dateiname);
    if (!MIME.has(a.mimeType)) p.melde(`${feld}.mimeType`, `Nicht erlaubter Dateityp: ${a.mimeType}.`);
    if (a.inhalt.length === 0) p.melde(`${feld}.inhalt`, 'Die Datei ist leer.');
    if (a.dokumentID !== undefined) {
      p.muster(`${feld}.dokumentID`, a.dokumentID, LOKALE_ID, 'Ungültige Kennung.');
      if (a.dokumentID === 'Dok_ID_Antrag')
        p.melde(`${feld}.dokumentID`, 'Diese Kennung ist dem Antrag vorbehalten.');
    }
  });
  p.eindeutig(
    'anlagen',
    v.anlagen.map((a, i) => a.dokumentID ?? `Dok_ID_Anlage_${i + 1}`),
  );

  (v.zusatzangaben ?? []).forEach((z, i) => p.pflicht(`zusatzangaben[${i}].schluessel`, z.schluessel));
  return p.fehler;
}
