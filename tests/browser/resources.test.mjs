// Resource library: the list and its search form (words, a typo, category, condition and
// language), paging 20 at a time, entries past their review date, an article with its review
// details and its Welsh translation, a link to another organisation (never followed: no test
// may reach the internet), a missing entry, and an organiser attaching resources to their
// group. Every page type passes axe-core in every language and has no horizontal scroll at
// 320 px. The expected entries come from the starter set (starter.json).
// Run: (cd tests/browser && node --test resources.test.mjs)
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, SCREENSHOT_DIR, checkA11y, launchBrowser, logIn, repoRoot, signedInAccount, startServer,
  submitMainForm, mainText, plain, selectIfOffered, withLang, horizontalOverflow,
} from './helpers.mjs';

const STARTER = path.join(repoRoot, 'crates/kindred-core/data/resources/starter.json');
const PER_PAGE = 20;
/** Entries whose review date (2026-06-01) has passed, on purpose. */
const OVERDUE = ['newly-diagnosed-type-2-diabetes', 'stroke-association'];
const ARTICLE = 'first-peer-support-group';
const WELSH = 'first-peer-support-group-cy';
const LINK = 'samaritans';

let server;
let browser;
/** starter.json, and by slug. */
let starter;
let bySlug;
/** Filled in before() and by the accessibility section: sessions and paths. */
const fixtures = {};

before(async () => {
  starter = JSON.parse(await readFile(STARTER, 'utf8'));
  bySlug = new Map(starter.map((r) => [r.slug, r]));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  server = await startServer({}, { admin: true });
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

/** Refuses every request that is not to the test server, and records it in `context.outside`. */
async function stayOnServer(context) {
  context.outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    context.outside.push(url);
    return route.abort();
  });
}

