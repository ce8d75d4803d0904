// Keyboard-only sign-up and sign-in: only page.keyboard (Tab, Shift+Tab, typing, Enter), no
// clicks and no page.fill. Every focus stop passed on the way must show a focus indicator.
// Run: (cd tests/browser && node --test keyboard.test.mjs)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { findLink, focusState, launchBrowser, newAccount, startServer, waitForMail } from './helpers.mjs';

let server;
let browser;
let context;
let page;
const account = newAccount('keyboard');

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const describeFocus = (f) => `${f.tag}${f.id ? `#${f.id}` : ''}${f.href ? `[href=${f.href}]` : ''} "${f.text}"`;

/**
 * Presses Tab (or Shift+Tab) until `wanted(focus)` holds, at most `max` times, asserting that
 * every element focused on the way shows a focus indicator. Returns the focus reached.
 */
async function tabTo(wanted, { back = false, max = 40 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await focusState(page);
    trail.push(describeFocus(focus));
    assert.ok(focus.visible,
      `no visible focus indicator on ${describeFocus(focus)} (outline: ${focus.outline}; box-shadow: ${focus.boxShadow}) on ${page.url()}`);
    if (wanted(focus)) return focus;
  }
  assert.fail(`not reached after ${max} ${back ? 'Shift+Tab' : 'Tab'} presses on ${page.url()}:\n  ${trail.join('\n  ')}`);
}

/** Presses Enter on what has focus and waits for the page it leads to; returns the response. */
async function pressEnterAndWait() {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response;
}

const field = (name) => (f) => f.id === `field-${name}`;
const submitButton = (f) => f.tag === 'BUTTON' && f.type === 'submit';
const h1 = () => page.locator('h1').innerText();

test('sign up, confirm and sign in with the keyboard alone', async (t) => {
  await t.test('from the home page, Tab reaches "Create an account"', async () => {
    await page.goto(server.url + '/?lang=en');
    await tabTo((f) => f.tag === 'A' && f.href === '/signup');
    assert.equal((await focusState(page)).text, 'Create an account');
    const response = await pressEnterAndWait();
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/signup');
    assert.equal(await h1(), 'Create an account');
  });

  await t.test('fill in the sign-up form and submit it', async () => {
    await tabTo(field('email'));
    await page.keyboard.type(account.email);
    await tabTo(field('pseudonym'), { max: 1 });
    await page.keyboard.type(account.pseudonym);
    await tabTo(field('password'), { max: 1 });
    await page.keyboard.type(account.password);
    await tabTo(submitButton, { max: 1 });
    // Back to the password field and forward again: Shift+Tab works and keeps what was typed.
    await tabTo(field('password'), { back: true, max: 1 });
    assert.equal(await page.inputValue('#field-password'), account.password);
    assert.equal(await page.inputValue('#field-email'), account.email);
    assert.equal(await page.inputValue('#field-pseudonym'), account.pseudonym);
    await tabTo(submitButton, { max: 1 });
    const response = await pressEnterAndWait();
    assert.equal(response.status(), 200, await page.locator('main').innerText());
    assert.equal(await h1(), 'Check your email');
    assert.equal(await page.locator('a[href="/account"]').count(), 0, 'signing up must not sign in');
  });

  let link;
  await t.test('the emailed confirmation link points at this server', async () => {
    const mail = await waitForMail(server, account.email, { match: (m) => m.body.includes('/verify/') });
    link = findLink(mail.body, '/verify/');
    assert.equal(link.origin, server.url, `the email links to ${link.href}, not to the server at ${server.url}`);
  });

  await t.test('open the link and confirm with the keyboard', async () => {
    assert.ok(link, 'no confirmation link');
    await page.goto(server.url + link.pathname);
    assert.equal(await h1(), 'Confirm your email address');
    const button = await tabTo(submitButton);
    assert.equal(button.text, 'Confirm my email address');
    const response = await pressEnterAndWait();
    assert.equal(response.status(), 200);
    assert.match(await page.locator('main').innerText(), /your email address is confirmed/);
  });

  await t.test('sign in with the keyboard and land on /account', async () => {
    await page.goto(server.url + '/login');
    await tabTo(field('email'));
    await page.keyboard.type(account.email);
    await tabTo(field('password'), { max: 1 });
    await page.keyboard.type(account.password);
    await tabTo(submitButton, { max: 1 });
    const response = await pressEnterAndWait();
    assert.equal(response.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.equal(await h1(), 'Your account');
    assert.match(await page.locator('main').innerText(), new RegExp(account.email.replace(/[.+]/g, '\\$&')));
  });
});
