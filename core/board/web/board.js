// The calling board in a browser (docs/admin/board.md). The app pushes a
// snapshot (BoardSnapshot::toJson) over the WebSocket /ws on every change;
// this page draws it. Rules:
//  - stale snapshot, or the socket closed: "情報更新停止中 / Updates paused",
//    and the last numbers stay (never replaced by zeros);
//  - no data yet (readAt null): "—", never "0";
//  - a ticket newly called, or called again, chimes; the first data does not.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const body = document.body;

  const RECONNECT_FIRST_MS = 1000;
  const RECONNECT_MAX_MS = 30000;
  // The app sends the snapshot again every 15 s (BoardServer's keep-alive);
  // silence for three of those is a connection that died without closing.
  const SILENCE_MS = 45000;

  // For tests and for whoever looks at a board through the devtools.
  const hook = {
    chimes: 0,              // chimes requested (played or blocked)
    revision: null,         // of the snapshot on screen
    renderedAt: {},         // revision -> Date.now() when it was drawn
    connected: false,
  };
  // Set once the socket has closed (or never opened); not before the first
  // try, so a board that is just starting does not flash the notice.
  let lost = false;
  window.KakanaiBoard = hook;

  let snapshot = null;      // the last one drawn
  let fromSocket = false;   // a pushed snapshot beats the first-paint fetch
  let knownCalls = null;    // ticket -> "calledAt|callCount"; null until the first data
  let socket = null;
  let reconnectDelay = RECONNECT_FIRST_MS;
  let lastHeard = 0; // performance.now() of the last message: not moved by clock changes

  // --- sound --------------------------------------------------------------
  const chime = new Audio('/chime.wav');
  chime.preload = 'auto';
  function ringChime() {
    hook.chimes += 1;
    body.dataset.chimes = String(hook.chimes);
    chime.currentTime = 0;
    chime.volume = 1;
    chime.play().catch((e) => {
      if (e && e.name === 'NotAllowedError') askForSound();
    });
  }

  function askForSound() {
    $('enable-sound').hidden = false;
  }

  // Browsers refuse sound until someone touches the page; a TV in kiosk mode
  // is started with --autoplay-policy=no-user-gesture-required instead. A
  // silent play() tells which case this is, so the button only shows when needed.
  function probeSound() {
    chime.volume = 0;
    chime.play().then(() => {
      chime.pause();
      chime.currentTime = 0;
    }).catch((e) => {
      if (e && e.name === 'NotAllowedError') askForSound();
    });
  }

  $('enable-sound').addEventListener('click', () => {
    $('enable-sound').hidden = true;
    chime.currentTime = 0;
    chime.volume = 1;
    chime.play().catch(() => askForSound());
  });

  // --- drawing ------------------------------------------------------------
  const { el, bilingual } = window.kakanaiBoard;

  function hhmm(date) {
    return date.toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
  }

  function callItem(call, big) {
    const li = el('li', big ? 'call' : 'recent-call');
    li.dataset.ticket = call.ticket;
    li.dataset.counter = call.counter;
    li.dataset.callCount = String(call.callCount);
    li.append(el('span', 'number', call.ticket));
    const names = call.counterName || {};
    li.append(bilingual('span', 'counter', names.ja, names.en));
    if (big && call.callCount > 1) li.append(bilingual('span', 'recall', '再呼出', 'Called again'));
    return li;
  }

  function drawCategories(s, empty) {
    window.kakanaiBoard.drawCategories($('categories'), s.categories, empty);
    $('none-categories').hidden = (s.categories || []).length > 0;
  }

  function draw(s) {
    const empty = !s.readAt;
    body.dataset.empty = String(empty);
    $('office').textContent = s.office || '—';

    const calling = $('now-calling');
    calling.replaceChildren(...(empty ? [] : (s.nowCalling || []).map((c) => callItem(c, true))));
    $('none-calling').hidden = calling.children.length > 0;

    const recent = $('recent');
    recent.replaceChildren(...(empty ? [] : (s.recentlyCalled || []).map((c) => callItem(c, false))));
    $('none-recent').hidden = recent.children.length > 0;

    drawCategories(s, empty);
    $('updated').textContent = empty ? '—' : `更新 ${hhmm(new Date(s.readAt))} / Updated`;
    drawPaused();
  }

  // Paused while the app says its numbers are not confirmed, or while this
  // page cannot hear from the app at all. The numbers stay as they were.
  function drawPaused() {
    const stale = lost || (snapshot !== null && snapshot.stale === true);
    body.dataset.stale = String(stale);
    body.dataset.connected = String(hook.connected);
    $('paused').hidden = !stale;
    const since = snapshot && snapshot.readAt ? ` ${hhmm(new Date(snapshot.readAt))}` : '';
    $('paused-detail').textContent = since
      ? `最終確認${since} の情報です / Last confirmed at${since}`
      : '表示できる情報がありません / No information yet';
  }

  // --- chime decisions ----------------------------------------------------
  function callKeys(s) {
    const keys = new Map();
    for (const c of s.nowCalling || []) keys.set(c.ticket, `${c.calledAt}|${c.callCount}`);
    return keys;
  }

  function shouldChime(s) {
    if (!s.readAt) return false;
    const keys = callKeys(s);
    const first = knownCalls === null;
    const changed = !first && [...keys].some(([ticket, key]) => knownCalls.get(ticket) !== key);
    knownCalls = keys;
    return changed; // the first data is what was already called: no chime
  }

  function apply(s, pushed) {
    if (!pushed && fromSocket) return; // the fetch came back after a push: older
    if (pushed) fromSocket = true;
    snapshot = s;
    const ring = shouldChime(s);
    draw(s);
    hook.revision = s.revision;
    hook.renderedAt[s.revision] = Date.now();
    if (ring) ringChime();
  }

  // --- the connection -----------------------------------------------------
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws;
    try {
      ws = new WebSocket(`${scheme}//${location.host}/ws`);
    } catch (e) {
      lost = true;
      drawPaused();
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.addEventListener('open', () => {
      if (ws !== socket) return;
      hook.connected = true;
      lost = false;
      lastHeard = performance.now();
      reconnectDelay = RECONNECT_FIRST_MS;
      drawPaused();
    });
    ws.addEventListener('message', (event) => {
      if (ws !== socket) return;
      lastHeard = performance.now();
      let s;
      try {
        s = JSON.parse(event.data);
      } catch (e) {
        return; // not a snapshot: keep what is shown
      }
      apply(s, true);
    });
    // An error is always followed by close.
    ws.addEventListener('close', () => abandon(ws));
  }

  // The connection is gone (closed, or silent too long): say so at once, keep
  // the numbers, and try again.
  function abandon(ws) {
    if (ws !== socket) return;
    socket = null;
    hook.connected = false;
    lost = true;
    drawPaused();
    try {
      ws.close();
    } catch (e) {
      // already closing
    }
    scheduleReconnect();
  }

  function watchSilence() {
    if (socket && hook.connected && performance.now() - lastHeard > SILENCE_MS) abandon(socket);
  }

  function scheduleReconnect() {
    const delay = reconnectDelay;
    reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
    setTimeout(connect, delay);
  }

  function tick() {
    $('clock').textContent = hhmm(new Date());
  }

  tick();
  setInterval(tick, 1000);
  setInterval(watchSilence, 5000);
  drawPaused();
  probeSound();
  // A first paint before the socket is up (a slow TV, a reconnecting board).
  fetch('/api/board', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((s) => { if (s) apply(s, false); })
    .catch(() => {});
  connect();
})();
