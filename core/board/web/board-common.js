// Shared by the calling board (board.js) and 混雑状況 (status.js): the DOM
// helpers and the per-category rows (name, waiting, estimated wait) both
// pages show, so that the two can never disagree on how a count or an
// estimate is written.
'use strict';

window.kakanaiBoard = (() => {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function bilingual(tag, className, ja, en) {
    const node = el(tag, className, ja || '');
    if (en) node.append(el('span', 'en', en));
    return node;
  }

  function estimateText(minutes) {
    if (minutes === null || minutes === undefined) return ['—', ''];
    return [`約${minutes}分`, `about ${minutes} min`];
  }

  // One row per category into `tbody`. `empty`: no good read yet, so "—",
  // not 0 (a 0 would tell people nobody waits).
  function drawCategories(tbody, categories, empty) {
    tbody.replaceChildren();
    for (const c of categories || []) {
      const tr = el('tr');
      tr.dataset.category = c.code;
      tr.dataset.waiting = empty ? '' : String(c.waiting);
      tr.append(bilingual('td', 'name', c.name && c.name.ja, c.name && c.name.en));
      const waiting = el('td', 'num waiting-count');
      if (empty) {
        waiting.textContent = '—';
      } else {
        waiting.append(el('span', 'count', String(c.waiting)));
        waiting.append(bilingual('span', 'unit', '人', c.waiting === 1 ? 'person' : 'people'));
      }
      tr.append(waiting);
      const [ja, en] = empty ? ['—', ''] : estimateText(c.estimatedWaitMinutes);
      tr.dataset.estimate = empty || c.estimatedWaitMinutes === null || c.estimatedWaitMinutes === undefined
        ? '' : String(c.estimatedWaitMinutes);
      tr.append(bilingual('td', 'num estimate', ja, en));
      tbody.append(tr);
    }
  }

  return { el, bilingual, drawCategories };
})();
