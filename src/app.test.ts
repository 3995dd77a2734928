import { afterAll, expect, test } from 'vitest';
import { alsBuerger } from '../test/anmeldung.ts';
import { testApp } from '../test/app.ts';

const t = await testApp();
afterAll(() => t.close());

const seiten = [
  ['/', 'Übernahme von Mietrückständen beantragen'],
  ['/leichte-sprache', 'Leichter Sprache'],
  ['/behoerden', 'Steckbrief'],
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutzhinweise'],
  ['/datenschutz?behoerde=13004', 'Landeshauptstadt Schwerin'],
  ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ['/barrierefreiheit?behoerde=13075', 'Vorpommern-Greifswald'],
] as const;

test.each(seiten)('%s answers 200 with a complete German HTML document', async (url, erwartet) => {
  const res = await t.app.inject({ url });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.body.startsWith('<!DOCTYPE html><html lang="de"')).toBe(true);
  expect(res.body).toMatch(/<title>[^<]+<\/title>/);
  expect(res.body).toContain('<main id="inhalt"');
  expect(res.body).toContain('/static/kern/kern.min.css');
  expect(res.body).toContain(erwartet);
});

test.each(seiten)(
  '%s shows the signed-in citizen with a sign-out button, and nobody without login',
  async (url) => {
    const anonym = await t.app.inject({ url });
    expect(anonym.body).not.toContain('Angemeldet:');
    expect(anonym.headers['set-cookie']).toBeUndefined();
    const res = await t.app.inject({ url, cookies: await alsBuerger(t) });
    expect(res.body).toContain('Angemeldet: Erika Mustermann');
    expect(res.body).toMatch(
      /<form method="post" action="\/abmelden"[^>]*><input type="hidden" name="_csrf" value="[^"]+"/,
    );
  },
);

test('the start page shows the deadline warning and where the service is live', async () => {
  const res = await t.app.inject({ url: '/' });
  expect(res.body).toContain('2 Monate Zeit');
  expect(res.body).toContain('Hanse- und Universitätsstadt Rostock');
  expect(res.body).toContain('href="/antrag"');
});

test('the information page shows the fact sheet, the catalogue and the deferred services', async () => {
  const { body } = await t.app.inject({ url: '/behoerden' });
  for (const text of [
    '10090',
    '99107042000000',
    'Nordrhein-Westfalen',
    'Prosoz',
    'Governikus ComVibilia',
    'BundID',
    'Bürgergeld',
    'Soziale Entschädigung SGB XIV',
    'Suchtberatung',
  ]) {
    expect(body).toContain(text);
  }
});

test('KERN styles and fonts are served locally', async () => {
  const css = await t.app.inject({ url: '/static/kern/kern.min.css' });
  expect(css.statusCode).toBe(200);
  expect(css.headers['content-type']).toContain('text/css');
  const fonts = await t.app.inject({ url: '/static/kern/fonts/fira-sans.css' });
  expect(fonts.statusCode).toBe(200);
  expect((await t.app.inject({ url: '/static/app.css' })).statusCode).toBe(200);
});

test('security headers: strict CSP without inline scripts, no framing, no sniffing', async () => {
  const res = await t.app.inject({ url: '/' });
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body).not.toMatch(/<script(?![^>]*src=)/);
  expect(res.body).not.toMatch(/ style="/);
});

test('an unknown page answers 404 with a German page', async () => {
  const res = await t.app.inject({ url: '/gibt-es-nicht' });
  expect(res.statusCode).toBe(404);
  expect(res.body).toContain('Seite nicht gefunden');
});

test('an unknown office in the privacy page falls back to the first office', async () => {
  const res = await t.app.inject({ url: '/datenschutz?behoerde=99999' });
  expect(res.statusCode).toBe(200);
  const bad = await t.app.inject({ url: '/datenschutz?behoerde=<script>' });
  expect(bad.statusCode).toBe(200);
  expect(bad.body).not.toContain('<script>');
});

test('health: live and ready', async () => {
  expect((await t.app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
  const ready = await t.app.inject({ url: '/health/ready' });
  expect(ready.statusCode).toBe(200);
  expect(ready.json()).toEqual({ status: 'ok', datenbank: 'ok' });
});
