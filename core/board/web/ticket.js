// The citizen's ticket page: /api/ticket/<id> on load, again whenever the
// board's WebSocket says something changed, and every 30 s as a fallback.
// A failed read keeps what is shown under "情報更新停止中".
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const ticketId = decodeURIComponent(location.pathname.split('/').pop());
  const FALLBACK_MS = 30000;
  const RECONNECT_FIRST_MS = 1000;
  const RECONNECT_MAX_MS = 30000;
  let reconnectDelay = RECONNECT_FIRST_MS;
  let inFlight = false;
  let again = false;
  let lastRevision;

  const STATES = {
    pending: ['受付中です', 'Your ticket is being issued'],
    waiting: ['順番にお呼びします。お待ちください', 'Please wait to be called'],
    called: ['窓口へお越しください', 'Please come to the counter'],
    serving: ['窓口でお手続き中です', 'Being served at the counter'],
    done: ['お手続きは終わりました', 'Finished'],
    'no-show': ['お呼びしましたがお越しになりませんでした。受付にお声がけください', 'You were called but did not come. Please ask at reception'],
    cancelled: ['この番号札は取り消されました', 'This ticket was cancelled'],
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function bilingual(node, ja, en) {
    node.replaceChildren(document.createTextNode(ja || ''));
    if (en) node.append(el('span', 'en', en));
  }

  function paused(on) {
    body.dataset.stale = String(on);
    $('paused').hidden = !on;
  }

  function draw(t) {
    body.dataset.state = t.state;
    $('ticket-number').textContent = t.ticket;
    $('ticket-number').dataset.ticket = t.ticket;
    bilingual($('category'), t.category && t.category.ja, t.category && t.category.en);
    const [ja, en] = STATES[t.state] || [t.state, t.state];
    const atCounter = (t.state === 'called' || t.state === 'serving') && t.counterName;
    bilingual($('state'), atCounter ? `${t.counterName.ja}へ — ${ja}` : ja,
      atCounter ? `${t.counterName.en}: ${en}` : en);
    const waiting = t.state === 'waiting' || t.state === 'pending';
    $('facts').hidden = !waiting;
    $('ahead').textContent = waiting ? `${t.peopleAhead}人` : '—';
    $('ahead').dataset.peopleAhead = waiting ? String(t.peopleAhead) : '';
    $('estimate').textContent = waiting && t.estimatedWaitMinutes !== null ? `約${t.estimatedWaitMinutes}分` : '—';
    $('updated').textContent = t.readAt
      ? `${new Date(t.readAt).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' })} 現在 / As of`
      : '—';
    paused(t.stale === true);
  }

  // One read at a time; a change during a read asks for one more.
  function refresh() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    fetch(`/api/ticket/${encodeURIComponent(ticketId)}`, { cache: 'no-store' })
      .then((r) => {
        if (r.status === 404) {
          body.dataset.state = 'not-found';
          bilingual($('state'), 'この番号札は見つかりません', 'This ticket was not found');
          $('facts').hidden = true;
          paused(false);
          return;
        }
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json().then(draw);
      })
      .catch(() => paused(true))
      .finally(() => {
        inFlight = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let socket;
    try {
      socket = new WebSocket(`${scheme}//${location.host}/ws`);
    } catch (e) {
      setTimeout(connect, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
      return;
    }
    socket.addEventListener('open', () => { reconnectDelay = RECONNECT_FIRST_MS; });
    // The board changed: read this ticket again (not on the keep-alive,
    // which repeats the same revision).
    socket.addEventListener('message', (event) => {
      let revision = null;
      try {
        revision = JSON.parse(event.data).revision;
      } catch (e) {
        return;
      }
      if (revision === lastRevision) return;
      lastRevision = revision;
      refresh();
    });
    socket.addEventListener('close', () => {
      setTimeout(connect, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
    });
  }

  refresh();
  setInterval(refresh, FALLBACK_MS);
  connect();
})();
