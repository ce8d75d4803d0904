// Accessibility checks on every page in PAGES, in every language: axe-core (WCAG 2.0/2.1/2.2
// A and AA, and best practice), <html lang> and dir, one h1, and a working skip link.
// Run: (cd tests/browser && node --test)
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, SCREENSHOT_DIR, checkA11y, launchBrowser, logIn, newAccount, passwordResetUrl, signUp,
  signedInAccount, startServer, submitMainForm, verificationUrl,
} from './helpers.mjs';

// Every page, once per language. Add pages here.
//   path      where to go; :verify and :reset stand for live emailed links made in before()
//   status    the expected HTTP status of the page checked (default 200)
//   signedIn  open it with a signed-in, confirmed account
//   admin     open it as an administrator (organiser of every organisation)
//   submit    then submit the main form as it is (empty), and check the answer instead
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'sign-up', path: '/signup' },
  { name: 'sign-up with errors', path: '/signup', submit: true, status: 422 },
  { name: 'sign-in', path: '/login' },
  { name: 'password reset request', path: '/reset' },
  { name: 'privacy notice', path: '/privacy' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'crisis help', path: '/crisis' },
  { name: 'account', path: '/account', signedIn: true },
  { name: 'email confirmation', path: ':verify' },
  { name: 'email confirmation, dead link', path: '/verify/no-such-token', status: 404 },
  { name: 'new password', path: ':reset' },
  { name: 'new password, dead link', path: '/reset/no-such-token', status: 404 },
  { name: 'not found', path: '/no-such-page', status: 404 },
  { name: 'group search', path: '/groups' },
  { name: 'group search results', path: '/groups?q=anxiety&near=CF10+1EP' },
  { name: 'group search, unknown place', path: '/groups?near=Atlantis', status: 400 },
  { name: 'a group', path: '/groups/cardiff-anxiety-cafe' },
  { name: 'joining an open group', path: '/groups/cardiff-anxiety-cafe/join', signedIn: true },
  { name: 'asking to join a closed group', path: '/groups/cardiff-young-adults-anxiety-group/join', signedIn: true },
  { name: 'listing a group (not an organiser)', path: '/groups/new', signedIn: true },
  { name: 'listing a group (organiser form)', path: '/groups/new', admin: true },
  { name: 'editing a group', path: '/groups/cardiff-anxiety-cafe/edit', admin: true },
  { name: 'members and requests', path: '/groups/cardiff-anxiety-cafe/members', admin: true },
  // Meetings; pages with ids found at run time are in meetings.test.mjs.
  { name: 'adding a meeting series', path: '/groups/cardiff-anxiety-cafe/meetings/new', admin: true },
  { name: 'adding a meeting series with errors', path: '/groups/cardiff-anxiety-cafe/meetings/new', admin: true, submit: true, status: 422 },
  { name: 'agenda formats', path: '/groups/cardiff-anxiety-cafe/formats', admin: true },
  { name: 'my meetings', path: '/my/meetings', signedIn: true },
  { name: 'unsubscribing from meeting emails', path: `/unsubscribe/${'x'.repeat(43)}` },
  { name: 'find my group', path: '/find' },
];

let server;
let browser;
/** Filled in before(): live links and a signed-in session. */
const fixtures = {};

before(async () => {
  server = await startServer({}, { admin: true });
  browser = await launchBrowser();
  const signedIn = await signedInAccount(browser, server, 'a11y');
  fixtures.storageState = signedIn.storageState;
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server, server.admin);
    fixtures.adminState = await context.storageState();
    await context.close();
  }
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A second account left unconfirmed, so its confirmation link stays live.
    const pending = newAccount('a11y-pending');
    await signUp(page, server, pending);
    fixtures[':verify'] = new URL(await verificationUrl(server, pending)).pathname;
    fixtures[':reset'] = new URL(await passwordResetUrl(page, server, signedIn.account)).pathname;
  } finally {
    await context.close();
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function withLang(urlPath, lang) {
  return `${urlPath}${urlPath.includes('?') ? '&' : '?'}lang=${lang}`;
}

for (const spec of PAGES) {
  describe(`page ${spec.name} (${spec.path})`, () => {
    for (const { lang, dir } of LANGUAGES) {
      describe(`in ${lang}`, () => {
        let context;
        let page;
        let label;

        before(async () => {
          const urlPath = withLang(fixtures[spec.path] ?? spec.path, lang);
          label = `${spec.name} (${urlPath}${spec.submit ? ', submitted empty' : ''})`;
          const state = spec.admin ? fixtures.adminState : spec.signedIn ? fixtures.storageState : undefined;
          context = await browser.newContext(state ? { storageState: state } : {});
          page = await context.newPage();
          let response = await page.goto(server.url + urlPath);
          if (spec.submit) {
            assert.equal(response.status(), 200, `status of ${urlPath}`);
            response = await submitMainForm(page);
          }
          assert.equal(response.status(), spec.status ?? 200, `status of ${label}`);
          // A redirect (e.g. /account to /login when the session is missing) would check the wrong page.
          assert.equal(new URL(page.url()).pathname, new URL(server.url + urlPath).pathname, `${label} was redirected`);
        });

        after(() => context?.close());

        test('has no axe-core violations', async () => {
          const violations = await checkA11y(page);
          assert.equal(violations.length, 0, `axe-core violations on ${label} in ${lang}:\n${violations.join('\n')}`);
        });

        test(`declares lang="${lang}" dir="${dir}"`, async () => {
          const html = await page.evaluate(() => ({
            lang: document.documentElement.getAttribute('lang'),
            dir: document.documentElement.getAttribute('dir'),
          }));
          assert.deepEqual(html, { lang, dir }, `<html> of ${label}`);
        });

        if (spec.submit) {
          test('shows an error summary linking to the fields, and inline errors', async () => {
            const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
            assert.ok(links.length > 0, 'no links in the error summary');
            for (const href of links) {
              assert.match(href, /^#field-[a-z_]+$/);
              assert.equal(await page.locator(href).count(), 1, `${href} names no field`);
              assert.equal(await page.locator(`${href}-error`).count(), 1, `no inline error ${href}-error`);
              assert.equal(await page.locator(href).getAttribute('aria-invalid'), 'true', `${href} is not aria-invalid`);
            }
          });
        }

        test('has exactly one h1', async () => {
          const count = await page.locator('h1').count();
          assert.equal(count, 1, `${label} has ${count} h1 elements`);
        });

        // Last: it moves the focus.
        if (spec.submit || spec.status === 400) {
          // A page that shows an error summary puts focus on it, so the first Tab goes to
          // the summary's links rather than the skip link.
          test('starts keyboard focus on the error summary', async () => {
            const focused = await page.evaluate(() => document.activeElement?.className);
            assert.equal(focused, 'error-summary', `focus is on ${focused}`);
          });
        } else test('has a skip link that moves focus to #main', async () => {
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
        });
      });
    }
  });
}

test('/account without a session redirects to /login?next=/account', async () => {
  const context = await browser.newContext();
  try {
    const response = await context.request.get(server.url + '/account', { maxRedirects: 0 });
    assert.equal(response.status(), 303);
    assert.equal(response.headers().location, '/login?next=/account');
  } finally {
    await context.close();
  }
});

test('screenshot of the home page (target/browser-screenshots/home.png)', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(server.url + '/');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'home.png'), fullPage: true });
  } finally {
    await page.close();
  }
});
