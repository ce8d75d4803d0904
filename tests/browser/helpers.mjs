// Shared helpers for the browser tests: a Kindred server, a headless Chromium, and axe-core.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const require = createRequire(import.meta.url);

/**
 * Starts `kindred serve --demo` on a free loopback port in a fresh temporary directory.
 * Uses PostgreSQL when KINDRED_TEST_DATABASE_URL is set, else SQLite in the temporary directory.
 * `extraEnv` adds environment variables (e.g. KINDRED_QUICK_EXIT_URL).
 * Returns { url, dir, mailDir, stop }; `url` ends without a slash, so `url + '/path'` works;
 * `mailDir` is where the default mail transport writes `.eml` files.
 */
/**
 * Starts a server. With `{ admin: true }`, first creates a confirmed administrator with
 * `kindred admin create-user` and returns it as `server.admin` ({ email, password }).
 */
export async function startServer(extraEnv = {}, options = {}) {
  const bin = path.resolve(repoRoot, process.env.KINDRED_BIN ?? 'target/debug/kindred');
  const dir = await mkdtemp(path.join(tmpdir(), 'kindred-browser-'));
  const env = { ...process.env };
  delete env.KINDRED_DATABASE_URL;
  delete env.KINDRED_BIND;
  if (process.env.KINDRED_TEST_DATABASE_URL) {
    env.KINDRED_DATABASE_URL = process.env.KINDRED_TEST_DATABASE_URL;
  }
  // Every server of a test run shares one master key (a throwaway one, for tests only), so
  // servers on one PostgreSQL database can open what the others sealed.
  env.KINDRED_MASTER_KEY = 'KWC8kWNlZFFIWJUj6EtWzwALOVwGraXLjFqQ66L7Mdg=';
  Object.assign(env, extraEnv);

  let admin;
  if (options.admin) {
    admin = { email: `admin-${process.pid}-${Date.now()}@example.org`, password: 'an administrator passphrase' };
    const made = spawnSync(bin, ['admin', 'create-user', '--email', admin.email, '--role', 'admin', '--password-stdin'], {
      cwd: dir, env, input: admin.password + '\n', encoding: 'utf8',
    });
    if (made.status !== 0) {
      throw new Error(`kindred admin create-user failed: ${made.stderr}`);
    }
  }

  const child = spawn(bin, ['serve', '--demo', '--bind', '127.0.0.1:0'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const started = new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error('timed out after 30 s')), 30_000);
    function fail(err) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`kindred (${bin}) did not start: ${err.message}\n${output}`));
    }
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      // Only whole lines: a chunk may end in the middle of the address.
      const match = !settled && output.match(/running at (http:\/\/[^\s/]+)\/?[^\n]*\n/);
      if (match) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.once('error', fail);
    exited.then(({ code, signal }) => fail(new Error(`exited early (code ${code}, signal ${signal})`)));
  });
  const url = await started.catch(async (err) => {
    await rm(dir, { recursive: true, force: true });
    throw err;
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const { code, signal } = await exited;
      clearTimeout(killer);
      if (code !== 0) {
        throw new Error(`kindred did not stop cleanly on SIGTERM (code ${code}, signal ${signal})\n${output}`);
      }
    }
    await rm(dir, { recursive: true, force: true });
  }

  return { url, dir, mailDir: path.join(dir, 'kindred-data', 'mail'), stop, admin };
}

/**
 * Launches Debian's Chromium (never a downloaded browser). With `{ media: true }`, pages get a
 * fake camera and microphone (a test pattern and a beep) without a permission prompt, and may
 * play sound without a click first: for the live rooms' WebRTC.
 */
