// Healthcare integration: referrers, invitations with consent, the group's referral inbox,
// outcome figures and wellbeing check-ins. One journey end to end (an administrator adds a GP
// as a referrer; the GP refers someone with a printed code; they sign in, enter it and accept
// sharing only "That I joined the group"; the GP's timeline shows that and nothing more), each
// page's own rules, keyboard-only answers, and every page type through axe-core in all five
// languages at 320 px. Screenshots go to a fresh temporary folder, printed as diagnostics.
// Run: (cd tests/browser && node --test healthcare.test.mjs)
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, checkA11y, clickAndWait, describeFocus, errorSummaryLinks, focusState, forwardedFor, horizontalOverflow,
  launchBrowser, logIn, mainText, plain, pressAndWait, serverOnlyContext, signedInAccount as newSignedInAccount,
  startServer, submitMainForm, tabTo, withLang,
} from './helpers.mjs';

/** Open demo groups of "Riverside Peer Support": one for the journey, one for the other checks. */
const JOURNEY_GROUP = 'cardiff-anxiety-cafe';
const GROUP = 'cardiff-bay-mens-talking-shop';
const QUESTIONS = ['life_satisfaction', 'worthwhile', 'happiness', 'anxiety'];
const NARROW = { viewport: { width: 320, height: 800 } };

let server;
let browser;
let shots;
/** Sessions and ids, filled in by before() hooks. */
const fixtures = {};

before(async () => {
  shots = await mkdtemp(path.join(tmpdir(), 'kindred-healthcare-screenshots-'));
  // Many people sign up and try codes here, each context from an address of its own.
  server = await startServer({ KINDRED_TRUSTED_PROXIES: '127.0.0.1/32,::1/128' }, { admin: true });
  browser = await launchBrowser();
  fixtures.adminState = await withPage({}, async (page) => {
    await logIn(page, server, server.admin);
    return page.context().storageState();
  });
  const [referrer, runner] = await Promise.all([signedInAccount('gp'), signedInAccount('runner')]);
  await withPage({ storageState: fixtures.adminState }, (page) => addReferrer(page, referrer.account));
  await makeRiversideOrganiser(runner.account);
  Object.assign(fixtures, { referrer, runner });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** A context that may only reach the test server, from a client address of its own (see forwardedFor). */
const newContext = (options = {}) => serverOnlyContext(browser, server, { ...options, extraHTTPHeaders: forwardedFor() });

/** Runs `fn(page)` in a fresh context, then closes it. */
async function withPage(options, fn) {
  const context = await newContext(options);
  try { return await fn(await context.newPage()); } finally { await context.close(); }
}

/** A page signed in with `storageState` (none: a guest), open until test `t` ends. */
async function pageFor(t, storageState, options = {}) {
  const context = await newContext({ ...options, ...(storageState ? { storageState } : {}) });
  t.after(() => context.close());
  return context.newPage();
}

/** Opens `urlPath` (in English unless it names a language) and expects `status`. */
async function visit(page, urlPath, status = 200) {
  const target = urlPath.includes('lang=') ? urlPath : withLang(urlPath, 'en');
  const response = await page.goto(server.url + target);
  assert.equal(response.status(), status, `GET ${target}: ${await mainText(page).catch(() => '')}`);
  return response;
}

/** A fresh account, signed up, confirmed and signed in from an address of its own: { account, storageState }. */
const signedInAccount = (label) => newSignedInAccount(browser, server, `care-${label}`, { extraHTTPHeaders: forwardedFor() });

/** The administrator makes `account` an organiser of Riverside Peer Support (through the API). */
async function makeRiversideOrganiser(account) {
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    const list = await page.request.get(`${server.url}/api/v1/organisations?per_page=100`);
    const org = (await list.json()).items.find((o) => o.name === 'Riverside Peer Support');
    assert.ok(org, 'the demo data has no "Riverside Peer Support"');
    const made = await page.request.post(`${server.url}/api/v1/organisations/${org.id}/organisers`, { data: { email: account.email } });
    assert.equal(made.status(), 204, `making ${account.email} an organiser: ${await made.text()}`);
  });
}

