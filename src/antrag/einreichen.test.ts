import { afterAll, expect, test } from 'vitest';
import { eineIdentitaet } from '../../test/anmeldung.ts';
import { eingaben } from '../../test/antrag-eingaben.ts';
import { testApp } from '../../test/app.ts';
import { verbindungAnlegen } from '../../test/posteingang.ts';
import { tagInBerlin } from '../shared/index.ts';
import { antragRepo } from './antrag-repo.ts';
import { einreichen } from './einreichen.ts';
import { dokumentePdf } from './pdf.ts';
import { erklaerungen } from './schritte/erklaerungen.ts';
import type { RohEingabe } from './schritte/felder.ts';
import { pruefeSchritt } from './schritte/schritt.ts';

// The documents are made outside the transaction (ADR 0024): a draft changed meanwhile must not be submitted
// with documents of its old state.

const t = await testApp();
afterAll(() => t.close());

test('an answer saved while the documents were made is in the submitted application', async () => {
  const db = t.datenbank.db;
  const repo = antragRepo(db, t.deps.secrets.dataKey);
  const identitaet = eineIdentitaet();
  const besitzer = repo.besitzerVon(identitaet.pseudonym);
  const alle: Record<string, RohEingabe> = {
    ...(eingaben as Record<string, RohEingabe>),
    'einkommen/antragsteller': eingaben.einkommen,
    'wohnung-sozialamt': { ags: '13003' },
  };
  delete alle.erklaerungen;
  const entwurf = await repo.entwurfAnlegen(besitzer, { eingaben: alle, personen: [] }, t.uhr.jetzt());
  await verbindungAnlegen(t, '13003');
  const kontext = { heute: tagInBerlin(t.uhr.jetzt()), onlineAemter: ['13003'] };
  const erkl = pruefeSchritt(erklaerungen, eingaben.erklaerungen, kontext);
  if (!erkl.ok) throw new Error('Erklärungen ungültig');

  // Another tab saves a new phone number while the first Antrag.pdf is rendered.
  let gerendert = 0;
  const ergebnis = await einreichen({
    db,
    repo,
    jetzt: t.uhr.jetzt,
    pdf: {
      ...dokumentePdf,
      antrag: async (eingabe) => {
        if (gerendert++ === 0) {
          const neu = { ...alle, kontakt: { ...eingaben.kontakt, telefon: '0381 987654' } };
          await repo.entwurfSpeichern(entwurf.id, besitzer, { eingaben: neu, personen: [] }, t.uhr.jetzt());
        }
        return dokumentePdf.antrag(eingabe);
      },
    },
    autor: { kennung: 'test', name: 'Test' },
    schluessel: t.deps.secrets.dataKey,
    entwurfId: entwurf.id,
    besitzer,
    absendeSchluessel: entwurf.absendeSchluessel,
    erklaerungen: erkl.daten,
    identitaet,
    kontext,
  });

  if (ergebnis.art !== 'eingereicht') throw new Error(JSON.stringify(ergebnis));
  // The first preparation saw the old draft; it was thrown away and the draft prepared again.
  expect(gerendert).toBe(2);
  const zeile = await repo.antragMitNummer(ergebnis.vorgangsnummer, besitzer);
  if (zeile === undefined) throw new Error('Antrag fehlt');
  const daten = JSON.stringify(repo.antragDaten(zeile));
  expect(daten).toContain('0381 987654');
  expect(
    await db.selectFrom('antrag').select('id').where('entwurf_id', '=', entwurf.id).execute(),
  ).toHaveLength(1);
});
