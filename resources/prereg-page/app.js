// The citizen's page: choose the life events, answer the 手続ナビ's questions,
// fill in what the chosen forms need, and get the QR code for the counter.
// Everything stays in this page: nothing is sent and nothing is stored.
'use strict';

(function () {
  const defs = window.KAKANAI_DEFINITIONS;
  const jp = window.KakanaiJp;
  const codec = window.KakanaiCodec;
  const MAX_EVENTS = 4;
  const MAX_FORMS = 20;
  const MAX_HOUSEHOLD = 20;
  const MAX_STRING = 500;

  const TEXTS = {
    ja: {
      pageTitle: '窓口の事前申請',
      lead: 'お手続きの内容を前もって入力すると、QRコードができます。窓口でこのQRコードをお見せください。',
      privacy: '入力した内容は、この端末の中だけで使われます。どこにも送信されず、保存もされません（ページを閉じると消えます）。',
      switchLanguage: 'English',
      stepEvents: '1. どのようなお手続きですか',
      eventsHint: 'あてはまるものを選んでください（4つまで）。',
      questions: '次の質問にお答えください',
      yes: 'はい',
      no: 'いいえ',
      checklist: '必要なお手続き',
      checklistForm: '届出書',
      checklistTask: '窓口でご案内',
      noEventYet: 'お手続きを選ぶと、必要な届出書が表示されます。',
      stepPerson: '2. 届け出る方（ご本人）',
      personHint: 'マイナンバーカードに記載のとおり入力してください。',
      name: '氏名',
      kana: 'フリガナ',
      kanaHint: 'カタカナで入力してください（ひらがなは自動でカタカナになります）。',
      birthDate: '生年月日',
      dateHint: '例：令和8年11月20日、R8.11.20、H30/5/1、2026-11-20',
      sex: '性別',
      sex1: '男',
      sex2: '女',
      sex9: 'その他',
      address: '現住所（カードに記載の住所）',
      stepDetails: '3. 届出の内容',
      shared: '届出に共通の内容',
      household: '一緒に届け出る世帯員',
      householdHint: '異動する方、手当の対象となるお子さんなどを追加してください。',
      member: '世帯員',
      relationship: '続柄',
      relationshipHint: '例：妻、夫、子、父、母',
      addMember: '世帯員を追加',
      removeMember: 'この世帯員を削除',
      required: '必須',
      chooseNone: '選択してください',
      stepQr: '4. QRコード',
      makeQr: 'QRコードを作る',
      qrShow: '窓口でこのQRコードをお見せください。',
      qrSeveral: 'QRコードが{n}つあります。すべて読み取ってもらってください。',
      qrPart: 'QRコード {i}/{n}',
      qrSave: '画像として保存',
      qrStale: '入力が変わりました。もう一度「QRコードを作る」を押してください。',
      fixErrors: '入力内容を確認してください（{n}件）。',
      noForms: '選んだお手続きには、前もって記入する届出書がありません。',
      noEvent: 'お手続きを選んでください。',
      tooManyForms: '届出書が多すぎます（{max}件まで）。お手続きを分けてください。',
      codeTooLong: '入力が多すぎて QR コードに収まりません。',
      noCompression: 'このブラウザでは QR コードを作れません。新しいブラウザでお試しください。',
      scriptMissing: '',
    },
    en: {
      pageTitle: 'Apply before your visit',
      lead: 'Fill in your application here and get a QR code. Show the QR code at the counter.',
      privacy: 'What you type is used only on this device. It is not sent anywhere and not stored (it is gone when you close the page).',
      switchLanguage: '日本語',
      stepEvents: '1. What is your visit about?',
      eventsHint: 'Choose what applies (up to 4).',
      questions: 'Please answer these questions',
      yes: 'Yes',
      no: 'No',
      checklist: 'What you need to do',
      checklistForm: 'Form',
      checklistTask: 'At the counter',
      noEventYet: 'Choose your procedure to see the forms you need.',
      stepPerson: '2. The person',
      personHint: 'As written on your My Number card.',
      name: 'Name',
      kana: 'Name in katakana (furigana)',
      kanaHint: 'In katakana (hiragana is turned into katakana).',
      birthDate: 'Date of birth',
      dateHint: 'E.g. 令和8年11月20日, R8.11.20, H30/5/1, 2026-11-20',
      sex: 'Sex',
      sex1: 'Male',
      sex2: 'Female',
      sex9: 'Other',
      address: 'Current address (as on the card)',
      stepDetails: '3. Your application',
      shared: 'Shared by the forms',
      household: 'Household members',
      householdHint: 'Add the people moving with you, the children the allowance is for, and so on.',
      member: 'Member',
      relationship: 'Relationship',
      relationshipHint: 'E.g. 妻 (wife), 夫 (husband), 子 (child)',
      addMember: 'Add a member',
      removeMember: 'Remove this member',
      required: 'required',
      chooseNone: 'Choose',
      stepQr: '4. QR code',
      makeQr: 'Make the QR code',
      qrShow: 'Show this QR code at the counter.',
      qrSeveral: 'There are {n} QR codes. Have every one of them scanned.',
      qrPart: 'QR code {i}/{n}',
      qrSave: 'Save as an image',
      qrStale: 'You changed your answers. Press "Make the QR code" again.',
      fixErrors: 'Please check what you typed ({n}).',
      noForms: 'The chosen procedures need no form filled in beforehand.',
      noEvent: 'Choose your procedure.',
      tooManyForms: 'Too many forms (at most {max}). Split your procedures.',
      codeTooLong: 'Too much to fit into the QR codes.',
      noCompression: 'This browser cannot make the QR code. Please try a recent browser.',
      scriptMissing: '',
    },
  };

  const MESSAGES = {
    ja: {
      required: '入力してください。',
      mustTick: 'チェックを入れてください。',
      tooLong: '{max}文字以内で入力してください（いま{n}文字）。',
      pattern: '形式が違います：{hint}',
      patternNoHint: '形式が違います。',
      control: '使えない文字が含まれています。',
      kanaEmpty: '入力してください。',
      kanaKanji: '漢字は使えません。カタカナで入力してください。',
      kanaLatin: '英字・数字は使えません。カタカナで入力してください。',
      kanaOther: 'カタカナ、長音「ー」、空白のみ入力できます。',
      dateFormat: '日付として読めません。例：令和8年11月20日、R8.11.20、2026-11-20',
      unknownEra: '元号は明治・大正・昭和・平成・令和（M・T・S・H・R）です。',
      yearRange: '年が正しくありません。',
      monthRange: '月は1から12です。',
      dayRange: 'この月の日は1から{max}です。',
      outsideEra: 'その元号にはない日付です。',
      before1873: '1873年（明治6年）1月1日より前の日付は扱えません。',
      notFuture: '今日より後の日付は入力できません。',
      notPast: '今日より前の日付は入力できません。',
      postalDigits: '郵便番号は7桁です（例：123-4567）。',
      postalShape: '123-4567 の形で入力してください。',
      phoneCharacters: '電話番号には数字とハイフンだけを使ってください。',
      phoneZero: '電話番号は0から始まります。',
      phoneInternational: '国際電話の番号は使えません。日本の番号を入力してください。',
      phone020: '020で始まる番号は使えません。',
      phone11: '11桁の番号は携帯（070・080・090）、IP電話（050）、0800だけです。',
      phoneMobile11: '携帯（070・080・090）とIP電話（050）の番号は11桁です。',
      phone0800: '0800の番号は11桁です。',
      phoneLength: '電話番号は10桁（携帯・IP電話は11桁）です。',
      choice: '選択肢から選んでください。',
      number: '整数を入力してください。',
      numberMin: '{min}以上を入力してください。',
      numberMax: '{max}以下を入力してください。',
      memberName: '世帯員の氏名を入力してください。',
      householdRequired: '世帯員を追加してください。',
      householdChildren: '対象となるお子さんを世帯員に追加してください。',
      answerQuestion: 'はい・いいえを選んでください。',
    },
    en: {
      required: 'Required.',
      mustTick: 'Please tick this.',
      tooLong: 'At most {max} characters (this has {n}).',
      pattern: 'Not in the expected form: {hint}',
      patternNoHint: 'Not in the expected form.',
      control: 'Contains characters that cannot be used.',
      kanaEmpty: 'Required.',
      kanaKanji: 'Kanji cannot be used; write in katakana.',
      kanaLatin: 'Letters and digits cannot be used; write in katakana.',
      kanaOther: 'Only katakana, the long vowel mark ー and spaces.',
      dateFormat: 'This is not a date. Examples: 令和8年11月20日, R8.11.20, 2026-11-20.',
      unknownEra: 'Unknown era. Use 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R).',
      yearRange: 'The year is not valid.',
      monthRange: 'The month must be between 1 and 12.',
      dayRange: 'The day must be between 1 and {max} for this month.',
      outsideEra: 'That era has no such date.',
      before1873: 'Dates before 1 January 1873 are not supported.',
      notFuture: 'The date cannot be after today.',
      notPast: 'The date cannot be before today.',
      postalDigits: 'A postal code has seven digits, as in 123-4567.',
      postalShape: 'Write the postal code as 123-4567.',
      phoneCharacters: 'A telephone number may contain only digits and hyphens.',
      phoneZero: 'A telephone number starts with 0.',
      phoneInternational: 'International numbers are not accepted; enter a Japanese number.',
      phone020: 'Numbers starting with 020 are not accepted.',
      phone11: 'Only mobile (070, 080, 090), IP (050) and 0800 numbers have 11 digits.',
      phoneMobile11: 'Mobile (070, 080, 090) and IP (050) numbers have 11 digits.',
      phone0800: '0800 numbers have 11 digits.',
      phoneLength: 'A telephone number has 10 digits, or 11 for mobile and IP phones.',
      choice: 'Choose one of the options.',
      number: 'Enter a whole number.',
      numberMin: 'At least {min}.',
      numberMax: 'At most {max}.',
      memberName: 'Enter the member\'s name.',
      householdRequired: 'Add the household members.',
      householdChildren: 'Add the children to the household members.',
      answerQuestion: 'Choose yes or no.',
    },
  };

  // --- state: only in memory ------------------------------------------------
  const state = {
    lang: 'ja', // Japanese first; the button switches
    events: [],
    answers: {},
    inputs: {},      // input id → raw text or boolean
    household: [],   // rows of raw text
    errors: {},      // input id → {key, params}
    attempted: false,
    symbols: null,
    notice: null,    // {key, params}
  };
  const autoKana = { enabled: true, text: '', reading: '' };

  function t(key, params) {
    return fill(TEXTS[state.lang][key] ?? TEXTS.ja[key] ?? key, params);
  }
  function msg(key, params) {
    return fill(MESSAGES[state.lang][key] ?? MESSAGES.ja[key] ?? key, params);
  }
  function fill(text, params) {
    return String(text).replace(/\{(\w+)\}/g, (m, k) => (params && k in params ? params[k] : m));
  }
  function loc(text) {
    if (!text) return '';
    return (state.lang === 'en' && text.en) ? text.en : text.ja;
  }

  // --- the 手続ナビ ------------------------------------------------------------
  function chosenEvents() {
    return defs.events.filter((e) => state.events.includes(e.id));
  }
  function questionsFor(events) {
    const ids = [];
    for (const e of events) for (const q of e.questions) if (!ids.includes(q)) ids.push(q);
    return ids.map((id) => defs.questions.find((q) => q.id === id)).filter(Boolean);
  }
  // A procedure applies when all its ifYes questions are yes and none of its
  // ifNo questions is (unanswered counts as no).
  function applies(p) {
    return (p.ifYes || []).every((q) => state.answers[q] === true) &&
      (p.ifNo || []).every((q) => state.answers[q] !== true);
  }
  function checklist() {
    const items = [];
    const seen = new Set();
    for (const e of chosenEvents()) {
      for (const p of e.procedures) {
        if (!applies(p)) continue;
        if (p.form) {
          if (seen.has(p.form) || !defs.forms[p.form]) continue;
          seen.add(p.form);
          items.push({ form: p.form, label: defs.forms[p.form].title, note: p.note, presets: p.presets || {} });
        } else {
          items.push({ task: true, label: p.task, note: p.note });
        }
      }
    }
    return items;
  }

  // --- what the chosen forms ask -------------------------------------------
  function factType(key) {
    const f = defs.facts.find((x) => x.key === key);
    return f && f.settable ? f.type : null;
  }

  // Where the page takes a field's value from, after the counter's rules:
  // the first source decides (a shared fact, the person, a prereg value);
  // the card and the counter fill the rest, the citizen handwrites some.
  function classify(field, presets) {
    if (field.id in presets) return { kind: 'preset' };
    if (field.handwritten || field.type === 'individualNumber') return { kind: 'none' };
    const sources = field.sources || [];
    if (field.type === 'members')
      return sources.includes('visit.household') ? { kind: 'household' } : { kind: 'none' };
    for (const source of sources) {
      const [prefix, key] = source.split('.');
      if (prefix === 'visit') {
        if (!factType(key)) return { kind: 'none' }; // today: set at the counter
        return key === 'nameKana' ? { kind: 'kana' } : { kind: 'fact', key };
      }
      if (prefix === 'card') return { kind: 'card', key };
      if (prefix === 'prereg') return key === 'nameKana' ? { kind: 'kana' } : { kind: 'value', key };
    }
    if (sources.length > 0 || field.editable === false) return { kind: 'none' }; // back office
    return { kind: 'form' };
  }

  function fieldInputId(formId, field) {
    return 'field-' + formId + '-' + field.id;
  }

  // The value a field has now, for "when" conditions: the preset, what was
  // typed for its source, or its default.
  function currentValue(formId, field, presets) {
    if (field.id in presets) return presets[field.id];
    const c = classify(field, presets);
    let raw;
    if (c.kind === 'fact') raw = state.inputs['fact-' + c.key];
    else if (c.kind === 'value') raw = state.inputs['value-' + c.key];
    else if (c.kind === 'form') raw = state.inputs[fieldInputId(formId, field)];
    if (raw === undefined || raw === '') return field.default;
    return raw;
  }

  function fieldApplies(formId, form, field, presets) {
    const when = field.when;
    if (!when) return true;
    const other = form.fields.find((f) => f.id === when.field);
    if (!other) return false;
    const value = currentValue(formId, other, presets);
    if (when.in) return when.in.includes(String(value));
    if (when.is !== undefined) return (value === true || value === 'true') === when.is;
    return true;
  }

  function hasCardFallback(field) {
    return (field.sources || []).some((s) => s.startsWith('card.'));
  }

  // Everything the page asks for the chosen forms: shared facts and prereg
  // values (once, whatever form needs them), the household, each form's own.
  function plan() {
    const items = checklist();
    const forms = items.filter((i) => i.form);
    const shared = new Map(); // input id → spec
    const perForm = [];
    let household = null;
    let kanaRequired = false;
    for (const item of forms) {
      const form = defs.forms[item.form];
      const own = [];
      for (const field of form.fields) {
        if (!fieldApplies(item.form, form, field, item.presets)) continue;
        const c = classify(field, item.presets);
        const required = !!field.required && !hasCardFallback(field);
        if (c.kind === 'kana') {
          kanaRequired = kanaRequired || required;
        } else if (c.kind === 'household') {
          household = household || { required: false, children: false };
          if (field.required) {
            household.required = true;
            household.children = household.children || field.filter === 'children';
          }
        } else if (c.kind === 'fact' || c.kind === 'value') {
          const id = (c.kind === 'fact' ? 'fact-' : 'value-') + c.key;
          const spec = shared.get(id);
          if (!spec) {
            shared.set(id, {
              id, kind: c.kind, key: c.key, label: field.label, note: field.note,
              type: c.kind === 'fact' ? factType(c.key) : field.type,
              required, options: field.options, maxLength: field.maxLength || 0,
              pattern: field.pattern, patternHint: field.patternHint,
              notFuture: !!field.notFuture, notPast: !!field.notPast, min: field.min, max: field.max,
            });
          } else {
            spec.required = spec.required || required;
            if (field.maxLength && (!spec.maxLength || field.maxLength < spec.maxLength)) spec.maxLength = field.maxLength;
            if (!spec.pattern && field.pattern) {
              spec.pattern = field.pattern;
              spec.patternHint = field.patternHint;
            }
            if (!spec.options && field.options) spec.options = field.options;
            spec.notFuture = spec.notFuture || !!field.notFuture;
            spec.notPast = spec.notPast || !!field.notPast;
          }
        } else if (c.kind === 'form') {
          own.push({
            id: fieldInputId(item.form, field), kind: 'form', formId: item.form, fieldId: field.id,
            label: field.label, note: field.note, type: field.type, required: !!field.required,
            options: field.options, maxLength: field.maxLength || 0, pattern: field.pattern,
            patternHint: field.patternHint, notFuture: !!field.notFuture, notPast: !!field.notPast,
            min: field.min, max: field.max, default: field.default,
          });
        }
      }
      if (own.length) perForm.push({ formId: item.form, title: form.title, fields: own });
    }
    return { items, forms, shared: [...shared.values()], perForm, household, kanaRequired };
  }

  function personSpecs(p) {
    return [
      { id: 'person-name', label: { ja: TEXTS.ja.name, en: TEXTS.en.name }, type: 'text', required: true, maxLength: 40, autocomplete: 'name' },
      { id: 'person-kana', label: { ja: TEXTS.ja.kana, en: TEXTS.en.kana }, type: 'kana', required: p.kanaRequired, maxLength: 60, hint: 'kanaHint' },
      { id: 'person-birthDate', label: { ja: TEXTS.ja.birthDate, en: TEXTS.en.birthDate }, type: 'date', notFuture: true },
      { id: 'person-sex', label: { ja: TEXTS.ja.sex, en: TEXTS.en.sex }, type: 'choice', options: sexOptions() },
      { id: 'person-address', label: { ja: TEXTS.ja.address, en: TEXTS.en.address }, type: 'address', maxLength: 120, autocomplete: 'street-address' },
    ];
  }
  function sexOptions() {
    return ['1', '2', '9'].map((v) => ({ value: v, label: { ja: TEXTS.ja['sex' + v], en: TEXTS.en['sex' + v] } }));
  }

  // --- checking, as the counter does (FieldValidator) --------------------------
  // {value} for the document (undefined when empty), {display} to show back,
  // or {error: {key, params}}.
  function check(spec, raw) {
    if (spec.type === 'checkbox') {
      const ticked = raw === true;
      if (spec.required && !ticked) return { error: { key: 'mustTick' } };
      return { value: ticked ? true : undefined };
    }
    const text = raw === undefined || raw === null ? '' : String(raw);
    if (!text.trim()) return spec.required ? { error: { key: 'required' } } : { value: undefined };
    if (jp.hasControlCharacter(text.replace(/\r?\n/g, ''))) return { error: { key: 'control' } };
    const length = (value) => {
      const n = jp.graphemeCount(value);
      const max = spec.maxLength || MAX_STRING;
      return n > max ? { error: { key: 'tooLong', params: { max, n } } } : null;
    };
    switch (spec.type) {
      case 'kana': {
        const value = jp.normalizeFurigana(text);
        const problem = jp.checkKatakana(value);
        if (problem) return { error: { key: problem }, display: value };
        return length(value) || { value, display: value };
      }
      case 'date': {
        const parsed = jp.parseDate(text);
        if (parsed.error) return { error: { key: parsed.error, params: { max: parsed.max } } };
        const display = jp.wareki(parsed.date);
        if (spec.notFuture && jp.cmpDate(parsed.date, jp.today()) > 0) return { error: { key: 'notFuture' }, display };
        if (spec.notPast && jp.cmpDate(parsed.date, jp.today()) < 0) return { error: { key: 'notPast' }, display };
        return { value: jp.isoDate(parsed.date), display };
      }
      case 'postalCode': {
        const r = jp.parsePostalCode(text);
        return r.error ? { error: { key: r.error } } : { value: r.value, display: r.value };
      }
      case 'phone': {
        const r = jp.parsePhone(text);
        return r.error ? { error: { key: r.error } } : { value: r.value, display: r.value };
      }
      case 'choice': {
        const value = text.trim();
        if (!(spec.options || []).some((o) => o.value === value)) return { error: { key: 'choice' } };
        return { value };
      }
      case 'number': {
        const s = jp.fullwidthAsciiToAscii(text).trim();
        if (!/^-?[0-9]{1,9}$/.test(s)) return { error: { key: 'number' } };
        const n = parseInt(s, 10);
        if (spec.min !== undefined && n < spec.min) return { error: { key: 'numberMin', params: { min: spec.min } } };
        if (spec.max !== undefined && n > spec.max) return { error: { key: 'numberMax', params: { max: spec.max } } };
        return { value: String(n), display: String(n) };
      }
      case 'address': {
        const value = text.trim().replace(/\r\n|\n|\r/g, '\u3000');
        return length(value) || { value };
      }
      default: {
        let value = text.trim();
        if (spec.pattern) {
          value = jp.fullwidthAsciiToAscii(value);
          let re = null;
          try {
            re = new RegExp('^(?:' + spec.pattern + ')$', 'u');
          } catch (e) {
            re = null; // a pattern JavaScript cannot read is left to the counter
          }
          if (re && !re.test(value)) {
            return spec.patternHint
              ? { error: { key: 'pattern', params: { hint: loc(spec.patternHint) } } }
              : { error: { key: 'patternNoHint' } };
          }
        }
        return length(value) || { value };
      }
    }
  }

  // --- the document (docs/qr-format.md) --------------------------------------
  function isChildOn(birth, today) {
    if (jp.cmpDate(birth, today) > 0) return false;
    const turns18 = new Date(Date.UTC(birth[0] + 18, birth[1] - 1, birth[2] - 1));
    const y = turns18.getUTCFullYear();
    const md = [turns18.getUTCMonth() + 1, turns18.getUTCDate()];
    const lastYear = (md[0] < 3 || (md[0] === 3 && md[1] <= 31)) ? y : y + 1;
    return jp.cmpDate(today, [lastYear, 3, 31]) <= 0;
  }

  function offsetIso(date) {
    const pad = (n) => String(n).padStart(2, '0');
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' +
      pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) +
      sign + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60);
  }

  // Checks everything on the page; the document, or null with state.errors set.
  function buildDocument() {
    const p = plan();
    const errors = {};
    const checked = (spec, raw) => {
      const r = check(spec, raw);
      if (r.error) errors[spec.id] = r.error;
      return r.value;
    };
    state.notice = null;
    if (!state.events.length) {
      state.notice = { key: 'noEvent' };
      return null;
    }
    const doc = { format: defs.qrFormat || 'kakanai.prereg/1', created: offsetIso(new Date()), events: [...state.events] };
    const answers = {};
    for (const q of questionsFor(chosenEvents())) {
      if (state.answers[q.id] !== undefined) answers[q.id] = state.answers[q.id];
    }
    if (Object.keys(answers).length) doc.answers = answers;
    if (!p.forms.length) {
      state.notice = { key: 'noForms' };
    } else if (p.forms.length > MAX_FORMS) {
      state.notice = { key: 'tooManyForms', params: { max: MAX_FORMS } };
    }
    doc.forms = {};
    for (const item of p.forms) doc.forms[item.form] = defs.forms[item.form].version;

    const person = {};
    for (const spec of personSpecs(p)) {
      const value = checked(spec, state.inputs[spec.id]);
      if (value !== undefined) person[spec.id.slice('person-'.length)] = value;
    }
    if (Object.keys(person).length) doc.person = person;

    const facts = {};
    const values = {};
    for (const spec of p.shared) {
      const value = checked(spec, state.inputs[spec.id]);
      if (value !== undefined) (spec.kind === 'fact' ? facts : values)[spec.key] = String(value);
    }
    if (Object.keys(facts).length) doc.facts = facts;

    if (p.household) {
      const rows = [];
      state.household.forEach((row, i) => {
        const out = {};
        for (const spec of memberSpecs(i)) {
          const value = checked(spec, row[spec.column]);
          if (value !== undefined) out[spec.column] = value;
        }
        rows.push(out);
      });
      if (rows.length) doc.household = rows;
      if (p.household.required) {
        const today = jp.today();
        const counted = p.household.children
          ? rows.filter((r) => r.birthDate && isChildOn(jp.fromIso(r.birthDate), today)) : rows;
        if (!counted.length) errors['household'] = { key: p.household.children ? 'householdChildren' : 'householdRequired' };
      }
    }

    const fields = {};
    for (const group of p.perForm) {
      for (const spec of group.fields) {
        const raw = state.inputs[spec.id] ?? spec.default ?? (spec.type === 'checkbox' ? false : undefined);
        const value = checked(spec, raw);
        if (value === undefined || (spec.default !== undefined && value === spec.default)) continue;
        (fields[group.formId] = fields[group.formId] || {})[spec.fieldId] = value;
      }
    }
    if (Object.keys(fields).length) doc.fields = fields;
    if (Object.keys(values).length) doc.values = values;

    state.errors = errors;
    if (state.notice || Object.keys(errors).length) return null;
    return doc;
  }

  function memberSpecs(i) {
    const prefix = 'member-' + i + '-';
    return [
      { id: prefix + 'name', column: 'name', label: { ja: TEXTS.ja.name, en: TEXTS.en.name }, type: 'text', required: true, maxLength: 40 },
      { id: prefix + 'kana', column: 'kana', label: { ja: TEXTS.ja.kana, en: TEXTS.en.kana }, type: 'kana', maxLength: 60 },
      { id: prefix + 'birthDate', column: 'birthDate', label: { ja: TEXTS.ja.birthDate, en: TEXTS.en.birthDate }, type: 'date', notFuture: true },
      { id: prefix + 'sex', column: 'sex', label: { ja: TEXTS.ja.sex, en: TEXTS.en.sex }, type: 'choice', options: sexOptions() },
      { id: prefix + 'relationship', column: 'relationship', label: { ja: TEXTS.ja.relationship, en: TEXTS.en.relationship }, type: 'text', maxLength: 20, hint: 'relationshipHint', list: 'relationships' },
    ];
  }

  // --- drawing the page ------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k in node && typeof v !== 'string') node[k] = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  function errorNode(id) {
    const e = state.errors[id];
    return el('p', { class: 'error', id: id + '-error', role: e ? 'alert' : null, hidden: !e }, e ? msg(e.key, e.params) : '');
  }

  function setError(id, error) {
    if (error) state.errors[id] = error;
    else delete state.errors[id];
    const node = document.getElementById(id + '-error');
    if (node) {
      node.textContent = error ? msg(error.key, error.params) : '';
      node.hidden = !error;
    }
    const input = document.getElementById(id);
    if (input) input.setAttribute('aria-invalid', error ? 'true' : 'false');
  }

  function staleCode() {
    if (!state.symbols) return;
    state.symbols = null;
    const qr = document.getElementById('qr-output');
    if (qr) qr.replaceChildren(el('p', { class: 'notice' }, t('qrStale')));
  }

  function requiredMark(spec) {
    return spec.required ? el('span', { class: 'required' }, t('required')) : null;
  }

  // One input for a spec; `get`/`set` read and write its raw value.
  function inputFor(spec, get, set) {
    const describedBy = [spec.id + '-error'];
    const hint = spec.hint ? t(spec.hint) : spec.type === 'date' ? t('dateHint') : loc(spec.note);
    if (hint) describedBy.push(spec.id + '-hint');
    const hintNode = hint ? el('p', { class: 'hint', id: spec.id + '-hint' }, hint) : null;
    const invalid = state.errors[spec.id] ? 'true' : 'false';

    if (spec.type === 'choice') {
      const current = get() ?? spec.default;
      const options = (spec.options || []).map((o) =>
        el('label', { class: 'option' },
          el('input', {
            type: 'radio', name: spec.id, id: spec.id + '-' + o.value, value: o.value, checked: String(current) === o.value,
            onchange: () => { set(o.value); setError(spec.id, null); staleCode(); rerenderIfConditional(spec); },
          }),
          el('span', {}, loc(o.label))));
      return el('fieldset', { class: 'field', id: spec.id, 'aria-describedby': describedBy.join(' '), 'aria-invalid': invalid },
        el('legend', {}, loc(spec.label), requiredMark(spec)), hintNode, options, errorNode(spec.id));
    }
    if (spec.type === 'checkbox') {
      return el('div', { class: 'field' },
        el('label', { class: 'option' },
          el('input', {
            type: 'checkbox', id: spec.id, checked: get() === true, 'aria-describedby': describedBy.join(' '), 'aria-invalid': invalid,
            onchange: (e) => { set(e.target.checked); setError(spec.id, null); staleCode(); rerenderIfConditional(spec); },
          }),
          el('span', {}, loc(spec.label), requiredMark(spec))),
        hintNode, errorNode(spec.id));
    }
    const attrs = {
      id: spec.id, name: spec.id, value: get() ?? '', 'aria-describedby': describedBy.join(' '), 'aria-invalid': invalid,
      required: spec.required, autocomplete: spec.autocomplete || 'off', list: spec.list,
      oninput: (e) => { set(e.target.value); staleCode(); },
      // Shown back as the counter would: katakana, 和暦, 123-4567 …
      onchange: (e) => {
        const r = check(spec, e.target.value);
        if (r.display !== undefined && r.display !== e.target.value) {
          e.target.value = r.display;
          set(r.display);
        }
        setError(spec.id, e.target.value.trim() || state.attempted ? r.error : null);
      },
    };
    if (spec.type === 'phone') Object.assign(attrs, { type: 'tel', inputmode: 'tel', autocomplete: 'tel' });
    else if (spec.type === 'postalCode') Object.assign(attrs, { inputmode: 'numeric', autocomplete: 'postal-code' });
    else if (spec.type === 'number') Object.assign(attrs, { inputmode: 'numeric' });
    const input = spec.type === 'address' ? el('textarea', Object.assign(attrs, { rows: 2 })) : el('input', Object.assign({ type: 'text' }, attrs));
    if (spec.type === 'address') input.value = get() ?? '';
    return el('div', { class: 'field' },
      el('label', { for: spec.id }, loc(spec.label), requiredMark(spec)), hintNode, input, errorNode(spec.id));
  }

  // A choice or checkbox that other fields depend on ("when") changes what is asked.
  function rerenderIfConditional(spec) {
    if (spec.kind === 'form' || spec.kind === 'fact' || spec.kind === 'value') render();
  }

  function inputsBinding(id) {
    return [() => state.inputs[id], (v) => { state.inputs[id] = v; }];
  }

  function renderEvents() {
    const full = state.events.length >= MAX_EVENTS;
    const boxes = defs.events.map((e) => {
      const checked = state.events.includes(e.id);
      return el('label', { class: 'option' },
        el('input', {
          type: 'checkbox', id: 'event-' + e.id, value: e.id, checked, disabled: full && !checked,
          onchange: (ev) => {
            if (ev.target.checked) state.events.push(e.id);
            else state.events = state.events.filter((x) => x !== e.id);
            state.events = defs.events.map((x) => x.id).filter((x) => state.events.includes(x));
            staleCode();
            render();
          },
        }),
        el('span', {}, loc(e.label)));
    });
    return el('section', { 'aria-labelledby': 'step-events' },
      el('h2', { id: 'step-events' }, t('stepEvents')),
      el('fieldset', { class: 'field', id: 'events' }, el('legend', {}, t('eventsHint')), boxes));
  }

  function renderQuestions() {
    const questions = questionsFor(chosenEvents());
    if (!questions.length) return null;
    return el('section', { 'aria-labelledby': 'questions-title' },
      el('h3', { id: 'questions-title' }, t('questions')),
      questions.map((q) => {
        const id = 'q-' + q.id;
        const radio = (yes) => el('label', { class: 'option inline' },
          el('input', {
            type: 'radio', name: id, id: id + (yes ? '-yes' : '-no'), checked: state.answers[q.id] === yes,
            onchange: () => { state.answers[q.id] = yes; delete state.errors[id]; staleCode(); render(); },
          }),
          el('span', {}, t(yes ? 'yes' : 'no')));
        return el('fieldset', { class: 'field question', id, 'aria-describedby': id + '-error' },
          el('legend', {}, loc(q.text)), el('div', { class: 'yesno' }, radio(true), radio(false)), errorNode(id));
      }));
  }

  function renderChecklist(p) {
    if (!state.events.length) return el('p', { class: 'hint' }, t('noEventYet'));
    return el('section', { 'aria-labelledby': 'checklist-title' },
      el('h3', { id: 'checklist-title' }, t('checklist')),
      el('ul', { class: 'checklist', id: 'checklist' }, p.items.map((item) =>
        el('li', { class: item.form ? 'form' : 'task', 'data-form': item.form || null },
          el('span', { class: 'badge' }, t(item.form ? 'checklistForm' : 'checklistTask')),
          el('span', { class: 'what' }, loc(item.label)),
          item.note ? el('span', { class: 'note' }, loc(item.note)) : null))));
  }

  function renderPerson(p) {
    const specs = personSpecs(p);
    const nodes = specs.map((spec) => inputFor(spec, ...inputsBinding(spec.id)));
    return el('section', { 'aria-labelledby': 'step-person' },
      el('h2', { id: 'step-person' }, t('stepPerson')), el('p', { class: 'hint' }, t('personHint')), nodes);
  }

  function renderDetails(p) {
    if (!p.forms.length) return null;
    const parts = [el('h2', { id: 'step-details' }, t('stepDetails'))];
    if (p.shared.length) {
      parts.push(el('h3', {}, t('shared')));
      for (const spec of p.shared) parts.push(inputFor(spec, ...inputsBinding(spec.id)));
    }
    if (p.household) parts.push(renderHousehold(p));
    for (const group of p.perForm) {
      parts.push(el('h3', { 'data-form': group.formId }, loc(group.title)));
      for (const spec of group.fields) parts.push(inputFor(spec, ...inputsBinding(spec.id)));
    }
    return el('section', { 'aria-labelledby': 'step-details' }, parts);
  }

  function renderHousehold(p) {
    const rows = state.household.map((row, i) => {
      const specs = memberSpecs(i);
      return el('fieldset', { class: 'member', id: 'member-' + i },
        el('legend', {}, t('member') + ' ' + (i + 1)),
        specs.map((spec) => inputFor(spec, () => row[spec.column], (v) => { row[spec.column] = v; })),
        el('button', {
          type: 'button', class: 'secondary', id: 'member-' + i + '-remove',
          onclick: () => { state.household.splice(i, 1); state.errors = {}; staleCode(); render(); },
        }, t('removeMember')));
    });
    return el('div', { class: 'household', id: 'household' },
      el('h3', {}, t('household'), p.household.required ? el('span', { class: 'required' }, t('required')) : null),
      el('p', { class: 'hint' }, t('householdHint')),
      rows,
      el('button', {
        type: 'button', class: 'secondary', id: 'member-add', disabled: state.household.length >= MAX_HOUSEHOLD,
        onclick: () => {
          state.household.push({});
          delete state.errors.household;
          staleCode();
          render();
          document.getElementById('member-' + (state.household.length - 1) + '-name')?.focus();
        },
      }, t('addMember')),
      errorNode('household'),
      el('datalist', { id: 'relationships' }, ['妻', '夫', '子', '父', '母', '祖父', '祖母', '兄', '姉', '弟', '妹', '同居人'].map((v) => el('option', { value: v }))));
  }

  function renderQr() {
    const notice = state.notice ? el('p', { class: 'error', role: 'alert', id: 'qr-notice' }, t(state.notice.key, state.notice.params)) : null;
    const errorCount = Object.keys(state.errors).length;
    const summary = errorCount && state.attempted
      ? el('p', { class: 'error', role: 'alert', id: 'qr-errors' }, t('fixErrors', { n: errorCount })) : null;
    return el('section', { 'aria-labelledby': 'step-qr' },
      el('h2', { id: 'step-qr' }, t('stepQr')),
      el('button', { type: 'button', class: 'primary', id: 'make-qr', onclick: makeCode }, t('makeQr')),
      notice, summary,
      el('div', { id: 'qr-output', 'aria-live': 'polite' }, state.symbols ? drawSymbols(state.symbols) : null));
  }

  function drawSymbols(texts) {
    const n = texts.length;
    const nodes = [el('p', { class: 'notice' }, n > 1 ? t('qrSeveral', { n }) : t('qrShow'))];
    texts.forEach((text, i) => {
      const qr = window.qrcode(0, 'M');
      qr.addData(text, 'Alphanumeric');
      qr.make();
      const modules = qr.getModuleCount();
      const cell = 4;
      const quiet = 4; // the quiet zone of four modules every reader needs
      const size = (modules + quiet * 2) * cell;
      const label = t('qrPart', { i: i + 1, n });
      const canvas = el('canvas', { width: size, height: size, role: 'img', 'aria-label': label, 'data-text-length': text.length });
      const g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, size, size);
      g.fillStyle = '#000';
      for (let r = 0; r < modules; ++r) {
        for (let c = 0; c < modules; ++c) {
          if (qr.isDark(r, c)) g.fillRect((c + quiet) * cell, (r + quiet) * cell, cell, cell);
        }
      }
      nodes.push(el('figure', { class: 'qr-symbol' }, canvas,
        el('figcaption', {}, n > 1 ? (i + 1) + '/' + n : '',
          el('a', { href: canvas.toDataURL('image/png'), download: 'kakanai-qr-' + (i + 1) + '.png', class: 'save' }, t('qrSave')))));
    });
    return nodes;
  }

  async function makeCode() {
    state.attempted = true;
    state.symbols = null;
    const doc = buildDocument();
    render(); // the verdict at once: an old summary or code never stays up while the new one is made
    if (doc) {
      if (typeof CompressionStream === 'undefined') {
        state.notice = { key: 'noCompression' };
      } else {
        try {
          state.symbols = await codec.make(JSON.stringify(doc));
          state.lastDocument = doc; // for the page's tests; never leaves the page
        } catch (e) {
          state.notice = { key: 'codeTooLong' };
        }
      }
    }
    render();
    const first = Object.keys(state.errors)[0];
    if (!doc && first) {
      const node = document.getElementById(first) || document.getElementById(first + '-yes');
      (node?.querySelector?.('input') || node)?.focus();
    } else if (state.symbols) {
      document.getElementById('qr-output')?.scrollIntoView({ block: 'start' });
    }
  }

  function render() {
    const focused = document.activeElement && document.activeElement.id;
    const p = plan();
    document.documentElement.lang = state.lang;
    document.title = t('pageTitle') + (defs.office ? ' — ' + defs.office : '');
    const app = document.getElementById('app');
    app.replaceChildren(
      el('header', {},
        el('div', { class: 'top' },
          el('h1', {}, t('pageTitle')),
          el('button', {
            type: 'button', class: 'secondary', id: 'language', lang: state.lang === 'ja' ? 'en' : 'ja',
            onclick: () => { state.lang = state.lang === 'ja' ? 'en' : 'ja'; render(); },
          }, t('switchLanguage'))),
        defs.office ? el('p', { class: 'office' }, defs.office) : null,
        el('p', {}, t('lead')),
        el('p', { class: 'privacy' }, t('privacy'))),
      el('main', {},
        renderEvents(), renderQuestions(), renderChecklist(p), renderPerson(p), renderDetails(p), renderQr()));
    if (focused) document.getElementById(focused)?.focus();
  }

  // --- フリガナ from the name as it is typed with a Japanese IME ---------------
  // While composing, the IME reports the reading (ひらがな) before it is
  // converted to kanji; each committed part adds its reading to the フリガナ,
  // as long as the citizen has not typed the フリガナ themselves.
  function installAutoKana() {
    const app = document.getElementById('app');
    const isReading = (s) => /^[\u3041-\u309F\u30A0-\u30FF\uFF66-\uFF9F\s\u3000]+$/.test(s);
    const kanaInput = () => document.getElementById('person-kana');
    const show = () => {
      const kana = jp.normalizeFurigana(autoKana.text);
      state.inputs['person-kana'] = kana;
      const input = kanaInput();
      if (input) input.value = kana;
    };
    app.addEventListener('compositionstart', (e) => {
      if (e.target.id === 'person-name') autoKana.reading = '';
    });
    app.addEventListener('compositionupdate', (e) => {
      if (e.target.id === 'person-name' && e.data && isReading(e.data)) autoKana.reading = e.data;
    });
    app.addEventListener('compositionend', (e) => {
      if (e.target.id !== 'person-name' || !autoKana.enabled) return;
      const reading = autoKana.reading || (e.data && isReading(e.data) ? e.data : '');
      autoKana.reading = '';
      if (!reading) return;
      autoKana.text += reading;
      show();
    });
    app.addEventListener('input', (e) => {
      if (e.target.id === 'person-kana') {
        // Typed by the citizen: theirs from now on, until they empty it.
        autoKana.enabled = e.target.value === '';
        autoKana.text = e.target.value;
        return;
      }
      if (e.target.id !== 'person-name' || !autoKana.enabled) return;
      if (e.target.value === '') {
        autoKana.text = '';
        show();
      } else if (!e.isComposing && e.inputType === 'insertText' && e.data && /^[\s\u3000]+$/.test(e.data)) {
        autoKana.text += '\u3000';
        show();
      }
    });
  }

  window.KakanaiPage = {
    state,
    lastDocument: () => state.lastDocument || null,
    symbols: () => state.symbols,
  };

  function start() {
    if (!defs || !jp || !codec || !window.qrcode) {
      document.getElementById('missing').hidden = false; // a folder copied in part
      return;
    }
    document.getElementById('missing')?.remove();
    installAutoKana();
    render();
    if ('serviceWorker' in navigator && window.isSecureContext && location.protocol !== 'file:') {
      navigator.serviceWorker.register('sw.js').catch(() => { /* offline copy is optional */ });
    }
  }
  start();
})();
