// Live meeting rooms (docs/rooms.md): a facilitator (the administrator, who runs every group)
// and a member meet in the room of an online meeting that is about to start, in two browser
// contexts of a Chromium with a fake camera and microphone. Ground rules first; presence;
// a raised hand called; a go-round taken and passed; the agenda started and moved on; both
// turn on their microphone and camera and connect over WebRTC; the fake microphone's beeps
// count as speaking time in the facilitator's fairness view; chat both ways; a private
// wellbeing signal; axe-core on the room in every language; the waiting room; ending the
// meeting. Also: signed out, the room sends you to sign in; someone outside the group gets 403.
// Screenshots of both participants mid-meeting go to /tmp/room-*.png.
// Run: (cd tests/browser && node --test room.test.mjs)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LANGUAGES, checkA11y, focusState, launchBrowser, logIn, signedInAccount, startServer, submitMainForm,
} from './helpers.mjs';
import { connectedPeers, londonLocal, until } from './room-helpers.mjs';

/** An open demo group (so no lobby), run by the administrator like every group. */
const GROUP = 'cardiff-anxiety-cafe';
const CHAT_TEXT = 'Thank you all for being here tonight.';

let server;
let browser;
/** Filled in before(): sessions, names and the meeting. */
const fixtures = {};

/** Local date and time in Europe/London, `minutes` from now, as the series API wants it. */