/** Runs `fn(page)` in a fresh context (with `storageState` when given) kept on the test server. */
async function withPage(options, fn) {
  const context = await browser.newContext(options);
  try {
    await stayOnServer(context);
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The path and query of a link's href (which may be relative or absolute). */
function pathOf(href) {
  const url = new URL(href, server.url);
  return url.pathname + url.search;
}

/** Opens `urlPath` (with ?lang=en unless it names a language) and checks the status. */
async function open(page, urlPath, status = 200) {
  const url = /[?&]lang=/.test(urlPath) ? urlPath : withLang(urlPath, 'en');
  const response = await page.goto(server.url + url);
  assert.equal(response.status(), status, `GET ${url}: ${await mainText(page).catch(() => '')}`);
  return response;
}

/** The entries listed on a library page: Map slug -> text of its list item, in page order. */
async function listed(page) {
  const items = await page.locator('main li:has(a[href^="/resources/"])').evaluateAll((lis) => lis.map((li) => ({
    href: new URL(li.querySelector('a[href^="/resources/"]').href).pathname,
    text: li.innerText.replace(/\s+/g, ' ').trim(),
  })));
  const out = new Map();
  for (const { href, text } of items) {
    const slug = href.replace(/^\/resources\//, '');
    assert.ok(!out.has(slug), `${slug} is listed twice on ${page.url()}`);
    out.set(slug, plain(text));
  }
  return out;
}

/** The href of the page's "next" or "previous" paging link, or null. */
async function pagingLink(page, which) {
  const rel = which === 'next' ? 'next' : 'prev';
  const byRel = page.locator(`main a[rel~="${rel}"]`);
  if (await byRel.count() > 0) return byRel.first().getAttribute('href');
  const byName = page.getByRole('link', { name: which === 'next' ? /next/i : /previous|prev/i });
  if (await byName.count() > 0) return byName.first().getAttribute('href');
  return null;
}

/** Every entry the unfiltered library lists, following "next" links: Map slug -> text. */
async function wholeLibrary(page) {
  const all = new Map();
  let href = '/resources?lang=en';
  for (let pages = 0; href && pages < 5; pages++) {
    await open(page, pathOf(href));
    for (const [slug, text] of await listed(page)) {
      assert.ok(!all.has(slug), `${slug} is on two pages of the library`);
      all.set(slug, text);
    }
    href = await pagingLink(page, 'next');
  }
  return all;
}

/** The search form on /resources. */
const SEARCH_FORM = 'main form:has(input[name=q])';

/** A date as the pages may write it: ISO, or "28 November 2026". */
function dateShown(text, iso) {
  const at = new Date(`${iso}T12:00:00Z`);
  const long = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return text.includes(iso) || text.includes(long) || text.includes(short.replace('Sept', 'Sep'));
}

async function showsDate(page, iso) {
  return await page.locator(`main time[datetime^="${iso}"]`).count() > 0 || dateShown(await mainText(page), iso);
}

/** A plain sentence from an article (no Markdown), to find on the page. */
function articleSentence(entry) {
  for (const paragraph of entry.body_markdown.split(/\n\s*\n/)) {
    if (/^\s*[#>\-*|]/.test(paragraph)) continue;
    for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=\.) /)) {
      if (/^[\p{Lu}][\p{L} ,]{25,}\.$/u.test(sentence)) return sentence;
    }
  }
  throw new Error(`no plain sentence in ${entry.slug}`);
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

/** Lists an online group through /groups/new; the account that lists it becomes its organiser. */
async function createGroup(page, { name, slug }) {
  await open(page, '/groups/new');
  assert.equal(await page.locator('#field-name').count(), 1, `no group form at /groups/new: ${await mainText(page)}`);
  await page.fill('#field-name', name);
  await page.fill('#field-slug', slug);
  await page.fill('#field-summary', 'A group made by the resource library browser tests.');
  await selectIfOffered(page, '#field-category', 'addiction_recovery');
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
/** A fresh confirmed account that organises a new group of its own: { account, storageState, slug }. */
async function organiserWithGroup(label) {
  const organiser = await signedInAccount(browser, server, label);
  await makeOrganiser(organiser.account);
  const n = `${process.pid}-${Date.now().toString(36)}-${++groupCounter}`;
  const group = { name: `Resource test circle ${groupCounter}`, slug: `resource-test-${n}` };
  await withPage({ storageState: organiser.storageState }, (page) => createGroup(page, group));
  return { ...organiser, slug: group.slug };
}

/** The form on /groups/{slug}/resources that attaches a resource (one with a choice in it). */
const ATTACH_FORM = 'main form:has(select), main form:has(input[type=radio])';

/** On /groups/{slug}/resources: chooses the entry `slug` and submits the attach form. */
async function attachResource(page, slug) {
  const form = page.locator(ATTACH_FORM).first();
  assert.equal(await form.count(), 1, `no form to attach a resource on ${page.url()}: ${await mainText(page)}`);
  const select = form.locator('select').first();
  if (await select.count() > 0) {
    const byValue = select.locator(`option[value="${slug}"]`);
    if (await byValue.count() > 0) await select.selectOption(slug);
    else await select.selectOption({ label: bySlug.get(slug).title });
  } else {
    await form.locator(`input[type=radio][value="${slug}"]`).check();
  }
  const [response] = await Promise.all([page.waitForNavigation(), form.locator('[type=submit]').first().click()]);
  return response;
}

/** The item on /groups/{slug}/resources that shows an attached entry (by title), as a locator. */
function attachedItem(page, slug) {
  return page.locator('main li, main tr').filter({ hasText: bySlug.get(slug).title })
    .filter({ has: page.getByRole('button', { name: /Remove/ }) });
}

/** Whether the group page lists `slug` under a "Resources" heading. */
async function groupPageResources(page, groupSlug) {
  await open(page, `/groups/${groupSlug}`);
  return page.evaluate(() => {
    const heading = [...document.querySelectorAll('main h2, main h3')].find((h) => h.textContent.trim() === 'Resources');
    if (!heading) return { heading: false, links: [] };
    // The links after the heading, up to the next heading of the same or a higher level.
    const level = Number(heading.tagName[1]);
    const links = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_ELEMENT);
    walker.currentNode = heading;
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
      if (el.tagName === 'A' && el.getAttribute('href')?.startsWith('/resources/')) links.push(el.getAttribute('href'));
    }
    return { heading: true, links };
  });
}

// ---------------------------------------------------------------------------------------------
// The library and its search

test('the starter set has the entries these tests expect', () => {
  assert.equal(starter.length, 23);
  for (const slug of [...OVERDUE, ARTICLE, WELSH, LINK, 'gamcare', 'gambling-harm-where-to-get-help', 'diabetes-uk']) {
    assert.ok(bySlug.has(slug), `no ${slug} in starter.json`);
  }
  assert.equal(bySlug.get(WELSH).translation_of, ARTICLE);
  assert.equal(bySlug.get(LINK).kind, 'link');
  for (const slug of OVERDUE) assert.ok(bySlug.get(slug).review_due < new Date().toISOString().slice(0, 10), `${slug} is not overdue`);
});

test('/resources shows "Resource library", a GET search form (q, category, condition, language) and entries with their summaries', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources');
    assert.equal(await page.locator('h1').innerText(), 'Resource library');
    const form = page.locator(SEARCH_FORM);
    assert.equal(await form.count(), 1, 'no search form with a text box named q');
    assert.equal(await form.evaluate((f) => f.method), 'get', 'the search form is not GET');
    for (const name of ['q', 'category', 'condition', 'language']) {
      const control = form.locator(`[name="${name}"]`);
      assert.equal(await control.count(), 1, `no control named ${name}`);
      assert.equal(await control.evaluate((el) => el.tagName), name === 'q' ? 'INPUT' : 'SELECT', `${name} is the wrong kind of control`);
      const label = await control.evaluate((el) => [...(el.labels ?? [])].map((l) => l.textContent.trim()).join(' '));
      assert.ok(label.length > 0, `${name} has no label`);
    }
    const entries = await listed(page);
    assert.ok(entries.size > 0, 'no entries listed');
    assert.ok(entries.size <= PER_PAGE, `${entries.size} entries on one page`);
    for (const [slug, text] of entries) {
      const entry = bySlug.get(slug);
      assert.ok(entry, `an unknown entry is listed: ${slug}`);
      assert.ok(text.includes(plain(entry.title)), `${slug}'s title is not in its list item: ${text}`);
      assert.ok(text.includes(plain(entry.summary)), `${slug}'s summary is not in its list item: ${text}`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-library.png'), fullPage: true });
  });
});

test('the library shows 20 entries a page, with next and previous links, and every entry exactly once', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources');
    const first = await listed(page);
    assert.equal(first.size, PER_PAGE, `page 1 lists ${first.size} entries`);
    assert.equal(await pagingLink(page, 'previous'), null, 'page 1 has a previous link');
    const next = await pagingLink(page, 'next');
    assert.ok(next, 'page 1 has no next link');
    await open(page, pathOf(next));
    const second = await listed(page);
    assert.ok(second.size >= 1, 'page 2 is empty');
    assert.ok(await pagingLink(page, 'previous'), 'page 2 has no previous link');
    assert.equal(await pagingLink(page, 'next'), null, 'page 2 (the last) has a next link');
    for (const slug of second.keys()) assert.ok(!first.has(slug), `${slug} is on both pages`);
    const all = new Set([...first.keys(), ...second.keys()]);
    const originals = starter.filter((r) => !r.translation_of).map((r) => r.slug);
    const missing = originals.filter((slug) => !all.has(slug));
    assert.deepEqual(missing, [], 'entries missing from the library');
  });
});

