// Discussions between meetings and their moderation (group boards, threads, content warnings,
// reactions, anonymous posting, crisis screening on write, reports, moderation decisions and
// appeals, private messages with the facilitators). Each story uses fresh accounts: an
// organiser of the demo organisation who lists a group of their own through /groups/new (so
// they run it), and members who join it through /groups/{slug}/join. Then every page type
// passes axe-core in every language, does not scroll sideways at 320 px, the content-warning
// summary and the reaction buttons show focus, and a reaction's count is set apart from its label.
// Screenshots go to target/browser-screenshots/discussions-*.png.
// Run: (cd tests/browser && node --test discussions.test.mjs)
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, SCREENSHOT_DIR, checkA11y, confirmEmail, focusState, launchBrowser, logIn, newAccount,
  signUp, startServer, submitMainForm, waitForMail, mainText, plain, selectIfOffered, withLang, horizontalOverflow, tabTo, describeFocus,
} from './helpers.mjs';

/** Wording the crisis screen rates urgent (a means and a timeframe). */
const RISKY = 'I have the pills saved up and I am going to take them all tonight';

let server;
let browser;
/** Filled in before() and by the accessibility section. */
const fixtures = {};

before(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // This file signs up about twenty people, more than the sign-up limit lets one address sign
  // up in a few minutes; so the server trusts loopback as a proxy and each person signs up from
  // an address of their own (X-Forwarded-For, from a documentation range), as behind a reverse
  // proxy.
  server = await startServer({ KINDRED_TRUSTED_PROXIES: '127.0.0.1/32,::1/128' }, { admin: true });
  browser = await launchBrowser();
  await withPage({}, async (page) => {
    await logIn(page, server, server.admin);
    fixtures.adminState = await page.context().storageState();
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** A context that may only reach the test server (no test may reach the internet). */
async function newContext(options) {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  return context;
}

/** Runs `fn(page)` in a fresh context (with `storageState` when given), then closes it. */
async function withPage(options, fn) {
  const context = await newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A page signed in with `storageState`, open until test `t` ends. */
async function pageFor(t, storageState) {
  const context = await newContext({ storageState });
  t.after(() => context.close());
  return context.newPage();
}

/** Opens `urlPath` (in English unless it names a language) and expects `status`. */
async function visit(page, urlPath, status = 200) {
  const target = urlPath.includes('lang=') ? urlPath : withLang(urlPath, 'en');
  const response = await page.goto(server.url + target);
  assert.equal(response.status(), status, `GET ${target}: ${status === 200 ? await mainText(page).catch(() => '') : ''}`);
  return response;
}

/** Clicks `locator` (a submit button or a link) and waits for the page it leads to. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

let addressCounter = 0;

/**
 * Signs up, confirms and signs in a fresh account (like helpers.mjs's signedInAccount) from a
 * client address of its own, so the sign-up and sign-in limits per address are not reached.
 * Returns { account, storageState }.
 */
async function signedInAccount(label) {
  const account = newAccount(label);
  const n = ++addressCounter;
  const context = await newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}` },
  });
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

/** The administrator makes `account` an organiser of the first organisation (through the API). */
async function makeOrganiser(account) {
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    const list = await page.request.get(`${server.url}/api/v1/organisations`);
    assert.equal(list.status(), 200, 'GET /api/v1/organisations');
    const org = (await list.json()).items[0];
    assert.ok(org?.id, 'the demo data has no organisation');
    const made = await page.request.post(`${server.url}/api/v1/organisations/${org.id}/organisers`, {
      data: { email: account.email },
    });
    assert.equal(made.status(), 204, `making ${account.email} an organiser: ${await made.text()}`);
  });
}

/** Lists an open online group through /groups/new; the account that lists it runs it. */
async function createGroup(page, { name, slug }) {
  await visit(page, '/groups/new');
  await page.fill('#field-name', name);
  await page.fill('#field-slug', slug);
  await page.fill('#field-summary', 'A group made by the discussion browser tests.');
  await selectIfOffered(page, '#field-category', 'mental_health');
  await selectIfOffered(page, '#field-attendance', 'online');
  await page.fill('#field-area', 'Online');
  await selectIfOffered(page, '#field-frequency', 'none');
  await selectIfOffered(page, '#field-joining', 'open');
  await selectIfOffered(page, '#field-status', 'active');
  const saved = await submitMainForm(page, 'main form.group-form');
  assert.equal(saved.status(), 200, `listing ${name}: ${await mainText(page)}`);
  assert.equal(new URL(page.url()).pathname, `/groups/${slug}`, `listing ${name} ended at ${page.url()}`);
}

let groupCounter = 0;

/**
 * Fresh people for one story, signed up at the same time: an organiser (made an organiser of
 * the demo organisation) who lists a new group, `{ name, slug }`, and members who join it.
 * Returns [organiser, ...members], each { account, storageState }; the organiser also has `group`.
 */
async function groupWithMembers(word, ...labels) {
  const prefix = word.toLowerCase();
  const [organiser, ...members] = await Promise.all(
    ['organiser', ...labels].map((label) => signedInAccount(`${prefix}-${label}`)),
  );
  await makeOrganiser(organiser.account);
  const n = `${process.pid}-${Date.now().toString(36)}-${++groupCounter}`;
  const group = { name: `${word} Circle ${groupCounter}`, slug: `${prefix}-${n}` };
  await withPage({ storageState: organiser.storageState }, (page) => createGroup(page, group));
  await Promise.all(members.map((member) => withPage({ storageState: member.storageState }, (page) => joinGroup(page, group.slug))));
  return [{ ...organiser, group }, ...members];
}

/** Joins an open group through its form (tick the agreement, submit); lands on the group. */
async function joinGroup(page, slug) {
  await visit(page, `/groups/${slug}/join`);
  await page.check('#field-accept');
  const response = await submitMainForm(page);
  assert.equal(response.status(), 200, `joining ${slug}: ${await mainText(page)}`);
  assert.equal(new URL(page.url()).pathname, `/groups/${slug}`, `joining ${slug} ended at ${page.url()}`);
  assert.equal(await page.locator(`form[action="/groups/${slug}/leave"]`).count(), 1, `not a member of ${slug} after joining`);
}

/**
 * Starts a conversation on a group's board through its form. Returns { response, threadPath,
 * posted } where `posted` is true when the server answered with the "Your message is posted"
 * page (the crisis screen worried, or the post is held) instead of going to the thread.
 */
async function startThread(page, slug, { title, body, warning = '', anonymous = false }) {
  await visit(page, `/groups/${slug}/board`);
  const form = `main form[action="/groups/${slug}/board"]`;
  assert.equal(await page.locator(form).count(), 1, `no "Start a conversation" form on ${slug}'s board: ${await mainText(page)}`);
  await page.fill(`${form} #field-title`, title);
  await page.fill(`${form} #field-body`, body);
  if (warning) await page.selectOption(`${form} #field-content_warning`, warning);
  if (anonymous) await page.check(`${form} #field-anonymous`);
  const response = await submitMainForm(page, form);
  const at = new URL(page.url()).pathname;
  if (/^\/threads\/[0-9a-f-]{36}$/.test(at)) return { response, threadPath: at, posted: false };
  assert.equal(at, `/groups/${slug}/board`, `posting ended at ${page.url()}: ${await mainText(page)}`);
  const next = await page.locator('main a.button-link').getAttribute('href').catch(() => null);
  return { response, threadPath: next && new URL(next, server.url).pathname, posted: true };
}

/** Posts a conversation that must go straight to its thread; returns the thread's path. */
async function startPlainThread(page, slug, fields) {
  const { response, threadPath, posted } = await startThread(page, slug, fields);
  assert.equal(response.status(), 200);
  assert.equal(posted, false, `"${fields.title}" was not posted straight away: ${await mainText(page)}`);
  return threadPath;
}

/** The ids of the posts on the thread page shown, in order. */
async function postIds(page) {
  return page.locator('main li.post').evaluateAll((lis) => lis.map((li) => li.id.replace(/^post-/, '')));
}

/** A reaction button (by its English label) on a post. */
function reactionButton(page, postId, label) {
  return page.locator(`#post-${postId} form[action="/posts/${postId}/react"] button.reaction`).filter({ hasText: label });
}

const isSummary = (f) => f.tag === 'SUMMARY';
const isReaction = (label) => (f) => f.tag === 'BUTTON' && f.text.startsWith(label);

function shot(name) {
  return path.join(SCREENSHOT_DIR, `discussions-${name}.png`);
}

// ---------------------------------------------------------------------------------------------
// 1. Content warnings and reactions

test('a post behind a "Self-harm" content warning stays closed until another member opens it with the keyboard; their Hug shows as "Hug 1" to the writer', async (t) => {
  const [{ group }, writer, reader] = await groupWithMembers('Tidewell', 'writer', 'reader');
  const title = 'A hard week, and what helped';
  const body = 'What helped me most was a warm bath and calling my sister every evening.';

  const a = await pageFor(t, writer.storageState);
  const threadPath = await startPlainThread(a, group.slug, { title, body, warning: 'self_harm' });
  assert.equal(await a.locator('main h1').innerText(), title);
  const [postId] = await postIds(a);
  const summary = a.locator(`#post-${postId} details.content-warning > summary`);
  assert.equal(plain(await summary.innerText()), 'Content warning: Self-harm. Open to read.');

  const b = await pageFor(t, reader.storageState);
  await visit(b, `/groups/${group.slug}/board`);
  const item = b.locator('main li.result').filter({ has: b.locator(`a[href="${threadPath}"]`) });
  assert.equal(await item.count(), 1, `the thread is not on the board: ${await mainText(b)}`);
  assert.match(plain(await item.innerText()), /\b1 new\b/, 'no "1 new" badge for a thread the reader has not opened');
  assert.match(plain(await item.innerText()), new RegExp(writer.account.pseudonym));

  await clickAndWait(b, item.locator(`a[href="${threadPath}"]`));
  assert.equal(new URL(b.url()).pathname, threadPath);
  const details = b.locator(`#post-${postId} details.content-warning`);
  const bodyText = b.locator(`#post-${postId} details.content-warning .prose`).getByText(body);
  assert.equal(await details.evaluate((d) => d.open), false, 'the content warning starts open');
  assert.equal(await bodyText.isVisible(), false, 'the body shows before the summary is activated');

  // Keyboard: Tab to the summary (focus visible), Enter opens, Space closes, Space opens.
  await tabTo(b, isSummary);
  await b.keyboard.press('Enter');
  assert.equal(await details.evaluate((d) => d.open), true, 'Enter on the summary did not open it');
  assert.equal(await bodyText.isVisible(), true, 'the body is not shown once opened');
  await b.keyboard.press('Space');
  assert.equal(await details.evaluate((d) => d.open), false, 'Space on the summary did not close it');
  await b.keyboard.press('Space');
  assert.equal(await details.evaluate((d) => d.open), true, 'Space on the summary did not open it');
  await b.screenshot({ path: shot('content-warning-open'), fullPage: true });

  // Tab on to the Hug button and press it.
  const hug = reactionButton(b, postId, 'Hug');
  assert.equal(await hug.getAttribute('aria-pressed'), 'false');
  await tabTo(b, isReaction('Hug'), { max: 10 });
  const [reacted] = await Promise.all([b.waitForNavigation(), b.keyboard.press('Enter')]);
  assert.equal(reacted.status(), 200);
  assert.equal(new URL(b.url()).pathname, threadPath);
  assert.equal(await hug.getAttribute('aria-pressed'), 'true', 'the Hug button is not pressed after giving a hug');
  assert.equal(plain(await hug.innerText()), 'Hug 1');
  assert.equal(await reactionButton(b, postId, 'Me too').getAttribute('aria-pressed'), 'false');
  await b.screenshot({ path: shot('reaction-given'), fullPage: true });

  // Opened: no longer new for the reader.
  await visit(b, `/groups/${group.slug}/board`);
  assert.doesNotMatch(plain(await item.innerText()), /\bnew\b/, 'still "new" after reading the thread');

  // The writer sees the hug (not pressed by them).
  await visit(a, threadPath);
  const hugForWriter = reactionButton(a, postId, 'Hug');
  assert.equal(plain(await hugForWriter.innerText()), 'Hug 1');
  assert.equal(await hugForWriter.getAttribute('aria-pressed'), 'false');
  assert.equal(await a.locator(`#post-${postId} a[href="/posts/${postId}/edit"]`).innerText(), 'Edit');
  assert.equal(await a.locator(`#post-${postId} a[href="/report/post/${postId}"]`).count(), 0, 'the writer is offered to report their own post');
});

// ---------------------------------------------------------------------------------------------
// 2. Crisis screening on write

test('a risky post shows its writer the crisis panel at once, and the group\'s organiser gets an urgent alert to mark as handled', async (t) => {
  const [organiser, writer] = await groupWithMembers('Harbourne', 'writer');
  const { group } = organiser;

  const w = await pageFor(t, writer.storageState);
  const { response, threadPath, posted } = await startThread(w, group.slug, { title: 'Tonight', body: RISKY });
  assert.equal(response.status(), 200);
  assert.equal(posted, true, `no "Your message is posted" page after risky wording: ${w.url()}`);
  assert.equal(await w.locator('main h1').innerText(), 'Your message is posted');
  const panel = w.locator('main [role=alert]');
  assert.equal(await panel.count(), 1, 'no crisis panel with role=alert');
  const panelText = plain(await panel.innerText());
  assert.match(panelText, /You don't have to face this alone/);
  assert.match(panelText, /Samaritans/);
  assert.match(panelText, /999/);
  const samaritans = panel.locator('a[href="tel:116123"]');
  assert.equal(await samaritans.count(), 1, `no tel:116123 link in the crisis panel: ${panelText}`);
  assert.equal(await samaritans.innerText(), '116 123');
  const onward = w.locator('main a.button-link');
  assert.equal(await onward.innerText(), 'Go to the conversation');
  assert.match(threadPath ?? '', /^\/threads\/[0-9a-f-]{36}$/);
  await w.screenshot({ path: shot('crisis-panel'), fullPage: true });

  // The content is never blocked for it.
  await clickAndWait(w, onward);
  assert.equal(new URL(w.url()).pathname, threadPath);
  assert.match(await mainText(w), /pills saved up/);
  // A member who runs nothing has no moderation queue.
  await visit(w, '/moderation', 404);

  // The organiser is emailed (a link, never the words) and sees the alert.
  const mail = await waitForMail(server, organiser.account.email, { match: (m) => /attention/.test(m.subject) });
  assert.match(mail.body, /\/moderation/);
  assert.doesNotMatch(mail.body, /pills/, 'the alert email repeats what was written');

  const o = await pageFor(t, organiser.storageState);
  await visit(o, '/moderation');
  assert.equal(await o.locator('#alerts-heading').innerText(), 'Crisis alerts');
  const alert = o.locator('section[aria-labelledby="alerts-heading"] li').filter({ has: o.locator(`a[href^="${threadPath}#post-"]`) });
  assert.equal(await alert.count(), 1, `no alert linking to ${threadPath}: ${await mainText(o)}`);
  const alertText = plain(await alert.innerText());
  assert.match(alertText, /^Urgent\b/);
  assert.match(alertText, new RegExp(group.name));
  assert.match(alertText, /Why: /);
  await o.screenshot({ path: shot('moderation-alert'), fullPage: true });
  const handled = await clickAndWait(o, alert.getByRole('button', { name: 'Mark as handled' }));
  assert.equal(handled.status(), 200);
  assert.equal(new URL(o.url()).pathname, '/moderation');
  assert.equal(await alert.count(), 0, 'the alert is still open after "Mark as handled"');
});

// ---------------------------------------------------------------------------------------------
// 3. Anonymous posting

test('a post "without my name" shows "Anonymous member" to other members, and who wrote it to the organiser', async (t) => {
  const [organiser, writer, reader] = await groupWithMembers('Quillby', 'writer', 'reader');
  const { group } = organiser;
  const name = writer.account.pseudonym;

  const a = await pageFor(t, writer.storageState);
  await visit(a, `/groups/${group.slug}/board`);
  assert.match(plain(await a.locator('#anonymous-hint').innerText()), /facilitators and Kindred's moderators can still see who wrote it/);
  const threadPath = await startPlainThread(a, group.slug, {
    title: 'Asking without my name', body: 'Does anyone else find Sunday evenings the hardest part of the week?', anonymous: true,
  });

  const b = await pageFor(t, reader.storageState);
  await visit(b, `/groups/${group.slug}/board`);
  const item = b.locator('main li.result').filter({ has: b.locator(`a[href="${threadPath}"]`) });
  assert.match(plain(await item.innerText()), /Anonymous member/);
  await visit(b, threadPath);
  assert.equal(await b.locator('main li.post .post-meta strong').first().innerText(), 'Anonymous member');
  assert.equal((await b.content()).includes(name), false, `the writer's name (${name}) is in the page a member sees`);

  const o = await pageFor(t, organiser.storageState);
  await visit(o, threadPath);
  assert.equal(await o.locator('main li.post .post-meta strong').first().innerText(), `Anonymous member (written by ${name})`);
  await visit(o, `/groups/${group.slug}/board`);
  const seen = o.locator('main li.result').filter({ has: o.locator(`a[href="${threadPath}"]`) });
  assert.match(plain(await seen.innerText()), new RegExp(`Anonymous member \\(written by ${name}\\)`));
  await o.screenshot({ path: shot('anonymous-organiser'), fullPage: true });
});

// ---------------------------------------------------------------------------------------------
// 4. Reports, hiding, the member's notice and appeal

test('a member reports a post; the organiser hides it with a reason; the writer sees "Hidden by a moderator" and the decision on their account, and appeals', async (t) => {
  const [organiser, writer, reporter] = await groupWithMembers('Marrowdale', 'writer', 'reporter');
  const { group } = organiser;
  const reason = 'Please keep to the group agreement about naming other people.';

  const a = await pageFor(t, writer.storageState);
  const threadPath = await startPlainThread(a, group.slug, {
    title: 'About my neighbour', body: 'My neighbour at number nine keeps parking across my drive again.',
  });
  const [postId] = await postIds(a);

  // The report.
  const b = await pageFor(t, reporter.storageState);
  await visit(b, threadPath);
  const reportLink = b.locator(`#post-${postId} a[href="/report/post/${postId}"]`);
  assert.equal(await reportLink.innerText(), 'Report');
  await clickAndWait(b, reportLink);
  assert.equal(await b.locator('main h1').innerText(), 'Report');
  assert.equal(await b.locator('main fieldset legend').innerText(), 'Why are you reporting this?');
  assert.equal(await b.locator('main fieldset input[type=radio][name=reason]').count(), 7);
  await b.getByLabel('Harassment or bullying').check();
  await b.screenshot({ path: shot('report-form'), fullPage: true });
  const sent = await clickAndWait(b, b.getByRole('button', { name: 'Send report' }));
  assert.equal(sent.status(), 200);
  assert.equal(plain(await b.locator('main [role=status]').innerText()), 'Thank you. A moderator will look at it.');

  // The organiser's queue.
  const o = await pageFor(t, organiser.storageState);
  await visit(o, '/moderation');
  const report = o.locator('section[aria-labelledby="reports-heading"] li').filter({ has: o.locator(`a[href="${threadPath}#post-${postId}"]`) });
  assert.equal(await report.count(), 1, `no report linking to the post: ${await mainText(o)}`);
  const reportText = plain(await report.innerText());
  assert.match(reportText, /A post/);
  assert.match(reportText, /reported by 1 person/);
  assert.match(reportText, /Harassment or bullying/);
  assert.doesNotMatch(reportText, new RegExp(reporter.account.pseudonym), 'the queue names the reporter');
  for (const label of ['Hide', 'Dismiss the reports', 'Warn', 'Ban from the group']) {
    assert.equal(await report.getByRole('button', { name: label, exact: true }).count(), 1, `no "${label}" button`);
  }
  assert.equal(await report.getByRole('button', { name: 'Suspend' }).count(), 0, 'an organiser (not a moderator) is offered a site-wide suspension');
  await o.screenshot({ path: shot('moderation-report'), fullPage: true });

  // Hiding needs a reason: the browser asks for one before sending (the server refuses a
  // missing reason too: crates/kindred-web/tests/discussions.rs).
  const hideForm = report.locator(`form[action="/moderation/posts/${postId}/hide"]`);
  const reasonField = hideForm.getByLabel('Reason (the member is told)');
  assert.equal(await reasonField.getAttribute('required'), '', 'the reason is marked required');
  await hideForm.getByRole('button', { name: 'Hide' }).click();
  assert.equal(await reasonField.evaluate((el) => el.validity.valueMissing), true, 'the empty reason is flagged');
  assert.match(o.url(), /\/moderation/, 'nothing was sent');
  await o.screenshot({ path: shot('hide-without-reason'), fullPage: true });
  await visit(a, threadPath);
  assert.equal(await a.locator(`#post-${postId} .notice`).count(), 0, 'the post was hidden without a reason');

  await visit(o, '/moderation');
  await hideForm.getByLabel('Reason (the member is told)').fill(reason);
  const hidden = await clickAndWait(o, hideForm.getByRole('button', { name: 'Hide' }));
  assert.equal(hidden.status(), 200);
  assert.equal(new URL(o.url()).pathname, '/moderation');

  // The writer still sees their post, marked hidden; the reporter no longer sees it.
  await visit(a, threadPath);
  assert.equal(plain(await a.locator(`#post-${postId} .notice`).innerText()), 'Hidden by a moderator.');
  await a.screenshot({ path: shot('post-hidden'), fullPage: true });
  await visit(b, `/groups/${group.slug}/board`);
  assert.equal(await b.locator(`main a[href="${threadPath}"]`).count(), 0, 'a hidden post\'s thread is still listed for members');
  const forReporter = await b.goto(`${server.url}${threadPath}?lang=en`);
  assert.equal(forReporter.status(), 404, 'a thread whose only post is hidden is still shown to members');

  // The notice by email, and the decision on the account page.
  const mail = await waitForMail(server, writer.account.email, { match: (m) => /decision/i.test(m.subject) });
  assert.match(mail.body, /A post was hidden/);
  assert.match(mail.body, new RegExp(reason.replace(/[.]/g, '\\.')));
  assert.match(mail.body, /\/account#standing/);

  await visit(a, '/account');
  const standing = a.locator('section[aria-labelledby="standing"]');
  assert.equal(await standing.locator('h2').innerText(), 'Moderation decisions');
  const decision = standing.locator('li').filter({ hasText: 'A post was hidden' });
  assert.equal(await decision.count(), 1, `no decision on /account: ${await mainText(a)}`);
  assert.match(plain(await decision.innerText()), new RegExp(`Reason: ${reason.replace(/[.]/g, '\\.')}`));
  await a.screenshot({ path: shot('account-decision'), fullPage: true });
  await decision.getByLabel('Why should this decision be looked at again?').fill('It was about parking, not about a person; I named no one.');
  const appealed = await clickAndWait(a, decision.getByRole('button', { name: 'Appeal' }));
  assert.equal(appealed.status(), 200);
  assert.equal(new URL(a.url()).pathname, '/account');
  const after = a.locator('section[aria-labelledby="standing"] li').filter({ hasText: 'A post was hidden' });
  assert.match(plain(await after.innerText()), /Your appeal is waiting for a moderator\./);
  assert.equal(await after.locator('textarea').count(), 0, 'the appeal form is still offered after appealing');
});

// ---------------------------------------------------------------------------------------------
// 5. Private messages with the facilitators

test('a member writes to the facilitators; the organiser sees the conversation and answers; another member cannot see it', async (t) => {
  const [[organiser, member, other], outsider] = await Promise.all([
    groupWithMembers('Fernhollow', 'member', 'other'),
    signedInAccount('fernhollow-outsider'),
  ]);
  const { group } = organiser;
  const question = 'Could I come to the next meeting late? I finish work at seven.';
  const answer = 'Of course, come in whenever you can. We save a seat near the door.';

  const m = await pageFor(t, member.storageState);
  await visit(m, `/groups/${group.slug}`);
  await clickAndWait(m, m.getByRole('link', { name: 'Message the facilitators' }));
  assert.equal(new URL(m.url()).pathname, `/groups/${group.slug}/messages`);
  assert.equal(await m.locator('main h1').innerText(), `Messages with the facilitators: ${group.name}`);
  assert.match(await mainText(m), /No messages yet\./);
  await m.getByLabel('Your message').fill(question);
  const sent = await clickAndWait(m, m.locator('main form').getByRole('button', { name: 'Send' }));
  assert.equal(sent.status(), 200);
  assert.equal(new URL(m.url()).pathname, `/groups/${group.slug}/messages`);
  assert.match(await mainText(m), new RegExp(question.replace(/[.?]/g, '\\$&')));

  // The organiser: the conversation in the list, then the answer.
  const o = await pageFor(t, organiser.storageState);
  await visit(o, `/groups/${group.slug}`);
  await clickAndWait(o, o.getByRole('link', { name: 'Messages from members' }));
  const conversation = o.locator('main li').filter({ hasText: member.account.pseudonym }).locator('a');
  assert.equal(await conversation.count(), 1, `no conversation with ${member.account.pseudonym}: ${await mainText(o)}`);
  assert.match(plain(await o.locator('main li').filter({ hasText: member.account.pseudonym }).innerText()), /1 message\b/);
  const conversationPath = await conversation.getAttribute('href');
  assert.match(conversationPath, new RegExp(`^/groups/${group.slug}/messages/[0-9a-f-]{36}$`));
  await clickAndWait(o, conversation);
  assert.equal(await o.locator('main h2').filter({ hasText: 'Conversation with' }).innerText(), `Conversation with ${member.account.pseudonym}`);
  assert.match(await mainText(o), new RegExp(question.replace(/[.?]/g, '\\$&')));
  await o.getByLabel('Your message').fill(answer);
  const answered = await clickAndWait(o, o.locator('main form').getByRole('button', { name: 'Send' }));
  assert.equal(answered.status(), 200);
  assert.equal(new URL(o.url()).pathname, conversationPath);
  await o.screenshot({ path: shot('messages-organiser'), fullPage: true });

  await visit(m, `/groups/${group.slug}/messages`);
  const text = await mainText(m);
  assert.match(text, new RegExp(answer.replace(/[.,]/g, '\\$&')));
  assert.match(text, new RegExp(organiser.account.pseudonym));
  await m.screenshot({ path: shot('messages-member'), fullPage: true });

  // Another member: their own (empty) conversation only; the first member's is not found.
  const x = await pageFor(t, other.storageState);
  await visit(x, `/groups/${group.slug}/messages`);
  const theirs = await mainText(x);
  assert.match(theirs, /No messages yet\./);
  assert.doesNotMatch(theirs, /finish work at seven|save a seat/);
  await visit(x, conversationPath, 404);
  assert.equal((await x.content()).includes('finish work at seven'), false);
  // Someone outside the group has no messages page for it.
  await withPage({ storageState: outsider.storageState }, (page) => visit(page, `/groups/${group.slug}/messages`, 404));
});

// ---------------------------------------------------------------------------------------------
// 6. Accessibility: every page type, in every language, at 320 px, with visible focus

// Page types, once per language.
//   path     where to go (:board, :thread, :edit, :report, :messages, :conversation are filled in)
//   as       whose session: reader, writer, crisis, organiser
//   submit   then press this form's submit button (after ticking `check`) and check the answer
//   open     also check the page again after clicking this (a content warning's summary)
//   shows    a selector that must match, so the view checked is the one meant
//   focus    Tab to the content-warning summary and the reaction buttons: focus must show
const PAGES = [
  { name: 'board, as a member', path: ':board', as: 'reader', shows: 'main li.result .badge' },
  { name: 'board, as the organiser', path: ':board', as: 'organiser', shows: 'main #field-public' },
  { name: 'thread with a content warning and reactions', path: ':thread', as: 'reader', shows: 'details.content-warning:not([open]) summary, button.reaction[aria-pressed=true]', focus: true, open: 'details.content-warning summary' },
  { name: 'posted, with the crisis panel', path: ':edit', as: 'crisis', submit: 'main form[action$="/edit"]', shows: 'main [role=alert] a[href="tel:116123"]' },
  { name: 'messages, as a member', path: ':messages', as: 'reader', shows: 'main li.post' },
  { name: 'a conversation, as the organiser', path: ':conversation', as: 'organiser', shows: 'main li.post' },
  { name: 'messages, as the organiser', path: ':messages', as: 'organiser', shows: 'main a[href^="/groups/"][href*="/messages/"]' },
  { name: 'the moderation queue', path: '/moderation', as: 'organiser', shows: 'section[aria-labelledby="alerts-heading"] li.panel-crisis, section[aria-labelledby="reports-heading"] li' },
  { name: 'report form', path: ':report', as: 'reader', shows: 'main fieldset input[type=radio]' },
  { name: 'report sent', path: ':report', as: 'reader', submit: 'main form[action^="/report/"]', check: '#reason-other', shows: 'main [role=status]' },
  { name: 'account with a moderation decision', path: '/account', as: 'writer', shows: 'section[aria-labelledby="standing"] textarea' },
];

describe('accessibility of the discussion and moderation pages', () => {
  before(async () => {
    const [organiser, writer, reader, crisis] = await groupWithMembers('Larchbrook', 'writer', 'reader', 'crisis');
    const { group } = organiser;
    Object.assign(fixtures, {
      organiserState: organiser.storageState,
      writerState: writer.storageState,
      readerState: reader.storageState,
      crisisState: crisis.storageState,
    });
    const paths = { ':board': `/groups/${group.slug}/board`, ':messages': `/groups/${group.slug}/messages` };

    // The writer's two threads and the crisis member's risky one, at the same time.
    await Promise.all([withPage({ storageState: writer.storageState }, async (page) => {
      // A thread behind a content warning, with a Markdown list in it.
      paths[':thread'] = await startPlainThread(page, group.slug, {
        title: 'Things that got me through',
        body: 'Some things that helped:\n\n- **walking** early\n- *writing* it down\n- a playlist',
        warning: 'self_harm',
      });
      [fixtures.warnedPost] = await postIds(page);
      // A post that will be hidden (a moderation decision on the writer's account).
      fixtures.hiddenThread = await startPlainThread(page, group.slug, {
        title: 'Someone at work', body: 'A person at my work keeps making remarks about me in meetings.',
      });
      [fixtures.hiddenPost] = await postIds(page);
    }), withPage({ storageState: crisis.storageState }, async (page) => {
      const { posted, threadPath } = await startThread(page, group.slug, { title: 'I am done', body: RISKY });
      assert.equal(posted, true, 'the risky post did not show the crisis panel');
      await visit(page, threadPath);
      const [post] = await postIds(page);
      paths[':edit'] = `/posts/${post}/edit`;
    })]);

    await withPage({ storageState: reader.storageState }, async (page) => {
      // A hug (a pressed reaction button), reports on both of the writer's posts, a message.
      await visit(page, paths[':thread']);
      await Promise.all([page.waitForNavigation(), reactionButton(page, fixtures.warnedPost, 'Hug').click()]);
      for (const post of [fixtures.warnedPost, fixtures.hiddenPost]) {
        await visit(page, `/report/post/${post}`);
        await page.check('#reason-harassment');
        await submitMainForm(page, 'main form[action^="/report/"]');
      }
      paths[':report'] = `/report/post/${fixtures.warnedPost}`;
      await visit(page, paths[':messages']);
      await page.fill('#field-body', 'Is it all right if I only listen at the next meeting?');
      await submitMainForm(page, 'main form.panel');
    });

    await withPage({ storageState: organiser.storageState }, async (page) => {
      await visit(page, paths[':messages']);
      paths[':conversation'] = await page.locator('main a[href*="/messages/"]').first().getAttribute('href');
      await visit(page, paths[':conversation']);
      await page.fill('#field-body', 'Yes, listening is always welcome. **Thank you** for asking.');
      await submitMainForm(page, 'main form.panel');
      await visit(page, '/moderation');
      const form = page.locator(`form[action="/moderation/posts/${fixtures.hiddenPost}/hide"]`);
      await form.locator('input[name=reason]').fill('Please do not describe people at work in ways that could identify them.');
      await Promise.all([page.waitForNavigation(), form.locator('[type=submit]').click()]);
    });

    // A thread the reader has not opened, so the board shows a "new" badge.
    await withPage({ storageState: organiser.storageState }, (page) => startPlainThread(page, group.slug, {
      title: 'Welcome, everyone', body: 'This board is for sharing between meetings. Be kind to yourselves.',
    }));
    fixtures.paths = paths;
  });

  for (const spec of PAGES) {
    describe(`page ${spec.name} (${spec.path})`, () => {
      for (const { lang, dir } of LANGUAGES) {
        describe(`in ${lang}`, () => {
          let context;
          let page;
          let label;

          before(async () => {
            const urlPath = withLang(fixtures.paths[spec.path] ?? spec.path, lang);
            label = `${spec.name} (${urlPath})`;
            context = await newContext({ storageState: fixtures[`${spec.as}State`] });
            page = await context.newPage();
            let response = await page.goto(server.url + urlPath);
            if (spec.submit) {
              assert.equal(response.status(), 200, `status of ${urlPath}`);
              if (spec.check) await page.check(spec.check);
              response = await submitMainForm(page, spec.submit);
            }
            assert.equal(response.status(), 200, `status of ${label}: ${await mainText(page)}`);
          });

          after(() => context?.close());

          test(`shows what it should (${spec.shows})`, async () => {
            for (const selector of spec.shows.split(/, (?![^[]*\])/)) {
              assert.ok(await page.locator(selector).count() > 0, `${label} has nothing matching ${selector}`);
            }
          });

          test('has no axe-core violations', async () => {
            const violations = await checkA11y(page);
            assert.equal(violations.length, 0, `axe-core violations on ${label} in ${lang}:\n${violations.join('\n')}`);
          });

          test(`declares lang="${lang}" dir="${dir}" and has exactly one h1`, async () => {
            const html = await page.evaluate(() => ({
              lang: document.documentElement.getAttribute('lang'),
              dir: document.documentElement.getAttribute('dir'),
              h1: document.querySelectorAll('h1').length,
            }));
            assert.deepEqual(html, { lang, dir, h1: 1 }, `<html> and h1 of ${label}`);
          });

          if (spec.focus) {
            test('the content-warning summary and every reaction button show focus when tabbed to', async () => {
              await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
              await tabTo(page, isSummary);
              const post = fixtures.warnedPost;
              const buttons = await page.locator(`#post-${post} button.reaction`).count();
              assert.equal(buttons, 4, 'not four reaction buttons');
              for (let i = 0; i < buttons; i++) {
                const focus = await tabTo(page, (f) => f.tag === 'BUTTON', { max: 3 });
                const expected = plain(await page.locator(`#post-${post} button.reaction`).nth(i).innerText());
                assert.equal(focus.text, expected, `Tab did not reach reaction button ${i + 1}`);
              }
              if (lang === 'ar') await page.screenshot({ path: shot('thread-rtl-focus') });
            });
          }

          if (spec.open) {
            test(`has no axe-core violations once opened (${spec.open})`, async () => {
              await page.locator(spec.open).first().click();
              assert.equal(await page.locator('details.content-warning[open] .prose').count(), 1, 'the content warning did not open');
              const violations = await checkA11y(page);
              assert.equal(violations.length, 0, `axe-core violations on ${label}, opened, in ${lang}:\n${violations.join('\n')}`);
            });
          }

          test('does not scroll sideways at 320 px wide', async () => {
            await page.setViewportSize({ width: 320, height: 800 });
            const overflow = await horizontalOverflow(page);
            if (lang === 'en' || overflow) {
              await page.screenshot({ path: shot(`320-${lang}-${spec.name.replace(/\W+/g, '-')}`), fullPage: true });
            }
            assert.equal(overflow, null, `${label} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
          });
        });
      }
    });
  }

  // Buttons are inline-flex, which drops the space between a reaction's label (a text node)
  // and its count (a span): on screen "Hug1", although its accessible name is "Hug 1".
  test('a reaction\'s count is set apart from its label on screen, left to right and right to left', async () => {
    for (const lang of ['en', 'ar']) {
      await withPage({ storageState: fixtures.readerState }, async (page) => {
        await visit(page, withLang(fixtures.paths[':thread'], lang));
        const given = page.locator(`#post-${fixtures.warnedPost} button.reaction[aria-pressed=true]`);
        const gap = await given.evaluate((button) => {
          const label = [...button.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
          const range = document.createRange();
          range.selectNodeContents(label);
          const text = range.getBoundingClientRect();
          const count = button.querySelector('.count').getBoundingClientRect();
          return getComputedStyle(button).direction === 'rtl' ? text.left - count.right : count.left - text.right;
        });
        assert.ok(gap >= 3, `in ${lang}, the reaction count touches its label ("${plain(await given.innerText())}" shows with no space): ${gap.toFixed(1)} px apart`);
      });
    }
  });
});
