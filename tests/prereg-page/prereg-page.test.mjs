// The citizen's page end to end: `kakanai-cli prereg export`, the page opened
// from file:// in headless Chromium, an application typed as a citizen would
// (転入 with children), the QR code made, photographed, read with zbarimg,
// and its content decoded by hand (docs/qr-format.md) and by Kakanai's own
// decoder ($KAKANAI_CLI qr decode). Every field is compared with what was typed.
//
// node prereg-page.test.mjs --cli KAKANAI-CLI --modules DIR --work DIR [--docs-image PNG]
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
for (const required of ['cli', 'modules', 'work']) {
  if (!args[required]) throw new Error(`missing --${required}`);
  args[required] = path.resolve(args[required]);
}
const require = createRequire(path.join(args.modules, 'package.json'));
const { chromium } = require('playwright-core');

const work = fs.mkdtempSync(path.join(args.work, 'run-'));
const pageDir = path.join(work, 'page');
const settings = path.join(work, 'settings.ini'); // a fresh office: built-in forms and 手続ナビ
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

// --- docs/qr-format.md, reader side, written again here on purpose --------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
  return (c ^ 0xFFFFFFFF) >>> 0;
}
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  assert.ok(![1, 3, 6].includes(text.length % 8), 'Base32 length leaves 1, 3 or 6 characters over');
  const out = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = alphabet.indexOf(ch);
    assert.ok(v >= 0, `character outside the Base32 alphabet: ${ch}`);
    buffer = ((buffer << 5) | v) & 0xFFFF;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xFF);
      bits -= 8;
    }
  }
  assert.equal(buffer & ((1 << bits) - 1), 0, 'unused trailing bits are not zero');
  return Buffer.from(out);
}
function decodeSymbol(text) {
  const normalized = text.replace(/\s+/g, '').toUpperCase();
  assert.ok(normalized.startsWith('KKN1'), 'magic and version KKN1');
  assert.ok(/^[A-Z2-7]+$/.test(normalized.slice(4)), 'letters and digits only (QR alphanumeric)');
  const bytes = base32Decode(normalized.slice(4));
  assert.ok(bytes.length >= 10);
  const n = bytes.length - 9;
  const crc = bytes.readUInt32BE(5 + n);
  assert.equal(crc32(Buffer.concat([Buffer.from('KKN1'), bytes.subarray(0, 5 + n)])), crc, 'symbol CRC-32');
  return { index: (bytes[0] >> 4) + 1, count: (bytes[0] & 15) + 1, id: bytes.readUInt32BE(1), slice: bytes.subarray(5, 5 + n) };
}
function decodeMessage(texts) {
  const parts = texts.map(decodeSymbol).sort((a, b) => a.index - b.index);
  const count = parts[0].count;
  assert.equal(parts.length, count, 'every part present');
  parts.forEach((p, i) => {
    assert.equal(p.index, i + 1);
    assert.equal(p.count, count);
    assert.equal(p.id, parts[0].id);
    assert.ok(p.slice.length <= 700, 'at most 700 message bytes in one symbol');
  });
  const message = Buffer.concat(parts.map((p) => p.slice));
  assert.equal(crc32(message), parts[0].id, 'message id is the CRC-32 of the message');
  assert.equal(message[0], 0x00, 'flags: unsigned');
  const json = zlib.inflateSync(message.subarray(1)); // a zlib stream (RFC 1950), not raw deflate
  assert.ok(json.length <= 65536);
  return { document: JSON.parse(json.toString('utf8')), count };
}

function zbar(png) {
  const r = spawnSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8' });
  assert.equal(r.status, 0, `zbarimg found no code in ${png}: ${r.stderr}`);
  return r.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
}

