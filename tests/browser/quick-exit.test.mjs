// Quick exit: the "Exit this page" link and Escape ×3 replace the page with a neutral site
// (intercepted here: no network), Back does not return to the replaced page, and the tip is
// shown on the first visit only. Run: (cd tests/browser && node --test quick-exit.test.mjs)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, startServer } from './helpers.mjs';

const WEATHER = 'https://www.bbc.co.uk/weather';
// Where the person was before Kindred (a search engine, say): Back from the weather page
// should lead there, not to the Kindred page that was replaced.
const BEFORE = 'https://search.example/results';

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

/**
 * A fresh context that may reach only the server and the two intercepted sites; any other
 * request is aborted and recorded in `offsite`.
 */
async function isolatedPage() {
  const context = await browser.newContext();
  const offsite = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url + '/')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // Page routes take precedence over the context's catch-all.
  await page.route('https://www.bbc.co.uk/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await page.route('https://search.example/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title><h1>Search results</h1>' }));
  return { context, page, offsite };
}

/** Opens BEFORE, then a Kindred page, and returns the history length at that point. */
async function arriveAtKindred(page, urlPath) {
  await page.goto(BEFORE);
  await page.goto(server.url + urlPath);
  assert.equal(await page.title(), await page.evaluate(() => document.title));
  assert.match(await page.title(), /Kindred/);
  return page.evaluate(() => history.length);
}

/** Checks that the weather page replaced the Kindred page, and that Back skips Kindred. */
async function assertLeftForWeather(page, historyLength, offsite) {
  await page.waitForURL(WEATHER);
  assert.equal(await page.locator('h1').innerText(), 'Weather');
  assert.equal(await page.evaluate(() => history.length), historyLength,
    'the Kindred page was not replaced in the history (location.replace), a new entry was added');
  await page.goBack();
  assert.equal(page.url(), BEFORE, 'Back did not lead to the page before Kindred');
  assert.ok(!page.url().startsWith(server.url), 'Back shows the Kindred page again');
  assert.deepEqual(offsite, [], 'requests left the test machine');
}

describe('quick exit', () => {
  test('the link is a plain link to the neutral site (works without JavaScript)', async () => {
    const { context, page, offsite } = await isolatedPage();
    try {
      await page.goto(server.url + '/');
      const link = page.locator('#quick-exit');
      assert.equal(await link.getAttribute('href'), WEATHER);
      assert.match(await link.getAttribute('rel') ?? '', /noreferrer/);
      // It comes straight after the skip link in the tab order.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'quick-exit');
      assert.deepEqual(offsite, []);
    } finally {
      await context.close();
    }
  });

  test('(a) clicking "Exit this page" lands on the weather page, and Back does not return', async () => {
    const { context, page, offsite } = await isolatedPage();
    try {
      const length = await arriveAtKindred(page, '/crisis');
      await page.locator('#quick-exit').click();
      await assertLeftForWeather(page, length, offsite);
    } finally {
      await context.close();
    }
  });

  test('the page is blanked at once, before the neutral site loads', async () => {
    const { context, page, offsite } = await isolatedPage();
    try {
      await page.goto(server.url + '/crisis');
      // Listeners on the document run after the button's own: they see the page as the
      // quick-exit script left it, while the browser is still fetching the neutral site.
      const seen = new Promise((resolve) => page.on('console', (m) => m.text().startsWith('{') && resolve(JSON.parse(m.text()))));
      await page.evaluate(() => document.addEventListener('click', () =>
        console.log(JSON.stringify({ title: document.title, text: document.body.textContent.trim() }))));
      await page.locator('#quick-exit').click();
      assert.deepEqual(await seen, { title: '', text: '' }, 'the Kindred page stayed visible while leaving');
      await page.waitForURL(WEATHER);
      assert.deepEqual(offsite, []);
    } finally {
      await context.close();
    }
  });

  test('(b) pressing Escape three times does the same', async () => {
    const { context, page, offsite } = await isolatedPage();
    try {
      const length = await arriveAtKindred(page, '/privacy');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await assertLeftForWeather(page, length, offsite);
    } finally {
      await context.close();
    }
  });

  test('Escape works while typing in a form field', async () => {
    const { context, page, offsite } = await isolatedPage();
    try {
      const length = await arriveAtKindred(page, '/signup');
      await page.locator('#field-email').focus();
      await page.keyboard.type('someone@');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      await assertLeftForWeather(page, length, offsite);
    } finally {
      await context.close();
    }
  });

  test('two presses, or three spread over more than 2 s, do not leave', async () => {
    const { context, page } = await isolatedPage();
    try {
      await page.goto(server.url + '/');
      const stillHere = async (why) => {
        await page.waitForTimeout(200);
        assert.ok(page.url().startsWith(server.url), why);
        assert.match(await page.title(), /Kindred/, why);
      };
      // Presses at about 0 s, 1.3 s and 2.4 s: never three within 2 s.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_100);
      await page.keyboard.press('Escape');
      await stillHere('two presses left the page');
      await page.waitForTimeout(900);
      await page.keyboard.press('Escape');
      await stillHere('three presses spread over more than 2 s left the page');
      // One more now makes three within 2 s (1.3 s, 2.4 s and now).
      await page.keyboard.press('Escape');
      await page.waitForURL(WEATHER);
    } finally {
      await context.close();
    }
  });

  test('(c) the tip is shown on the first visit only, once per browser', async () => {
    const { context, page } = await isolatedPage();
    try {
      await page.goto(server.url + '/');
      const tip = page.locator('#quick-exit-tip');
      assert.ok(await tip.isVisible(), 'no tip on the first visit');
      assert.match(await tip.innerText(), /Escape/);
      await page.goto(server.url + '/privacy');
      assert.equal(await tip.count(), 0, 'the tip is shown again on the second page');
      await page.goto(server.url + '/?lang=cy');
      assert.equal(await tip.count(), 0, 'the tip is shown again after changing language');
      await page.reload();
      assert.equal(await tip.count(), 0, 'the tip is shown again on reload');
    } finally {
      await context.close();
    }
    const fresh = await isolatedPage();
    try {
      await fresh.page.goto(server.url + '/privacy');
      assert.ok(await fresh.page.locator('#quick-exit-tip').isVisible(), 'no tip for a new browser');
    } finally {
      await fresh.context.close();
    }
  });
});

test('KINDRED_QUICK_EXIT_URL sets the neutral site', async () => {
  const other = await startServer({ KINDRED_QUICK_EXIT_URL: 'https://www.bbc.co.uk/news' });
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(other.url + '/')
        ? route.continue()
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<title>News</title><h1>News</h1>' }));
    const page = await context.newPage();
    await page.goto(other.url + '/');
    assert.equal(await page.locator('#quick-exit').getAttribute('href'), 'https://www.bbc.co.uk/news');
    await page.locator('#quick-exit').click();
    await page.waitForURL('https://www.bbc.co.uk/news');
  } finally {
    await context.close();
    await other.stop();
  }
});
