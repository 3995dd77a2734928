import { bestaetigung, geld, jaNein, mehrfach, textbereich, textfeld, type Feld } from './felder.ts';
import { formSchritt } from './schritt.ts';

// Sections M (income per person, repeatable), N (assets) and O (expenses and other debts).

type Art = { readonly wert: string; readonly label: string };

/** One optional money field per kind, e.g. { lohn: Feld, rente: Feld, … }. */
function betragsFelder<const A extends readonly Art[]>(
  arten: A,
  zusatz: string,
): { [K in A[number]['wert']]: Feld<number | undefined> } {
  return Object.fromEntries(
    arten.map((a) => [
      a.wert,
      geld({ label: `${a.label}${zusatz}`, kurz: a.label, was: `den Betrag für ${a.label}`, optional: true }),
    ]),
  ) as { [K in A[number]['wert']]: Feld<number | undefined> };
}

export const EINKOMMENSARTEN = [
  { wert: 'lohn', label: 'Lohn oder Gehalt (netto)' },
  { wert: 'minijob', label: 'Minijob' },
  { wert: 'selbstaendig', label: 'Einkommen aus selbständiger Arbeit' },
  { wert: 'rente', label: 'Rente' },
  { wert: 'alg1', label: 'Arbeitslosengeld (ALG I)' },
  { wert: 'buergergeld', label: 'Bürgergeld' },
  { wert: 'grundsicherung', label: 'Grundsicherung oder Hilfe zum Lebensunterhalt' },
  { wert: 'wohngeld', label: 'Wohngeld' },
  { wert: 'kindergeld', label: 'Kindergeld' },
  { wert: 'kinderzuschlag', label: 'Kinderzuschlag' },
  { wert: 'unterhalt', label: 'Unterhalt oder Unterhaltsvorschuss' },
  { wert: 'elterngeld', label: 'Elterngeld' },
  { wert: 'krankengeld', label: 'Krankengeld' },
  { wert: 'bafoeg', label: 'BAföG, Berufsausbildungsbeihilfe oder Ausbildungsvergütung' },
  { wert: 'sonstiges', label: 'Sonstiges Einkommen' },
] as const;

