import { afterAll, expect, test } from 'vitest';
import { browser } from '../../test/antrag-client.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';

// The citizen's session time-out (WCAG 2.2.1): every page states the end and offers "Sitzung verlängern";
// a form sent after the end leads to a login that explains what was lost and comes back to the page.

const t = await testApp();
afterAll(() => t.close());

const MINUTE = 60_000;

async function angemeldet(pseudonym: string) {
  const b = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym })));
  return { b, basis: await b.neuerEntwurf() };
}

test('every citizen page states the end of the session and offers to extend it, also without JavaScript', async () => {
  const { b, basis } = await angemeldet('bpk2:sitzung-hinweis');
  for (const pfad of [basis, `${basis}/fuer-wen`, '/meine-antraege']) {
    const seite = await b.get(pfad);
    expect(seite.body, pfad).toContain('data-restsekunden="1800"');
    expect(seite.body, pfad).toMatch(/Ihre Sitzung endet um\s*<time datetime="[^"]+">\d\d:\d\d Uhr<\/time>/i);
    expect(seite.body, pfad).toContain('action="/antrag/sitzung"');
    expect(seite.body, pfad).toContain(`name="ziel" value="${pfad}"`);
    expect(seite.body, pfad).toContain('<script src="/static/buerger-sitzung.js" defer>');
  }
  const js = await t.app.inject({ url: '/static/buerger-sitzung.js' });
  expect(js.statusCode).toBe(200);
  expect(js.body).toContain('buerger-sitzung-warnung');
});

test('"Sitzung verlängern" moves the end and comes back; foreign targets are not followed', async () => {
  const { b, basis } = await angemeldet('bpk2:sitzung-verlaengern');
  t.uhr.vor(25 * MINUTE);
  const res = await b.post('/antrag/sitzung', { ziel: `${basis}/fuer-wen` });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe(`${basis}/fuer-wen`);
  expect((await b.get(`${basis}/fuer-wen`)).body).toContain('data-restsekunden="1800"');
  t.uhr.vor(25 * MINUTE);
  // 50 minutes after the login, still signed in: the end was moved.
  expect((await b.get(basis)).statusCode).toBe(200);
  for (const ziel of ['//example.org/x', 'https://example.org', '']) {
    expect((await b.post('/antrag/sitzung', { ziel })).headers.location).toBe('/antrag');
  }
  // Without the CSRF token: refused.
  expect((await b.post('/antrag/sitzung', { ziel: basis }, false)).statusCode).toBe(403);
});

test('a form sent after the session has ended: the login explains that its input was not saved', async () => {
  const { b, basis } = await angemeldet('bpk2:sitzung-abgelaufen');
  await b.csrf();
  t.uhr.vor(31 * MINUTE);
  const res = await b.post(`${basis}/fuer-wen`, { antragFuer: 'selbst' });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe(`/anmelden?ziel=${encodeURIComponent(`${basis}/fuer-wen`)}&abgelaufen=1`);
  const login = await b.get(res.headers.location ?? '');
  expect(login.body).toContain('Ihre Sitzung war abgelaufen');
  expect(login.body).toContain('Nach der Anmeldung kommen Sie zu dieser Seite zurück');
  const verlaengern = await b.post('/antrag/sitzung', { ziel: basis });
  expect(verlaengern.headers.location).toBe(`/anmelden?ziel=${encodeURIComponent(basis)}&abgelaufen=1`);
  // A plain visit without a session is an ordinary login, without the note.
  const neu = browser(t);
  const besuch = await neu.get(basis);
  expect(besuch.headers.location).toBe(`/anmelden?ziel=${encodeURIComponent(basis)}`);
});
