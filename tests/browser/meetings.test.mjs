// Meetings (issue #5): accessibility of the meeting pages in every language (as a guest, a
// member and the admin, who runs every group), a newcomer's journey with JavaScript turned
// off (join a group, reply "I'm going" with the keyboard, make a calendar link and fetch it),
// and the admin's new-series form (a weekly series, and a time the clocks skip).
// The plain pages (the new-series form, formats, my meetings) are also in a11y.test.mjs.
// Run: (cd tests/browser && node --test meetings.test.mjs)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, checkA11y, confirmEmail, focusState, launchBrowser, logIn, newAccount, signUp,
  signedInAccount, startServer, submitMainForm,
} from './helpers.mjs';

/** The demo group with a weekly series, a cancelled meeting and a moved one; open to join. */
const GROUP = 'cardiff-anxiety-cafe';
/** Another open demo group, where the admin adds series (so GROUP's next meeting stays put). */
const OTHER_GROUP = 'cardiff-bay-mens-talking-shop';
const SCREENSHOT = '/tmp/kindred-meeting.png';

let server;
let browser;
/** Filled in before(): sessions, and meeting and format paths found at run time. */
const fixtures = {};

/** Runs `fn(page)` in a fresh context (with `storageState` when given), then closes it. */
async function withPage(options, fn) {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Joins an open group through its form (tick the agreement, submit); lands on the group. */
async function joinGroup(page, slug) {
  await page.goto(`${server.url}/groups/${slug}/join`);
  await page.check('#field-accept');
  const response = await submitMainForm(page);
  assert.equal(response.status(), 200, `joining ${slug}: ${await page.locator('main').innerText()}`);
  assert.equal(new URL(page.url()).pathname, `/groups/${slug}`, `joining ${slug} ended at ${page.url()}`);
  assert.equal(await page.locator(`form[action="/groups/${slug}/leave"]`).count(), 1,
    `not a member of ${slug} after joining`);
}

/** The group's upcoming meetings, from the public API. */
async function upcomingMeetings(slug, query = '') {
  const response = await fetch(`${server.url}/api/v1/groups/${slug}/meetings${query}`);
  assert.equal(response.status, 200, `GET /api/v1/groups/${slug}/meetings`);
  return (await response.json()).items;
}

/** Local date and time in Europe/London, `minutes` from now: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
function londonTime(minutes = 0) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Fills the new-series form (field names without "field-"; selects by value) and submits it. */
async function submitSeriesForm(page, values) {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#field-${name}`);
    if (await field.evaluate((el) => el.tagName) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  return submitMainForm(page);
}

before(async () => {
  server = await startServer({}, { admin: true });
  browser = await launchBrowser();

  await withPage({}, async (page) => {
    await logIn(page, server, server.admin);
    fixtures.adminState = await page.context().storageState();
  });

  // A member of both groups (the attendance list of OTHER_GROUP's meeting shows them).
  const member = await signedInAccount(browser, server, 'meetings-member');
  fixtures.memberState = member.storageState;
  await withPage({ storageState: member.storageState }, async (page) => {
    await joinGroup(page, GROUP);
    await joinGroup(page, OTHER_GROUP);
  });

  // Meetings by id, found at run time (the database may hold earlier runs' data).
  const meetings = await upcomingMeetings(GROUP);
  const path = (m) => m && `/meetings/${m.id}`;
  fixtures[':next'] = path(meetings.find((m) => !m.cancelled && !m.moved));
  fixtures[':cancelled'] = path(meetings.find((m) => m.cancelled));
  fixtures[':moved'] = path(meetings.find((m) => m.moved && !m.cancelled));
  assert.ok(fixtures[':next'], `${GROUP} has no upcoming meeting`);

  await withPage({ storageState: fixtures.adminState }, async (page) => {
    // A copy of a built-in format, to edit, renamed through the edit form. (Copies get names
    // no other format of the group has, "<name> (2)", "(3)" ..., so the formats page's
    // sections stay uniquely named for axe's landmark-unique on a shared database.)
    await page.goto(`${server.url}/groups/${GROUP}/formats`);
    const copy = page.locator('form:has(input[name=from][value^="builtin:"]) [type=submit]').first();
    await Promise.all([page.waitForNavigation(), copy.click()]);
    assert.match(new URL(page.url()).pathname, /^\/formats\/[^/]+\/edit$/, `copying a format ended at ${page.url()}`);
    fixtures[':format'] = new URL(page.url()).pathname;
    const name = `Our round ${process.pid}-${Date.now().toString(36)}`;
    await page.fill('#field-name', name);
    const saved = await submitMainForm(page);
    assert.equal(saved.status(), 200, `renaming the format: ${await page.locator('main').innerText()}`);
    assert.equal(new URL(page.url()).pathname, `/groups/${GROUP}/formats`);
    assert.equal(await page.locator(`a[href="${fixtures[':format']}"]`).textContent(), `Edit: ${name}`);

    // A one-off meeting that started an hour ago and lasts a day: the attendance list shows.
    const start = londonTime(-60);
    await page.goto(`${server.url}/groups/${OTHER_GROUP}/meetings/new`);
    const response = await submitSeriesForm(page, {
      title: 'Meeting under way (browser test)', date: start.date, time: start.time, duration: '1440',
      repeat: 'once', place: 'other_venue', venue_name: 'The test room', venue_address: '1 Test Street, Cardiff',
    });
    assert.equal(response.status(), 200, `adding a meeting under way: ${await page.locator('main').innerText()}`);
    assert.match(new URL(page.url()).pathname, /^\/meetings\//, `adding a meeting under way ended at ${page.url()}`);
    fixtures[':started'] = new URL(page.url()).pathname;
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function withLang(urlPath, lang) {
  return `${urlPath}${urlPath.includes('?') ? '&' : '?'}lang=${lang}`;
}

// Meeting pages, once per language.
//   path    where to go; :next, :cancelled, :moved, :started and :format are found in before()
//   as      'member' or 'admin' (default: a guest)
//   shows   a selector that must match (so the view checked is the one meant)
//   fill    then fill the new-series form with these values and submit it
//   press   then press this form's submit button, and check the answer instead
//   status  the expected HTTP status of the page checked (default 200)
//   lands   the path of the page checked, when not `path` (a form that answers in place)
const PAGES = [
  { name: 'a meeting, as a guest', path: ':next', shows: `a[href^="/login?next=/meetings/"]` },
  { name: 'a meeting, as a member', path: ':next', as: 'member', shows: 'form[action$="/reply"] button' },
  { name: 'a cancelled meeting, as a member', path: ':cancelled', as: 'member', shows: '.notice[role=status]' },
  { name: 'a moved meeting, as a member', path: ':moved', as: 'member', shows: '.notice[role=status]' },
  { name: 'a meeting, as the admin (facilitator tools)', path: ':next', as: 'admin', shows: '#run-heading ~ form #field-reason' },
  { name: 'a meeting under way, as the admin (attendance)', path: ':started', as: 'admin', shows: '#field-present input[type=checkbox]' },
  { name: 'editing a copied format', path: ':format', as: 'admin', shows: 'fieldset.segment' },
  {
    name: 'a new series at a time the clocks skip',
    path: `/groups/${GROUP}/meetings/new`,
    as: 'admin',
    fill: { date: '2027-03-28', time: '01:30', repeat: 'once' },
    status: 422,
    shows: '.error-summary a[href="#field-time"]',
  },
  { name: 'my meetings, showing a new calendar link', path: '/my/meetings', as: 'member', press: 'form[action="/my/calendar"]', lands: '/my/calendar', shows: '#calendar-link' },
];

for (const spec of PAGES) {
  describe(`page ${spec.name} (${spec.path})`, () => {
    for (const { lang, dir } of LANGUAGES) {
      describe(`in ${lang}`, () => {
        let context;
        let page;
        let label;

        before(async () => {
          if (!fixtures[spec.path] && spec.path.startsWith(':')) return;
          const urlPath = withLang(fixtures[spec.path] ?? spec.path, lang);
          label = `${spec.name} (${urlPath})`;
          const state = { member: fixtures.memberState, admin: fixtures.adminState }[spec.as];
          context = await browser.newContext(state ? { storageState: state } : {});
          page = await context.newPage();
          let response = await page.goto(server.url + urlPath);
          if (spec.fill || spec.press) {
            assert.equal(response.status(), 200, `status of ${urlPath}`);
            response = spec.fill ? await submitSeriesForm(page, spec.fill) : await submitMainForm(page, spec.press);
          }
          assert.equal(response.status(), spec.status ?? 200, `status of ${label}: ${await page.locator('main').innerText()}`);
          assert.equal(new URL(page.url()).pathname, spec.lands ?? new URL(server.url + urlPath).pathname, `${label} was redirected`);
        });

        after(() => context?.close());

        /** Skips when the demo data has no such meeting (an old, shared database). */
        const it = (name, fn) => test(name, (t) => {
          if (!page) return t.skip(`no ${spec.path} meeting among the upcoming ones`);
          return fn();
        });

        it(`shows what it should (${spec.shows})`, async () => {
          assert.ok(await page.locator(spec.shows).count() > 0, `${label} has nothing matching ${spec.shows}`);
        });

        it('has no axe-core violations', async () => {
          const violations = await checkA11y(page);
          assert.equal(violations.length, 0, `axe-core violations on ${label} in ${lang}:\n${violations.join('\n')}`);
        });

        it(`declares lang="${lang}" dir="${dir}"`, async () => {
          const html = await page.evaluate(() => ({
            lang: document.documentElement.getAttribute('lang'),
            dir: document.documentElement.getAttribute('dir'),
          }));
          assert.deepEqual(html, { lang, dir }, `<html> of ${label}`);
        });

        it('has exactly one h1', async () => {
          const count = await page.locator('h1').count();
          assert.equal(count, 1, `${label} has ${count} h1 elements`);
        });

        if (spec.status === 422) {
          it('starts keyboard focus on the error summary, whose links name invalid fields', async () => {
            const focused = await page.evaluate(() => document.activeElement?.className);
            assert.equal(focused, 'error-summary', `focus is on ${focused}`);
            for (const href of await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
              assert.equal(await page.locator(href).getAttribute('aria-invalid'), 'true', `${href} is not aria-invalid`);
              assert.equal(await page.locator(`${href}-error`).count(), 1, `no inline error ${href}-error`);
            }
          });
        }
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Keyboard

const describeFocus = (f) => `${f.tag}${f.id ? `#${f.id}` : ''}${f.href ? `[href=${f.href}]` : ''} "${f.text}"`;

/**
 * Presses Tab (or Shift+Tab) until `wanted(focus)` holds, at most `max` times, asserting that
 * every element focused on the way shows a focus indicator. Returns the focus reached.
 */
async function tabTo(page, wanted, { back = false, max = 40 } = {}) {
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
async function pressEnterAndWait(page) {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Journeys

test('a newcomer joins a group, says they are coming, and subscribes to their calendar, without JavaScript', async (t) => {
  const account = newAccount('newcomer');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  t.after(() => context.close());
  let meetingPath;

  await t.test('sign up, confirm the email and sign in', async () => {
    await signUp(page, server, account);
    await confirmEmail(page, server, account);
    await logIn(page, server, account);
  });

  await t.test(`join ${GROUP} from its page`, async () => {
    await page.goto(`${server.url}/groups/${GROUP}?lang=en`);
    const join = page.locator(`main a.button-link[href="/groups/${GROUP}/join"]`);
    assert.equal(await join.count(), 1, 'no join link on the group page');
    await Promise.all([page.waitForNavigation(), join.click()]);
    await page.check('#field-accept');
    const response = await submitMainForm(page);
    assert.equal(response.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, `/groups/${GROUP}`);
    assert.equal(await page.locator(`form[action="/groups/${GROUP}/leave"]`).count(), 1, 'not a member after joining');
  });

  await t.test('open the next meeting from the group page', async () => {
    const listed = page.locator('section[aria-labelledby="meetings-heading"] li');
    assert.ok(await listed.count() > 0, 'no upcoming meetings on the group page');
    // The first meeting not marked cancelled, as the API lists them.
    const next = (await upcomingMeetings(GROUP)).find((m) => !m.cancelled);
    const link = listed.locator(`a[href="/meetings/${next.id}"]`);
    assert.equal(await link.count(), 1, `the group page does not link to the next meeting ${next.id}`);
    const firstOpen = listed.filter({ hasNot: page.locator('strong') }).first().locator('a');
    assert.equal(await firstOpen.getAttribute('href'), `/meetings/${next.id}`,
      'the first meeting on the group page that is not cancelled is not the next one');
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    assert.equal(response.status(), 200);
    meetingPath = `/meetings/${next.id}`;
    assert.equal(new URL(page.url()).pathname, meetingPath);
    assert.equal(await page.locator('#reply-heading').innerText(), 'Are you coming?');
    assert.equal(await page.locator('#reply-heading ~ [role=status]').count(), 0, 'a reply is shown before replying');
  });

  await t.test('Tab to "I\'m going", press Enter, and see the reply', async () => {
    // From the top of the page, as someone arriving would.
    await page.goto(server.url + meetingPath);
    const button = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === "I'm going");
    assert.equal(button.type, 'submit');
    const response = await pressEnterAndWait(page);
    assert.equal(response.status(), 200, await page.locator('main').innerText());
    assert.equal(new URL(page.url()).pathname, meetingPath, 'replying did not come back to the meeting');
    assert.equal(await page.locator('#reply-heading ~ [role=status]').innerText(), 'Your reply: going');
  });

  await t.test('My meetings lists the meeting with the reply', async () => {
    await page.goto(`${server.url}/my/meetings`);
    const item = page.locator(`.meeting-list li:has(a[href="${meetingPath}"])`);
    assert.equal(await item.count(), 1, `${meetingPath} is not on /my/meetings`);
    assert.match(await item.innerText(), /· going$/);
  });

  let calendarLink;
  await t.test('create a calendar link; it is shown once', async () => {
    const response = await submitMainForm(page, 'form[action="/my/calendar"]');
    assert.equal(response.status(), 200);
    calendarLink = new URL(await page.inputValue('#calendar-link'));
    assert.match(calendarLink.pathname, /^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    assert.equal(calendarLink.origin, server.url, `the link points at ${calendarLink.origin}, not the server`);
    await page.goto(`${server.url}/my/meetings`);
    assert.equal(await page.locator('#calendar-link').count(), 0, 'the link is shown again');
    assert.equal(await page.locator('form[action="/my/calendar"] button').innerText(), 'Replace the link');
  });

  await t.test('the link gives a calendar, without a session', async () => {
    assert.ok(calendarLink, 'no calendar link');
    const response = await fetch(server.url + calendarLink.pathname);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/calendar\b/);
    const body = await response.text();
    assert.match(body, /^BEGIN:VCALENDAR\r\n/);
    assert.match(body, /\r\nBEGIN:VEVENT\r\n/, 'the calendar has no events');
    assert.match(body, /\r\nEND:VCALENDAR\r\n$/);
  });
});

test('the admin adds a weekly series through the form and lands on its first meeting', async () => {
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    const title = `Walk and talk ${process.pid}-${Date.now().toString(36)}`;
    const first = londonTime(21 * 24 * 60).date;
    await page.goto(`${server.url}/groups/${OTHER_GROUP}/meetings/new?lang=en`);
    assert.equal(await page.locator('h1').innerText(), 'Add a meeting');
    const response = await submitSeriesForm(page, {
      title, date: first, time: '18:45', repeat: 'weekly',
      place: 'other_venue', venue_name: 'Roath Park Conservatory', venue_address: 'Lake Road West, Cardiff',
    });
    assert.equal(response.status(), 200, await page.locator('main').innerText());
    const landed = new URL(page.url()).pathname;
    const match = landed.match(/^\/meetings\/([0-9a-f-]{36})-(\d{4}-\d{2}-\d{2})$/);
    assert.ok(match, `saving the series ended at ${landed}`);
    assert.equal(match[2], first, 'landed on a meeting on another date');
    assert.equal(await page.locator('h1').innerText(), title);
    assert.match(await page.locator('.lead time').innerText(), /18:45/);
    assert.match(await page.locator('main address').innerText(), /Roath Park Conservatory/);
    assert.equal(await page.locator(`form[action="/series/${match[1]}/end"]`).count(), 1, 'no end-series form for a weekly series');

    const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${first}T12:00:00Z`).getUTCDay()];
    const listed = (await upcomingMeetings(OTHER_GROUP, '?limit=100')).filter((m) => m.series_id === match[1]);
    assert.ok(listed.length >= 2, `the API lists ${listed.length} meetings of the new series`);
    assert.equal(listed[0].local_start, `${first}T18:45`);
    assert.equal(listed[0].recurrence, `FREQ=WEEKLY;BYDAY=${weekday}`);
  });
});

test('a first meeting at a time the clocks skip is refused, pointing at the time field', async () => {
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    await page.goto(`${server.url}/groups/${GROUP}/meetings/new?lang=en`);
    const response = await submitSeriesForm(page, { date: '2027-03-28', time: '01:30', repeat: 'once' });
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `/groups/${GROUP}/meetings/new`);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary',
      'focus is not on the error summary');
    const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#field-time']);
    assert.match(await page.locator('#field-time-error').innerText(), /clocks go forward/);
    assert.equal(await page.getAttribute('#field-time', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#field-time', 'aria-describedby'), /\bfield-time-error\b/);
    // What was typed is kept.
    assert.equal(await page.inputValue('#field-date'), '2027-03-28');
    assert.equal(await page.inputValue('#field-time'), '01:30');
    assert.equal(await page.inputValue('#field-repeat'), 'once');
    // From the summary, Tab reaches its link, and Enter puts focus in the time field.
    await tabTo(page, (f) => f.tag === 'A' && f.href === '#field-time', { max: 1 });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-time');
    // And nothing was saved (the group's demo series meets on Tuesdays; 28 March 2027 is a Sunday).
    const around = await upcomingMeetings(GROUP, `?from=${encodeURIComponent('2027-03-27T00:00:00Z')}&limit=10`);
    assert.deepEqual(around.filter((m) => m.local_start.startsWith('2027-03-28')).map((m) => m.id), []);
  });
});

test(`screenshot of a meeting as a member (${SCREENSHOT})`, async () => {
  await withPage({ storageState: fixtures.memberState }, async (page) => {
    const response = await page.goto(`${server.url}${fixtures[':next']}?lang=en`);
    assert.equal(response.status(), 200);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});
