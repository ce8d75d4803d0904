// Live meeting rooms across server instances (docs/rooms.md, "How the room works inside"):
// two `kindred serve` processes share one PostgreSQL database, as two instances behind a load
// balancer would. The facilitator is in the room on instance A, the member on instance B.
// Presence, the hand queue, a go-round, the agenda, WebRTC signalling, chat and the
// facilitator's fairness view all have to cross between the instances through the room's
// log and NOTIFY, since neither process holds the other's connections.
// Runs only with KINDRED_TEST_DATABASE_URL set to a PostgreSQL database (SQLite is one file
// per server, so two servers cannot share it here); otherwise it is skipped.
// Run: (cd tests/browser && KINDRED_TEST_DATABASE_URL=postgres://... node --test room-instances.test.mjs)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchBrowser, logIn, signedInAccount, startServer, submitMainForm } from './helpers.mjs';
import { connectedPeers, londonLocal, until } from './room-helpers.mjs';

/** An open demo group (so no lobby), run by the administrator like every group. */
const GROUP = 'cardiff-anxiety-cafe';
const CHAT_TEXT = 'Hello from the other instance.';
const CHAT_REPLY = 'Heard you across instances.';

const DATABASE_URL = process.env.KINDRED_TEST_DATABASE_URL;
const SKIP = !DATABASE_URL
  ? 'KINDRED_TEST_DATABASE_URL is not set: two server instances need a shared PostgreSQL database'
  : !/^postgres(ql)?:\/\//i.test(DATABASE_URL)
    ? 'KINDRED_TEST_DATABASE_URL is not a PostgreSQL URL (postgres:// or postgresql://)'
    : false;

/** Local date and time in Europe/London, `minutes` from now, as the series API wants it. */

