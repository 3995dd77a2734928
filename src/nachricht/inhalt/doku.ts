import {
  ANTRAG_NAMESPACE,
  ANTRAG_PRAEFIX,
  ANTRAG_WURZEL,
  ANTRAG_XSD,
  type FeldDefinition,
  type InhaltDefinition,
} from './definition.ts';

// The receiver documentation (docs/empfaenger-felder.md), generated from the definition; a test fails when the
// file in the repository differs, so it cannot drift.

const TYP: Record<FeldDefinition['typ'], string> = {
  text: 'din:TextC (DIN 91379 Datentyp C)',
  datum: 'xs:date',
  zeitpunkt: 'xs:dateTime',
  monat: 'xs:gYearMonth',
  betrag: 'Dezimal, 2 Nachkommastellen (Euro)',
  dezimal: 'xs:decimal',
  ganzzahl: 'xs:integer',
  janein: 'xs:boolean',
  code: 'Code',
  codes: 'Code, wiederholbar',
};

const zelle = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function codeliste(f: FeldDefinition): string {
  if (f.codeliste !== undefined) return f.codeliste;
  if (f.codes === undefined) return '';
  const liste = f.codes.map((c) => `\`${c.code}\` ${c.label}`);
  return liste.length > 12
    ? `${liste.slice(0, 12).join(', ')}, … (${liste.length} Werte, siehe XSD)`
    : liste.join(', ');
}

export function empfaengerDoku(
  definition: InhaltDefinition,
  platzhalter: readonly { pfad: string; code: string; hinweis?: string }[],
): string {
  const zeilen: string[] = [];
  for (const a of definition.abschnitte) {
    zeilen.push('', `### ${a.titel} (\`${a.name}\`${a.wiederholt ? ', wiederholbar' : ''})`, '');
    zeilen.push(
      '| Element | XPath | Typ | Codeliste | Pflicht | Status | auch in xSozial-basis |',
      '|---|---|---|---|---|---|---|',
    );
    for (const f of a.felder) {
      const xpath = `xsb:vorgang/${ANTRAG_PRAEFIX}:${ANTRAG_WURZEL}/${ANTRAG_PRAEFIX}:${a.name}/${ANTRAG_PRAEFIX}:${f.name}`;
      zeilen.push(
        `| ${zelle(f.titel)} | \`${xpath}\` | ${TYP[f.typ]} | ${zelle(codeliste(f))} | ${f.optional ? 'nein' : 'ja'} | Erweiterung ${ANTRAG_PRAEFIX} (eigene Festlegung) | ${f.basis ? `\`${f.basis}\`` : ''} |`,
      );
    }
  }
  const offen = platzhalter.map(
    (p) => `| \`${p.pfad}\` | \`${zelle(p.code)}\` | ${zelle(p.hinweis ?? '')} |`,
  );
  return `# Felder der Nachricht für empfangende Stellen

<!-- GENERIERT aus der Inhaltsdefinition (src/antrag/inhalt/, src/nachricht/inhalt/). Nicht von Hand ändern:
     \`src/antrag/inhalt/inhalt.test.ts\` schlägt fehl, wenn diese Datei veraltet ist, und schreibt sie mit
     AKTUALISIEREN=1 neu. -->

Jede Nachricht \`vorgang.transportieren.1000001\` trägt neben den Elementen von xSozial-basis 2.4.0 (Personen,
Vertretung, Vermieter mit Bankverbindung, Dokumente) **alle Angaben des Antrags** als typisierte Daten im
Erweiterungselement \`${ANTRAG_PRAEFIX}:${ANTRAG_WURZEL}\` (Namensraum \`${ANTRAG_NAMESPACE}\`, XSD \`${ANTRAG_XSD}\` im
Repository unter \`src/nachricht/xsd/\`, in der Nachricht per \`xsi:schemaLocation\` genannt; ADR 0017). Es ist das
letzte Kind von \`xsb:vorgang\`. Dieselben Angaben liefert \`/api/v1\` als JSON (JSON Schema unter
\`/api/v1/schema/antrag.json\`).

Status: Die Erweiterung ist eine eigene, versionierte Festlegung des Projekts und gilt, bis die offizielle
Fassung von xSozial-basis (XRepository) einen Platz für diese Angaben vorsieht. Werte, die xSozial-basis schon
trägt, stehen zusätzlich dort (Spalte „auch in xSozial-basis“). Datum \`xs:date\`, Beträge in Euro mit zwei
Nachkommastellen, Ja/Nein als \`xs:boolean\`, Auswahlen als Codes der im XSD aufgezählten Werte.

## Noch unbestätigte Werte von xSozial-basis (Profil 2.4.0)

| Pfad im Profil | Wert | Hinweis |
|---|---|---|
${offen.join('\n')}

## Angaben im Erweiterungselement
${zeilen.join('\n')}
`;
}