// Every string of the document is what was typed, cleaned as the counter would.
const expected = {
  format: 'kakanai.prereg/1',
  events: ['tennyu'],
  answers: { children: true, nhi: false },
  forms: { 'jumin-ido': 1, 'child-allowance': 1 },
  person: {
    name: '山田　太郎', kana: 'ヤマダ　タロウ', birthDate: '1980-02-17', sex: '1', address: '東京都千代田区霞が関２－１－２',
  },
  facts: {
    moveDate: '2026-11-20',
    newAddress: '埼玉県さいたま市浦和区高砂３－１５－１',
    postalCode: '330-0063',
    phone: '090-1234-5678',
    householder: '山田　太郎',
    relationship: '世帯主',
    honseki: '東京都千代田区千代田１番',
    hittousha: '山田　太郎',
    bankName: 'さいたま銀行',
    bankBranch: '浦和支店',
    accountType: 'futsu',
    accountNumber: '1234567',
    accountHolderKana: 'ヤマダ　タロウ',
  },
  household: [
    { name: '山田　花子', kana: 'ヤマダ　ハナコ', birthDate: '1982-04-01', sex: '2', relationship: '妻' },
    { name: '山田　一郎', kana: 'ヤマダ　イチロウ', birthDate: '2020-05-01', sex: '1', relationship: '子' },
  ],
  fields: {
    'jumin-ido': { moveInBasis: 'certificate', cardContinued: true },
    'child-allowance': { pension: 'kosei', custody: true },
  },
  values: { spouseName: '山田　花子' },
};

function compareDocument(actual, label) {
  const { created, ...rest } = actual;
  assert.match(created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, `${label}: created with offset`);
  assert.ok(Math.abs(Date.parse(created) - Date.now()) < 10 * 60 * 1000, `${label}: created is now`);
  assert.deepStrictEqual(rest, expected, `${label}: every field as typed`);
}

// --- the export ------------------------------------------------------------
await step('export writes the page', async () => {
  execFileSync(args.cli, ['--settings', settings, 'prereg', 'export', pageDir], { stdio: 'pipe' });
  for (const f of ['index.html', 'style.css', 'app.js', 'jp.js', 'codec.js', 'definitions.js', 'sw.js',
    'manifest.webmanifest', 'icon.svg', 'README.md', 'vendor/qrcode.js', 'vendor/LICENSE-qrcode-generator.txt', 'vendor/README.md']) {
    assert.ok(fs.statSync(path.join(pageDir, f)).size > 0, f);
  }
  const sw = fs.readFileSync(path.join(pageDir, 'sw.js'), 'utf8');
  assert.match(sw, /kakanai-prereg-[0-9a-f]{16}'/, 'the cache name is the export digest');
  const defsText = fs.readFileSync(path.join(pageDir, 'definitions.js'), 'utf8');
  const defs = JSON.parse(defsText.slice(defsText.indexOf('=') + 1).trim().replace(/;$/, ''));
  assert.equal(defs.forms['jumin-ido'].version, 1);
  assert.ok(defs.events.some((e) => e.id === 'tennyu'));
  assert.ok(defs.facts.some((f) => f.key === 'moveDate' && f.type === 'date' && f.settable));
});

await step('export refuses a folder that is not empty, unless --force', async () => {
  const refused = spawnSync(args.cli, ['--settings', settings, 'prereg', 'export', pageDir], { encoding: 'utf8' });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /--force/);
  const forced = spawnSync(args.cli, ['--settings', settings, 'prereg', 'export', pageDir, '--force'], { encoding: 'utf8' });
  assert.equal(forced.status, 0, forced.stderr);
});

await step('export uses the municipality\'s forms (--forms-dir) and refuses broken ones', async () => {
  const source = process.env.KAKANAI_SOURCE_DIR;
  assert.ok(source, 'KAKANAI_SOURCE_DIR (set by ctest)');
  const own = path.join(work, 'own-forms');
  fs.mkdirSync(own);
  const form = JSON.parse(fs.readFileSync(path.join(source, 'resources/forms/jumin-ido.json'), 'utf8'));
  form.version = 7;
  form.title.ja = '住民異動届（当市様式）';
  fs.writeFileSync(path.join(own, 'jumin-ido.json'), JSON.stringify(form));
  const ownPage = path.join(work, 'own-page');
  execFileSync(args.cli, ['--settings', settings, 'prereg', 'export', ownPage, '--forms-dir', own], { stdio: 'pipe' });
  const text = fs.readFileSync(path.join(ownPage, 'definitions.js'), 'utf8');
  const defs = JSON.parse(text.slice(text.indexOf('=') + 1).trim().replace(/;$/, ''));
  assert.equal(defs.forms['jumin-ido'].version, 7);
  assert.equal(defs.forms['jumin-ido'].title.ja, '住民異動届（当市様式）');

  fs.writeFileSync(path.join(own, 'broken.json'), '{"format": 1, "id": ');
  const brokenPage = path.join(work, 'broken-page');
  const r = spawnSync(args.cli, ['--settings', settings, 'prereg', 'export', brokenPage, '--forms-dir', own], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /broken\.json/);
  assert.ok(!fs.existsSync(brokenPage), 'nothing written');
});