export function launchBrowser({ media = false } = {}) {
  return chromium.launch({
    executablePath: process.env.KINDRED_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...(media ? [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--autoplay-policy=no-user-gesture-required',
      ] : []),
    ],
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
let axeSource;

/**
 * Runs axe-core on the page (WCAG 2.0/2.1/2.2 A and AA, plus best practice).
 * Returns the violations as readable lines; an empty array means none.
 */
export async function checkA11y(page) {
  axeSource ??= await readFile(require.resolve('axe-core'), 'utf8');
  // The page's Content-Security-Policy forbids inline scripts, so page.addScriptTag would be
  // blocked; evaluating through the DevTools protocol is not, and keeps the CSP under test.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
    return `${v.id} (${v.impact}): ${v.help} [${targets}${more}] ${v.helpUrl}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Accounts and mail

export const LANGUAGES = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'cy', dir: 'ltr' },
  { lang: 'pl', dir: 'ltr' },
  { lang: 'ur', dir: 'rtl' },
  { lang: 'ar', dir: 'rtl' },
];

let accountCounter = 0;

/** A fresh, valid set of sign-up details, unique across test files and runs. */
export function newAccount(label = 'user') {
  const n = `${process.pid}-${Date.now().toString(36)}-${++accountCounter}`;
  return {
    email: `${label}-${n}@example.org`,
    pseudonym: `${label} ${accountCounter}`,
    password: `correct horse battery staple ${n}`,
  };
}

/** Decodes a MIME body by its Content-Transfer-Encoding (7bit/8bit, quoted-printable, base64). */
function decodeBody(body, encoding) {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable': {
      const bytes = [];
      const text = body.replace(/=\r?\n/g, '');
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
          bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.push(...Buffer.from(text[i], 'utf8'));
        }
      }
      return Buffer.from(bytes).toString('utf8');
    }
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Parses one `.eml` file (a single-part text message) into { to, subject, body }. */
export function parseEml(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    body: decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n'),
  };
}

/**
 * Waits until the server has written an email to `to` that satisfies `match` (the outbox
 * delivers in the background) and returns the newest such email as { to, subject, body, file }.
 */
export async function waitForMail(server, to, { match = () => true, timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    let files = [];
    try {
      files = (await readdir(server.mailDir)).filter((f) => f.endsWith('.eml'));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    const found = [];
    for (const file of files) {
      const full = path.join(server.mailDir, file);
      const mail = { ...parseEml(await readFile(full, 'utf8')), file, mtime: (await stat(full)).mtimeMs };
      if (mail.to.toLowerCase().includes(to.toLowerCase()) && match(mail)) found.push(mail);
    }
    if (found.length > 0) return found.sort((a, b) => a.mtime - b.mtime).at(-1);
    if (Date.now() > deadline) {
      throw new Error(`no matching email to ${to} in ${server.mailDir} after ${timeout} ms (${files.length} other files)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in `body` whose path starts with `prefix` (e.g. '/verify/'), as a URL. */
export function findLink(body, prefix) {
  for (const match of body.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(prefix)) return url;
  }
  throw new Error(`no ${prefix} link in the email:\n${body}`);
}

/**
 * The emailed link as an address on this test server. The link's own origin comes from the
 * server's public URL; tests that care assert it separately (see keyboard.test.mjs).
 */
export function onServer(server, link) {
  return server.url + link.pathname + link.search;
}

/** Clicks the main form's submit button (not the header's) and waits for the response page. */
export async function submitMainForm(page, formSelector = 'main form') {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator(`${formSelector} [type=submit]`).first().click(),
  ]);
  return response;
}

/** Signs up through the form; the server answers "Check your email" (no session yet). */
export async function signUp(page, server, account) {
  await page.goto(server.url + '/signup');
  await page.fill('#field-email', account.email);
  await page.fill('#field-pseudonym', account.pseudonym);
  await page.fill('#field-password', account.password);
  const response = await submitMainForm(page);
  if (response.status() !== 200) {
    throw new Error(`sign-up answered ${response.status()}: ${await page.locator('main').innerText()}`);
  }
}

/** The live verification link emailed to `account` (an address on this server). */
export async function verificationUrl(server, account) {
  const mail = await waitForMail(server, account.email, { match: (m) => m.body.includes('/verify/') });
  return onServer(server, findLink(mail.body, '/verify/'));
}

/** Opens the emailed verification link and presses its confirm button. */
export async function confirmEmail(page, server, account) {
  await page.goto(await verificationUrl(server, account));
  const response = await submitMainForm(page);
  if (response.status() !== 200) throw new Error(`confirming the email answered ${response.status()}`);
}

/** Asks for a password reset through the form; returns the live reset link (on this server). */
export async function passwordResetUrl(page, server, account) {
  await page.goto(server.url + '/reset');
  await page.fill('#field-email', account.email);
  const response = await submitMainForm(page);
  if (response.status() !== 200) throw new Error(`asking for a reset answered ${response.status()}`);
  const mail = await waitForMail(server, account.email, { match: (m) => m.body.includes('/reset/') });
  return onServer(server, findLink(mail.body, '/reset/'));
}

/** Signs in through the form; the server redirects to /account. */
export async function logIn(page, server, account) {
  await page.goto(server.url + '/login');
  await page.fill('#field-email', account.email);
  await page.fill('#field-password', account.password);
  const response = await submitMainForm(page);
  if (new URL(page.url()).pathname !== '/account') {
    throw new Error(`sign-in ended at ${page.url()} (${response.status()}): ${await page.locator('main').innerText()}`);
  }
}

