import { createServer } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { testApp, type TestApp } from '../test/app.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

export type LaufendeApp = TestApp & { baseUrl: string };

function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('Keine Adresse'));
        else resolve(address.port);
      });
    });
  });
}

/**
 * The real app, listening on a free loopback port, on its own test database. BASE_URL names that port,
 * because SAML (BundID login) needs the app's absolute URLs.
 */
export async function starteApp(options: Parameters<typeof testApp>[0] = {}): Promise<LaufendeApp> {
  const port = await freierPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await testApp({ ...options, env: { PORT: String(port), BASE_URL: baseUrl, ...options.env } });
  await t.app.listen({ port, host: '127.0.0.1' });
  return { ...t, baseUrl };
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; a page passes only with zero violations. */
export async function expectBarrierefrei(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