/** On an administrator's page, adds `account` as a referrer through /admin/referrers. */
async function addReferrer(page, account, organisation = 'Riverside Surgery', role = 'gp') {
  await visit(page, '/admin/referrers');
  await page.fill('#field-email', account.email);
  await page.fill('#field-organisation', organisation);
  await page.selectOption('#field-role', role);
  const response = await submitMainForm(page, 'main form[action="/admin/referrers"]');
  assert.equal(response.status(), 200, `adding a referrer: ${await mainText(page)}`);
  assert.equal(new URL(page.url()).pathname, '/admin/referrers');
}

/** Fills and sends the referral form already open. */
async function submitReferral(page, { email = '', lang = null } = {}) {
  if (email) await page.fill('#field-email', email);
  if (lang) await page.selectOption('#field-lang', lang);
  return submitMainForm(page, 'main form[action$="/refer"]');
}

/** The code on the "Invitation made" panel, like ACD34-FGH67. */
async function shownCode(page) {
  const code = plain(await page.locator('main [role=status] .invitation-code strong').innerText());
  assert.match(code, /^[A-Z0-9]{5}-[A-Z0-9]{5}$/, `not an invitation code: "${code}"`);
  return code;
}

/** Refers someone to `slug` with a printed code (no email); returns the code. */
async function refer(page, slug, fields = {}) {
  await visit(page, `/groups/${slug}/refer`);
  const response = await submitReferral(page, fields);
  assert.equal(response.status(), 200, `referring: ${await mainText(page)}`);
  return shownCode(page);
}

/** Types `code` into the /invitation form already open and sends it. */
async function submitCode(page, code) {
  await page.fill('#field-code', code);
  return submitMainForm(page, 'main form[action="/invitation"]');
}

/** Answers the invitation shown: ticks `share` (consent names) and, unless told not to, the agreement. */
async function submitAnswer(page, { share = [], agree = true, answer = 'accept' } = {}) {
  for (const name of share) await page.check(`#tick-${name}`);
  if (agree) await page.check('#field-agree');
  return clickAndWait(page, page.locator(`main form[action="/invitation/answer"] button[value="${answer}"]`));
}

/** Sends the wellbeing form already open with `scores` (a number or null per question). */
async function submitCheckin(page, scores) {
  for (const [i, score] of scores.entries()) if (score !== null) await page.check(`input[name="${QUESTIONS[i]}"][value="${score}"]`);
  return submitMainForm(page, 'main form[action="/my/wellbeing"]');
}

/** The focused element's name, value, checked state and fieldset. */
function focusedInput(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, name: el?.getAttribute('name'), value: el?.value, checked: !!el?.checked, fieldset: el?.closest('fieldset')?.id ?? null };
  });
}