test('entries past their review date say "Past its review date" in the list; others do not', async () => {
  await withPage({}, async (page) => {
    const all = await wholeLibrary(page);
    for (const slug of OVERDUE) {
      assert.ok(all.has(slug), `${slug} is not listed`);
      assert.match(all.get(slug), /Past its review date/, `${slug} is not marked`);
    }
    for (const slug of [ARTICLE, LINK, 'gamcare']) {
      assert.doesNotMatch(all.get(slug) ?? '', /Past its review date/, `${slug} is marked but is not overdue`);
    }
  });
});

test('searching "gambling" with the form finds GamCare and the gambling harm article, and keeps the words in the box', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources');
    await page.fill(`${SEARCH_FORM} input[name=q]`, 'gambling');
    const response = await submitMainForm(page, SEARCH_FORM);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'gambling', `the search went to ${page.url()}`);
    const found = await listed(page);
    assert.ok(found.has('gamcare'), `GamCare not found: ${[...found.keys()]}`);
    assert.ok(found.has('gambling-harm-where-to-get-help'), `the gambling harm article not found: ${[...found.keys()]}`);
    assert.ok(!found.has(LINK) && !found.has('diabetes-uk'), `unrelated entries found: ${[...found.keys()]}`);
    assert.equal(await page.inputValue(`${SEARCH_FORM} input[name=q]`), 'gambling');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-search-gambling.png'), fullPage: true });
  });
});

test('a typo ("diabetis") still finds the diabetes entries', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources?q=diabetis');
    const found = await listed(page);
    assert.ok(found.has('diabetes-uk'), `Diabetes UK not found: ${[...found.keys()]}`);
    assert.ok(found.has('newly-diagnosed-type-2-diabetes'), `the type 2 diabetes article not found: ${[...found.keys()]}`);
    assert.ok(!found.has('gamcare'), `unrelated entries found: ${[...found.keys()]}`);
  });
});

