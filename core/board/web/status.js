// 混雑状況: /status.json (BoardSnapshot::statusJson) every 30 s. A periodic
// fetch rather than the board's WebSocket: the page may sit behind a proxy or
// in a municipal site's frame, and half a minute is fresh enough for it.
// As on the board: stale or unreachable → "情報更新停止中" with the last
// numbers kept; no data yet → "—", never 0.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const REFRESH_MS = 30000;
  let last = null;
  let failed = false;

  function hhmm(iso) {
    return new Date(iso).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
  }

  function draw() {
    const s = last;
    const empty = !s || !s.readAt;
    document.body.dataset.empty = String(empty);
    const paused = failed || (s !== null && s.stale === true);
    document.body.dataset.stale = String(paused);
    $('paused').hidden = !paused;
    if (!s) return;
    $('office').textContent = s.office || '—';
    window.kakanaiBoard.drawCategories($('categories'), s.categories, empty);
    $('none-categories').hidden = (s.categories || []).length > 0;
    $('updated').textContent = empty ? '—' : `${hhmm(s.readAt)} 現在 / As of ${hhmm(s.readAt)}`;
  }

  function refresh() {
    fetch('/status.json', { cache: 'no-store' })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((s) => {
        last = s;
        failed = false;
        draw();
      })
      .catch(() => {
        failed = true;
        draw();
      });
  }

  refresh();
  setInterval(refresh, REFRESH_MS);
})();