/** The links to the referrals on the referrer's /referrals page. */
async function referralLinks(page) {
  await visit(page, '/referrals');
  return page.locator('main table a[href^="/referrals/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

const timelineText = async (page) => plain(await page.locator('main ol.timeline').innerText());
const checkedNames = (locator) => locator.evaluateAll((els) => els.map((e) => e.name));

async function screenshot(t, page, name) {
  const file = path.join(shots, name);
  await page.screenshot({ path: file, fullPage: true });
  t.diagnostic(`screenshot: ${file}`);
}

// ---------------------------------------------------------------------------------------------
// The journey, end to end

test('a GP refers someone with a printed code; they accept sharing only that they joined; the GP sees "joined" and nothing more', async (t) => {
  const [gp, person] = await Promise.all([signedInAccount('journey-gp'), signedInAccount('journey-person')]);
  const admin = await pageFor(t, fixtures.adminState);
  const g = await pageFor(t, gp.storageState);
  const p = await pageFor(t, null, NARROW); // The person starts signed out, on a small phone.
  const runner = await pageFor(t, fixtures.runner.storageState);
  let code;
  let referralPath;

  await t.test('an administrator adds the GP at /admin/referrers; the list shows them with a Remove button', async () => {
    await addReferrer(admin, gp.account, 'Riverside Surgery', 'gp');
    const row = admin.locator('main table tbody tr').filter({ hasText: gp.account.pseudonym });
    assert.equal(await row.count(), 1, `the new referrer is not listed: ${await mainText(admin)}`);
    assert.match(plain(await row.innerText()), /Riverside Surgery\s+GP/);
    assert.equal(await row.getByRole('button', { name: `Remove ${gp.account.pseudonym}` }).count(), 1);
  });

  await t.test('the GP follows "Refer someone to this group", leaves the email empty, and gets a code to print', async () => {
    await visit(g, `/groups/${JOURNEY_GROUP}`);
    await clickAndWait(g, g.getByRole('link', { name: 'Refer someone to this group' }));
    assert.equal(new URL(g.url()).pathname, `/groups/${JOURNEY_GROUP}/refer`);
    assert.equal((await submitReferral(g)).status(), 200, await mainText(g));
    code = await shownCode(g);
    const panel = plain(await g.locator('main [role=status]').innerText());
    assert.match(panel, /Invitation made/);
    assert.doesNotMatch(panel, /We have emailed/, 'says it emailed an invitation without an address');
  });

  await t.test('signed out, the code shows the invitation and asks to sign in; signing in comes back to /invitation', async () => {
    await visit(p, '/invitation');
    assert.equal((await submitCode(p, code)).status(), 200, await mainText(p));
    assert.match(await mainText(p), /To answer, sign in or create an account/);
    assert.equal(await p.locator('main form[action="/invitation/answer"]').count(), 0, 'a guest is offered the answer form');
    await clickAndWait(p, p.locator('main a[href="/login?next=/invitation"]'));
    await p.fill('#field-email', person.account.email);
    await p.fill('#field-password', person.account.password);
    await submitMainForm(p);
    assert.equal(new URL(p.url()).pathname, '/invitation', `signing in ended at ${p.url()}`);
  });

  await t.test('signed in, typing the code in lower case with spaces shows the invitation: consent ticks, the agreement, two buttons', async (st) => {
    await tabTo(p, (f) => f.id === 'field-code');
    await p.keyboard.type(`  ${code.toLowerCase().replace('-', ' ')} `);
    assert.equal((await pressAndWait(p)).status(), 200, await mainText(p));
    await screenshot(st, p, 'invitation-320.png');
    assert.equal(await horizontalOverflow(p), null);
    const fieldset = p.locator('main form[action="/invitation/answer"] fieldset');
    assert.match(plain(await fieldset.locator('legend').innerText()), /What Riverside Surgery may also be told/);
    assert.deepEqual(await fieldset.locator('input[type=checkbox]').evaluateAll((els) => els.map((e) => [e.name, e.checked, e.labels.length])),
      [['joined', false, 1], ['attended', false, 1], ['six_weeks', false, 1], ['wellbeing', false, 1]], 'consent starts unticked, each box labelled');
    assert.equal(await p.getByRole('heading', { name: "The group's agreement" }).count(), 1);
    assert.equal(await p.getByRole('checkbox', { name: "I accept the group's agreement (needed to join)" }).count(), 1);
    for (const name of ['Accept and join', 'No thanks']) assert.equal(await p.getByRole('button', { name }).count(), 1, `no "${name}" button`);
  });

  // From here on the answer is given with the keyboard alone: Tab, Space and Enter.
  await t.test('accepting without the agreement is refused (422): the summary links to it and the ticks are kept', async (st) => {
    await tabTo(p, (f) => f.id === 'tick-joined');
    await p.keyboard.press('Space');
    assert.equal((await tabTo(p, (f) => f.tag === 'BUTTON', { max: 5 })).text, 'Accept and join');
    assert.equal((await pressAndWait(p)).status(), 422, await mainText(p));
    assert.deepEqual(await errorSummaryLinks(p), ['#field-agree']);
    assert.equal(await p.locator('#field-agree').count(), 1, 'the error summary links to nothing');
    assert.equal(await p.locator('#field-agree').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await checkedNames(p.locator('main fieldset input:checked')), ['joined']);
    await p.locator('main .error-summary a').press('Enter');
    const focused = await focusedInput(p);
    assert.equal(focused.name, 'agree', `following #field-agree puts focus on ${focused.tag}, not the checkbox`);
  });

  await t.test('with the agreement ticked, "Accept and join" joins the open group', async () => {
    // Following the error summary's link left focus on the checkbox itself.
    if ((await focusedInput(p)).name !== 'agree') await tabTo(p, (f) => f.id === 'field-agree');
    await p.keyboard.press('Space');
    assert.equal((await tabTo(p, (f) => f.tag === 'BUTTON', { max: 2 })).text, 'Accept and join');
    assert.equal((await pressAndWait(p)).status(), 200, await mainText(p));
    assert.match(plain(await p.locator('main [role=status]').innerText()), /You have joined the group/);
    await visit(p, `/groups/${JOURNEY_GROUP}`);
    assert.equal(await p.locator(`form[action="/groups/${JOURNEY_GROUP}/leave"]`).count(), 1, 'not a member after accepting');
  });

  await t.test('the GP\'s timeline shows "joined" and not "went to a first meeting"; only "joined" is shared', async () => {
    const links = await referralLinks(g);
    assert.equal(links.length, 1, `expected one referral: ${await mainText(g)}`);
    await clickAndWait(g, g.locator(`main a[href="${links[0]}"]`));
    referralPath = new URL(g.url()).pathname;
    const timeline = await timelineText(g);
    for (const entry of ['Referred by Riverside Surgery', 'The person accepted the invitation', 'The person joined the group']) {
      assert.ok(timeline.includes(entry), `no "${entry}" in the timeline: ${timeline}`);
    }
    assert.doesNotMatch(timeline, /went to a first meeting/);
    const shared = g.locator('main h2:has-text("What the person agreed to share") + ul li');
    assert.deepEqual(await shared.allInnerTexts(), ['That they joined the group']);
  });

  await t.test('the runner accepts from the inbox (a waiting list needs a reason); the GP sees the decision', async (st) => {
    const id = referralPath.split('/').pop();
    await visit(runner, `/groups/${JOURNEY_GROUP}/referrals`);
    const item = runner.locator('main li.post').filter({ has: runner.locator(`form[action$="/referrals/${id}"]`) });
    assert.equal(await item.count(), 1, `the referral is not in the inbox: ${await mainText(runner)}`);
    assert.ok(plain(await item.innerText()).includes(`From ${gp.account.pseudonym} (Riverside Surgery)`));
    await item.getByLabel('Waiting list (the group is full)').check();
    const refused = await clickAndWait(runner, item.getByRole('button', { name: 'Save decision' }));
    assert.equal(refused.status(), 422, 'a waiting list without a reason was accepted');
    const [href] = await errorSummaryLinks(runner);
    assert.equal(await runner.locator(href).count(), 1, `the error summary links to ${href}, which is not on the page`);
    assert.equal(await runner.locator(href).getAttribute('aria-invalid'), 'true');
    await item.getByLabel('Accept', { exact: true }).check();
    await item.getByLabel('Reason (the referrer sees it)').fill('Welcome any Tuesday');
    await clickAndWait(runner, item.getByRole('button', { name: 'Save decision' }));
    assert.equal(new URL(runner.url()).pathname, `/groups/${JOURNEY_GROUP}/referrals`);
    assert.equal(await runner.locator(`form[action$="/referrals/${id}"]`).count(), 0, 'still open after accepting');
    await visit(g, referralPath);
    const timeline = await timelineText(g);
    // Only a waiting list or a decline carries a reason for the referrer.
    assert.match(timeline, /The group accepted the referral/);
    assert.doesNotMatch(timeline, /Welcome any Tuesday|referral-event-/);
  });

  await t.test('at /my/referrals the person unticks "joined" and saves ("Saved"); the GP no longer sees it', async () => {
    await visit(p, '/my/referrals');
    const form = p.locator('main form[action^="/my/referrals/"]');
    assert.equal(await form.count(), 1);
    assert.match(plain(await form.locator('legend').innerText()), /suggested by Riverside Surgery/);
    await form.getByLabel('That I joined the group').uncheck();
    await clickAndWait(p, form.getByRole('button', { name: 'Save what I share' }));
    assert.match(plain(await p.locator('main [role=status]').innerText()), /^Saved/);
    await visit(g, referralPath);
    assert.doesNotMatch(await timelineText(g), /joined the group/);
  });
});

// ---------------------------------------------------------------------------------------------
// Each page's own rules

test('a wrong code gets 422 and an error summary whose link puts focus on the code field', async (t) => {
  const page = await pageFor(t);
  await visit(page, '/invitation');
  assert.equal((await submitCode(page, 'ZZZZZ-ZZZZ2')).status(), 422);
  assert.deepEqual(await errorSummaryLinks(page), ['#field-code']);
  await page.locator('main .error-summary a').press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-code', 'the summary link does not move focus to the field');
  assert.equal(await page.locator('#field-code').getAttribute('aria-invalid'), 'true');
});

test('an account that is not a referrer sees no refer link; /refer explains (403) without a form; inbox and outcomes are hidden', async (t) => {
  const { storageState } = await signedInAccount('outsider');
  const page = await pageFor(t, storageState);
  await visit(page, `/groups/${GROUP}`);
  assert.equal(await page.locator(`main a[href="/groups/${GROUP}/refer"]`).count(), 0);
  await visit(page, `/groups/${GROUP}/refer`, 403);
  assert.match(await mainText(page), /Only referrers checked by this site's administrators can refer people/);
  assert.equal(await page.locator('main form').count(), 0);
  await visit(page, `/groups/${GROUP}/referrals`, 404);
  await visit(page, `/groups/${GROUP}/outcomes`, 404);
});

test('/admin/api-tokens shows a new token\'s secret once, lists it, and revokes it', async (t) => {
  const page = await pageFor(t, fixtures.adminState);
  await visit(page, '/admin/api-tokens');
  await page.fill('#field-name', 'Riverside Surgery (EMIS)');
  await page.fill('#field-organisation', 'Riverside Surgery');
  assert.equal((await submitMainForm(page, 'main form[action="/admin/api-tokens"]')).status(), 200);
  const secret = plain(await page.locator('main [role=status] code').innerText());
  assert.ok(secret.length >= 20, `no secret shown: "${secret}"`);
  await visit(page, '/admin/api-tokens');
  assert.ok(!(await page.content()).includes(secret), 'the secret is shown again');
  const revoke = page.getByRole('button', { name: 'Revoke Riverside Surgery (EMIS)' });
  assert.equal(await revoke.count(), 1);
  await clickAndWait(page, revoke);
  assert.match(plain(await page.locator('main table tbody tr').filter({ hasText: 'Riverside Surgery (EMIS)' }).innerText()), /Revoked/);
});

test('the runner\'s outcomes page: captioned tables, "fewer than 5" in words, and a CSV download', async (t) => {
  const page = await pageFor(t, fixtures.runner.storageState);
  await visit(page, `/groups/${GROUP}/outcomes`);
  const text = await mainText(page);
  assert.match(text, /We never show a figure based on fewer than 5 people/);
  const captions = await page.locator('main table').evaluateAll((ts) => ts.map((tb) => tb.caption?.textContent.trim() ?? ''));
  assert.equal(captions.length, 3);
  assert.ok(captions.every((c) => c.length > 0), `a table has no caption: ${JSON.stringify(captions)}`);
  assert.ok(await page.locator('main td.suppressed').count() > 0 && /fewer than 5/.test(text), 'small figures are not suppressed in words');
  const href = await page.getByRole('link', { name: 'Download these figures (CSV)' }).getAttribute('href');
  assert.equal(href, `/groups/${GROUP}/outcomes.csv`);
  const csv = await page.request.get(server.url + href);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /^text\/csv/);
  assert.equal((await csv.text()).split(/\r?\n/)[0], 'section,period_or_stage,question,people,value,suppressed');
});

test('a wellbeing check-in with nothing answered: 422, the summary takes focus, and each link leads into its question', async (t) => {
  const { storageState } = await signedInAccount('wellbeing-empty');
  const page = await pageFor(t, storageState);
  await visit(page, '/my/wellbeing');
  const scales = await page.locator('main form fieldset').evaluateAll((fs) => fs.map((f) => [f.querySelector('legend').textContent.trim().slice(0, 3), f.querySelectorAll('input[type=radio]').length]));
  assert.deepEqual(scales, [['1. ', 11], ['2. ', 11], ['3. ', 11], ['4. ', 11]], 'four numbered questions of 11 choices (0-10)');
  const unlabelled = await page.locator('main form input[type=radio]').evaluateAll((els) => els.filter((e) => e.labels.length !== 1).map((e) => `${e.name}=${e.value}`));
  assert.deepEqual(unlabelled, [], 'every radio has exactly one label');

  assert.equal((await submitCheckin(page, [null, null, null, null])).status(), 422);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus does not start on the error summary');
  const links = await errorSummaryLinks(page);
  assert.deepEqual(links, QUESTIONS.map((q) => `#field-${q}`));
  for (const [i, href] of links.entries()) {
    await page.locator(`main .error-summary a[href="${href}"]`).press('Enter');
    const where = await focusedInput(page);
    assert.equal(where.name, QUESTIONS[i], `after ${href}, focus is on ${JSON.stringify(where)}`);
  }
});

test('wellbeing by keyboard alone; after a second check-in the page shows a named SVG chart and a captioned table', async (t) => {
  const { storageState } = await signedInAccount('wellbeing-keys');
  const page = await pageFor(t, storageState, NARROW);
  await visit(page, '/my/wellbeing');
  const answers = [7, 0, 6, 3];
  const isRadio = (f) => f.tag === 'INPUT' && f.type === 'radio';
  await tabTo(page, isRadio);
  for (const [i, answer] of answers.entries()) {
    if (i > 0) await tabTo(page, isRadio, { max: 1 });
    assert.deepEqual(await focusedInput(page).then(({ name, value }) => ({ name, value })), { name: QUESTIONS[i], value: '0' });
    if (answer === 0) await page.keyboard.press('Space');
    for (let k = 0; k < answer; k++) await page.keyboard.press('ArrowRight');
    const input = await focusedInput(page);
    assert.deepEqual([input.name, input.value, input.checked], [QUESTIONS[i], String(answer), true], `question ${i + 1}`);
    const focus = await focusState(page);
    assert.ok(focus.visible, `no visible focus on ${describeFocus(focus)}`);
  }
  const button = await tabTo(page, (f) => f.tag === 'BUTTON', { max: 3 });
  assert.equal(button.text, 'Save my check-in');
  assert.equal((await pressAndWait(page)).status(), 200);
  assert.equal(new URL(page.url()).search, '?saved=1');
  assert.match(plain(await page.locator('main [role=status]').innerText()), /Your check-in is saved/);

  assert.equal((await submitCheckin(page, [8, 7, 7, 2])).status(), 200);
  assert.equal(await page.locator('main svg[role=img]').count(), 1, 'no chart after two check-ins');
  assert.equal(await page.getByRole('img', { name: /^Your answers over time/ }).count(), 1, 'the chart has no accessible name');
  assert.equal(await page.locator('main svg[role=img] > title').count(), 1);
  const table = page.locator('main table');
  assert.equal(plain(await table.locator('caption').innerText()), 'Your check-ins, oldest first (scores from 0 to 10)');
  assert.deepEqual(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].slice(1).map((c) => c.textContent.trim()))),
    [['7', '0', '6', '3'], ['8', '7', '7', '2']]);
  assert.equal(await horizontalOverflow(page), null);
  await screenshot(t, page, 'wellbeing-chart-320.png');
});

