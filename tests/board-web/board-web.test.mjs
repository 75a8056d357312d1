// The web calling board end to end: board_fixture (a BoardServer on
// 127.0.0.1 fed with snapshots on stdin) and Debian's Chromium, headless.
// The board's first paint, a new call pushed over the WebSocket (and how long
// that takes), the chime on a new call and on a recall but not on first load,
// 情報更新停止中 when a snapshot is stale and when the app is gone (numbers
// kept), "—" before any data, the 混雑状況 page and the citizen's ticket page.
//
// node board-web.test.mjs --fixture BOARD-FIXTURE --modules DIR --work DIR [--docs-image PNG]
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
for (const required of ['fixture', 'modules', 'work']) {
  if (!args[required]) throw new Error(`missing --${required}`);
  args[required] = path.resolve(args[required]);
}
const require = createRequire(path.join(args.modules, 'package.json'));
const { chromium } = require('playwright-core');

const work = fs.mkdtempSync(path.join(args.work, 'board-'));
let failures = 0;
async function step(name, fn) {
  try {
    await fn();
    console.log(`PASS ${name}`);
  } catch (e) {
    failures += 1;
    console.log(`FAIL ${name}\n${e.stack || e}`);
    throw e;
  }
}

// --- the fixture ---------------------------------------------------------
// One line in, one line out ("ok"), so a command has taken effect when its
// promise resolves.
function startFixture(port) {
  const child = spawn(args.fixture, port ? [String(port)] : [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = [];
  const waiters = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  const nextLine = () => new Promise((resolve, reject) => {
    if (lines.length) {
      resolve(lines.shift());
      return;
    }
    const timer = setTimeout(() => reject(new Error('board_fixture did not answer within 10 s')), 10000);
    waiters.push((line) => {
      clearTimeout(timer);
      resolve(line);
    });
  });
  const fixture = {
    child,
    port: 0,
    async send(command) {
      child.stdin.write(JSON.stringify(command) + '\n');
      const answer = await nextLine();
      assert.equal(answer, 'ok', `board_fixture: ${answer}`);
    },
    // Written without waiting for the answer: the latency is measured on the page.
    write(command) {
      child.stdin.write(JSON.stringify(command) + '\n');
      return nextLine();
    },
  };
  return nextLine().then((first) => {
    const m = /^port (\d+)$/.exec(first);
    assert.ok(m, `board_fixture: ${first}`);
    fixture.port = Number(m[1]);
    return fixture;
  });
}

// --- snapshots (BoardSnapshot::toJson) -------------------------------------
const READ_AT = '2026-04-01T01:30:00.000Z'; // 10:30 in Tokyo
const counters = {
  1: { ja: '1番窓口', en: 'Counter 1' },
  2: { ja: '2番窓口', en: 'Counter 2' },
  3: { ja: '3番窓口', en: 'Counter 3' },
  5: { ja: '5番窓口', en: 'Counter 5' },
};
function call(ticket, counter, secondsAgo, callCount = 1) {
  return {
    ticket, counter: String(counter), counterName: counters[counter],
    calledAt: new Date(Date.parse(READ_AT) - secondsAgo * 1000).toISOString(), callCount,
  };
}
function category(code, prefix, ja, en, waiting, countersOpen, estimatedWaitMinutes) {
  return { code, prefix, name: { ja, en }, waiting, countersOpen, estimatedWaitMinutes };
}
function snapshot(revision, fields = {}) {
  return {
    office: 'かなで市役所 市民課',
    readAt: READ_AT,
    stale: false,
    revision,
    nowCalling: [call('A012', 3, 40)],
    recentlyCalled: [call('A011', 1, 200), call('B004', 2, 320, 2), call('A010', 3, 500)],
    categories: [
      category('certificates', 'A', '証明書', 'Certificates', 5, 2, 12),
      category('moving', 'B', '転入・転出', 'Moving in / out', 3, 1, 25),
      category('insurance', 'C', '国民健康保険', 'Health insurance', 0, 0, null),
    ],
    ...fields,
  };
}

const fixtureProcess = await startFixture();
let fixture = fixtureProcess;
const base = () => `http://127.0.0.1:${fixture.port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kakanai-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.KAKANAI_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // --autoplay-policy: as on a TV in kiosk mode (docs/admin/board.md).
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--autoplay-policy=no-user-gesture-required'],
  viewport: { width: 1920, height: 1080 },
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
});
// Every play() of a sound, seen from inside the page.
await context.addInitScript(() => {
  window.__plays = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    window.__plays.push({ src: this.currentSrc || this.src, volume: this.volume });
    return play.call(this);
  };
});
const problems = [];
const outside = [];
function watch(page) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The 400/404/503 answers below are on purpose; the browser logs each one.
    if (m.type() === 'error' && !/status of (400|404|503)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('ws://127.0.0.1:')) outside.push(r.url());
  });
  return page;
}

const board = watch(context.pages()[0] || await context.newPage());
const chimePlays = () => board.evaluate(() => window.__plays.filter((p) => p.src.endsWith('/chime.wav') && p.volume > 0).length);
const waiting = (page, code) => page.locator(`tr[data-category="${code}"]`).getAttribute('data-waiting');
const latencies = [];

try {
  await step('first load shows the snapshot\'s numbers, without a chime', async () => {
    await fixture.send({ publish: snapshot(1) });
    await board.goto(`${base()}/`);
    await board.locator('.call[data-ticket="A012"]').waitFor();
    await board.waitForFunction(() => document.body.dataset.connected === 'true');
    const counter = await board.locator('.call[data-ticket="A012"] .counter').textContent();
    assert.match(counter, /3番窓口/);
    assert.match(counter, /Counter 3/);
    assert.deepEqual(await board.locator('#recent li').evaluateAll((n) => n.map((x) => x.dataset.ticket)), ['A011', 'B004', 'A010']);
    assert.equal(await waiting(board, 'certificates'), '5');
    assert.equal(await waiting(board, 'insurance'), '0'); // a real 0: the store said so
    const estimate = await board.locator('tr[data-category="certificates"] .estimate').textContent();
    assert.match(estimate, /約12分/);
    assert.match(estimate, /about 12 min/);
    assert.equal((await board.locator('tr[data-category="insurance"] .estimate').textContent()).trim(), '—');
    assert.equal(await board.locator('#office').textContent(), 'かなで市役所 市民課');
    assert.match(await board.locator('#clock').textContent(), /^\d{2}:\d{2}$/);
    assert.equal(await board.getAttribute('body', 'data-stale'), 'false');
    assert.equal(await board.locator('#paused').isVisible(), false);
    assert.equal(await board.locator('#enable-sound').isVisible(), false, 'sound allowed by the kiosk flag: no button');
    assert.equal(await board.evaluate(() => window.KakanaiBoard.chimes), 0);
    assert.equal(await chimePlays(), 0);
  });

  await step('a new call appears, pushed over the WebSocket, and chimes', async () => {
    const next = snapshot(2, { nowCalling: [call('A013', 5, 0), call('A012', 3, 40)] });
    const sent = Date.now();
    const answered = fixture.write({ publish: next });
    await board.locator('.call[data-ticket="A013"]').waitFor();
    assert.equal(await answered, 'ok');
    const rendered = await board.evaluate(() => window.KakanaiBoard.renderedAt[2]);
    latencies.push(rendered - sent);
    assert.match(await board.locator('.call[data-ticket="A013"] .counter').textContent(), /5番窓口/);
    await board.waitForFunction(() => window.KakanaiBoard.chimes === 1);
    assert.equal(await chimePlays(), 1);
  });

  await step('publish to DOM, repeated: the board follows within 100 ms', async () => {
    for (let revision = 3; revision <= 12; ++revision) {
      const s = snapshot(revision, {
        nowCalling: [call('A013', 5, 0), call('A012', 3, 40)],
        categories: [category('certificates', 'A', '証明書', 'Certificates', revision, 2, 12)],
      });
      const sent = Date.now();
      const answered = fixture.write({ publish: s });
      await board.waitForFunction((r) => window.KakanaiBoard.renderedAt[r] !== undefined, revision);
      assert.equal(await answered, 'ok');
      latencies.push(await board.evaluate((r) => window.KakanaiBoard.renderedAt[r], revision) - sent);
      assert.equal(await waiting(board, 'certificates'), String(revision));
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`board-web latency: ${median} ms (median of ${sorted.length}; min ${sorted[0]} ms, max ${sorted.at(-1)} ms)`);
    assert.ok(median <= 100, `median publish → DOM ${median} ms`);
    assert.equal(await board.evaluate(() => window.KakanaiBoard.chimes), 1, 'changed counts alone do not chime');
  });

  await step('a recall chimes again and says so', async () => {
    await fixture.send({ publish: snapshot(13, { nowCalling: [call('A013', 5, -30, 2), call('A012', 3, 40)] }) });
    await board.waitForFunction(() => window.KakanaiBoard.chimes === 2);
    assert.equal(await board.locator('.call[data-ticket="A013"]').getAttribute('data-call-count'), '2');
    assert.match(await board.locator('.call[data-ticket="A013"] .recall').textContent(), /再呼出/);
    assert.equal(await chimePlays(), 2);
  });

  await step('a stale snapshot: 情報更新停止中, the last numbers stay', async () => {
    await fixture.send({ publish: snapshot(14, { stale: true, nowCalling: [call('A013', 5, -30, 2), call('A012', 3, 40)] }) });
    await board.locator('#paused').waitFor({ state: 'visible' });
    assert.equal(await board.getAttribute('body', 'data-stale'), 'true');
    assert.match(await board.locator('#paused').textContent(), /情報更新停止中/);
    assert.match(await board.locator('#paused').textContent(), /Updates paused/);
    assert.equal(await board.locator('.call[data-ticket="A013"]').count(), 1);
    assert.equal(await waiting(board, 'certificates'), '5');
    assert.equal(await waiting(board, 'moving'), '3');
    await fixture.send({ publish: snapshot(15, { nowCalling: [call('A013', 5, -30, 2), call('A012', 3, 40)] }) });
    await board.locator('#paused').waitFor({ state: 'hidden' });
    assert.equal(await board.evaluate(() => window.KakanaiBoard.chimes), 2, 'a snapshot going stale and back does not chime');
  });

  await step('混雑状況 (/status) shows the waiting counts and estimates', async () => {
    const status = watch(await context.newPage());
    await status.goto(`${base()}/status`);
    await status.locator('tr[data-category="moving"]').waitFor();
    assert.equal(await waiting(status, 'certificates'), '5');
    assert.equal(await waiting(status, 'moving'), '3');
    assert.match(await status.locator('tr[data-category="moving"] .estimate').textContent(), /約25分/);
    assert.equal(await status.locator('#paused').isVisible(), false);
    assert.equal(await status.locator('.call, [data-ticket]').count(), 0, 'no ticket numbers on the public page');
    const json = await (await status.request.get(`${base()}/status.json`)).json();
    assert.deepEqual(json.categories.map((c) => c.waiting), [5, 3, 0]);
    await fixture.send({ publish: snapshot(16, { stale: true }) });
    await status.reload();
    await status.locator('#paused').waitFor({ state: 'visible' });
    assert.equal(await waiting(status, 'certificates'), '5', 'numbers kept under the notice');
    await fixture.send({ publish: snapshot(17) });
    await status.close();
  });

  await step('the ticket page shows the number and follows the ticket live', async () => {
    const id = '6f1c2b9e-3d4a-4c8e-9b7f-0a1b2c3d4e5f';
    const view = {
      ticket: 'A014', category: { ja: '証明書', en: 'Certificates' }, state: 'waiting', peopleAhead: 2,
      estimatedWaitMinutes: 6, counterName: null, readAt: READ_AT, stale: false,
    };
    await fixture.send({ ticket: { id, view } });
    const phone = watch(await context.newPage());
    await phone.setViewportSize({ width: 390, height: 844 });
    const response = await phone.goto(`${base()}/ticket/${id}`);
    assert.equal(response.status(), 200);
    assert.equal((await phone.locator('#ticket-number').textContent()).trim(), 'A014');
    await phone.waitForFunction(() => document.body.dataset.state === 'waiting');
    assert.equal(await phone.locator('#ahead').getAttribute('data-people-ahead'), '2');
    assert.match(await phone.locator('#estimate').textContent(), /約6分/);

    // Called: the board changes, the page reads the ticket again.
    await fixture.send({ ticket: { id, view: { ...view, state: 'called', peopleAhead: 0, counterName: counters[2] } } });
    await fixture.send({ publish: snapshot(18, { nowCalling: [call('A014', 2, 0), call('A013', 5, -30, 2)] }) });
    await phone.waitForFunction(() => document.body.dataset.state === 'called');
    assert.match(await phone.locator('#state').textContent(), /2番窓口/);
    assert.match(await phone.locator('#state').textContent(), /Counter 2/);

    // The store fails: the page says so and keeps the number and state.
    await fixture.send({ ticketsFail: true });
    await fixture.send({ publish: snapshot(19, { nowCalling: [call('A014', 2, 0), call('A013', 5, -30, 2)] }) });
    await phone.locator('#paused').waitFor({ state: 'visible' });
    assert.equal((await phone.locator('#ticket-number').textContent()).trim(), 'A014');
    assert.equal(await phone.getAttribute('body', 'data-state'), 'called');
    const down = await phone.request.get(`${base()}/ticket/${id}`);
    assert.equal(down.status(), 503);
    assert.match(await down.text(), /情報更新停止中/);
    await fixture.send({ ticketsFail: false });

    const unknown = await phone.goto(`${base()}/ticket/00000000-0000-4000-8000-000000000000`);
    assert.equal(unknown.status(), 404);
    const bad = await phone.goto(`${base()}/ticket/A014`);
    assert.equal(bad.status(), 400);
    await phone.close();
  });

  await step('no data yet: "—", never 0', async () => {
    const empty = {
      office: 'かなで市役所 市民課', readAt: null, stale: false, revision: 0, nowCalling: [], recentlyCalled: [],
      categories: [category('certificates', 'A', '証明書', 'Certificates', 0, 0, null)],
    };
    await fixture.send({ publish: empty });
    const fresh = watch(await context.newPage());
    await fresh.goto(`${base()}/`);
    await fresh.waitForFunction(() => document.body.dataset.connected === 'true' && document.body.dataset.empty === 'true');
    await fresh.locator('tr[data-category="certificates"]').waitFor();
    assert.equal(await waiting(fresh, 'certificates'), '');
    assert.equal((await fresh.locator('tr[data-category="certificates"] .waiting-count').textContent()).trim(), '—');
    assert.equal(await fresh.locator('#none-calling').textContent(), '—');
    assert.equal(await fresh.locator('.call').count(), 0);
    const texts = await fresh.locator('.board-main').textContent();
    assert.ok(!/\b0\b/.test(texts), `no 0 anywhere on the board: ${texts}`);
    const status = watch(await context.newPage());
    await status.goto(`${base()}/status`);
    await status.waitForFunction(() => document.body.dataset.empty === 'true' && document.querySelector('tr[data-category]'));
    assert.equal((await status.locator('tr[data-category="certificates"] .waiting-count').textContent()).trim(), '—');
    await status.close();
    await fresh.close();
  });

  await step('the app gone (board_fixture killed): 情報更新停止中, numbers kept, back when it returns', async () => {
    const realistic = snapshot(20, {
      nowCalling: [call('A015', 2, 5), call('B005', 5, 25), call('A014', 3, 70, 2)],
      recentlyCalled: [call('A013', 1, 180), call('A012', 3, 260), call('C002', 2, 330), call('B004', 5, 420, 2), call('A011', 1, 510), call('A010', 3, 640)],
      categories: [
        category('certificates', 'A', '証明書', 'Certificates', 6, 2, 15),
        category('moving', 'B', '転入・転出', 'Moving in / out', 4, 1, 35),
        category('insurance', 'C', '国民健康保険', 'Health insurance', 2, 1, 10),
        category('mynumber', 'D', 'マイナンバーカード', 'My Number card', 0, 0, null),
      ],
    });
    await fixture.send({ publish: realistic });
    await board.locator('.call[data-ticket="A015"]').waitFor();
    await board.locator('#paused').waitFor({ state: 'hidden' });
    const before = await board.locator('.board-main').textContent();

    // For docs/images: the board as a TV shows it, its clock at the snapshot's time.
    await context.clock.setFixedTime(new Date(READ_AT));
    await board.waitForFunction(() => document.getElementById('clock').textContent === '10:30');
    const shot = path.join(work, 'board-web-ja.png');
    await board.screenshot({ path: shot });
    if (args['docs-image']) fs.copyFileSync(shot, args['docs-image']);

    const problemsBefore = [...problems];
    assert.deepEqual(problemsBefore, [], 'no page errors, no CSP complaints');
    const port = fixture.port;
    process.kill(fixture.child.pid, 'SIGKILL');
    await new Promise((resolve) => fixture.child.once('exit', resolve));
    await board.locator('#paused').waitFor({ state: 'visible' });
    assert.equal(await board.getAttribute('body', 'data-connected'), 'false');
    assert.equal(await board.locator('.board-main').textContent(), before, 'every number as it was');
    assert.equal(await waiting(board, 'certificates'), '6');

    // The app back on the same port: the board reconnects by itself (backoff from 1 s).
    fixture = await startFixture(port);
    await fixture.send({ publish: snapshot(1, { nowCalling: [call('A016', 1, 0)] }) });
    await board.waitForFunction(() => document.body.dataset.connected === 'true', null, { timeout: 20000 });
    await board.locator('.call[data-ticket="A016"]').waitFor();
    await board.locator('#paused').waitFor({ state: 'hidden' });
  });

  await step('nothing left 127.0.0.1', async () => {
    assert.deepEqual(outside, []);
  });
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  for (const f of new Set([fixtureProcess, fixture])) {
    if (f.child.exitCode === null && f.child.signalCode === null) {
      f.child.stdin.end(JSON.stringify({ quit: true }) + '\n');
    }
  }
}

console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);