test('choosing Welsh (cy) in the language filter shows the Welsh article and no English ones', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources');
    await page.selectOption(`${SEARCH_FORM} select[name=language]`, 'cy');
    const response = await submitMainForm(page, SEARCH_FORM);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).searchParams.get('language'), 'cy');
    const found = await listed(page);
    assert.deepEqual([...found.keys()], starter.filter((r) => r.language === 'cy').map((r) => r.slug));
  });
});

test('the category and condition filters narrow the list', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources?category=addiction_recovery');
    const addiction = await listed(page);
    const expected = starter.filter((r) => r.category === 'addiction_recovery').map((r) => r.slug).sort();
    assert.deepEqual([...addiction.keys()].sort(), expected, 'category=addiction_recovery');
    assert.equal(await page.inputValue(`${SEARCH_FORM} select[name=category]`), 'addiction_recovery', 'the chosen category is not kept');

    await open(page, '/resources?condition=gambling');
    const gambling = await listed(page);
    assert.deepEqual([...gambling.keys()].sort(), ['gamcare', 'gambling-harm-where-to-get-help'].sort(), 'condition=gambling');
  });
});

// ---------------------------------------------------------------------------------------------
// Entries

test('an article shows its title, its prose, who reviewed it and when, and when it is next due', async () => {
  const entry = bySlug.get(ARTICLE);
  await withPage({}, async (page) => {
    await open(page, `/resources/${ARTICLE}`);
    assert.equal(plain(await page.locator('h1').innerText()), plain(entry.title));
    assert.equal(await page.locator('h1').count(), 1, 'the article\'s own "#" heading is shown as a second h1');
    const text = await mainText(page);
    assert.ok(text.includes(articleSentence(entry)), `the article's prose is not on the page: ${text.slice(0, 300)}`);
    assert.ok(text.includes('Samaritans'), 'the article is cut short');
    assert.match(text, /Reviewed by/);
    assert.ok(text.includes(entry.reviewed_by), `the reviewer (${entry.reviewed_by}) is not named`);
    assert.ok(await showsDate(page, entry.reviewed_on), `the review date ${entry.reviewed_on} is not shown`);
    assert.ok(await showsDate(page, entry.review_due), `the next review date ${entry.review_due} is not shown`);
    assert.doesNotMatch(text, /past its review date/i);
    assert.equal(await page.locator('main script, main [onclick]').count(), 0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-article.png'), fullPage: true });
  });
});

test('an article past its review date says so', async () => {
  const entry = bySlug.get('newly-diagnosed-type-2-diabetes');
  await withPage({}, async (page) => {
    await open(page, `/resources/${entry.slug}`);
    assert.equal(plain(await page.locator('h1').innerText()), plain(entry.title));
    assert.match(await mainText(page), /past its review date/i);
    assert.ok(await showsDate(page, entry.review_due), `the review date ${entry.review_due} is not shown`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-overdue.png'), fullPage: true });
  });
});

test('the English article links to its Welsh translation ("Cymraeg"), which links back and is marked lang="cy"', async () => {
  const welsh = bySlug.get(WELSH);
  await withPage({}, async (page) => {
    await open(page, `/resources/${ARTICLE}`);
    const toWelsh = page.locator(`main a[href="/resources/${WELSH}"]`);
    assert.equal(await toWelsh.count(), 1, 'no link to the Welsh translation');
    assert.match(await toWelsh.innerText(), /Cymraeg/);
    await Promise.all([page.waitForNavigation(), toWelsh.click()]);
    assert.equal(new URL(page.url()).pathname, `/resources/${WELSH}`);
    assert.equal(plain(await page.locator('h1').innerText()), plain(welsh.title));
    const back = page.locator(`main a[href="/resources/${ARTICLE}"]`);
    assert.equal(await back.count(), 1, 'the Welsh translation does not link back to the English original');
    // The interface is in English here, so the Welsh text must say it is Welsh (WCAG 3.1.2).
    const sentence = articleSentence(welsh);
    const lang = await page.locator('main p').filter({ hasText: sentence.slice(0, 30) }).first()
      .evaluate((p) => p.closest('[lang]')?.getAttribute('lang'));
    assert.equal(lang, 'cy', 'the Welsh article\'s text is not marked lang="cy"');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-welsh.png'), fullPage: true });
  });
});

test('a link entry shows the organisation\'s address with rel "nofollow noopener", without loading anything from it', async () => {
  const entry = bySlug.get(LINK);
  const context = await browser.newContext();
  try {
    await stayOnServer(context);
    const page = await context.newPage();
    await open(page, `/resources/${LINK}`);
    assert.equal(plain(await page.locator('h1').innerText()), plain(entry.title));
    assert.ok((await mainText(page)).includes(plain(entry.summary)), 'the summary is not shown');
    const link = page.locator(`main a[href="${entry.url}"]`);
    assert.equal(await link.count(), 1, `no link to ${entry.url}`);
    const rel = (await link.getAttribute('rel') ?? '').split(/\s+/);
    assert.ok(rel.includes('nofollow') && rel.includes('noopener'), `rel="${rel.join(' ')}"`);
    assert.deepEqual(context.outside, [], 'the page asked for something outside the test server');
  } finally {
    await context.close();
  }
});

test('/resources/no-such-thing is 404', async () => {
  await withPage({}, async (page) => {
    await open(page, '/resources/no-such-thing', 404);
    assert.equal(await page.locator('h1').count(), 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Resources on a group

test('an organiser attaches resources to their group; the group page lists them under "Resources"; Remove takes one off', async (t) => {
  const { storageState, slug } = await organiserWithGroup('resources-organiser');
  const context = await browser.newContext({ storageState });
  await stayOnServer(context);
  const page = await context.newPage();
  t.after(() => context.close());

  await t.test('at first the group page has no resources, and offers its organiser the resources page', async () => {
    const shown = await groupPageResources(page, slug);
    assert.deepEqual(shown.links, []);
    assert.ok(await page.locator(`main a[href="/groups/${slug}/resources"]`).count() >= 1,
      'the group page does not link its organiser to the group\'s resources page');
  });

  await t.test('attach GamCare and the gambling harm article', async () => {
    for (const resource of ['gamcare', 'gambling-harm-where-to-get-help']) {
      await open(page, `/groups/${slug}/resources`);
      const response = await attachResource(page, resource);
      assert.equal(response.status(), 200, `attaching ${resource}: ${await mainText(page)}`);
      await open(page, `/groups/${slug}/resources`);
      assert.equal(await attachedItem(page, resource).count(), 1, `${resource} is not shown as attached with a Remove button: ${await mainText(page)}`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-group-attach.png'), fullPage: true });
  });

  await t.test('the group page lists both under "Resources", linking to the library', async () => {
    await withPage({}, async (guest) => {
      const shown = await groupPageResources(guest, slug);
      assert.ok(shown.heading, 'no "Resources" heading on the group page');
      assert.deepEqual([...shown.links].sort(), ['/resources/gamcare', '/resources/gambling-harm-where-to-get-help'].sort());
      await guest.screenshot({ path: path.join(SCREENSHOT_DIR, 'resources-group-page.png'), fullPage: true });
    });
  });

  await t.test('Remove takes GamCare off the group, and off the group page', async () => {
    await open(page, `/groups/${slug}/resources`);
    const remove = attachedItem(page, 'gamcare').getByRole('button', { name: /Remove/ });
    const [response] = await Promise.all([page.waitForNavigation(), remove.click()]);
    assert.equal(response.status(), 200, await mainText(page));
    await open(page, `/groups/${slug}/resources`);
    assert.equal(await attachedItem(page, 'gamcare').count(), 0, 'GamCare is still attached');
    assert.equal(await attachedItem(page, 'gambling-harm-where-to-get-help').count(), 1, 'the other resource went too');
    const shown = await groupPageResources(page, slug);
    assert.deepEqual(shown.links, ['/resources/gambling-harm-where-to-get-help']);
  });
});

test('someone who does not run the group cannot open its resources page', async () => {
  const { slug } = await organiserWithGroup('resources-owner');
  const stranger = await signedInAccount(browser, server, 'resources-stranger');
  await withPage({ storageState: stranger.storageState }, async (page) => {
    const response = await page.goto(`${server.url}/groups/${slug}/resources?lang=en`);
    assert.ok([403, 404].includes(response.status()), `a stranger got ${response.status()}`);
    assert.equal(await page.locator(ATTACH_FORM).count(), 0, 'a stranger is shown the attach form');
  });
});

// ---------------------------------------------------------------------------------------------
// Accessibility: every page type, in every language, and at 320 px

// Page types, once per language.
//   path    where to go (:page2 is the library's second page; :slug the accessibility group)
//   as      'organiser' (the accessibility group's organiser; default: a guest)
//   status  the expected HTTP status (default 200)
//   shows   a selector that must match, so the view checked is the one meant
const PAGES = [
  { name: 'the library', path: '/resources', shows: 'main a[href^="/resources/"]' },
  { name: 'the library, page 2', path: ':page2', shows: 'main a[href^="/resources/"]' },
  { name: 'search results', path: '/resources?q=gambling', shows: 'main a[href="/resources/gamcare"]' },
  { name: 'search results for a typo', path: '/resources?q=diabetis', shows: 'main a[href^="/resources/"]' },
  { name: 'Welsh entries', path: '/resources?language=cy', shows: `main a[href="/resources/${WELSH}"]` },
  { name: 'no results', path: '/resources?q=zzzzqqqxxyy', shows: 'main h1' },
  { name: 'an article', path: `/resources/${ARTICLE}`, shows: `main a[href="/resources/${WELSH}"]` },
  { name: 'a Welsh translation', path: `/resources/${WELSH}`, shows: `main a[href="/resources/${ARTICLE}"]` },
  { name: 'an article past its review date', path: '/resources/newly-diagnosed-type-2-diabetes', shows: 'main h1' },
  { name: 'a link to another organisation', path: `/resources/${LINK}`, shows: `main a[href="${'https://www.samaritans.org/'}"]` },
  { name: 'a link past its review date', path: '/resources/stroke-association', shows: 'main h1' },
  { name: 'no such resource', path: '/resources/no-such-thing', status: 404, shows: 'main h1' },
  { name: 'a group\'s resources, for its organiser', path: '/groups/:slug/resources', as: 'organiser', shows: 'main form' },
  { name: 'a group page with resources', path: '/groups/:slug', shows: 'main a[href="/resources/gamcare"]' },
];

describe('accessibility of the resource library', () => {
  before(async () => {
    await withPage({}, async (page) => {
      await open(page, '/resources');
      const next = await pagingLink(page, 'next');
      if (next) fixtures.page2 = new URL(next, server.url);
    });
    const organiser = await organiserWithGroup('resources-a11y');
    fixtures.organiserState = organiser.storageState;
    fixtures.slug = organiser.slug;
    await withPage({ storageState: organiser.storageState }, async (page) => {
      await open(page, `/groups/${organiser.slug}/resources`);
      const response = await attachResource(page, 'gamcare');
      assert.equal(response.status(), 200, `attaching gamcare: ${await mainText(page)}`);
    });
  });

  function urlFor(spec, lang) {
    if (spec.path === ':page2') {
      assert.ok(fixtures.page2, 'the library has no next page');
      const url = new URL(fixtures.page2);
      url.searchParams.set('lang', lang);
      return url.pathname + url.search;
    }
    return withLang(spec.path.replace(':slug', fixtures.slug), lang);
  }

  for (const spec of PAGES) {
    describe(`page ${spec.name} (${spec.path})`, () => {
      for (const { lang, dir } of LANGUAGES) {
        describe(`in ${lang}`, () => {
          let context;
          let page;
          let label;

          before(async () => {
            const urlPath = urlFor(spec, lang);
            label = `${spec.name} (${urlPath})`;
            context = await browser.newContext(spec.as === 'organiser' ? { storageState: fixtures.organiserState } : {});
            await stayOnServer(context);
            page = await context.newPage();
            const response = await page.goto(server.url + urlPath);
            assert.equal(response.status(), spec.status ?? 200, `status of ${label}: ${await mainText(page)}`);
          });

          after(() => context?.close());

          test(`shows what it should (${spec.shows})`, async () => {
            assert.ok(await page.locator(spec.shows).count() > 0, `${label} has nothing matching ${spec.shows}`);
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

          test('does not scroll sideways at 320 px wide', async () => {
            await page.setViewportSize({ width: 320, height: 800 });
            const overflow = await horizontalOverflow(page);
            if (overflow && lang === 'en') {
              await page.screenshot({ path: path.join(SCREENSHOT_DIR, `resources-320-${spec.name.replace(/\W+/g, '-')}.png`), fullPage: true });
            }
            assert.equal(overflow, null, `${label} scrolls sideways at 320 px: ${JSON.stringify(overflow)}`);
          });

          test('asks for nothing outside the test server', () => {
            assert.deepEqual(context.outside, []);
          });
        });
      }
    });
  }
});