// ---------------------------------------------------------------------------------------------
// Accessibility: every page type, in every language, at 320 px

// Page types, once per language.
//   as     whose session: admin, referrer, outsider, runner, person (accepted a referral, two
//          check-ins), member (nothing yet), or none (a guest)
//   path   where to go first (:slug and :referral are filled in)
//   act    then do this on the page (gets the page and the language; returns the response)
//   shows  a selector that must match, so the view checked is the one meant
const PAGES = [
  { name: 'referrers', as: 'admin', path: '/admin/referrers', shows: 'main table form button' },
  { name: 'API tokens, one just issued', as: 'admin', path: '/admin/api-tokens', shows: 'main [role=status] code',
    act: async (page) => { await page.fill('#field-name', 'Axe Surgery (EMIS)'); await page.fill('#field-organisation', 'Axe Surgery'); return submitMainForm(page, 'main form[action="/admin/api-tokens"]'); } },
  { name: 'a group, to a referrer', as: 'referrer', path: '/groups/:slug', shows: 'main a[href="/groups/:slug/refer"]' },
  { name: 'the referral form', as: 'referrer', path: '/groups/:slug/refer', shows: 'main form #field-lang' },
  { name: 'a referral with a wrong email', as: 'referrer', path: '/groups/:slug/refer', status: 422, shows: 'main .error-summary a[href="#field-email"]',
    act: (page) => submitReferral(page, { email: 'not an address' }) },
  { name: 'a referral made', as: 'referrer', path: '/groups/:slug/refer', shows: 'main [role=status] strong', act: (page, lang) => submitReferral(page, { lang }) },
  { name: 'referring, not a referrer', as: 'outsider', path: '/groups/:slug/refer', status: 403, shows: 'main h1' },
  { name: 'the referrer\'s referrals', as: 'referrer', path: '/referrals', shows: 'main table a[href^="/referrals/"]' },
  { name: 'a referral\'s timeline', as: 'referrer', path: '/referrals/:referral', shows: 'main ol.timeline li' },
  { name: 'entering a code', path: '/invitation', shows: 'main #field-code' },
  { name: 'a wrong code', path: '/invitation', status: 422, shows: 'main .error-summary a[href="#field-code"]', act: (page) => submitCode(page, 'ZZZZZ-ZZZZ2') },
  { name: 'an invitation, signed out', path: '/invitation', shows: 'main a[href^="/login"]', act: (page) => submitCode(page, fixtures.openCode) },
  { name: 'an invitation, signed in', as: 'person', path: '/invitation', shows: 'main fieldset legend', act: (page) => submitCode(page, fixtures.openCode) },
  { name: 'an invitation without the agreement', as: 'person', path: '/invitation', status: 422, shows: 'main .error-summary a[href="#field-agree"]',
    act: async (page) => { await submitCode(page, fixtures.openCode); return submitAnswer(page, { share: ['joined'], agree: false }); } },
  { name: 'an invitation accepted', as: 'person', path: '/invitation', shows: 'main [role=status] a[href="/my/wellbeing"]',
    act: async (page, lang) => { await submitCode(page, fixtures.codes[lang]); return submitAnswer(page); } },
  { name: 'referrals for you, saved', as: 'person', path: '/my/referrals', shows: 'main [role=status]',
    act: (page) => clickAndWait(page, page.locator('main form[action^="/my/referrals/"] button').first()) },
  { name: 'the group\'s referrals', as: 'runner', path: '/groups/:slug/referrals', shows: 'main form fieldset input[type=radio]' },
  { name: 'outcomes', as: 'runner', path: '/groups/:slug/outcomes', shows: 'main table caption' },
  { name: 'a first check-in', as: 'member', path: '/my/wellbeing', shows: 'main fieldset legend' },
  { name: 'a check-in with nothing answered', as: 'member', path: '/my/wellbeing', status: 422, shows: 'main .error-summary',
    act: (page) => submitCheckin(page, [null, null, null, null]) },
  { name: 'check-ins with the chart', as: 'person', path: '/my/wellbeing?saved=1', shows: 'main svg[role=img] title' },
];

