// Live meeting room: the page's side of the protocol in docs/rooms.md (version 1).
// No framework and no build step. Everything said or shown stays between browsers (WebRTC,
// full mesh); the server sees only the room's shared state, the chat, and how long each
// person's talk spurts were (measured here from the microphone level, never the sound).
(() => {
  'use strict';

  const root = document.getElementById('room');
  if (!root) return;
  const $ = (id) => document.getElementById(id);
  const meetingId = root.dataset.meeting || '';
  const isFacilitatorPage = Boolean($('room-facilitator'));
  const lang = document.documentElement.lang || 'en';
  // Times and numbers as the rest of the site writes them (English here is British: 19:05).
  const locale = lang === 'en' ? 'en-GB' : lang;

  // ------------------------------------------------------------------------------------------
  // Strings: the server ships every `room-js-*` message as it is; placeholders such as
  // `{ $name }` (or `{$name}`, as Fluent writes an unset variable) are filled in here.

  let strings = {};
  try {
    strings = JSON.parse(($('room-strings') || {}).textContent || '{}') || {};
  } catch (_) {
    strings = {};
  }

  function has(key) {
    return Object.prototype.hasOwnProperty.call(strings, 'room-js-' + key);
  }

  function t(key, vars) {
    let text = has(key) ? String(strings['room-js-' + key]) : 'room-js-' + key;
    if (vars) {
      text = text.replace(/\{\s*\$([A-Za-z_][\w-]*)\s*\}/g, (whole, name) =>
        (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
    }
    return text;
  }

  const clock = (ms) => {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const m = Math.floor(total / 60);
    const s = total % 60;
    return `${m}:${String(s).padStart(2, '0')}`;
  };
  let timeFormat;
  try {
    timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  } catch (_) {
    timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
  }
  const numberFormat = (options) => {
    try { return new Intl.NumberFormat(locale, options); } catch (_) { return new Intl.NumberFormat('en', options); }
  };
  const shareFormat = numberFormat({ style: 'percent', maximumFractionDigits: 0 });
  const balanceFormat = numberFormat({ maximumFractionDigits: 2 });

  /** Makes an element: el('p', {className: 'x', text: 'y'}, child, ...). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key === 'hidden') node.hidden = Boolean(value);
      else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'type' || key === 'id') node.setAttribute(key, value === true ? 'true' : String(value));
      else node[key] = value;
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /**
   * Re-renders a container without losing keyboard focus: controls made by the renderer carry
   * a `data-key`, and the one that had focus gets it back.
   */
  function rerender(container, build) {
    const active = document.activeElement;
    const inside = Boolean(active && active !== container && container.contains(active));
    const key = inside ? active.getAttribute('data-key') : null;
    container.replaceChildren(...build().filter(Boolean));
    if (!inside) return;
    const again = key ? container.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
    if (again) {
      again.focus();
    } else {
      // The control is gone (say, "Move up" on someone now first): keep focus nearby
      // rather than let it fall back to the top of the page.
      container.setAttribute('tabindex', '-1');
      container.focus();
    }
  }

  // ------------------------------------------------------------------------------------------
  // State, exposed for tests as window.kindredRoom.

  const state = {
    me: null, // { pid, name, role, waiting }
    room: null,
    chat: [],
    fairness: null,
    iceServers: [],
    offset: 0, // server clock minus ours, in ms
    connected: false,
    ended: false,
    removed: false,
    mic: false,
    camera: false,
  };
  const api = { state, peers: new Map(), spokenMs: 0 };
  window.kindredRoom = api;

  const serverNow = () => Date.now() + state.offset;
  const myPid = () => (state.me ? state.me.pid : null);
  const participant = (pid) => (state.room && state.room.participants || []).find((p) => p.pid === pid);
  const nameOf = (pid) => {
    const p = participant(pid);
    return p ? p.name : '?';
  };
  const admitted = () => Boolean(state.me && !state.me.waiting && !state.ended && !state.removed);

  // ------------------------------------------------------------------------------------------
  // Announcements and status

  const statusEl = $('room-status');
  const alertEl = $('room-alert');
  let lastAnnounced = { text: '', at: 0 };
  let alertTimer = 0;
  let alertAbout = ''; // 'turn' or 'called': cleared when that is over

  function setStatus(text) {
    if (statusEl && statusEl.textContent !== text) statusEl.textContent = text;
  }

  /** Says something important (visibly, and to screen readers); repeats within 3 s are dropped. */
  function announce(text, about) {
    if (!alertEl || !text) return;
    alertAbout = about || '';
    const now = Date.now();
    if (lastAnnounced.text === text && now - lastAnnounced.at < 3000) return;
    lastAnnounced = { text, at: now };
    alertEl.textContent = '';
    clearTimeout(alertTimer);
    // A fresh text node after a moment, so that the same words are announced again.
    setTimeout(() => { if (lastAnnounced.text === text) alertEl.textContent = text; }, 60);
    alertTimer = setTimeout(() => { if (alertEl.textContent === text) alertEl.textContent = ''; }, 20000);
  }

  // ------------------------------------------------------------------------------------------
  // The connection: reconnects 1, 2, 4 ... 30 s apart; nothing is queued while it is down,
  // so nothing stale is sent after a reconnect (the server's `welcome` is the truth).

  let ws = null;
  let attempt = 0;
  let reconnectTimer = 0;
  let pingTimer = 0;

  // Outgoing messages are paced under the server's limit (20 a second, bursts of 40).
  const bucket = { tokens: 30, at: Date.now() };
  let outQueue = [];
  let drainTimer = 0;

  function wsUrl() {
    return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host +
      '/meetings/' + encodeURIComponent(meetingId) + '/ws';
  }

  function connect() {
    clearTimeout(reconnectTimer);
    if (state.ended || state.removed) return;
    setStatus(t('connecting'));
    let socket;
    try {
      socket = new WebSocket(wsUrl());
    } catch (_) {
      scheduleReconnect();
      return;
    }
    ws = socket;
    socket.addEventListener('open', () => {
      if (ws !== socket) return;
      clearInterval(pingTimer);
      pingTimer = setInterval(() => send('ping'), 20000);
    });
    socket.addEventListener('message', (event) => {
      if (ws !== socket || typeof event.data !== 'string') return;
      let msg;
      try { msg = JSON.parse(event.data); } catch (_) { return; }
      if (!msg || typeof msg !== 'object' || (msg.v !== undefined && msg.v !== 1)) return;
      try {
        handle(msg);
      } catch (err) {
        // One bad message must not stop the room.
        console.error('kindred room: could not handle', msg.type, err);
      }
    });
    socket.addEventListener('close', () => {
      if (ws !== socket) return;
      ws = null;
      state.connected = false;
      clearInterval(pingTimer);
      outQueue = [];
      if (state.ended || state.removed) {
        setStatus(t('closed'));
      } else {
        scheduleReconnect();
      }
      renderAll();
    });
  }

  function scheduleReconnect() {
    clearTimeout(reconnectTimer);
    const seconds = Math.min(30, 2 ** attempt);
    attempt += 1;
    setStatus(t('reconnecting', { seconds }));
    reconnectTimer = setTimeout(connect, seconds * 1000);
  }

  window.addEventListener('online', () => {
    if (!ws && !state.ended && !state.removed && started) {
      attempt = 0;
      connect();
    }
  });

  /** Sends a command if connected; returns whether it went (or is about to, paced). */
  function send(type, fields) {
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    const text = JSON.stringify(Object.assign({ v: 1, type }, fields || {}));
    if (outQueue.length > 0 || !takeToken()) {
      if (outQueue.length >= 200) return false;
      outQueue.push(text);
      scheduleDrain();
      return true;
    }
    ws.send(text);
    return true;
  }

  function takeToken() {
    const now = Date.now();
    bucket.tokens = Math.min(30, bucket.tokens + ((now - bucket.at) / 1000) * 15);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  function scheduleDrain() {
    if (drainTimer) return;
    drainTimer = setTimeout(() => {
      drainTimer = 0;
      while (outQueue.length > 0 && ws && ws.readyState === WebSocket.OPEN && takeToken()) {
        ws.send(outQueue.shift());
      }
      if (outQueue.length > 0) scheduleDrain();
    }, 70);
  }

  // ------------------------------------------------------------------------------------------
  // Messages from the server

  function handle(msg) {
    switch (msg.type) {
      case 'welcome': onWelcome(msg); break;
      case 'room':
        setClock(msg.server_time);
        if (msg.room) applyRoom(msg.room);
        break;
      case 'chat': if (msg.line) addChatLine(msg.line, true); break;
      case 'fairness':
        state.fairness = msg.fairness || null;
        renderFairness();
        break;
      case 'notice': onNotice(msg.kind); break;
      case 'wellbeing': onWellbeing(msg); break;
      case 'safety': onSafety(msg); break;
      case 'signal': onSignal(msg.from, msg.data); break;
      case 'error': onError(msg); break;
      case 'pong': break;
      default: break;
    }
  }

  /** RTCIceServer objects; a bare URL is accepted too, and anything else is left out. */
  function iceServers(list) {
    if (!Array.isArray(list)) return [];
    return list.map((s) => (typeof s === 'string' ? { urls: s } : s))
      .filter((s) => s && (typeof s.urls === 'string' || Array.isArray(s.urls)));
  }

  function setClock(serverTime) {
    if (typeof serverTime === 'number' && Number.isFinite(serverTime)) state.offset = serverTime - Date.now();
  }

  function onWelcome(msg) {
    const wasWaiting = Boolean(state.me && state.me.waiting);
    const hadWelcome = Boolean(state.me);
    state.me = Object.assign({}, msg.you || {});
    state.connected = true;
    attempt = 0;
    setClock(msg.server_time);
    state.iceServers = iceServers(msg.ice_servers);
    if (Object.prototype.hasOwnProperty.call(msg, 'fairness')) state.fairness = msg.fairness || null;
    setStatus(t('connected'));
    renderChatAll(Array.isArray(msg.chat) ? msg.chat : []);
    if (msg.room) applyRoom(msg.room, true);
    if (state.me.waiting && !wasWaiting) announce(t('announce-waiting'));
    if (!state.me.waiting && wasWaiting && hadWelcome) announce(t('announce-admitted'));
    announceMediaIfChanged(true);
    renderFairness();
  }

  function applyRoom(room, fresh) {
    const before = state.room;
    room.participants = Array.isArray(room.participants) ? room.participants : [];
    room.hands = Array.isArray(room.hands) ? room.hands : [];
    state.room = room;
    const me = myPid();
    const mine = room.participants.find((p) => p.pid === me);
    // Waiting people are listed only to facilitators, so an entry that says "not waiting" is
    // the sign of having been let in.
    if (state.me && mine && state.me.waiting && !mine.waiting) {
      state.me.waiting = false;
      announce(t('announce-admitted'));
    }
    if (before && !fresh && me) {
      if (room.speaking === me && before.speaking !== me) announce(t('announce-called'), 'called');
      const nowTurn = room.round && room.round.current === me;
      const wasTurn = before.round && before.round.current === me;
      if (nowTurn && !wasTurn) announce(t('announce-turn'), 'turn');
    }
    // "It's your turn" must not outlive the turn.
    if ((alertAbout === 'turn' && !(room.round && room.round.current === me)) ||
        (alertAbout === 'called' && room.speaking !== me)) {
      alertAbout = '';
      lastAnnounced = { text: '', at: 0 };
      alertEl.textContent = '';
    }
    if (room.status === 'ended') {
      onEnded();
      return;
    }
    if (room.media === 'audio' && state.camera) {
      stopCamera();
      attachTracksToAll();
      sendMedia();
      announce(t('audio-only'));
    }
    renderAll();
    reconcilePeers();
  }

  function onNotice(kind) {
    switch (kind) {
      case 'asked_to_mute':
        announce(t('announce-asked-to-mute'));
        break;
      case 'turn':
        announce(t('announce-turn'), 'turn');
        break;
      case 'called':
        announce(t('announce-called'), 'called');
        break;
      case 'admitted':
        if (state.me) state.me.waiting = false;
        announce(t('announce-admitted'));
        renderAll();
        reconcilePeers();
        break;
      case 'waiting':
        if (state.me) state.me.waiting = true;
        announce(t('announce-waiting'));
        renderAll();
        break;
      case 'locked':
        $('room-locked').hidden = false;
        announce(t('announce-locked'));
        break;
      case 'ended':
        onEnded();
        break;
      case 'removed':
        state.removed = true;
        announce(t('announce-removed'));
        shutDown();
        break;
      default:
        break;
    }
  }

  function onEnded() {
    if (state.ended) return;
    state.ended = true;
    announce(t('announce-ended'));
    shutDown();
  }

  /** The meeting is over for this page: no media, no peers, no reconnecting. */
  function shutDown() {
    clearTimeout(reconnectTimer);
    stopMic();
    stopCamera();
    for (const pid of [...conns.keys()]) closePeer(pid);
    if (ws) {
      const socket = ws;
      ws = null;
      try { socket.close(1000); } catch (_) { /* already closed */ }
    }
    clearInterval(pingTimer);
    state.connected = false;
    setStatus(t('closed'));
    renderAll();
  }

  function onWellbeing(msg) {
    const log = $('room-wellbeing-log');
    if (!log) return;
    const kinds = { not_ok: 'not-ok', chat_concern: 'chat-concern', chat_urgent: 'chat-urgent' };
    const kind = kinds[msg.kind] || 'break';
    const text = t('wellbeing-' + kind, { name: msg.name || nameOf(msg.pid) });
    const at = typeof msg.at === 'number' ? new Date(msg.at) : new Date();
    log.prepend(el('li', { className: 'room-wellbeing-' + kind },
      el('time', { dateTime: at.toISOString(), text: timeFormat.format(at) }), ' ', text));
    $('room-wellbeing-none').hidden = true;
    announce(text);
  }

  // The crisis screen thought something this person wrote may mean they are at risk: show
  // them, at once and only them, who they can talk to now.
  function onSafety(msg) {
    const box = $('room-safety');
    if (!box) return;
    box.textContent = '';
    const list = el('ul', {});
    for (const line of (msg.lines || [])) {
      list.append(el('li', {}, el('a', { href: line.href, text: line.name }), ' ', line.how));
    }
    const close = el('button', { type: 'button', className: 'button-secondary', text: t('safety-close') });
    close.addEventListener('click', () => { box.hidden = true; });
    box.append(
      el('p', { text: t(msg.level === 'urgent' ? 'safety-urgent' : 'safety-concern') }),
      list,
      el('p', {}, el('a', { href: '/crisis', text: t('safety-more') })),
      close,
    );
    box.hidden = false;
  }

  function onError(msg) {
    // Refusals that mean this page cannot take part (sent when joining, before the server
    // closes the connection): say so instead of retrying blindly.
    if (msg.code === 'ended') { onEnded(); return; }
    if (msg.code === 'removed') { onNotice('removed'); return; }
    if (msg.code === 'locked') { onNotice('locked'); return; }
    const code = typeof msg.code === 'string' ? msg.code.replace(/_/g, '-') : 'other';
    const text = has('error-' + code) ? t('error-' + code) : t('error-other');
    if (msg.code === 'chat_paused' || msg.code === 'too_large') showChatNote(text);
    announce(text);
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  function renderAll() {
    if (!state.room) {
      renderBanners();
      return;
    }
    renderBanners();
    renderPeople();
    renderHands();
    renderRound();
    renderAgenda();
    renderChatState();
    renderFacilitator();
    renderMediaState();
    renderTiles();
    renderTimers();
  }

  function renderBanners() {
    const waiting = Boolean(state.me && state.me.waiting) && !state.ended && !state.removed;
    $('room-waiting').hidden = !waiting;
    $('room-ended').hidden = !state.ended;
    $('room-removed').hidden = !state.removed;
    if (admitted()) $('room-locked').hidden = true;
    const over = state.ended || state.removed;
    $('room-main').hidden = over || waiting;
    const tools = $('room-facilitator');
    if (tools) tools.hidden = over;
  }

  function presentPeople() {
    return (state.room ? state.room.participants : []).filter((p) => p.present && !p.waiting);
  }

  function personState(p) {
    const bits = [];
    if (p.role && p.role !== 'member') bits.push(t('role-facilitator'));
    if (state.room && state.room.hands.includes(p.pid)) bits.push(t('hand-up'));
    if (p.audio) bits.push(t('mic-on'));
    if (p.video) bits.push(t('camera-on'));
    return bits.join(' · ');
  }

  function renderPeople() {
    const me = myPid();
    const people = presentPeople();
    rerender($('room-people'), () => people.map((p) => {
      const actions = isFacilitatorPage && p.pid !== me ? el('span', { className: 'room-person-actions' },
        el('button', { type: 'button', className: 'button-secondary room-small', 'data-action': 'ask_mute', 'data-pid': p.pid, 'data-key': 'mute-' + p.pid, text: t('ask-mute', { name: p.name }) }),
        el('button', { type: 'button', className: 'button-danger room-small', 'data-action': 'remove', 'data-pid': p.pid, 'data-key': 'remove-' + p.pid, text: t('remove', { name: p.name }) })) : null;
      const extra = personState(p);
      return el('li', { 'data-pid': p.pid, className: p.pid === me ? 'room-person room-me' : 'room-person' },
        el('span', { className: 'room-person-name', text: p.name }),
        p.pid === me ? el('span', { className: 'room-you', text: ' ' + t('you') }) : null,
        extra ? el('span', { className: 'room-person-state', text: extra }) : null,
        actions);
    }).concat(people.length <= 1 ? [el('li', { className: 'muted', text: t('nobody-here') })] : []));

    const waitingBox = $('room-waiting-list');
    if (!isFacilitatorPage) {
      waitingBox.replaceChildren();
      return;
    }
    const waiting = (state.room ? state.room.participants : []).filter((p) => p.present && p.waiting);
    rerender(waitingBox, () => (waiting.length === 0 && !state.room.lobby ? [] : [
      el('h3', { text: t('waiting-list') }),
      waiting.length === 0
        ? el('p', { className: 'muted', text: t('nobody-waiting') })
        : el('ul', { className: 'room-people' }, ...waiting.map((p) => el('li', { 'data-pid': p.pid, className: 'room-person' },
          el('span', { className: 'room-person-name', text: p.name }),
          el('span', { className: 'room-person-actions' },
            el('button', { type: 'button', className: 'room-small', 'data-action': 'admit', 'data-pid': p.pid, 'data-key': 'admit-' + p.pid, text: t('admit', { name: p.name }) }))))),
    ]));
  }

  function renderHands() {
    const room = state.room;
    const me = myPid();
    const hands = room.hands;
    rerender($('room-hands'), () => hands.map((pid, i) => el('li', { 'data-pid': pid },
      nameOf(pid), pid === me ? ' ' + t('you') : '',
      isFacilitatorPage && i > 0 ? el('button', {
        type: 'button', className: 'button-secondary room-small room-move-up', 'data-action': 'move_hand', 'data-pid': pid,
        'data-to': String(i - 1), 'data-key': 'up-' + pid, text: t('move-up', { name: nameOf(pid) }),
      }) : null)));
    $('room-hands-empty').textContent = hands.length === 0 ? t('hands-empty') : '';
    $('room-hand').setAttribute('aria-pressed', hands.includes(me) ? 'true' : 'false');
    const speaking = $('room-speaking');
    speaking.hidden = !room.speaking;
    speaking.textContent = room.speaking ? t('speaking-now', { name: nameOf(room.speaking) + (room.speaking === me ? ' ' + t('you') : '') }) : '';
  }

  function renderRound() {
    const round = state.room.round;
    const me = myPid();
    const box = $('room-round');
    const mine = $('room-round-mine');
    if (!round || !Array.isArray(round.order)) {
      rerender(box, () => [el('p', { className: 'muted', text: t('round-none') })]);
      mine.hidden = true;
      return;
    }
    const done = new Set(round.done || []);
    const passed = new Set(round.passed || []);
    rerender(box, () => [
      round.current ? el('p', { className: 'room-now', text: t('round-turn', { name: nameOf(round.current) + (round.current === me ? ' ' + t('you') : '') }) }) : null,
      round.current ? el('p', { className: 'room-timer', id: 'room-round-timer', role: 'timer' }) : null,
      el('ol', { className: 'room-order' }, ...round.order.map((pid) => {
        let status = t('round-waiting');
        let cls = 'room-step';
        if (pid === round.current) { status = t('round-speaking'); cls += ' room-step-current'; }
        else if (passed.has(pid)) { status = t('round-passed'); cls += ' room-step-over'; }
        else if (done.has(pid)) { status = t('round-done'); cls += ' room-step-over'; }
        return el('li', { className: cls, 'data-pid': pid, 'aria-current': pid === round.current ? 'step' : null },
          el('span', { className: 'room-step-name', text: nameOf(pid) + (pid === me ? ' ' + t('you') : '') }),
          ' ', el('span', { className: 'room-step-status', text: status }));
      })),
    ]);
    const myTurn = Boolean(me && round.current === me && admitted());
    mine.hidden = !myTurn;
    $('room-round-mine-text').textContent = myTurn ? t('round-your-turn') : '';
  }

  function kindLabel(kind) {
    const key = 'kind-' + String(kind || '').replace(/_/g, '-');
    return has(key) ? t(key) : String(kind || '');
  }

  function renderAgenda() {
    const agenda = state.room.agenda;
    const box = $('room-agenda');
    const segments = agenda && Array.isArray(agenda.segments) ? agenda.segments : [];
    if (!agenda || segments.length === 0 || agenda.index < 0 || agenda.index >= segments.length) {
      rerender(box, () => [el('p', { className: 'muted', text: t('agenda-none') })]);
      return;
    }
    const current = segments[agenda.index];
    const skipped = new Set(agenda.skipped || []);
    rerender(box, () => [
      el('p', { className: 'room-now' }, t('agenda-now', { name: current.name }), ' ',
        el('span', { className: 'room-kind', text: `(${kindLabel(current.kind)})` })),
      el('p', { className: 'room-timer', id: 'room-agenda-timer', role: 'timer' }),
      agenda.reader ? el('p', { text: t('agenda-reader', { name: nameOf(agenda.reader) }) }) : null,
      current.script ? el('div', { className: 'room-script' },
        el('p', { className: 'room-script-label', text: t('agenda-script') }),
        el('p', { className: 'room-script-text', text: current.script })) : null,
      el('ol', { className: 'room-order' }, ...segments.map((s, i) => {
        const isSkipped = skipped.has(i);
        let cls = 'room-step';
        if (i === agenda.index) cls += ' room-step-current';
        else if (i < agenda.index || isSkipped) cls += ' room-step-over';
        return el('li', { className: cls, 'aria-current': i === agenda.index ? 'step' : null },
          el('span', { className: 'room-step-name', text: s.name }), ' ',
          el('span', { className: 'room-step-status', text: `${kindLabel(s.kind)}, ${t('minutes', { minutes: s.minutes })}${isSkipped ? ', ' + t('agenda-skipped') : ''}` }));
      })),
    ]);
  }

  /** Countdowns, corrected for the difference between our clock and the server's. */
  function renderTimers() {
    if (!state.room) return;
    const now = serverNow();
    const round = state.room.round;
    const roundTimer = $('room-round-timer');
    if (roundTimer && round && typeof round.turn_started_at === 'number' && typeof round.turn_seconds === 'number') {
      const left = round.turn_started_at + round.turn_seconds * 1000 - now;
      setTimer(roundTimer, left);
    }
    const agenda = state.room.agenda;
    const agendaTimer = $('room-agenda-timer');
    if (agendaTimer && agenda && typeof agenda.ends_at === 'number') {
      setTimer(agendaTimer, agenda.ends_at - now);
    }
  }

  function setTimer(node, left) {
    const text = left > 0 ? t('time-left', { time: clock(left) }) : t('time-up');
    if (node.textContent !== text) node.textContent = text;
    node.classList.toggle('room-timer-up', left <= 0);
  }

  // Chat

  const chatLog = $('room-chat');

  function chatLineNode(line) {
    const at = typeof line.at === 'number' ? new Date(line.at) : new Date();
    const mine = line.pid === myPid();
    const name = line.name || nameOf(line.pid);
    // Someone else's line can be reported: a plain link (keyboard and screen readers know
    // it) to the report form in a new tab, so the room stays open here.
    const report = !mine && Number.isInteger(line.id)
      ? el('a', {
        className: 'room-chat-report',
        href: '/report/chat/' + encodeURIComponent(meetingId + '.' + line.id),
        target: '_blank',
        rel: 'noopener',
        'aria-label': t('chat-report-label', { name }),
        text: t('chat-report'),
      })
      : null;
    return el('div', { className: mine ? 'room-chat-line room-chat-mine' : 'room-chat-line', 'data-id': line.id },
      el('p', { className: 'room-chat-meta' },
        el('span', { className: 'room-chat-name', text: name }), ' ',
        el('time', { dateTime: at.toISOString(), text: timeFormat.format(at) }),
        report ? ' ' : null, report),
      el('p', { className: 'room-chat-text', text: String(line.text || '') }));
  }

  function renderChatAll(lines) {
    state.chat = lines.slice(-200);
    chatLog.replaceChildren(...(state.chat.length === 0
      ? [el('p', { className: 'muted room-chat-empty', text: t('chat-empty') })]
      : state.chat.map(chatLineNode)));
    chatLog.scrollTop = chatLog.scrollHeight;
  }

  function addChatLine(line) {
    if (state.chat.some((l) => l.id !== undefined && l.id === line.id)) return;
    const nearBottom = chatLog.scrollHeight - chatLog.scrollTop - chatLog.clientHeight < 60;
    state.chat.push(line);
    const empty = chatLog.querySelector('.room-chat-empty');
    if (empty) empty.remove();
    chatLog.append(chatLineNode(line));
    while (state.chat.length > 200) {
      state.chat.shift();
      const first = chatLog.querySelector('.room-chat-line');
      if (first) first.remove();
    }
    if (nearBottom || line.pid === myPid()) chatLog.scrollTop = chatLog.scrollHeight;
  }

  function showChatNote(text) {
    const note = $('room-chat-note');
    note.textContent = text;
    note.hidden = !text;
  }

  function renderChatState() {
    const paused = Boolean(state.room.chat_paused) && !isFacilitatorPage;
    $('room-chat-send').disabled = paused;
    const note = $('room-chat-note');
    if (paused) showChatNote(t('chat-paused'));
    else if (note.textContent === t('chat-paused')) showChatNote('');
  }

  // Facilitator tools

  function renderFacilitator() {
    if (!isFacilitatorPage) return;
    const room = state.room;
    $('room-lobby').setAttribute('aria-pressed', room.lobby ? 'true' : 'false');
    $('room-lock').setAttribute('aria-pressed', room.locked ? 'true' : 'false');
    $('room-chat-pause').setAttribute('aria-pressed', room.chat_paused ? 'true' : 'false');
    const select = $('room-agenda-reader');
    if (document.activeElement !== select) {
      const reader = room.agenda ? room.agenda.reader : null;
      select.replaceChildren(el('option', { value: '', text: t('reader-none') }),
        ...presentPeople().map((p) => el('option', { value: p.pid, text: p.name, selected: p.pid === reader })));
    }
  }

  function renderFairness() {
    const box = $('room-fairness');
    if (!box) return;
    const f = state.fairness;
    if (!f || !Array.isArray(f.participants)) {
      box.replaceChildren(el('p', { className: 'muted', text: t('fairness-none') }));
      return;
    }
    const names = (pids) => (pids || []).map((pid) => {
      const row = f.participants.find((p) => p.pid === pid);
      return row ? row.name : nameOf(pid);
    }).join(', ');
    const nudges = Array.isArray(f.nudges) ? f.nudges : [];
    box.replaceChildren(...[
      el('p', { text: f.measure === 'speaking_ms' ? t('fairness-measure-speaking') : t('fairness-measure-contributions') }),
      typeof f.balance === 'number' ? el('p', { className: 'room-balance', text: t('fairness-balance', { balance: balanceFormat.format(f.balance) }) }) : el('p', { className: 'muted', text: t('fairness-none') }),
      f.not_yet && f.not_yet.length ? el('p', { className: 'room-not-yet', text: t('fairness-not-yet', { names: names(f.not_yet) }) }) : null,
      f.above_twice_share && f.above_twice_share.length ? el('p', { text: t('fairness-above', { names: names(f.above_twice_share) }) }) : null,
      nudges.length ? el('ul', { className: 'room-nudges' }, ...nudges.map((n) => {
        const key = 'nudge-' + String(n.kind || '').replace(/_/g, '-');
        return el('li', { text: has(key) ? t(key, { count: n.count }) : t('nudge-other', { kind: n.kind, count: n.count }) });
      })) : null,
      el('div', { className: 'room-table-wrap', role: 'region', 'aria-labelledby': 'room-fairness-caption', tabIndex: 0 },
        el('table', { className: 'room-fairness-table' },
          el('caption', { id: 'room-fairness-caption', className: 'visually-hidden', text: t('col-share') }),
          el('thead', {}, el('tr', {},
            el('th', { scope: 'col', text: t('col-name') }),
            el('th', { scope: 'col', text: t('col-time') }),
            el('th', { scope: 'col', text: t('col-contributions') }),
            el('th', { scope: 'col', text: t('col-share') }))),
          el('tbody', {}, ...f.participants.map((p) => el('tr', { 'data-pid': p.pid },
            el('th', { scope: 'row', text: p.name }),
            el('td', { className: 'room-num', text: clock(p.spoken_ms || 0) }),
            el('td', { className: 'room-num', text: String(p.contributions || 0) }),
            el('td', { className: 'room-num', text: typeof p.share === 'number' ? shareFormat.format(p.share) : '–' })))))),
    ].filter(Boolean));
  }

  // ------------------------------------------------------------------------------------------
  // Microphone, camera, and voice activity

  const canCall = typeof window.RTCPeerConnection === 'function' &&
    Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  const media = { mic: null, camera: null, busy: false };
  const localVideoStream = canCall ? new MediaStream() : null;

  function showMediaNote(text) {
    const note = $('room-media-note');
    note.textContent = text || '';
    note.hidden = !text;
  }

  function renderMediaState() {
    const micButton = $('room-mic');
    const cameraButton = $('room-camera');
    micButton.setAttribute('aria-pressed', state.mic ? 'true' : 'false');
    cameraButton.setAttribute('aria-pressed', state.camera ? 'true' : 'false');
    const usable = canCall && admitted();
    micButton.disabled = !usable;
    const audioOnly = state.room && state.room.media === 'audio';
    cameraButton.disabled = !usable || audioOnly;
    $('room-media-state').textContent = `${t(state.mic ? 'mic-is-on' : 'mic-is-off')} ${t(state.camera ? 'camera-is-on' : 'camera-is-off')}`;
    if (!canCall) showMediaNote(t('media-unsupported'));
    else if (audioOnly) showMediaNote(t('audio-only'));
    else if ($('room-media-note').textContent === t('audio-only')) showMediaNote('');
  }

  function sendMedia() {
    send('media', { audio: state.mic, video: state.camera });
  }

  /** After a (re)connect, tells the server our real microphone and camera state if it differs. */
  function announceMediaIfChanged() {
    const mine = participant(myPid());
    if (!admitted()) return;
    if (!mine || Boolean(mine.audio) !== state.mic || Boolean(mine.video) !== state.camera) sendMedia();
  }

  // Asks for one device; says so when the browser or the person refuses. Returns the track,
  // or null (also when the meeting ended or the person was removed while the browser asked).
  async function openTrack(constraints, deniedKey) {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(constraints);
    } catch (_) {
      showMediaNote(t(deniedKey));
      announce(t(deniedKey));
      return null;
    }
    const track = (constraints.video ? stream.getVideoTracks() : stream.getAudioTracks())[0];
    if (!track) return null;
    if (state.ended || state.removed) { track.stop(); return null; }
    return track;
  }

  async function toggleMic() {
    if (media.busy || !canCall) return;
    media.busy = true;
    try {
      if (media.mic) {
        stopMic();
      } else {
        const track = await openTrack({
          audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true }, video: false,
        }, 'mic-denied');
        if (!track) return;
        media.mic = track;
        state.mic = true;
        track.addEventListener('ended', () => {
          if (media.mic !== track) return;
          stopMic();
          attachTracksToAll();
          sendMedia();
          renderAll();
        });
        startVad(track);
        showMediaNote('');
      }
      attachTracksToAll();
      sendMedia();
      renderAll();
    } finally {
      media.busy = false;
    }
  }

  async function toggleCamera() {
    if (media.busy || !canCall) return;
    if (!media.camera && state.room && state.room.media === 'audio') return;
    media.busy = true;
    try {
      if (media.camera) {
        stopCamera();
      } else {
        const track = await openTrack({
          video: { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15, max: 24 } }, audio: false,
        }, 'camera-denied');
        if (!track) return;
        media.camera = track;
        state.camera = true;
        localVideoStream.addTrack(track);
        track.addEventListener('ended', () => {
          if (media.camera !== track) return;
          stopCamera();
          attachTracksToAll();
          sendMedia();
          renderAll();
        });
        showMediaNote('');
      }
      attachTracksToAll();
      sendMedia();
      renderAll();
    } finally {
      media.busy = false;
    }
  }

  // Turning off stops the device itself (its light goes out), not just the sending.
  function stopMic() {
    if (media.mic) media.mic.stop();
    media.mic = null;
    state.mic = false;
    stopVad();
  }

  function stopCamera() {
    if (media.camera) {
      media.camera.stop();
      if (localVideoStream) localVideoStream.removeTrack(media.camera);
    }
    media.camera = null;
    state.camera = false;
  }

  // Voice activity: RMS of the last 50 ms of samples, every 50 ms; a frame is voiced when it
  // is well above a noise floor that follows the room's background level (quickly down,
  // slowly up); a spurt lasts until 300 ms after its last voiced frame. Only durations leave.
  const VAD = { frameMs: 50, hangoverMs: 300, minRms: 0.004, ratio: 3 };
  let vad = null;
  let pendingSpeechMs = 0;

  function startVad(track) {
    stopVad();
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    let ctx;
    try {
      ctx = new Context();
      const source = ctx.createMediaStreamSource(new MediaStream([track]));
      const analyser = ctx.createAnalyser();
      analyser.fftSize = 4096;
      analyser.smoothingTimeConstant = 0;
      source.connect(analyser);
      const buffer = new Float32Array(analyser.fftSize);
      const frameSamples = Math.min(analyser.fftSize, Math.round(ctx.sampleRate * VAD.frameMs / 1000));
      vad = { ctx, source, analyser, buffer, frameSamples, floor: VAD.minRms / VAD.ratio, lastVoice: -Infinity, last: performance.now(), timer: 0 };
      vad.timer = setInterval(vadFrame, VAD.frameMs);
      if (ctx.state === 'suspended') ctx.resume().catch(() => {});
    } catch (_) {
      if (ctx) ctx.close().catch(() => {});
      vad = null;
    }
  }

  function vadFrame() {
    const v = vad;
    if (!v) return;
    const now = performance.now();
    // Timers in background tabs may fire late: count the time that really passed.
    const elapsed = Math.min(now - v.last, 1000);
    v.last = now;
    if (v.ctx.state !== 'running' || !state.mic) return;
    v.analyser.getFloatTimeDomainData(v.buffer);
    let sum = 0;
    for (let i = v.buffer.length - v.frameSamples; i < v.buffer.length; i++) sum += v.buffer[i] * v.buffer[i];
    const rms = Math.sqrt(sum / v.frameSamples);
    const threshold = Math.max(v.floor * VAD.ratio, VAD.minRms);
    if (rms > threshold) {
      v.lastVoice = now;
      // Even during speech the floor creeps up, so that a new steady noise stops counting.
      v.floor = v.floor * 0.999 + rms * 0.001;
    } else {
      v.floor = rms < v.floor ? v.floor * 0.8 + rms * 0.2 : v.floor * 0.98 + rms * 0.02;
    }
    if (now - v.lastVoice <= VAD.hangoverMs) pendingSpeechMs += elapsed;
  }

  function stopVad() {
    if (!vad) return;
    clearInterval(vad.timer);
    try { vad.source.disconnect(); } catch (_) { /* gone */ }
    vad.ctx.close().catch(() => {});
    vad = null;
  }

  /** At most once a second: the talk time since the last report. Dropped while not connected. */
  function reportSpeech() {
    if (pendingSpeechMs < 1) return;
    const ms = Math.min(60000, Math.round(pendingSpeechMs));
    pendingSpeechMs = 0;
    if (ms < 1 || !admitted()) return;
    if (send('spoke', { ms })) api.spokenMs += ms;
  }

  // ------------------------------------------------------------------------------------------
  // Video tiles

  const tiles = new Map(); // pid (or 'me') -> { li, video, audio, name, info, avatar, stream }

  function makeTile(key, isMe) {
    const video = el('video', { autoplay: true, playsInline: true, muted: true, className: 'room-video' });
    video.muted = true;
    video.setAttribute('aria-hidden', 'true');
    const audio = isMe ? null : el('audio', { autoplay: true });
    const avatar = el('span', { className: 'room-avatar', 'aria-hidden': 'true' });
    const name = el('span', { className: 'room-tile-name' });
    const info = el('span', { className: 'room-tile-state' });
    const play = isMe ? null : el('button', { type: 'button', className: 'room-small', hidden: true, 'data-key': 'play-' + key, text: t('play-sound') });
    const li = el('li', { className: 'room-tile', 'data-pid': key },
      el('div', { className: 'room-tile-frame' }, video, avatar),
      el('p', { className: 'room-tile-caption' }, name, info), audio, play);
    if (play) {
      play.addEventListener('click', () => {
        play.hidden = true;
        playMedia(tiles.get(key));
      });
    }
    const tile = { li, video, audio, avatar, name, info, play, stream: null };
    tiles.set(key, tile);
    return tile;
  }

  /** Starts playback; only a browser's refusal to play sound unasked shows the button. */
  function playMedia(tile) {
    if (!tile) return;
    tile.video.play().catch(() => {});
    if (tile.audio) {
      tile.audio.play().then(() => {
        if (tile.play) tile.play.hidden = true;
      }, (err) => {
        if (err && err.name === 'NotAllowedError' && tile.play) tile.play.hidden = false;
      });
    }
  }

  function setTileStream(tile, stream) {
    if (tile.stream === stream) return;
    tile.stream = stream;
    tile.video.srcObject = stream;
    if (tile.audio) tile.audio.srcObject = stream;
    if (stream) playMedia(tile);
  }

  function renderTiles() {
    const container = $('room-tiles');
    if (!state.room) return;
    const me = myPid();
    const wanted = admitted() ? presentPeople().filter((p) => p.pid !== me) : [];
    const keep = new Set(['me', ...wanted.map((p) => p.pid)]);
    for (const [key, tile] of tiles) {
      if (!keep.has(key)) {
        tile.video.srcObject = null;
        if (tile.audio) tile.audio.srcObject = null;
        tile.li.remove();
        tiles.delete(key);
      }
    }
    const audioOnly = state.room.media === 'audio';
    const mine = tiles.get('me') || makeTile('me', true);
    mine.name.textContent = t('you-tile');
    mine.info.textContent = [state.mic ? t('mic-on') : '', state.camera ? t('camera-on') : ''].filter(Boolean).join(' · ');
    mine.avatar.textContent = initial(state.me ? state.me.name : '');
    if (localVideoStream) setTileStream(mine, state.camera ? localVideoStream : null);
    mine.li.classList.toggle('room-tile-video-on', state.camera && !audioOnly);
    mine.li.classList.toggle('room-tile-speaking', isSpeaking(me));
    let previous = mine.li;
    if (container.firstChild !== mine.li) container.prepend(mine.li);
    for (const p of wanted) {
      const tile = tiles.get(p.pid) || makeTile(p.pid, false);
      const conn = conns.get(p.pid);
      tile.name.textContent = p.name;
      const bits = [p.audio ? t('mic-on') : '', p.video ? t('camera-on') : ''];
      // (Nobody waits on a peer whose browser cannot call.)
      if (canCall && !noMedia.has(p.pid) && (!conn || conn.pc.connectionState !== 'connected')) bits.push(t('connecting-to', { name: p.name }));
      tile.info.textContent = bits.filter(Boolean).join(' · ');
      tile.avatar.textContent = initial(p.name);
      if (conn) setTileStream(tile, conn.stream);
      tile.li.classList.toggle('room-tile-video-on', Boolean(p.video) && !audioOnly && Boolean(conn));
      tile.li.classList.toggle('room-tile-speaking', isSpeaking(p.pid));
      if (previous.nextSibling !== tile.li) previous.after(tile.li);
      previous = tile.li;
    }
  }

  function isSpeaking(pid) {
    return Boolean(pid) && (state.room.speaking === pid || Boolean(state.room.round && state.room.round.current === pid));
  }

  function initial(name) {
    const first = Array.from(String(name || '').trim())[0];
    return first ? first.toLocaleUpperCase(locale) : '';
  }

  // ------------------------------------------------------------------------------------------
  // WebRTC, a full mesh. Each pair has one connection, offered by the peer whose pid sorts
  // first. Both ends always carry one audio and one video transceiver, so turning a device on
  // or off is a replaceTrack, never a renegotiation. Signals carry the sender's page id
  // (`sid`) and the offer's generation (`gen`), so a peer that reloaded, or a connection that
  // failed and was offered again, never mixes with an old one. The answering side says
  // `hello` when it sees a peer it has no connection with, which asks for a (fresh) offer.

  const mySid = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const conns = new Map(); // pid -> connection record
  const helloAt = new Map(); // pid -> when we last asked for an offer
  // Peers whose browser cannot call (pid -> their page id), so that nobody waits for them.
  const noMedia = new Map();
  const toldNoMedia = new Set();
  let generation = 0;

  function peersInRoom() {
    if (!admitted() || !state.room || state.room.status !== 'open') return [];
    const me = myPid();
    return presentPeople().filter((p) => p.pid !== me);
  }

  function eligiblePeers() {
    return canCall ? peersInRoom().filter((p) => !noMedia.has(p.pid)) : [];
  }

  const iOffer = (pid) => String(myPid()) < String(pid);

  function reconcilePeers() {
    if (!canCall) {
      // Say once to each peer that no call can come from here.
      for (const p of peersInRoom()) {
        if (!toldNoMedia.has(p.pid)) {
          toldNoMedia.add(p.pid);
          sendSignal(p.pid, { kind: 'no-media', sid: mySid });
        }
      }
      return;
    }
    const wanted = new Set(eligiblePeers().map((p) => p.pid));
    for (const pid of [...conns.keys()]) {
      if (!wanted.has(pid)) closePeer(pid);
    }
    for (const pid of wanted) {
      if (conns.has(pid)) continue;
      if (iOffer(pid)) makeOffer(pid);
      else sayHello(pid, false);
    }
  }

  function sayHello(pid, force) {
    const last = helloAt.get(pid) || 0;
    if (!force && Date.now() - last < 8000) return;
    helloAt.set(pid, Date.now());
    sendSignal(pid, { kind: 'hello', sid: mySid });
  }

  function sendSignal(pid, data) {
    return send('signal', { to: pid, data });
  }

  /** Keeps the codecs every browser has, so that an offer stays well under 7 KiB of signal. */
  function preferCommonCodecs(transceiver, kind) {
    if (typeof transceiver.setCodecPreferences !== 'function' || !window.RTCRtpReceiver || !RTCRtpReceiver.getCapabilities) return;
    try {
      const caps = RTCRtpReceiver.getCapabilities(kind);
      if (!caps || !Array.isArray(caps.codecs)) return;
      const keep = caps.codecs.filter((c) => {
        const type = c.mimeType.toLowerCase();
        const fmtp = c.sdpFmtpLine || '';
        if (kind === 'audio') return type === 'audio/opus' || type === 'audio/pcmu';
        if (type === 'video/vp8' || type === 'video/rtx' || type === 'video/red' || type === 'video/ulpfec') return true;
        if (type === 'video/vp9') return /profile-id=0/.test(fmtp) || !fmtp;
        if (type === 'video/h264') return /packetization-mode=1/.test(fmtp) && /profile-level-id=42e01f/i.test(fmtp);
        return false;
      });
      if (keep.some((c) => !/rtx|red|ulpfec/i.test(c.mimeType))) transceiver.setCodecPreferences(keep);
    } catch (_) {
      // Keep the browser's own list.
    }
  }

  function newConn(pid, gen) {
    closePeer(pid);
    const pc = new RTCPeerConnection({ iceServers: state.iceServers });
    const conn = {
      pid, pc, gen, remoteSid: null, audio: null, video: null, pendingIce: [], outIce: [], iceTimer: 0,
      created: Date.now(), badSince: 0, stream: new MediaStream(),
    };
    pc.addEventListener('icecandidate', (event) => {
      if (conns.get(pid) !== conn) return;
      if (event.candidate && event.candidate.candidate) {
        conn.outIce.push(event.candidate.toJSON());
        if (!conn.iceTimer) conn.iceTimer = setTimeout(() => flushIce(conn), 150);
      } else {
        flushIce(conn);
      }
    });
    pc.addEventListener('track', (event) => {
      if (conns.get(pid) !== conn) return;
      if (!conn.stream.getTracks().includes(event.track)) conn.stream.addTrack(event.track);
      const tile = tiles.get(pid);
      if (tile) {
        setTileStream(tile, conn.stream);
        if (tile.audio && tile.audio.paused) playMedia(tile);
      }
    });
    pc.addEventListener('connectionstatechange', () => {
      if (conns.get(pid) !== conn) return;
      if (pc.connectionState === 'connected') conn.badSince = 0;
      if (pc.connectionState === 'failed') connectionFailed(conn);
      renderTiles();
    });
    conns.set(pid, conn);
    api.peers.set(pid, pc);
    return conn;
  }

  /** Candidates go in small batches, to stay well inside the server's rate limit. */
  function flushIce(conn) {
    clearTimeout(conn.iceTimer);
    conn.iceTimer = 0;
    if (conn.outIce.length === 0 || conns.get(conn.pid) !== conn) return;
    while (conn.outIce.length > 0) {
      const batch = conn.outIce.splice(0, 8);
      sendSignal(conn.pid, { kind: 'candidates', sid: mySid, gen: conn.gen, candidates: batch });
    }
  }

  function attachTracks(conn) {
    const audioOnly = state.room && state.room.media === 'audio';
    if (conn.audio) conn.audio.replaceTrack(media.mic || null).catch(() => {});
    if (conn.video) conn.video.replaceTrack(audioOnly ? null : (media.camera || null)).catch(() => {});
  }

  function attachTracksToAll() {
    for (const conn of conns.values()) attachTracks(conn);
  }

  async function makeOffer(pid) {
    generation += 1;
    const conn = newConn(pid, generation);
    try {
      const audio = conn.pc.addTransceiver('audio', { direction: 'sendrecv' });
      const video = conn.pc.addTransceiver('video', { direction: 'sendrecv' });
      preferCommonCodecs(audio, 'audio');
      preferCommonCodecs(video, 'video');
      conn.audio = audio.sender;
      conn.video = video.sender;
      attachTracks(conn);
      const offer = await conn.pc.createOffer();
      if (conns.get(pid) !== conn) return;
      await conn.pc.setLocalDescription(offer);
      if (conns.get(pid) !== conn) return;
      sendSignal(pid, { kind: 'offer', sid: mySid, gen: conn.gen, sdp: conn.pc.localDescription.sdp });
    } catch (err) {
      console.warn('kindred room: offer failed', err);
      conn.badSince = conn.badSince || Date.now();
    }
  }

  async function acceptOffer(pid, data) {
    const conn = newConn(pid, data.gen);
    conn.remoteSid = data.sid;
    try {
      await conn.pc.setRemoteDescription({ type: 'offer', sdp: data.sdp });
      if (conns.get(pid) !== conn) return;
      for (const transceiver of conn.pc.getTransceivers()) {
        const kind = transceiver.receiver.track.kind;
        transceiver.direction = 'sendrecv';
        if (kind === 'audio' && !conn.audio) conn.audio = transceiver.sender;
        if (kind === 'video' && !conn.video) conn.video = transceiver.sender;
      }
      attachTracks(conn);
      const answer = await conn.pc.createAnswer();
      if (conns.get(pid) !== conn) return;
      await conn.pc.setLocalDescription(answer);
      if (conns.get(pid) !== conn) return;
      sendSignal(pid, { kind: 'answer', sid: mySid, gen: conn.gen, sdp: conn.pc.localDescription.sdp });
      addPendingIce(conn);
    } catch (err) {
      console.warn('kindred room: answering failed', err);
      conn.badSince = conn.badSince || Date.now();
    }
  }

  function addPendingIce(conn) {
    const list = conn.pendingIce;
    conn.pendingIce = [];
    for (const candidate of list) conn.pc.addIceCandidate(candidate).catch(() => {});
  }

  async function onSignal(from, data) {
    if (!from || !data || typeof data !== 'object' || !state.me) return;
    if (!canCall) {
      if (data.kind === 'hello' || data.kind === 'offer') sendSignal(from, { kind: 'no-media', sid: mySid });
      return;
    }
    if (data.kind === 'no-media') {
      noMedia.set(from, data.sid);
      closePeer(from);
      renderTiles();
      return;
    }
    // A new page from someone who could not call before: try again.
    if ((data.kind === 'hello' || data.kind === 'offer') && noMedia.has(from) && noMedia.get(from) !== data.sid) {
      noMedia.delete(from);
    }
    const known = eligiblePeers().some((p) => p.pid === from);
    const conn = conns.get(from);
    switch (data.kind) {
      case 'hello': {
        if (!known || !iOffer(from)) return;
        // A peer says hello only when it has no connection with us (it has just arrived,
        // reloaded, or given up on a failed one), so offer afresh, unless an offer of ours is
        // still on its way to it.
        const inFlight = conn && conn.remoteSid === null && Date.now() - conn.created < 5000;
        if (!inFlight) makeOffer(from);
        return;
      }
      case 'offer': {
        if (!known || iOffer(from) || typeof data.sdp !== 'string') return;
        if (conn && conn.remoteSid === data.sid && conn.gen === data.gen) return;
        acceptOffer(from, data);
        return;
      }
      case 'answer': {
        if (!conn || conn.gen !== data.gen || typeof data.sdp !== 'string') return;
        if (conn.pc.signalingState !== 'have-local-offer') return;
        conn.remoteSid = data.sid;
        try {
          await conn.pc.setRemoteDescription({ type: 'answer', sdp: data.sdp });
          addPendingIce(conn);
        } catch (err) {
          console.warn('kindred room: bad answer', err);
          conn.badSince = conn.badSince || Date.now();
        }
        return;
      }
      case 'candidates': {
        if (!conn || conn.gen !== data.gen || !Array.isArray(data.candidates)) return;
        if (conn.remoteSid !== null && conn.remoteSid !== data.sid) return;
        for (const candidate of data.candidates) {
          if (!candidate || typeof candidate !== 'object') continue;
          if (conn.pc.remoteDescription) conn.pc.addIceCandidate(candidate).catch(() => {});
          else conn.pendingIce.push(candidate);
        }
        return;
      }
      default:
        return;
    }
  }

  function connectionFailed(conn) {
    if (conns.get(conn.pid) !== conn) return;
    if (!eligiblePeers().some((p) => p.pid === conn.pid)) {
      closePeer(conn.pid);
      return;
    }
    if (iOffer(conn.pid)) {
      makeOffer(conn.pid);
    } else {
      closePeer(conn.pid);
      sayHello(conn.pid, true);
    }
  }

  function closePeer(pid) {
    const conn = conns.get(pid);
    if (!conn) return;
    conns.delete(pid);
    api.peers.delete(pid);
    clearTimeout(conn.iceTimer);
    try { conn.pc.close(); } catch (_) { /* closed */ }
  }

  /** Every 2 s: connections stuck short of "connected" are started again. */
  function checkPeers() {
    if (!state.connected) return;
    const now = Date.now();
    for (const conn of [...conns.values()]) {
      const s = conn.pc.connectionState;
      if (s === 'connected') {
        conn.badSince = 0;
        continue;
      }
      if (!conn.badSince) conn.badSince = now;
      const patience = s === 'disconnected' ? 10000 : 20000;
      if (now - conn.badSince > patience) connectionFailed(conn);
    }
    for (const p of eligiblePeers()) {
      if (!conns.has(p.pid) && !iOffer(p.pid)) sayHello(p.pid, false);
      if (!conns.has(p.pid) && iOffer(p.pid)) makeOffer(p.pid);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Controls

  function onClick(id, fn) {
    const node = $(id);
    if (node) node.addEventListener('click', fn);
  }

  let started = false;

  function enter() {
    $('room-rules').hidden = true;
    $('room-ready').hidden = true;
    $('room-ready-hint').hidden = true;
    $('room-live').hidden = false;
    $('room-rules-show').setAttribute('aria-expanded', 'false');
    $('room-media-heading').focus();
    if (!started) {
      started = true;
      renderMediaState();
      connect();
    }
  }

  function showRules(show) {
    $('room-rules').hidden = !show;
    $('room-rules-close').hidden = !show;
    $('room-rules-show').setAttribute('aria-expanded', show ? 'true' : 'false');
    if (show) {
      $('room-rules').scrollIntoView({ block: 'start' });
      $('room-rules-heading').focus();
    } else {
      $('room-rules-show').focus();
    }
  }

  function notSent() {
    announce(t('not-sent'));
  }

  function command(type, fields) {
    if (!send(type, fields)) notSent();
  }

  onClick('room-ready', enter);
  onClick('room-rules-show', () => showRules($('room-rules').hidden));
  onClick('room-rules-close', () => showRules(false));
  onClick('room-mic', toggleMic);
  onClick('room-camera', toggleCamera);
  onClick('room-hand', () => {
    const raised = Boolean(state.room && state.room.hands.includes(myPid()));
    command('hand', { up: !raised });
  });
  onClick('room-round-done', () => command('round_done', { passed: false }));
  onClick('room-round-pass', () => command('round_done', { passed: true }));

  $('room-chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('room-chat-input');
    const text = input.value.trim();
    if (!text) return;
    if (send('chat', { text: text.slice(0, 1000) })) {
      input.value = '';
      showChatNote(state.room && state.room.chat_paused && !isFacilitatorPage ? t('chat-paused') : '');
    } else {
      showChatNote(t('not-sent'));
    }
  });

  function wellbeing(kind) {
    const status = $('room-wellbeing-status');
    if (send('wellbeing', { kind })) {
      status.textContent = t('wellbeing-sent');
    } else {
      status.textContent = t('not-sent');
    }
    if (kind === 'not_ok') $('room-wellbeing-crisis').hidden = false;
  }
  onClick('room-wellbeing-break', () => wellbeing('break'));
  onClick('room-wellbeing-not-ok', () => wellbeing('not_ok'));

  // Facilitators
  onClick('room-call-next', () => command('call_next'));
  onClick('room-clear-hands', () => command('clear_hands'));
  onClick('room-round-start', () => {
    const input = $('room-round-seconds');
    let seconds = Number.parseInt(input.value, 10);
    if (!Number.isFinite(seconds)) seconds = 120;
    seconds = Math.min(900, Math.max(15, seconds));
    input.value = String(seconds);
    command('round_start', { seconds });
  });
  onClick('room-round-next', () => command('round_next'));
  onClick('room-round-end', () => command('round_end'));
  onClick('room-agenda-start', () => command('agenda_start'));
  onClick('room-agenda-next', () => command('agenda_next'));
  onClick('room-agenda-extend', () => command('agenda_extend', { minutes: 5 }));
  onClick('room-agenda-skip', () => command('agenda_skip'));
  onClick('room-agenda-reader-set', () => command('agenda_reader', { pid: $('room-agenda-reader').value || null }));
  onClick('room-lobby', () => command('lobby', { on: !(state.room && state.room.lobby) }));
  onClick('room-lock', () => command('lock', { on: !(state.room && state.room.locked) }));
  onClick('room-chat-pause', () => command('chat_pause', { on: !(state.room && state.room.chat_paused) }));
  onClick('room-end', () => {
    if (window.confirm(t('end-confirm'))) command('end');
  });

  // Buttons made while rendering (admit, ask to mute, remove) act through their data-action.
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button || !root.contains(button)) return;
    const pid = button.getAttribute('data-pid');
    const action = button.getAttribute('data-action');
    if (action === 'remove' && !window.confirm(t('remove-confirm', { name: nameOf(pid) }))) return;
    if (action === 'admit' || action === 'ask_mute' || action === 'remove') command(action, { pid });
    if (action === 'move_hand') command('move_hand', { pid, to: Number(button.getAttribute('data-to')) });
  });

  // Ticking: countdowns, speaking reports, connection health.
  setInterval(renderTimers, 500);
  setInterval(reportSpeech, 1000);
  setInterval(checkPeers, 2000);

  // The script is here: offer the way in, and tell people without WebRTC where they stand.
  $('room-ready').hidden = false;
  $('room-ready-hint').hidden = false;
  if (!canCall) showMediaNote(t('media-unsupported'));
  renderMediaState();
})();
