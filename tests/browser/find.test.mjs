// "Find my group": the guided form's suggestions and its error, in every language, with
// axe-core; the form works without JavaScript and keeps what was typed out of the URL.
// Run: (cd tests/browser && node --test find.test.mjs)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LANGUAGES, checkA11y, launchBrowser, startServer } from './helpers.mjs';

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

for (const { lang, dir } of LANGUAGES) {
  test(`suggestions with reasons, no JavaScript (${lang})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/find?lang=${lang}`);
      await page.fill('#field-need', 'anxiety');
      await page.fill('#field-near', 'CF10 1EP');
      await page.check('#day-2');
      await Promise.all([page.waitForNavigation(), page.locator('main form [type=submit]').click()]);
      assert.equal(new URL(page.url()).search, '', 'the answers stay out of the URL');
      const names = await page.locator('.result-name').allTextContents();
      assert.ok(names.length > 0, 'no suggestions');
      assert.match(names.slice(0, 3).join(' | '), /Cardiff Anxiety Caf/);
      assert.ok(await page.locator('.result .facts li').count() > 0, 'no reasons shown');
      assert.equal(await page.getAttribute('html', 'dir'), dir);
    } finally {
      await context.close();
    }
  });

  test(`the suggestions page passes axe (${lang})`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/find?lang=${lang}`);
      await page.fill('#field-need', 'carers');
      await page.check('#online-only');
      await Promise.all([page.waitForNavigation(), page.locator('main form [type=submit]').click()]);
      assert.ok(await page.locator('.result-name').count() > 0, 'no suggestions');
      assert.deepEqual(await checkA11y(page), [], `axe on find my group results (${lang})`);
    } finally {
      await page.close();
    }
  });

  test(`an unknown place is explained at the field (${lang})`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/find?lang=${lang}`);
      await page.fill('#field-near', 'Atlantis 99');
      const [response] = await Promise.all([page.waitForNavigation(), page.locator('main form [type=submit]').click()]);
      assert.equal(response.status(), 422);
      assert.equal(await page.locator('.error-summary a[href="#field-near"]').count(), 1);
      assert.equal(await page.getAttribute('#field-near', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#field-near'), 'Atlantis 99', 'what was typed is kept');
      assert.deepEqual(await checkA11y(page), [], `axe on find my group error (${lang})`);
    } finally {
      await page.close();
    }
  });
}
