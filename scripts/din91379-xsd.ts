// Writes src/nachricht/xsd/din-91379-datentyp-c.xsd from the definition in src/nachricht/din91379.ts.
// Usage: npx tsx scripts/din91379-xsd.ts
import { writeFileSync } from 'node:fs';
import { din91379XsdDatei } from '../src/nachricht/din91379.ts';

const ziel = new URL('../src/nachricht/xsd/din-91379-datentyp-c.xsd', import.meta.url);
writeFileSync(ziel, din91379XsdDatei());
console.log(`geschrieben: ${ziel.pathname}`);
