import { xmlEscape } from '../../shared/index.ts';
import { DIN91379_NAMESPACE } from '../din91379.ts';
import {
  ANTRAG_NAMESPACE,
  ANTRAG_VERSION,
  ANTRAG_WURZEL,
  type FeldDefinition,
  type InhaltDefinition,
} from './definition.ts';

// The extension XSD, generated from the definition. The file in src/nachricht/xsd/ is this output; a test
// fails when it is out of date, so the schema cannot drift from what the builder writes.

const TYPEN: Record<Exclude<FeldDefinition['typ'], 'code' | 'codes'>, string> = {
  text: 'din:TextC',
  datum: 'xs:date',
  zeitpunkt: 'xs:dateTime',
  monat: 'xs:gYearMonth',
  betrag: 'ma:BetragType',
  dezimal: 'xs:decimal',
  ganzzahl: 'xs:integer',
  janein: 'xs:boolean',
};

function feld(f: FeldDefinition): string {
  const min = f.optional || f.typ === 'codes' ? ' minOccurs="0"' : '';
  const max = f.typ === 'codes' ? ' maxOccurs="unbounded"' : '';
  if (f.typ === 'code' || f.typ === 'codes') {
    const werte = (f.codes ?? []).map((c) => `              <xs:enumeration value="${xmlEscape(c.code)}"/>`);
    return [
      `        <xs:element name="${f.name}"${min}${max}>`,
      `          <xs:simpleType>`,
      `            <xs:restriction base="xs:token">`,
      ...werte,
      `            </xs:restriction>`,
      `          </xs:simpleType>`,
      `        </xs:element>`,
    ].join('\n');
  }
  return `        <xs:element name="${f.name}" type="${TYPEN[f.typ]}"${min}${max}/>`;
}

export function antragXsd(definition: InhaltDefinition): string {
  const abschnitte = definition.abschnitte.map((a) =>
    [
      `  <!-- ${xmlEscape(a.titel)} -->`,
      `  <xs:complexType name="${a.name}Type">`,
      `    <xs:sequence>`,
      ...a.felder.map(feld),
      `    </xs:sequence>`,
      `  </xs:complexType>`,
    ].join('\n'),
  );
  const wurzel = definition.abschnitte.map(
    (a) =>
      `        <xs:element name="${a.name}" type="ma:${a.name}Type" minOccurs="0"${a.wiederholt ? ' maxOccurs="unbounded"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Extension ${ANTRAG_VERSION} of the xSozial-basis message "Übernahme von Mietrückständen": every answer of the
  application that xSozial-basis 2.4.0 has no place for, as typed data. GENERATED from the content definition
  (src/antrag/inhalt/, src/nachricht/inhalt/); do not edit, run the test that names this file.
  Project: mietrueckstaende (EUPL-1.2). Documentation: docs/empfaenger-felder.md, ADR 0017.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:ma="${ANTRAG_NAMESPACE}"
           xmlns:din="${DIN91379_NAMESPACE}"
           targetNamespace="${ANTRAG_NAMESPACE}"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           version="${ANTRAG_VERSION}">

  <xs:import namespace="${DIN91379_NAMESPACE}" schemaLocation="din-91379-datentyp-c.xsd"/>

  <xs:simpleType name="BetragType">
    <xs:restriction base="xs:decimal">
      <xs:fractionDigits value="2"/>
      <xs:pattern value="-?\\d+\\.\\d{2}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:element name="${ANTRAG_WURZEL}">
    <xs:complexType>
      <xs:sequence>
${wurzel.join('\n')}
      </xs:sequence>
    </xs:complexType>
  </xs:element>

${abschnitte.join('\n\n')}
</xs:schema>
`;
}