/** Runs `fn(page)` in a fresh context (with `storageState` when given), then closes it. */
async function withPage(options, fn) {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

before(async () => {
  server = await startServer({}, { admin: true });
  browser = await launchBrowser({ media: true });

  await withPage({}, async (page) => {
    await logIn(page, server, server.admin);
    fixtures.adminState = await page.context().storageState();
  });

  for (const [key, label] of [['member', 'room-member'], ['newcomer', 'room-newcomer']]) {
    const member = await signedInAccount(browser, server, label);
    fixtures[`${key}State`] = member.storageState;
    fixtures[`${key}Name`] = member.account.pseudonym;
    await withPage({ storageState: member.storageState }, async (page) => {
      await page.goto(`${server.url}/groups/${GROUP}/join`);
      await page.check('#field-accept');
      const response = await submitMainForm(page);
      assert.equal(response.status(), 200, `joining ${GROUP}: ${await page.locator('main').innerText()}`);
      assert.equal(await page.locator(`form[action="/groups/${GROUP}/leave"]`).count(), 1, `not a member of ${GROUP}`);
    });
  }

  fixtures.outsiderState = (await signedInAccount(browser, server, 'room-outsider')).storageState;

  // An online one-off meeting starting in five minutes: its room is open now (from 15
  // minutes before for members), and it follows a format, so there is an agenda to run.
  await withPage({ storageState: fixtures.adminState }, async (page) => {
    const response = await page.request.post(`${server.url}/api/v1/groups/${GROUP}/series`, {
      data: {
        title: 'Live room (browser test)',
        starts_at: londonLocal(5),
        duration_minutes: 60,
        place: 'online',
        online: { dial_in: '0300 123 4567' },
        format: 'builtin:open-sharing',
      },
    });
    assert.equal(response.status(), 201, `creating the meeting: ${await response.text()}`);
    const series = await response.json();
    fixtures.meetingId = series.upcoming?.[0]?.id;
    assert.ok(fixtures.meetingId, `no upcoming meeting in ${JSON.stringify(series)}`);
  });
  fixtures.roomPath = `/meetings/${fixtures.meetingId}/room`;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Opens the room in a new context as `who` and goes in past the ground rules. Returns
 * { page, context, errors } (errors: uncaught exceptions on the page).
 */
async function enterRoom(storageState, { lang = 'en', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ storageState, viewport, permissions: ['microphone', 'camera'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto(`${server.url}${fixtures.roomPath}?lang=${lang}`);
  assert.equal(response.status(), 200, `opening the room: ${await page.locator('main').innerText()}`);
  // The ground rules come first; the room shows after "I'm ready".
  assert.ok(await page.locator('#room-rules').isVisible(), 'the ground rules are not shown on entry');
  assert.ok(await page.locator('#room-live').isHidden(), 'the room shows before "I\'m ready"');
  await page.click('#room-ready');
  assert.ok(await page.locator('#room-rules').isHidden(), 'the ground rules stay after "I\'m ready"');
  await page.waitForFunction(() => window.kindredRoom?.state.connected && window.kindredRoom.state.room,
    null, { timeout: 15_000 });
  return { page, context, errors };
}

test('without signing in, the room sends you to sign in', async () => {
  await withPage({}, async (page) => {
    await page.goto(`${server.url}${fixtures.roomPath}`);
    const landed = new URL(page.url());
    assert.equal(landed.pathname, '/login', `ended at ${page.url()}`);
    assert.equal(landed.searchParams.get('next'), fixtures.roomPath);
  });
});

test('someone outside the group gets 403 for the room', async () => {
  await withPage({ storageState: fixtures.outsiderState }, async (page) => {
    const response = await page.goto(`${server.url}${fixtures.roomPath}`);
    assert.equal(response.status(), 403);
    assert.equal(await page.locator('#room').count(), 0, 'the room was shown to an outsider');
  });
});

test('a facilitator and a member meet in the live room', async (t) => {
  const fac = await enterRoom(fixtures.adminState);
  t.after(() => fac.context.close());
  const mem = await enterRoom(fixtures.memberState);
  t.after(() => mem.context.close());
  const facPid = await fac.page.evaluate(() => window.kindredRoom.state.me.pid);
  const memPid = await mem.page.evaluate(() => window.kindredRoom.state.me.pid);
  assert.notEqual(facPid, memPid);
  assert.equal(await fac.page.evaluate(() => window.kindredRoom.state.me.role), 'facilitator');
  assert.equal(await mem.page.evaluate(() => window.kindredRoom.state.me.role), 'member');
  assert.equal(await fac.page.locator('#room-facilitator').count(), 1, 'no facilitator tools for the facilitator');
  assert.equal(await mem.page.locator('#room-facilitator').count(), 0, 'facilitator tools shown to a member');

  await t.test('the ground rules can be shown again', async () => {
    await mem.page.click('#room-rules-show');
    assert.ok(await mem.page.locator('#room-rules').isVisible());
    assert.equal(await mem.page.getAttribute('#room-rules-show', 'aria-expanded'), 'true');
    assert.ok((await mem.page.locator('#room-rules').innerText()).length > 40, 'the ground rules are empty');
    await mem.page.click('#room-rules-close');
    assert.ok(await mem.page.locator('#room-rules').isHidden());
    assert.equal(await mem.page.evaluate(() => document.activeElement?.id), 'room-rules-show', 'focus did not come back');
  });

  await t.test('each sees the other present', async () => {
    await until(fac.page, (pid) => document.querySelector(`#room-people li[data-pid="${pid}"]`), memPid,
      'the member is not in the facilitator\'s list');
    await until(mem.page, (pid) => document.querySelector(`#room-people li[data-pid="${pid}"]`), facPid,
      'the facilitator is not in the member\'s list');
    assert.match(await fac.page.locator(`#room-people li[data-pid="${memPid}"]`).innerText(), new RegExp(fixtures.memberName));
    assert.match(await mem.page.locator(`#room-people li[data-pid="${facPid}"]`).innerText(), /facilitator/);
    assert.match(await fac.page.locator('#room-status').innerText(), /Connected/);
  });

  await t.test('the member raises a hand; the facilitator sees the queue and calls them', async () => {
    await mem.page.click('#room-hand');
    await until(mem.page, () => document.getElementById('room-hand').getAttribute('aria-pressed') === 'true', null,
      'the hand button is not pressed');
    await until(fac.page, (pid) => document.querySelector(`#room-hands li[data-pid="${pid}"]`), memPid,
      'the facilitator does not see the raised hand');
    await fac.page.click('#room-call-next');
    await until(mem.page, (pid) => window.kindredRoom.state.room.speaking === pid, memPid, 'the member was not called');
    await until(mem.page, () => /called/.test(document.getElementById('room-alert').textContent), null,
      'the member was not told they were called');
    await until(fac.page, () => document.querySelectorAll('#room-hands li').length === 0, null, 'the queue did not empty');
    assert.match(await fac.page.locator('#room-speaking').innerText(), new RegExp(fixtures.memberName));
  });

  await t.test('a go-round: one finishes, one passes, and the round ends', async () => {
    await fac.page.fill('#room-round-seconds', '60');
    await fac.page.click('#room-round-start');
    const order = await until(fac.page, () => window.kindredRoom.state.room.round?.order, null, 'no go-round started');
    assert.deepEqual([...order].sort(), [facPid, memPid].sort(), 'the round is not of the two people present');
    const byPid = { [facPid]: fac.page, [memPid]: mem.page };
    const seen = [];
    for (let turn = 0; turn < 2; turn++) {
      const current = await until(fac.page, () => window.kindredRoom.state.room.round?.current, null, `no turn ${turn + 1}`);
      assert.ok(!seen.includes(current), `${current} has a second turn`);
      seen.push(current);
      const page = byPid[current];
      await page.locator('#room-round-mine').waitFor({ state: 'visible' });
      assert.match(await page.locator('#room-round-timer').innerText(), /Time left: (1:00|0:[0-5]\d)/);
      // The other person has no turn buttons.
      const other = current === facPid ? mem.page : fac.page;
      assert.ok(await other.locator('#room-round-mine').isHidden(), 'turn buttons shown to someone whose turn it is not');
      await page.click(turn === 0 ? '#room-round-done' : '#room-round-pass');
      if (turn === 0) {
        await until(fac.page, (pid) => window.kindredRoom.state.room.round?.current !== pid, current, 'the turn did not move on');
      }
    }
    for (const page of [fac.page, mem.page]) {
      await until(page, () => window.kindredRoom.state.room.round === null, null, 'the round did not end');
      assert.match(await page.locator('#room-round').innerText(), /no go-round/i);
    }
  });

  await t.test('the facilitator starts the agenda and moves it on', async () => {
    await fac.page.click('#room-agenda-start');
    await until(mem.page, () => window.kindredRoom.state.room.agenda?.index === 0, null, 'the agenda did not start');
    assert.match(await mem.page.locator('#room-agenda').innerText(), /Now: Welcome and group agreement/);
    // The reading's script is for the facilitators (and the reader), not everyone.
    assert.ok((await fac.page.locator('#room-agenda .room-script-text').count()) === 1, 'the facilitator sees no script');
    assert.equal(await mem.page.locator('#room-agenda .room-script-text').count(), 0, 'the member sees the script');
    await fac.page.click('#room-agenda-next');
    await until(mem.page, () => window.kindredRoom.state.room.agenda?.index === 1, null, 'the agenda did not move on');
    assert.match(await mem.page.locator('#room-agenda').innerText(), /Now: Open sharing/);
    const timer = await mem.page.locator('#room-agenda-timer').innerText();
    const match = timer.match(/Time left: (\d+):(\d\d)/);
    assert.ok(match, `no countdown: "${timer}"`);
    const minutes = Number(match[1]);
    assert.ok(minutes >= 68 && minutes <= 70, `the 70-minute segment shows ${timer}`);
    assert.equal(await mem.page.locator('#room-agenda li[aria-current="step"]').count(), 1);
  });

  await t.test('both turn on microphone and camera and connect over WebRTC', async () => {
    for (const { page } of [fac, mem]) {
      assert.equal(await page.getAttribute('#room-mic', 'aria-pressed'), 'false', 'the microphone is on before asked');
      assert.equal(await page.getAttribute('#room-camera', 'aria-pressed'), 'false', 'the camera is on before asked');
      await page.click('#room-mic');
      await until(page, () => document.getElementById('room-mic').getAttribute('aria-pressed') === 'true', null, 'the microphone did not turn on');
      await page.click('#room-camera');
      await until(page, () => document.getElementById('room-camera').getAttribute('aria-pressed') === 'true', null, 'the camera did not turn on');
    }
    await until(fac.page, connectedPeers, null, 'the facilitator\'s peer connection did not connect', 30_000);
    await until(mem.page, connectedPeers, null, 'the member\'s peer connection did not connect', 30_000);
    assert.deepEqual(await fac.page.evaluate(() => [...window.kindredRoom.peers.keys()]), [memPid]);
    // Each sees the other's camera, and the room says both have their devices on.
    await until(mem.page, (pid) => {
      const video = document.querySelector(`#room-tiles li[data-pid="${pid}"] video`);
      return video && video.videoWidth > 0;
    }, facPid, 'the member does not see the facilitator\'s video');
    await until(fac.page, (pid) => {
      const video = document.querySelector(`#room-tiles li[data-pid="${pid}"] video`);
      return video && video.videoWidth > 0;
    }, memPid, 'the facilitator does not see the member\'s video');
    await until(fac.page, (pid) => {
      const p = window.kindredRoom.state.room.participants.find((x) => x.pid === pid);
      return p && p.audio && p.video;
    }, memPid, 'the room does not show the member\'s microphone and camera as on');
  });

  await t.test('speaking time accrues and shows in the facilitator\'s fairness view', async () => {
    await until(mem.page, () => window.kindredRoom.spokenMs > 0, null, 'the member\'s page reported no speaking time', 20_000);
    await until(fac.page, () => window.kindredRoom.spokenMs > 0, null, 'the facilitator\'s page reported no speaking time', 20_000);
    await until(fac.page, (pid) => {
      const f = window.kindredRoom.state.fairness;
      return f && f.measure === 'speaking_ms' && f.participants.some((p) => p.pid === pid && p.spoken_ms > 0);
    }, memPid, 'the fairness figures show no speaking time for the member', 20_000);
    await until(fac.page, (pid) => {
      const cell = document.querySelector(`#room-fairness tr[data-pid="${pid}"] td`);
      return cell && cell.textContent !== '0:00';
    }, memPid, 'the fairness table shows no speaking time', 20_000);
    assert.equal(await mem.page.locator('#room-fairness').count(), 0, 'a member sees the fairness view');
  });

  await t.test('a chat message arrives at the other side', async () => {
    await mem.page.fill('#room-chat-input', CHAT_TEXT);
    await mem.page.press('#room-chat-input', 'Enter');
    await until(fac.page, (text) => document.getElementById('room-chat').textContent.includes(text), CHAT_TEXT,
      'the chat message did not arrive');
    const line = fac.page.locator('#room-chat .room-chat-line', { hasText: CHAT_TEXT });
    assert.match(await line.innerText(), new RegExp(fixtures.memberName));
    assert.equal(await mem.page.inputValue('#room-chat-input'), '', 'the input was not cleared');
    await fac.page.fill('#room-chat-input', 'Welcome, everyone.');
    await fac.page.click('#room-chat-send');
    await until(mem.page, () => document.getElementById('room-chat').textContent.includes('Welcome, everyone.'), null,
      'the facilitator\'s message did not arrive');
  });

  await t.test('"I need a break" reaches the facilitator privately', async () => {
    await mem.page.click('#room-wellbeing-break');
    await until(mem.page, () => document.getElementById('room-wellbeing-status').textContent.length > 0, null, 'no confirmation');
    await until(fac.page, (name) => document.getElementById('room-wellbeing-log').textContent.includes(name), fixtures.memberName,
      'the facilitator did not hear');
  });

  await t.test('a worrying chat message shows its writer crisis lines and alerts the facilitator', async () => {
    await mem.page.fill('#room-chat-input', 'i cant do this anymore im going to kill myself tonight');
    await mem.page.press('#room-chat-input', 'Enter');
    await until(mem.page, () => {
      const box = document.getElementById('room-safety');
      return box && !box.hidden && box.querySelectorAll('a[href^="tel:"]').length > 0;
    }, null, 'the writer saw no crisis lines');
    await until(fac.page, () => document.querySelector('#room-wellbeing-log .room-wellbeing-chat-urgent') !== null, null,
      'the facilitator was not alerted');
    const alert = await fac.page.locator('#room-wellbeing-log .room-wellbeing-chat-urgent').first().innerText();
    assert.match(alert, new RegExp(fixtures.memberName));
    assert.equal(await fac.page.locator('#room-safety').isHidden(), true, 'only the writer sees the crisis lines');
  });

  await t.test('screenshots mid-meeting (/tmp/room-facilitator.png, /tmp/room-member.png)', async () => {
    await fac.page.screenshot({ path: '/tmp/room-facilitator.png', fullPage: true });
    await mem.page.screenshot({ path: '/tmp/room-member.png', fullPage: true });
  });

  await t.test('the room has no axe-core violations mid-meeting', async () => {
    for (const [who, { page }] of [['facilitator', fac], ['member', mem]]) {
      const violations = await checkA11y(page);
      assert.deepEqual(violations, [], `axe-core violations in the ${who}'s room:\n${violations.join('\n')}`);
    }
  });

  await t.test('at 320px wide nothing needs sideways scrolling', async () => {
    await mem.page.setViewportSize({ width: 320, height: 800 });
    const width = await mem.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page is ${width}px wide at 320px`);
    await mem.page.screenshot({ path: '/tmp/room-member-320.png', fullPage: true });
    await mem.page.setViewportSize({ width: 1280, height: 900 });
  });

  await t.test('every control reached with Tab shows where focus is', async () => {
    await mem.page.focus('#room-rules-show');
    const trail = [];
    for (let i = 0; i < 25; i++) {
      await mem.page.keyboard.press('Tab');
      const focus = await focusState(mem.page);
      trail.push(`${focus.tag}#${focus.id ?? ''}`);
      assert.ok(focus.visible, `no visible focus on ${focus.tag}#${focus.id} "${focus.text}"`);
      if (focus.id === 'room-wellbeing-not-ok') return;
    }
    assert.fail(`"I'm not OK" not reached with Tab: ${trail.join(' ')}`);
  });

  await t.test('no script errors on either page', () => {
    assert.deepEqual(fac.errors, [], 'the facilitator\'s page');
    assert.deepEqual(mem.errors, [], 'the member\'s page');
  });
});

describe('the room in every language', () => {
  for (const { lang, dir } of LANGUAGES) {
    test(`${lang}: axe-core clean before and after "I'm ready", lang and dir set`, async (t) => {
      for (const [who, state] of [['facilitator', fixtures.adminState], ['member', fixtures.memberState]]) {
        const context = await browser.newContext({ storageState: state, permissions: ['microphone', 'camera'] });
        t.after(() => context.close());
        const page = await context.newPage();
        const response = await page.goto(`${server.url}${fixtures.roomPath}?lang=${lang}`);
        assert.equal(response.status(), 200);
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
        assert.equal(await page.locator('h1').count(), 1);
        let violations = await checkA11y(page);
        assert.deepEqual(violations, [], `axe-core, ${who}, ground rules, ${lang}:\n${violations.join('\n')}`);
        await page.click('#room-ready');
        await page.waitForFunction(() => window.kindredRoom?.state.connected && window.kindredRoom.state.room, null, { timeout: 15_000 });
        await page.click('#room-mic');
        await page.waitForFunction(() => window.kindredRoom.state.mic);
        violations = await checkA11y(page);
        assert.deepEqual(violations, [], `axe-core, ${who}, in the room, ${lang}:\n${violations.join('\n')}`);
        // Every string the script uses arrived translated (or in English), never as an id.
        const text = await page.locator('#room-live').innerText();
        assert.doesNotMatch(text, /room-js-/, `a string id shows in ${lang}`);
        await context.close();
      }
    });
  }
});

test('with the waiting room on, a newcomer waits until the facilitator lets them in', async (t) => {
  const fac = await enterRoom(fixtures.adminState);
  t.after(() => fac.context.close());
  await fac.page.click('#room-lobby');
  await until(fac.page, () => window.kindredRoom.state.room.lobby === true, null, 'the waiting room did not turn on');
  assert.equal(await fac.page.getAttribute('#room-lobby', 'aria-pressed'), 'true');

  const newcomer = await enterRoom(fixtures.newcomerState);
  t.after(() => newcomer.context.close());
  assert.equal(await newcomer.page.evaluate(() => window.kindredRoom.state.me.waiting), true, 'the newcomer is not waiting');
  assert.ok(await newcomer.page.locator('#room-waiting').isVisible(), 'no waiting-room message');
  assert.ok(await newcomer.page.locator('#room-main').isHidden(), 'the room shows to someone waiting');
  assert.ok(await newcomer.page.locator('#room-mic').isHidden());

  const admit = fac.page.locator('#room-waiting-list button[data-action="admit"]');
  await admit.waitFor({ state: 'visible' });
  for (const [who, page] of [['facilitator', fac.page], ['newcomer', newcomer.page]]) {
    const violations = await checkA11y(page);
    assert.deepEqual(violations, [], `axe-core violations for the ${who} with someone waiting:\n${violations.join('\n')}`);
  }
  assert.match(await admit.innerText(), new RegExp(fixtures.newcomerName));
  await admit.click();
  await until(newcomer.page, () => !window.kindredRoom.state.me.waiting, null, 'the newcomer was not let in');
  await newcomer.page.locator('#room-main').waitFor({ state: 'visible' });
  assert.ok(await newcomer.page.locator('#room-waiting').isHidden());
  await until(newcomer.page, () => /in\. Welcome/.test(document.getElementById('room-alert').textContent), null,
    'the newcomer was not told they are in');
  await until(fac.page, () => !document.querySelector('#room-waiting-list button[data-action="admit"]'), null,
    'the newcomer still shows as waiting');

  await fac.page.click('#room-lobby');
  await until(fac.page, () => window.kindredRoom.state.room.lobby === false, null, 'the waiting room did not turn off');
  assert.deepEqual(newcomer.errors, []);
  assert.deepEqual(fac.errors, []);
});

test('the facilitator ends the meeting; both pages say so and the room closes', async (t) => {
  const fac = await enterRoom(fixtures.adminState);
  t.after(() => fac.context.close());
  const mem = await enterRoom(fixtures.memberState);
  t.after(() => mem.context.close());
  fac.page.once('dialog', (dialog) => dialog.accept());
  await fac.page.click('#room-end');
  for (const { page } of [fac, mem]) {
    await page.locator('#room-ended').waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(await page.locator('#room-main').isHidden(), 'the room stays on show after the end');
  }
  // The page does not keep trying to reconnect to a room that has ended.
  await mem.page.waitForTimeout(1500);
  assert.equal(await mem.page.evaluate(() => window.kindredRoom.state.connected), false);
  const response = await mem.page.goto(`${server.url}${fixtures.roomPath}`);
  assert.equal(response.status(), 200);
  assert.equal(await mem.page.locator('#room').count(), 0, 'the room page still opens after the end');
});
