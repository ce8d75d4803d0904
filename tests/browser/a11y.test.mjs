// Accessibility checks on every page in PAGES: axe-core (WCAG 2.2 AA and best practice),
// <html lang>, one h1, and a working skip link. Run: (cd tests/browser && node --test)
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkA11y, launchBrowser, repoRoot, startServer } from './helpers.mjs';

// Add pages here.
const PAGES = [
  { path: '/', status: 200 },
  { path: '/no-such-page', status: 404 },
];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `urlPath` in a fresh page, checks the status, runs `fn(page)`, then closes the page. */
async function withPage(urlPath, status, fn) {
  const page = await browser.newPage();
  try {
    const response = await page.goto(server.url + urlPath);
    assert.equal(response.status(), status, `status of ${urlPath}`);
    return await fn(page);
  } finally {
    await page.close();
  }
}

for (const { path: urlPath, status } of PAGES) {
  describe(`page ${urlPath}`, () => {
    test('has no axe-core violations', () =>
      withPage(urlPath, status, async (page) => {
        const violations = await checkA11y(page);
        assert.equal(violations.length, 0, `axe-core violations on ${urlPath}:\n${violations.join('\n')}`);
      }));

    test('declares its language', () =>
      withPage(urlPath, status, async (page) => {
        const lang = await page.locator('html').getAttribute('lang');
        assert.ok(lang?.trim(), '<html> has no lang attribute');
      }));

    test('has exactly one h1', () =>
      withPage(urlPath, status, async (page) => {
        const count = await page.locator('h1').count();
        assert.equal(count, 1, `${urlPath} has ${count} h1 elements`);
      }));

    test('has a skip link that moves focus to #main', () =>
      withPage(urlPath, status, async (page) => {
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const el = document.activeElement;
          return { tag: el?.tagName, href: el?.getAttribute('href'), text: el?.textContent.trim() };
        });
        assert.deepEqual({ tag: first.tag, href: first.href }, { tag: 'A', href: '#main' },
          `first Tab stop is not the skip link: ${JSON.stringify(first)}`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main',
          'focus did not move to #main (it needs tabindex="-1")');
      }));
  });
}

test('screenshot of the home page (target/browser-screenshots/home.png)', () =>
  withPage('/', 200, async (page) => {
    const dir = path.join(repoRoot, 'target', 'browser-screenshots');
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'home.png'), fullPage: true });
  }));