describe('accessibility of the healthcare pages', () => {
  before(async () => {
    const [outsider, person, member] = await Promise.all(['a11y-outsider', 'a11y-person', 'a11y-member'].map(signedInAccount));
    Object.assign(fixtures, { outsider, person, member });
    const p = await newContext({ storageState: person.storageState }).then((c) => c.newPage());
    await withPage({ storageState: fixtures.referrer.storageState }, async (page) => {
      const earlier = await referralLinks(page);
      await visit(p, '/invitation');
      await submitCode(p, await refer(page, GROUP));
      assert.equal((await submitAnswer(p, { share: ['joined', 'wellbeing'] })).status(), 200, await mainText(p));
      const made = (await referralLinks(page)).filter((href) => !earlier.includes(href));
      assert.equal(made.length, 1, `expected one new referral, not ${made}`);
      fixtures.referral = made[0].split('/').pop();
      fixtures.openCode = await refer(page, GROUP);
      fixtures.codes = {};
      for (const { lang } of LANGUAGES) fixtures.codes[lang] = await refer(page, GROUP, { lang });
    });
    for (const scores of [[5, 6, 5, 6], [7, 7, 8, 3]]) {
      await visit(p, '/my/wellbeing');
      assert.equal((await submitCheckin(p, scores)).status(), 200);
    }
    await p.context().close();
  });

  const fill = (s) => s.replace(/:slug/g, GROUP).replace(/:referral/g, fixtures.referral);

  for (const spec of PAGES) {
    describe(`page ${spec.name} (${spec.path})`, () => {
      for (const { lang, dir } of LANGUAGES) {
        describe(`in ${lang}`, () => {
          let context;
          let page;
          let label;

          before(async () => {
            const urlPath = withLang(fill(spec.path), lang);
            label = `${spec.name} (${urlPath})`;
            const state = spec.as === 'admin' ? fixtures.adminState : fixtures[spec.as]?.storageState;
            context = await newContext({ ...NARROW, ...(state ? { storageState: state } : {}) });
            page = await context.newPage();
            let response = await page.goto(server.url + urlPath);
            if (spec.act) {
              assert.equal(response.status(), 200, `status of ${urlPath}: ${await mainText(page)}`);
              response = await spec.act(page, lang);
            }
            assert.equal(response.status(), spec.status ?? 200, `status of ${label}: ${await mainText(page)}`);
          });

          after(() => context?.close());

          test(`shows what it should (${spec.shows})`, async () => {
            assert.ok(await page.locator(fill(spec.shows)).count() > 0, `${label} has nothing matching ${fill(spec.shows)}`);
          });

          test('has no axe-core violations at 320 px', async () => {
            const violations = await checkA11y(page);
            assert.equal(violations.length, 0, `axe-core violations on ${label} in ${lang}:\n${violations.join('\n')}`);
          });

          test(`declares lang="${lang}" dir="${dir}" and has exactly one h1`, async () => {
            const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelectorAll('h1').length]);
            assert.deepEqual(html, [lang, dir, 1], `<html lang dir> and h1 count of ${label}`);
          });

          test('does not scroll sideways at 320 px wide', async () => {
            const overflow = await horizontalOverflow(page);
            assert.equal(overflow, null, `${label} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
          });
        });
      }
    });
  }
});