/**
 * Signs up, confirms and signs in a fresh account in its own browser context (made with
 * `contextOptions`, e.g. `{ extraHTTPHeaders: forwardedFor() }`).
 * Returns { account, storageState } so other contexts can start signed in.
 */
export async function signedInAccount(browser, server, label = 'user', contextOptions = {}) {
  const account = newAccount(label);
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await signUp(page, server, account);
    await confirmEmail(page, server, account);
    await logIn(page, server, account);
    return { account, storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Focus

/**
 * Describes the focused element and whether it shows a focus indicator: an outline or a
 * box-shadow that is not 'none' and that the element does not also have when unfocused
 * (buttons have a box-shadow anyway). The unfocused look is read from a shallow copy of the
 * element placed beside it for a moment.
 */
export function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: el?.tagName ?? null, visible: false };
    const look = (node) => {
      const style = getComputedStyle(node);
      return {
        outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
          ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow || 'none',
      };
    };
    const focused = look(el);
    const copy = el.cloneNode(false);
    copy.removeAttribute('id');
    copy.removeAttribute('name');
    el.after(copy);
    const unfocused = look(copy);
    copy.remove();
    return {
      tag: el.tagName,
      id: el.id || null,
      type: el.getAttribute('type'),
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      outline: focused.outline,
      boxShadow: focused.boxShadow,
      visible: (focused.outline !== 'none' && focused.outline !== unfocused.outline)
        || (focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow),
    };
  });
}

/** Where screenshots for people to look at go. */
export const SCREENSHOT_DIR = path.join(repoRoot, 'target', 'browser-screenshots');

/** `urlPath` with `lang=` added. */
export function withLang(urlPath, lang) {
  return `${urlPath}${urlPath.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** Text with curly quotes made straight and white space collapsed, for comparing prose. */
export function plain(text) {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The page's main content as plain text. */
export async function mainText(page) {
  return plain(await page.locator('main').innerText());
}

/** Chooses `value` in a select if the form offers it. */
export async function selectIfOffered(page, selector, value) {
  if (await page.locator(`${selector} option[value="${value}"]`).count() > 0) await page.selectOption(selector, value);
}

/** Whether the page scrolls sideways at its current width; lists the outermost offenders. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        const parent = el.parentElement?.getBoundingClientRect();
        if (!parent || !(parent.right > width + 1 || parent.left < -1)) {
          out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(box.left)}..${Math.round(box.right)})`);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders: out.slice(0, 8) };
  });
}

/** A focus state (from focusState) in a few words, for messages. */
export const describeFocus = (f) => `${f.tag}${f.id ? `#${f.id}` : ''}${f.href ? `[href=${f.href}]` : ''}${f.type ? `[type=${f.type}]` : ''} "${f.text}"`;

/** Presses Tab until `wanted(focus)` holds (at most `max` times); every stop must show focus. */
export async function tabTo(page, wanted, { max = 80 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusState(page);
    trail.push(describeFocus(focus));
    assert.ok(focus.visible,
      `no visible focus indicator on ${describeFocus(focus)} (outline: ${focus.outline}; box-shadow: ${focus.boxShadow}) on ${page.url()}`);
    if (wanted(focus)) return focus;
  }
  assert.fail(`not reached after ${max} Tab presses on ${page.url()}:\n  ${trail.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------
// Contexts, navigation and error summaries

let forwardedCounter = 0;

/**
 * An `X-Forwarded-For` header with a client address of its own (from a documentation range),
 * for a server started with KINDRED_TRUSTED_PROXIES trusting loopback: each context that
 * sends it counts as another person for the per-address limits on sign-up, sign-in and codes.
 */
export function forwardedFor() {
  const n = ++forwardedCounter;
  return { 'X-Forwarded-For': `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}` };
}

/** A browser context whose requests may reach only `server`: no test may reach the internet. */
export async function serverOnlyContext(browser, server, options = {}) {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  return context;
}

/** Clicks `locator` (a link or a submit button) and waits for the page it leads to; returns the response. */
export async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

/** Presses `key` (by default Enter) on what has focus and waits for the page it leads to. */
export async function pressAndWait(page, key = 'Enter') {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
  return response;
}

/** The hrefs of the links in the page's error summary, asserting there is exactly one summary. */
export async function errorSummaryLinks(page) {
  const summary = page.locator('main .error-summary[role=alert]');
  assert.equal(await summary.count(), 1, `no error summary on ${page.url()}: ${await mainText(page)}`);
  return summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}