// --- the page ----------------------------------------------------------------
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kakanai-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.KAKANAI_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 412, height: 900 },
  deviceScaleFactor: 2,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
});
const page = context.pages()[0] || await context.newPage();
const problems = [];
const requests = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => {
  // From file:// Chromium may not read the web app manifest (it is for https).
  const where = m.location()?.url || '';
  if (m.type() === 'error' && !/manifest/i.test(m.text() + where)) problems.push(`console: ${m.text()} (${where})`);
});
page.on('request', (r) => requests.push(r.url()));

try {
  await page.goto(pathToFileURL(path.join(pageDir, 'index.html')).href);

  const value = (id) => page.locator('#' + id).inputValue();
  const type = async (id, text) => {
    await page.locator('#' + id).fill(text);
    await page.locator('#' + id).blur(); // the page shows it back as the counter would
  };
  const errorOf = (id) => page.locator('#' + id + '-error');
  // Presses the button; the code, or a failure naming the page's complaints.
  const makeCode = async () => {
    await page.locator('#make-qr').click();
    await page.locator('#qr-output canvas, #qr-errors, #qr-notice').first().waitFor();
    const complaints = await page.evaluate(() => [...document.querySelectorAll('.error:not([hidden])')]
      .map((n) => `${n.id}: ${n.textContent}`));
    assert.deepEqual(complaints, [], 'the page accepts the application');
  };

  await step('page opens from file:// with large touch targets on a narrow screen', async () => {
    await page.locator('#event-tennyu').waitFor();
    assert.equal(await page.locator('h1').textContent(), '窓口の事前申請');
    const small = await page.evaluate(() => [...document.querySelectorAll('button, .option, input[type=text], input[type=tel], textarea')]
      .filter((n) => n.getBoundingClientRect().height < 48).map((n) => n.id || n.className));
    assert.deepEqual(small, [], 'every touch target is at least 48 px high');
    await page.setViewportSize({ width: 360, height: 800 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 360 px');
    await page.setViewportSize({ width: 412, height: 900 });
  });

  await step('転入 with children: the 手続ナビ lists the forms and tasks', async () => {
    await page.locator('label:has(#event-tennyu)').click();
    await page.locator('#q-children-yes').check();
    await page.locator('#q-nhi-no').check();
    const forms = await page.locator('#checklist li.form').evaluateAll((nodes) => nodes.map((n) => n.dataset.form));
    assert.deepEqual(forms, ['jumin-ido', 'child-allowance']);
    const tasks = await page.locator('#checklist li.task').allTextContents();
    assert.ok(tasks.some((t) => t.includes('小・中学校の転入学手続き')), 'a task without a form is shown as information');
  });

  await step('the name typed with an IME gives the フリガナ', async () => {
    const cdp = await context.newCDPSession(page);
    await page.locator('#person-name').focus();
    for (const [reading, kanji] of [['やまだ', '山田'], ['たろう', '太郎']]) {
      if (kanji === '太郎') await cdp.send('Input.insertText', { text: '　' });
      for (let i = 1; i <= reading.length; ++i) {
        await cdp.send('Input.imeSetComposition', { text: reading.slice(0, i), selectionStart: i, selectionEnd: i });
      }
      await cdp.send('Input.imeSetComposition', { text: kanji, selectionStart: kanji.length, selectionEnd: kanji.length });
      await cdp.send('Input.insertText', { text: kanji });
    }
    assert.equal(await value('person-name'), '山田　太郎');
    assert.equal(await value('person-kana'), 'ヤマダ　タロウ');
    await cdp.detach();
  });

  await step('the person; dates typed as 和暦 are shown back as 和暦', async () => {
    await type('person-birthDate', 'S55.2.17');
    assert.equal(await value('person-birthDate'), '昭和55年2月17日');
    await page.locator('#person-sex-1').check();
    await type('person-address', '東京都千代田区霞が関２－１－２');
  });

  await step('the shared facts; a bad postal code is refused next to the field', async () => {
    await type('fact-moveDate', 'R8.11.20');
    assert.equal(await value('fact-moveDate'), '令和8年11月20日');
    await type('fact-newAddress', '埼玉県さいたま市浦和区高砂３－１５－１');
    await type('fact-postalCode', '33-0063');
    assert.equal(await errorOf('fact-postalCode').textContent(), '郵便番号は7桁です（例：123-4567）。');
    assert.equal(await page.locator('#fact-postalCode').getAttribute('aria-invalid'), 'true');
    await type('fact-phone', '０９０１２３４５６７８');
    assert.equal(await value('fact-phone'), '090-1234-5678');
    await type('fact-householder', '山田　太郎');
    await type('fact-relationship', '世帯主');
    await type('fact-honseki', '東京都千代田区千代田１番');
    await type('fact-hittousha', '山田　太郎');
    await type('fact-bankName', 'さいたま銀行');
    await type('fact-bankBranch', '浦和支店');
    await page.locator('#fact-accountType-futsu').check();
    await type('fact-accountNumber', '123456');
    assert.match(await errorOf('fact-accountNumber').textContent(), /7桁の数字/);
    await type('fact-accountNumber', '1234567');
    await type('fact-accountHolderKana', 'やまだ　たろう');
    assert.equal(await value('fact-accountHolderKana'), 'ヤマダ　タロウ', 'hiragana becomes katakana');
    await type('value-spouseName', '山田　花子');
  });

  await step('two household members', async () => {
    const members = [
      ['山田　花子', 'やまだ　はなこ', '1982/4/1', '2', '妻'],
      ['山田　一郎', 'ヤマダ　イチロウ', '令和2年5月1日', '1', '子'],
    ];
    for (const [i, [name, kana, birth, sex, relationship]] of members.entries()) {
      await page.locator('#member-add').click();
      await type(`member-${i}-name`, name);
      await type(`member-${i}-kana`, kana);
      await type(`member-${i}-birthDate`, birth);
      await page.locator(`#member-${i}-sex-${sex}`).check();
      await type(`member-${i}-relationship`, relationship);
    }
    assert.equal(await value('member-0-kana'), 'ヤマダ　ハナコ');
    assert.equal(await value('member-0-birthDate'), '昭和57年4月1日');
  });

  await step('the forms\' own fields, from the definitions', async () => {
    await page.locator('#field-jumin-ido-moveInBasis-certificate').check();
    await page.locator('#field-jumin-ido-cardContinued').check();
    await page.locator('#field-child-allowance-pension-kosei').check();
    await page.locator('#field-child-allowance-custody').check();
    // Preset by the 手続ナビ (kind = tennyu), given by the card, or handwritten: not asked.
    for (const id of ['field-jumin-ido-kind', 'field-jumin-ido-name', 'field-child-allowance-claimantIndividualNumber']) {
      assert.equal(await page.locator('#' + id).count(), 0, id);
    }
  });

  await step('no code while a field is wrong', async () => {
    await page.locator('#make-qr').click();
    await page.locator('#qr-errors').waitFor();
    assert.equal(await page.locator('#qr-output canvas').count(), 0);
    assert.equal(await errorOf('fact-postalCode').isVisible(), true);
    await type('fact-postalCode', '３３０－００６３');
    assert.equal(await value('fact-postalCode'), '330-0063');
  });

  let symbolTexts;
  await step('the QR code: zbarimg reads KKN1 symbols whose content is what was typed', async () => {
    await makeCode();
    const canvases = page.locator('#qr-output canvas');
    const n = await canvases.count();
    symbolTexts = [];
    for (let i = 0; i < n; ++i) {
      const png = path.join(work, `qr-${i + 1}.png`);
      await canvases.nth(i).screenshot({ path: png });
      const read = zbar(png);
      assert.equal(read.length, 1, `one symbol in ${png}`);
      assert.match(read[0], /^KKN1[A-Z2-7]+$/);
      symbolTexts.push(read[0]);
    }
    assert.deepEqual(symbolTexts, await page.evaluate(() => window.KakanaiPage.symbols()), 'read as drawn');
    const decoded = decodeMessage(symbolTexts);
    assert.equal(decoded.count, n);
    compareDocument(decoded.document, 'decoded from the PNG');
    console.log(`  ${n} symbol(s), ${symbolTexts.map((s) => s.length).join('+')} characters`);
  });

  await step('a long message is split into parts that join again (structured append)', async () => {
    const texts = await page.evaluate(async () => window.KakanaiCodec.make(JSON.stringify(window.KakanaiPage.lastDocument()), 120));
    assert.ok(texts.length > 1 && texts.length <= 16, `${texts.length} parts`);
    const shuffled = [...texts].reverse();
    compareDocument(decodeMessage(shuffled).document, 'from parts');
  });

  const allPng = path.join(work, 'qr-all.png');
  await page.locator('#qr-output').screenshot({ path: allPng });
  assert.deepEqual(zbar(allPng).sort(), [...symbolTexts].sort());

  // For the GUI scenario (tests/visit): the real app reads this very code.
  fs.copyFileSync(allPng, path.join(args.work, 'page-code.png'));
  fs.writeFileSync(path.join(args.work, 'page-code.txt'), symbolTexts.join('\n') + '\n');

  if (!process.env.KAKANAI_CLI) {
    throw new Error('KAKANAI_CLI must name the built kakanai-cli: the code is also read by Kakanai\'s own decoder');
  }
  {
    await step('Kakanai\'s own decoder reads the same application', async () => {
      const r = spawnSync(process.env.KAKANAI_CLI, ['--settings', settings, 'qr', 'decode', '--image', allPng, '--json'], { encoding: 'utf8' });
      assert.equal(r.status, 0, `kakanai-cli qr decode failed: ${r.stderr}`);
      const out = JSON.parse(r.stdout);
      assert.equal(out.signature.state, 'unsigned');
      assert.equal(out.symbols, symbolTexts.length);
      compareDocument(out.content, 'kakanai-cli qr decode');
    });
  }

  await step('English is one button away, with the definitions\' English texts', async () => {
    await page.locator('#language').click();
    assert.equal(await page.locator('h1').textContent(), 'Apply before your visit');
    assert.equal(await page.locator('label:has(#event-tennyu)').textContent(), 'Moving in');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.locator('#language').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
  });

  await step('nothing left the page, nothing went wrong', async () => {
    const outside = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'));
    assert.deepEqual(outside, [], 'no request leaves the device');
    assert.deepEqual(problems, []);
  });

  // For docs/images: the page with its code, as a phone shows it.
  await makeCode();
  await page.evaluate(() => document.getElementById('step-qr').scrollIntoView({ block: 'start' }));
  const shot = path.join(work, 'prereg-page.png');
  await page.screenshot({ path: shot });
  if (args['docs-image']) fs.copyFileSync(shot, args['docs-image']);

  await step('served over http://localhost, the page keeps working offline (service worker)', async () => {
    const http = await import('node:http');
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
    const server = http.createServer((req, res) => {
      const file = path.join(pageDir, decodeURIComponent(new URL(req.url, 'http://localhost').pathname).replace(/\/$/, '/index.html'));
      if (!file.startsWith(pageDir) || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' }).end(fs.readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://localhost:${server.address().port}/index.html`;
    const online = await context.newPage();
    await online.goto(url);
    await online.evaluate(() => navigator.serviceWorker.ready);
    await online.close();
    await new Promise((resolve) => server.close(resolve));
    server.closeAllConnections?.();
    const offline = await context.newPage();
    await offline.goto(url);
    await offline.locator('label:has(#event-tennyu)').click();
    assert.equal(await offline.locator('#checklist li.form').count(), 1, 'the page and its definitions came from the cache');
    await offline.close();
  });
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);