test('the live room works with the facilitator and the member on different server instances', { skip: SKIP, timeout: 90_000 }, async (t) => {
  let browser;
  const servers = [];
  t.after(async () => {
    await browser?.close();
    // Stops whatever the last step did not (stop() is a no-op for a stopped server but its
    // directory); B first, so A is the last to leave.
    for (const server of servers.reverse()) await server.stop().catch(() => {});
  });

  // One after the other: the second one's demo data finds the first one's already there.
  const a = await startServer({}, { admin: true });
  servers.push(a);
  const b = await startServer();
  servers.push(b);
  assert.notEqual(a.url, b.url, 'the two servers share an address');
  browser = await launchBrowser({ media: true });

  /** Runs `fn(page)` in a fresh context (with `storageState` when given), then closes it. */
  async function withPage(options, fn) {
    const context = await browser.newContext(options);
    try {
      return await fn(await context.newPage());
    } finally {
      await context.close();
    }
  }

  // The facilitator (the administrator, who runs every group) signs in on A.
  const adminState = await withPage({}, async (page) => {
    await logIn(page, a, a.admin);
    return page.context().storageState();
  });

  // The member signs up on A and joins the group there, accepting its agreement.
  const member = await signedInAccount(browser, a, 'instances-member');
  const memberName = member.account.pseudonym;
  await withPage({ storageState: member.storageState }, async (page) => {
    await page.goto(`${a.url}/groups/${GROUP}/join`);
    await page.check('#field-accept');
    const response = await submitMainForm(page);
    assert.equal(response.status(), 200, `joining ${GROUP}: ${await page.locator('main').innerText()}`);
    assert.equal(await page.locator(`form[action="/groups/${GROUP}/leave"]`).count(), 1, `not a member of ${GROUP}`);
  });

  // An online meeting starting in five minutes (its room is open now), created on A, with a
  // format so there is an agenda.
  const meetingId = await withPage({ storageState: adminState }, async (page) => {
    const response = await page.request.post(`${a.url}/api/v1/groups/${GROUP}/series`, {
      data: {
        title: 'Live room across instances (browser test)',
        starts_at: londonLocal(5),
        duration_minutes: 60,
        place: 'online',
        online: { dial_in: '0300 123 4567' },
        format: 'builtin:open-sharing',
      },
    });
    assert.equal(response.status(), 201, `creating the meeting on A: ${await response.text()}`);
    const series = await response.json();
    const id = series.upcoming?.[0]?.id;
    assert.ok(id, `no upcoming meeting in ${JSON.stringify(series)}`);
    return id;
  });
  const roomPath = `/meetings/${meetingId}/room`;

  /**
   * Opens the room on `server` in `context` and goes in past the ground rules. Returns
   * { page, errors, sockets } (errors: uncaught exceptions; sockets: WebSocket URLs opened).
   */
  async function enterRoom(context, server) {
    const page = await context.newPage();
    const errors = [];
    const sockets = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    const response = await page.goto(`${server.url}${roomPath}?lang=en`);
    assert.equal(response.status(), 200, `opening the room on ${server.url}: ${await page.locator('main').innerText()}`);
    assert.ok(await page.locator('#room-rules').isVisible(), 'the ground rules are not shown on entry');
    await page.click('#room-ready');
    await page.waitForFunction(() => window.kindredRoom?.state.connected && window.kindredRoom.state.room,
      null, { timeout: 15_000 });
    return { page, errors, sockets };
  }

  const contextOptions = { viewport: { width: 1280, height: 900 }, permissions: ['microphone', 'camera'] };
  const facContext = await browser.newContext({ ...contextOptions, storageState: adminState });
  // The member's context starts with no cookies and signs in on B: the account and the
  // session live in the shared database, not in either process.
  const memContext = await browser.newContext(contextOptions);
  await logIn(await memContext.newPage(), b, member.account);

  const fac = await enterRoom(facContext, a);
  const mem = await enterRoom(memContext, b);
  const facPid = await fac.page.evaluate(() => window.kindredRoom.state.me.pid);
  const memPid = await mem.page.evaluate(() => window.kindredRoom.state.me.pid);
  assert.notEqual(facPid, memPid);
  assert.equal(await fac.page.evaluate(() => window.kindredRoom.state.me.role), 'facilitator');
  assert.equal(await mem.page.evaluate(() => window.kindredRoom.state.me.role), 'member');

  await t.test('each page talks to its own server', () => {
    const wsOrigin = (server) => server.url.replace(/^http/, 'ws');
    assert.ok(fac.sockets.length > 0 && fac.sockets.every((u) => u.startsWith(`${wsOrigin(a)}/meetings/${meetingId}/ws`)),
      `the facilitator's WebSockets: ${fac.sockets.join(', ')} (expected only ${wsOrigin(a)})`);
    assert.ok(mem.sockets.length > 0 && mem.sockets.every((u) => u.startsWith(`${wsOrigin(b)}/meetings/${meetingId}/ws`)),
      `the member's WebSockets: ${mem.sockets.join(', ')} (expected only ${wsOrigin(b)})`);
  });

  await t.test('each sees the other present', async () => {
    await until(fac.page, (pid) => document.querySelector(`#room-people li[data-pid="${pid}"]`), memPid,
      'the member (on B) is not in the facilitator\'s list (on A)');
    await until(mem.page, (pid) => document.querySelector(`#room-people li[data-pid="${pid}"]`), facPid,
      'the facilitator (on A) is not in the member\'s list (on B)');
    assert.match(await fac.page.locator(`#room-people li[data-pid="${memPid}"]`).innerText(), new RegExp(memberName));
    assert.match(await mem.page.locator(`#room-people li[data-pid="${facPid}"]`).innerText(), /facilitator/);
  });

  await t.test('the member raises a hand on B; the facilitator on A sees it and calls them', async () => {
    await mem.page.click('#room-hand');
    await until(mem.page, () => document.getElementById('room-hand').getAttribute('aria-pressed') === 'true', null,
      'the hand button is not pressed');
    await until(fac.page, (pid) => document.querySelector(`#room-hands li[data-pid="${pid}"]`), memPid,
      'the facilitator does not see the raised hand');
    assert.match(await fac.page.locator(`#room-hands li[data-pid="${memPid}"]`).innerText(), new RegExp(memberName));
    await fac.page.click('#room-call-next');
    await until(mem.page, (pid) => window.kindredRoom.state.room.speaking === pid, memPid, 'the member was not called');
    await until(fac.page, () => document.querySelectorAll('#room-hands li').length === 0, null, 'the queue did not empty');
  });

  await t.test('a go-round: both take their turn', async () => {
    await fac.page.fill('#room-round-seconds', '60');
    await fac.page.click('#room-round-start');
    const order = await until(mem.page, () => window.kindredRoom.state.room.round?.order, null,
      'the member did not see the go-round start');
    assert.deepEqual([...order].sort(), [facPid, memPid].sort(), 'the round is not of the two people present');
    const byPid = { [facPid]: fac.page, [memPid]: mem.page };
    const seen = [];
    for (let turn = 0; turn < 2; turn++) {
      const current = await until(fac.page, (prev) => {
        const c = window.kindredRoom.state.room.round?.current;
        return c && c !== prev ? c : null;
      }, seen.at(-1) ?? null, `no turn ${turn + 1}`);
      assert.ok(!seen.includes(current), `${current} has a second turn`);
      seen.push(current);
      const page = byPid[current];
      await page.locator('#room-round-mine').waitFor({ state: 'visible' });
      await page.click('#room-round-done');
    }
    for (const page of [fac.page, mem.page]) {
      await until(page, () => window.kindredRoom.state.room.round === null, null, 'the round did not end');
    }
    assert.deepEqual([...seen].sort(), [facPid, memPid].sort());
  });

  await t.test('the facilitator on A starts the agenda; the member on B sees the segment', async () => {
    await fac.page.click('#room-agenda-start');
    await until(mem.page, () => window.kindredRoom.state.room.agenda?.index === 0, null, 'the agenda did not start');
    assert.match(await mem.page.locator('#room-agenda').innerText(), /Now: Welcome and group agreement/);
  });

  await t.test('both turn on microphone and camera and connect over WebRTC', async () => {
    for (const { page } of [fac, mem]) {
      await page.click('#room-mic');
      await until(page, () => document.getElementById('room-mic').getAttribute('aria-pressed') === 'true', null, 'the microphone did not turn on');
      await page.click('#room-camera');
      await until(page, () => document.getElementById('room-camera').getAttribute('aria-pressed') === 'true', null, 'the camera did not turn on');
    }
    await until(fac.page, connectedPeers, null, 'the facilitator\'s peer connection (A) did not connect', 30_000);
    await until(mem.page, connectedPeers, null, 'the member\'s peer connection (B) did not connect', 30_000);
    assert.deepEqual(await fac.page.evaluate(() => [...window.kindredRoom.peers.keys()]), [memPid]);
    assert.deepEqual(await mem.page.evaluate(() => [...window.kindredRoom.peers.keys()]), [facPid]);
    await until(fac.page, (pid) => {
      const p = window.kindredRoom.state.room.participants.find((x) => x.pid === pid);
      return p && p.audio && p.video;
    }, memPid, 'the room on A does not show the member\'s microphone and camera as on');
  });

  await t.test('chat crosses both ways', async () => {
    await mem.page.fill('#room-chat-input', CHAT_TEXT);
    await mem.page.press('#room-chat-input', 'Enter');
    await until(fac.page, (text) => document.getElementById('room-chat').textContent.includes(text), CHAT_TEXT,
      'the member\'s message (B) did not reach the facilitator (A)');
    const line = fac.page.locator('#room-chat .room-chat-line', { hasText: CHAT_TEXT });
    assert.match(await line.innerText(), new RegExp(memberName));
    await fac.page.fill('#room-chat-input', CHAT_REPLY);
    await fac.page.click('#room-chat-send');
    await until(mem.page, (text) => document.getElementById('room-chat').textContent.includes(text), CHAT_REPLY,
      'the facilitator\'s message (A) did not reach the member (B)');
  });

  await t.test('the facilitator\'s fairness view on A counts the member on B', async (st) => {
    const row = await until(fac.page, (pid) => {
      const f = window.kindredRoom.state.fairness;
      const p = f?.participants.find((x) => x.pid === pid);
      return p && (p.spoken_ms > 0 || p.contributions > 0) ? { measure: f.measure, ...p } : null;
    }, memPid, 'the fairness figures show neither speaking time nor contributions for the member', 20_000);
    st.diagnostic(`fairness for the member, first seen: measure ${row.measure}, spoken ${row.spoken_ms} ms, contributions ${row.contributions}`);
    // Both of the member's contributions on B count on A: the go-round turn taken and the
    // chat line (the figures go out at most once a second, so the chat may come a little later).
    const both = await until(fac.page, (pid) => {
      const p = window.kindredRoom.state.fairness?.participants.find((x) => x.pid === pid);
      return p && p.contributions >= 2 ? p : null;
    }, memPid, 'the fairness figures do not count both the member\'s go-round turn and chat line', 5_000);
    st.diagnostic(`fairness for the member, later: spoken ${both.spoken_ms} ms, contributions ${both.contributions}`);
    await until(fac.page, (pid) => {
      const cells = document.querySelectorAll(`#room-fairness tr[data-pid="${pid}"] td`);
      return cells.length >= 2 && (cells[0].textContent !== '0:00' || cells[1].textContent !== '0');
    }, memPid, 'the fairness table shows no speaking time or contributions for the member', 20_000);
    assert.equal(await mem.page.locator('#room-fairness').count(), 0, 'a member sees the fairness view');
  });

  await t.test('no script errors on either page', () => {
    assert.deepEqual(fac.errors, [], 'the facilitator\'s page');
    assert.deepEqual(mem.errors, [], 'the member\'s page');
  });

  await t.test('both servers stop cleanly', async () => {
    await facContext.close();
    await memContext.close();
    await browser.close();
    browser = undefined;
    for (const server of [b, a]) {
      await server.stop();
      servers.splice(servers.indexOf(server), 1);
    }
  });
});
