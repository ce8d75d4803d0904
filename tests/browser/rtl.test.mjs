// Right-to-left layout (Urdu and Arabic), and full-page screenshots for a person to look at,
// in target/browser-screenshots/. Run: (cd tests/browser && node --test rtl.test.mjs)
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SCREENSHOT_DIR, launchBrowser, signedInAccount, startServer, submitMainForm } from './helpers.mjs';

let server;
let browser;
let signedIn;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  signedIn = await signedInAccount(browser, server, 'rtl');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs `fn(page)` in a fresh context (signed in when asked), then closes it. */
async function withPage({ signIn = false } = {}, fn) {
  const context = await browser.newContext(signIn ? { storageState: signedIn.storageState } : {});
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Where the element's content sits across the viewport: { left, right } gaps in pixels
 * between the text's box and the viewport edges. For text, the box of the text itself
 * (a Range), not of a block that may span the whole width.
 */
function edges(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const box = range.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    return { left: Math.round(box.left), right: Math.round(width - box.right), width };
  });
}

const MIRRORED = [
  { lang: 'ar', path: '/', dir: 'rtl' },
  { lang: 'ur', path: '/signup', dir: 'rtl' },
  { lang: 'en', path: '/', dir: 'ltr' }, // the control: the same checks, the other way round
];

for (const { lang, path: urlPath, dir } of MIRRORED) {
  describe(`${urlPath}?lang=${lang} is laid out ${dir}`, () => {
    const nearer = dir === 'rtl' ? 'right' : 'left';
    const farther = dir === 'rtl' ? 'left' : 'right';

    test(`<html dir="${dir}">`, () =>
      withPage({}, async (page) => {
        await page.goto(`${server.url}${urlPath}?lang=${lang}`);
        assert.equal(await page.getAttribute('html', 'dir'), dir);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
      }));

    for (const [what, selector] of [
      ['the site name', '.site-name'],
      ['the main heading', 'main h1'],
      ['the first field label or paragraph', 'main label, main p.lead'],
      ['the footer links', '.site-footer nav ul'],
    ]) {
      test(`${what} (${selector}) is nearer the ${nearer} edge`, () =>
        withPage({}, async (page) => {
          await page.goto(`${server.url}${urlPath}?lang=${lang}`);
          const gap = await edges(page, selector);
          assert.ok(gap[nearer] < gap[farther],
            `${selector} is ${gap.left}px from the left and ${gap.right}px from the right of a ${gap.width}px viewport`);
        }));
    }

    test(`the skip link appears at the ${nearer} when focused`, () =>
      withPage({}, async (page) => {
        await page.goto(`${server.url}${urlPath}?lang=${lang}`);
        await page.keyboard.press('Tab');
        const box = await page.locator('.skip-link').boundingBox();
        const width = await page.evaluate(() => document.documentElement.clientWidth);
        assert.ok(box && box.y >= 0, 'the focused skip link is off screen');
        const gap = { left: box.x, right: width - box.x - box.width };
        assert.ok(gap[nearer] < gap[farther], `the skip link is at ${JSON.stringify(gap)}`);
      }));
  });
}

/**
 * Numbers written in groups ("116 123", "0303 123 1113") in the page's text, with the order
 * in which their groups appear on screen from left to right.
 */
function groupedNumbers(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const number of node.data.matchAll(/\d+(?:[ \u00a0]\d+)+/g)) {
        const groups = [...number[0].matchAll(/\d+/g)].map((group) => {
          const range = document.createRange();
          range.setStart(node, number.index + group.index);
          range.setEnd(node, number.index + group.index + group[0].length);
          return { digits: group[0], x: range.getBoundingClientRect().left };
        });
        const shown = [...groups].sort((a, b) => a.x - b.x).map((g) => g.digits).join(' ');
        const el = node.parentElement;
        found.push({ text: number[0].replace(/\u00a0/g, ' '), shown, where: `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} in ${el.closest('header, main, footer, body').tagName.toLowerCase()}` });
      }
    }
    return found;
  });
}

// A phone number must read the same in every language: in right-to-left text the groups of
// "116 123" are reordered ("123 116") unless the number is isolated or joined up.
describe('phone numbers keep their digit order in right-to-left pages', () => {
  for (const lang of ['ar', 'ur']) {
    for (const urlPath of ['/', '/crisis', '/privacy']) {
      test(`${urlPath}?lang=${lang}`, () =>
        withPage({}, async (page) => {
          await page.goto(`${server.url}${urlPath}?lang=${lang}`);
          const numbers = await groupedNumbers(page);
          assert.ok(numbers.length > 0, 'no grouped numbers found (the check needs one)');
          const reversed = numbers.filter((n) => n.text !== n.shown);
          assert.deepEqual(reversed, [], `numbers shown out of order:\n${reversed.map((n) => `${n.text} shown as ${n.shown} (${n.where})`).join('\n')}`);
        }));
    }
  }
});

// Full-page screenshots. The PNGs are for people: look at them after a change to the layout.
const SHOTS = [
  { file: 'home-ar.png', path: '/?lang=ar' },
  { file: 'signup-ur.png', path: '/signup?lang=ur' },
  { file: 'home-cy.png', path: '/?lang=cy' },
  { file: 'account-en.png', path: '/account?lang=en', signIn: true },
  { file: 'signup-errors-en.png', path: '/signup?lang=en', submit: true },
];

describe('screenshots in target/browser-screenshots/', () => {
  for (const shot of SHOTS) {
    test(shot.file, () =>
      withPage(shot, async (page) => {
        const response = await page.goto(server.url + shot.path);
        assert.equal(response.status(), 200);
        if (shot.submit) {
          assert.equal((await submitMainForm(page)).status(), 422);
        }
        assert.equal(new URL(page.url()).pathname, new URL(server.url + shot.path).pathname);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, shot.file), fullPage: true });
      }));
  }
});
