// Japanese text rules of the counter (core/jp, core/forms/FieldValidator),
// again in the browser: the citizen sees the same verdict at home as the
// clerk would at the desk. Messages are keys of the page's texts (app.js),
// never the typed value.
'use strict';

window.KakanaiJp = (function () {
  const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g;

  // Full-width ASCII (U+FF01–U+FF5E) → ASCII; nothing else is touched.
  function fullwidthAsciiToAscii(text) {
    return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
  }

  // Trims, and every run of white space becomes one space of the given kind.
  function normalizeSpaces(text, space) {
    return text.replace(/[\s\u3000\u00A0]+/g, space).replace(new RegExp('^' + space + '|' + space + '$', 'g'), '');
  }

  function hiraganaToKatakana(text) {
    return text.replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  }

  // Half-width katakana → full width, joining ﾞ/ﾟ (NFKC of that block only).
  function halfwidthToFullwidthKatakana(text) {
    return text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
  }

  // The clean-up of a フリガナ field (KanaNormalizer::normalizeFurigana).
  function normalizeFurigana(text) {
    let s = text.normalize('NFC');
    s = halfwidthToFullwidthKatakana(s);
    s = hiraganaToKatakana(s);
    s = fullwidthAsciiToAscii(s);
    return normalizeSpaces(s, '\u3000');
  }

  // Full-width katakana (ァ–ヶ), ー, and single U+3000 between parts.
  function checkKatakana(text) {
    if (!text) return 'kanaEmpty';
    if (/^[\u30A1-\u30F6\u30FC]+(\u3000[\u30A1-\u30F6\u30FC]+)*$/.test(text)) return null;
    if (/[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/.test(text)) return 'kanaKanji';
    if (/[A-Za-z0-9]/.test(text)) return 'kanaLatin';
    return 'kanaOther';
  }

  // --- dates -------------------------------------------------------------
  // 元号: first day and the Gregorian year of its year 1. Dates before
  // 1873-01-01 (明治6年, the Gregorian calendar) are refused, as at the desk.
  const ERAS = [
    { code: 1, name: '明治', letter: 'M', start: [1868, 1, 25], base: 1868 },
    { code: 2, name: '大正', letter: 'T', start: [1912, 7, 30], base: 1912 },
    { code: 3, name: '昭和', letter: 'S', start: [1926, 12, 25], base: 1926 },
    { code: 4, name: '平成', letter: 'H', start: [1989, 1, 8], base: 1989 },
    { code: 5, name: '令和', letter: 'R', start: [2019, 5, 1], base: 2019 },
  ];
  const FIRST_SUPPORTED = [1873, 1, 1];

  function cmp(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  }
  function daysInMonth(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  function gregorian(y, m, d) {
    if (m < 1 || m > 12) return { error: 'monthRange' };
    if (d < 1 || d > daysInMonth(y, m)) return { error: 'dayRange', max: daysInMonth(y, m) };
    const date = [y, m, d];
    if (cmp(date, FIRST_SUPPORTED) < 0) return { error: 'before1873' };
    return { date };
  }
  function eraDate(era, year, m, d) {
    if (!era) return { error: 'unknownEra' };
    if (year < 1) return { error: 'yearRange' };
    const g = gregorian(era.base + year - 1, m, d);
    if (g.error) return g;
    const next = ERAS.find((e) => e.code === era.code + 1);
    if (cmp(g.date, era.start) < 0 || (next && cmp(g.date, next.start) >= 0)) return { error: 'outsideEra' };
    return g;
  }
  function eraFromText(text) {
    const byName = ERAS.find((e) => e.name === text);
    if (byName) return byName;
    if (text.length === 1) return ERAS.find((e) => e.letter === text.toUpperCase()) || null;
    return null;
  }

  // JapaneseDate::parse: 令和6年4月1日, 令和元年5月1日, R6.4.1, r6/4/1, H.31.4.30,
  // 5060401, 2024-04-01, 2024/4/1, 2024年4月1日, 20240401.
  // Gives {date: [y, m, d]} or {error: key}.
  function parseDate(input) {
    let text = String(input).normalize('NFKC').replace(DASHES, '-');
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) return { error: 'dateFormat' };
    let m = text.match(/^(\d{4}) ?(?:年|[./-]) ?(\d{1,2}) ?(?:月|[./-]) ?(\d{1,2}) ?日?$/);
    if (m) return gregorian(+m[1], +m[2], +m[3]);
    m = text.match(/^(\d{4})(\d{2})(\d{2})$/);
    if (m) return gregorian(+m[1], +m[2], +m[3]);
    m = text.match(/^(\d)(\d{2})(\d{2})(\d{2})$/);
    if (m) return eraDate(ERAS.find((e) => e.code === +m[1]), +m[2], +m[3], +m[4]);
    m = text.match(/^([^\d\s./-]+?)\.? ?(元|\d{1,4}) ?(?:年|[./-]) ?(\d{1,2}) ?(?:月|[./-]) ?(\d{1,2}) ?日?$/);
    if (m) return eraDate(eraFromText(m[1]), m[2] === '元' ? 1 : +m[2], +m[3], +m[4]);
    return { error: 'dateFormat' };
  }

  function pad(n, width) {
    return String(n).padStart(width, '0');
  }
  function isoDate(date) {
    return pad(date[0], 4) + '-' + pad(date[1], 2) + '-' + pad(date[2], 2);
  }
  function fromIso(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return m ? [+m[1], +m[2], +m[3]] : null;
  }
  // 令和8年11月20日 (元年 for the first year).
  function wareki(date) {
    for (let i = ERAS.length - 1; i >= 0; --i) {
      if (cmp(date, ERAS[i].start) >= 0) {
        const year = date[0] - ERAS[i].base + 1;
        return ERAS[i].name + (year === 1 ? '元' : year) + '年' + date[1] + '月' + date[2] + '日';
      }
    }
    return isoDate(date);
  }
  function today() {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  }

  // --- postal codes and phone numbers --------------------------------------
  // PostalCode::parse: {value: "123-4567"} or {error}.
  function parsePostalCode(input) {
    let s = fullwidthAsciiToAscii(String(input)).replace(DASHES, '-');
    s = normalizeSpaces(s, ' ');
    if (s.startsWith('\u3012')) s = s.slice(1).trim();
    if (!s) return { error: 'required' };
    const m = s.match(/^(\d{3})(?: ?- ?| )?(\d{4})$/);
    if (m) return { value: m[1] + '-' + m[2] };
    const digits = (s.match(/\d/g) || []).length;
    return { error: digits !== 7 ? 'postalDigits' : 'postalShape' };
  }

  function grouped(digits, sizes) {
    const parts = [];
    let at = 0;
    for (const size of sizes) {
      parts.push(digits.slice(at, at + size));
      at += size;
    }
    return parts.join('-');
  }

  // PhoneNumber::parse: {value: "090-1234-5678"} or {error}.
  function parsePhone(input) {
    let s = fullwidthAsciiToAscii(String(input)).replace(DASHES, '-');
    s = normalizeSpaces(s, ' ');
    if (!s) return { error: 'required' };
    if (s.startsWith('+81')) {
      s = s.slice(3).replace(/^[ -]+/, '');
      if (!s.startsWith('0')) s = '0' + s;
    }
    if (!/^[0-9() -]+$/.test(s)) return { error: 'phoneCharacters' };
    const groups = s.split(/[() -]+/).filter((g) => g);
    const digits = groups.join('');
    if (!digits.startsWith('0')) return { error: 'phoneZero' };
    if (digits.startsWith('00') || digits.startsWith('010')) return { error: 'phoneInternational' };
    if (digits.startsWith('020')) return { error: 'phone020' };
    const prefix = (p) => digits.startsWith(p);
    const freeDial0800 = prefix('0800');
    const mobile = (prefix('070') || prefix('080') || prefix('090')) && !freeDial0800;
    const ip = prefix('050');
    if (digits.length === 11) {
      if (mobile || ip) return { value: grouped(digits, [3, 4, 4]) };
      if (freeDial0800) return { value: grouped(digits, [4, 3, 4]) };
      return { error: 'phone11' };
    }
    if (digits.length === 10) {
      if (mobile || ip) return { error: 'phoneMobile11' };
      if (freeDial0800) return { error: 'phone0800' };
      if (prefix('0120') || prefix('0570')) return { value: grouped(digits, [4, 3, 3]) };
      const plausible = groups.length === 3 && groups[0].length >= 2 && groups[0].length <= 5 &&
        groups[1].length >= 1 && groups[1].length <= 4 && groups[2].length === 4;
      return { value: plausible ? groups.join('-') : digits };
    }
    return { error: 'phoneLength' };
  }

  // User-visible characters, as the desk counts maxLength.
  function graphemeCount(text) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      let n = 0;
      for (const _ of new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(text)) ++n; // eslint-disable-line no-unused-vars
      return n;
    }
    return Array.from(text).length;
  }

  function hasControlCharacter(text) {
    return /[\u0000-\u001F\u007F-\u009F]/.test(text); // eslint-disable-line no-control-regex
  }

  return {
    fullwidthAsciiToAscii, normalizeSpaces, hiraganaToKatakana, normalizeFurigana, checkKatakana,
    parseDate, isoDate, fromIso, wareki, today, cmpDate: cmp,
    parsePostalCode, parsePhone, graphemeCount, hasControlCharacter,
  };
})();