export const einkommen = formSchritt({
  id: 'einkommen',
  slug: 'einkommen/:instanz',
  titel: 'Monatliches Einkommen',
  abschnitt: 'einkommen',
  einleitung:
    'Geben Sie die Beträge an, die jeden Monat auf dem Konto ankommen (netto). Lassen Sie Felder leer, die nicht zutreffen. Nachweise der letzten 3 Monate laden Sie später hoch.',
  felder: {
    ...betragsFelder(EINKOMMENSARTEN, ' in Euro im Monat'),
    sonstigesBezeichnung: textfeld({
      label: 'Welches sonstige Einkommen?',
      kurz: 'Sonstiges Einkommen, Art',
      was: 'die Art des sonstigen Einkommens',
      optional: true,
      maxLength: 100,
    }),
    keinEinkommen: bestaetigung({
      label: 'Kein Einkommen',
      kurz: 'Kein Einkommen',
      was: 'dass es kein Einkommen gibt',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    const summe = EINKOMMENSARTEN.reduce((s, a) => s + (d[a.wert] ?? 0), 0);
    if (d.keinEinkommen && summe > 0) {
      fehler(
        'keinEinkommen',
        'Sie haben Beträge eingetragen. Entfernen Sie das Häkchen bei „Kein Einkommen“ oder die Beträge',
      );
    } else if (!d.keinEinkommen && summe === 0) {
      fehler('lohn', 'Geben Sie mindestens ein Einkommen an oder wählen Sie „Kein Einkommen“');
    }
    if ((d.sonstiges ?? 0) > 0 && d.sonstigesBezeichnung === undefined) {
      fehler('sonstigesBezeichnung', 'Geben Sie an, welches sonstige Einkommen es ist');
    }
  },
});

export const vermoegen = formSchritt({
  id: 'vermoegen',
  slug: 'vermoegen',
  titel: 'Vermögen',
  abschnitt: 'vermoegen',
  felder: {
    vorhanden: jaNein({
      label: 'Haben Sie oder eine Person in Ihrem Haushalt Vermögen?',
      kurz: 'Vermögen vorhanden',
      hinweis:
        'Dazu zählen Guthaben auf Konten, Sparbücher, Bausparverträge, Lebensversicherungen, Wertpapiere, ein Auto, Grundstücke und Bargeld.',
      was: 'Sie Vermögen haben',
    }),
    uebertragung: jaNein({
      label: 'Haben Sie in den letzten 10 Jahren Vermögen verschenkt oder verkauft?',
      kurz: 'Vermögen in den letzten 10 Jahren verschenkt oder verkauft',
      was: 'Sie Vermögen verschenkt oder verkauft haben',
      optional: true,
    }),
    uebertragungText: textbereich({
      label: 'Was haben Sie verschenkt oder verkauft, an wen und wann?',
      kurz: 'Verschenkt oder verkauft',
      hinweis: 'Nur ausfüllen, wenn ja.',
      was: 'was Sie verschenkt oder verkauft haben',
      optional: true,
      maxLength: 1000,
    }),
  },
  regeln(d, fehler) {
    if (d.uebertragung === true && d.uebertragungText === undefined) {
      fehler('uebertragungText', 'Beschreiben Sie, was Sie verschenkt oder verkauft haben');
    }
  },
});

export const VERMOEGENSARTEN = [
  { wert: 'konto', label: 'Guthaben auf Girokonten' },
  { wert: 'sparen', label: 'Sparbuch, Tagesgeld oder Festgeld' },
  { wert: 'bausparen', label: 'Bausparvertrag' },
  { wert: 'versicherung', label: 'Lebens- oder Rentenversicherung (Rückkaufswert)' },
  { wert: 'wertpapiere', label: 'Wertpapiere oder Aktien' },
  { wert: 'kfz', label: 'Auto oder Motorrad (heutiger Wert)' },
  { wert: 'immobilie', label: 'Haus, Wohnung oder Grundstück (heutiger Wert)' },
  { wert: 'bargeld', label: 'Bargeld' },
  { wert: 'sonstiges', label: 'Sonstiges Vermögen' },
] as const;

export const vermoegenAngaben = formSchritt({
  id: 'vermoegen-angaben',
  slug: 'vermoegen/angaben',
  titel: 'Welches Vermögen gibt es?',
  abschnitt: 'vermoegen',
  einleitung:
    'Geben Sie den heutigen Wert für den ganzen Haushalt an. Lassen Sie Felder leer, die nicht zutreffen.',
  felder: {
    ...betragsFelder(VERMOEGENSARTEN, ' in Euro'),
    sonstigesBezeichnung: textfeld({
      label: 'Welches sonstige Vermögen?',
      kurz: 'Sonstiges Vermögen, Art',
      was: 'die Art des sonstigen Vermögens',
      optional: true,
      maxLength: 100,
    }),
  },
  regeln(d, fehler) {
    if (VERMOEGENSARTEN.every((a) => d[a.wert] === undefined)) {
      fehler(
        'konto',
        'Geben Sie mindestens einen Wert an. Wenn es kein Vermögen gibt, gehen Sie zurück und wählen „Nein“',
      );
    }
    if (d.sonstiges !== undefined && d.sonstigesBezeichnung === undefined) {
      fehler('sonstigesBezeichnung', 'Geben Sie an, welches sonstige Vermögen es ist');
    }
  },
});

export const AUSGABENARTEN = [
  { wert: 'versicherungen', label: 'Versicherungen' },
  { wert: 'telefon', label: 'Telefon, Handy und Internet' },
  { wert: 'fahrtkosten', label: 'Bus, Bahn oder Fahrtkosten' },
  { wert: 'kfz', label: 'Auto (Steuer, Versicherung, Kredit)' },
  { wert: 'rundfunk', label: 'Rundfunkbeitrag' },
  { wert: 'strom', label: 'Strom (Abschlag an den Versorger)' },
  { wert: 'unterhalt', label: 'Unterhalt, den Sie zahlen' },
  { wert: 'sonstiges', label: 'Sonstige Ausgaben' },
] as const;

export const ausgaben = formSchritt({
  id: 'ausgaben',
  slug: 'ausgaben',
  titel: 'Regelmäßige Ausgaben',
  abschnitt: 'ausgaben',
  einleitung:
    'Ohne die Miete. Geben Sie die monatlichen Beträge an; lassen Sie Felder leer, die nicht zutreffen.',
  felder: {
    ...betragsFelder(AUSGABENARTEN, ' in Euro im Monat'),
    sonstigesBezeichnung: textfeld({
      label: 'Welche sonstigen Ausgaben?',
      kurz: 'Sonstige Ausgaben, Art',
      was: 'die Art der sonstigen Ausgaben',
      optional: true,
      maxLength: 100,
    }),
  },
  regeln(d, fehler) {
    if ((d.sonstiges ?? 0) > 0 && d.sonstigesBezeichnung === undefined) {
      fehler('sonstigesBezeichnung', 'Geben Sie an, welche sonstigen Ausgaben es sind');
    }
  },
});

export const schulden = formSchritt({
  id: 'schulden',
  slug: 'weitere-schulden',
  titel: 'Weitere Schulden',
  abschnitt: 'ausgaben',
  felder: {
    vorhanden: jaNein({
      label: 'Haben Sie außer den Mietschulden weitere Schulden?',
      kurz: 'Weitere Schulden',
      hinweis: 'Zum Beispiel Kredite, Ratenkäufe oder offene Rechnungen.',
      was: 'Sie weitere Schulden haben',
    }),
    massnahmen: mehrfach({
      label: 'Trifft etwas davon zu?',
      kurz: 'Insolvenz, Pfändung, P-Konto',
      hinweis: 'Wählen Sie alle aus, die zutreffen.',
      was: 'eine Antwort',
      optionen: [
        { wert: 'insolvenz', label: 'Ich bin in einem Insolvenzverfahren' },
        { wert: 'pfaendung', label: 'Mein Lohn oder Konto wird gepfändet' },
        { wert: 'pkonto', label: 'Ich habe ein Pfändungsschutzkonto (P-Konto)' },
      ],
    }),
  },
});

export const SCHULD_ZEILEN = [1, 2, 3, 4, 5] as const;

function schuldFelder<const N extends number>(n: N) {
  return {
    [`glaeubiger${n}`]: textfeld({
      label: 'Gläubiger',
      kurz: `Schuld ${n}: Gläubiger`,
      was: `den Gläubiger von Schuld ${n}`,
      optional: true,
      maxLength: 100,
      autocomplete: 'off',
    }),
    [`hoehe${n}`]: geld({
      label: 'Höhe in Euro',
      kurz: `Schuld ${n}: Höhe`,
      was: `die Höhe von Schuld ${n}`,
      optional: true,
    }),
    [`rate${n}`]: geld({
      label: 'Monatliche Rate in Euro',
      kurz: `Schuld ${n}: Rate im Monat`,
      was: `die Rate von Schuld ${n}`,
      optional: true,
    }),
  } as { [K in `glaeubiger${N}`]: Feld<string | undefined> } & {
    [K in `hoehe${N}` | `rate${N}`]: Feld<number | undefined>;
  };
}

export const schuldenAngaben = formSchritt({
  id: 'schulden-angaben',
  slug: 'weitere-schulden/angaben',
  titel: 'Angaben zu weiteren Schulden',
  abschnitt: 'ausgaben',
  einleitung:
    'Geben Sie bis zu 5 Schulden an, die größten zuerst. Weitere können Sie mit den Unterlagen nachweisen.',
  felder: {
    ...schuldFelder(1),
    ...schuldFelder(2),
    ...schuldFelder(3),
    ...schuldFelder(4),
    ...schuldFelder(5),
  },
  regeln(d, fehler) {
    let angegeben = 0;
    for (const n of SCHULD_ZEILEN) {
      const g = d[`glaeubiger${n}`];
      const h = d[`hoehe${n}`];
      const r = d[`rate${n}`];
      if (g === undefined && h === undefined && r === undefined) continue;
      angegeben += 1;
      if (g === undefined) fehler(`glaeubiger${n}`, `Geben Sie den Gläubiger von Schuld ${n} an`);
      if (h === undefined) fehler(`hoehe${n}`, `Geben Sie die Höhe von Schuld ${n} an`);
    }
    if (angegeben === 0)
      fehler(
        'glaeubiger1',
        'Geben Sie mindestens eine Schuld an. Wenn es keine gibt, gehen Sie zurück und wählen „Nein“',
      );
  },
});
