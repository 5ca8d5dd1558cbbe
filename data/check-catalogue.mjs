#!/usr/bin/env node
// Validates data/catalogue.json (the shipped service catalogue) and prints counts.
// Usage (from the repository root): node data/check-catalogue.mjs [path/to/catalogue.json]
// Exits 1 and prints one line per problem when the file is invalid.
// Plain Node ESM, no dependencies.

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, 'catalogue.json');
const shown = relative(process.cwd(), file) || file;

const problems = [];
const warnings = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- rules

const REQUIRED_DEPARTMENTS = {
  civil: '民政',
  aging: '老龄',
  disabled: '残联',
  hrss: '人社/就业',
  medical: '医保',
  sscard: '社保卡',
  health: '卫健/计生',
  housing: '住房保障',
  police: '公安/居住证',
  tax: '税务',
  fund: '公积金',
  union: '工会',
};

// Kiosk lines of business: letter -> [name, icon]
const LINES = {
  A: ['社会救助与养老', 'heart'],
  B: ['就业与社保', 'briefcase'],
  C: ['医保与社保卡', 'medicine'],
  D: ['卫健计生', 'family'],
  E: ['住房与公积金', 'home'],
  F: ['居住证与户籍', 'idcard'],
  G: ['综合事务', 'appstore'],
};
const ICONS = ['heart', 'briefcase', 'medicine', 'family', 'home', 'idcard', 'appstore'];

// Which line each department's items belong to; any other department goes to G.
const LINE_OF_DEPARTMENT = {
  civil: 'A', aging: 'A', disabled: 'A',
  hrss: 'B', tax: 'B',
  medical: 'C', sscard: 'C',
  health: 'D',
  housing: 'E', fund: 'E',
  police: 'F',
  union: 'G',
};

// Real item names from the domain brief (Shanghai 一网通办 terminals and guides).
const REQUIRED_ITEM_NAMES = [
  '城乡居民最低生活保障家庭证明出具', '低收入困难家庭证明开具', '特困人员证明出具',
  '因病支出型贫困家庭证明开具', '困难残疾人生活补贴', '重度残疾人护理补贴',
  '敬老卡申领', '老年综合津贴',
  '失业登记', '灵活就业登记', '大龄失业人员就业岗位补贴申请', '养老金卡（折）调整',
  '劳动者个人基本信息查询及维护', '就业补贴申请', '社会保险个人权益记录单打印',
  '跨省异地就医登记备案', '城乡居民医保参保登记', '医疗卡挂失及撤销', '帮困补助申请',
  '零星报销申请', '生育保险待遇申领',
  '居住证新办', '居住证签注', '居住证信息变更', '居住证挂失', '人户分离人员居住登记', '户籍证明开具',
  '婚育证明', '来沪人员生育情况证明', '生育登记', '独生子女父母奖励',
  '住房租赁合同网签备案', '廉租住房申请', '共有产权保障住房申请',
  '残疾人交通补贴申请', '残疾人证办理',
  '城乡居民社会保险费缴纳', '委托扣款协议签订',
  '副食品价格补贴银行卡维护', '个人住房公积金查询',
];

const TOP_KEYS = ['version', 'departments', 'lines', 'items'];
const ITEM_KEYS = [
  'code', 'name', 'department', 'line', 'kind', 'statutoryDays', 'promisedDays', 'scope',
  'conditions', 'materials', 'fee', 'legalBasis', 'cityWide', 'visits', 'holidayService',
  'pausedSteps', 'keywords',
];
const MATERIAL_KEYS = ['name', 'form', 'copies', 'required'];
const STEP_KEYS = ['name', 'maxDays', 'basis'];
const KINDS = ['immediate', 'committed'];
const SCOPES = ['individual', 'organisation'];
const FORMS = ['original', 'copy', 'electronic'];

const MIN_ITEMS = 130;
const MIN_DEPARTMENTS_USED = 11;
const IMMEDIATE_SHARE = [0.45, 0.60];
const MAX_IMMEDIATE_STATUTORY = 5;   // "当场办结，需核实的 N 个工作日内"
const MAX_COMMITTED_STATUTORY = 60;  // joint handling 45 + 15 (行政许可法 第四十二条)
const FREE = '不收费';
const FEE_AMOUNT = /\d+(\.\d+)?\s*元/;

// ---------------------------------------------------------------- helpers

const isObj = v => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = v => typeof v === 'string' && v.trim() !== '' && v === v.trim();
const isInt = v => Number.isInteger(v);

function exactKeys(where, obj, keys) {
  const have = Object.keys(obj);
  const missing = keys.filter(k => !have.includes(k));
  const extra = have.filter(k => !keys.includes(k));
  if (missing.length) fail(where, `missing key(s) ${missing.join(', ')}`);
  if (extra.length) fail(where, `unknown key(s) ${extra.join(', ')}`);
}

function text(where, value, field, max) {
  if (!isText(value)) {
    fail(where, `${field} must be a non-empty string without surrounding spaces (got ${JSON.stringify(value)})`);
    return false;
  }
  if (max && [...value].length > max) fail(where, `${field} is longer than ${max} characters`);
  return true;
}

function intIn(where, value, field, min, max) {
  if (!isInt(value) || value < min || value > max) {
    fail(where, `${field} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- load

let raw;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${shown}: cannot read file (${e.message})`);
  process.exit(1);
}
if (raw.charCodeAt(0) === 0xfeff) fail(shown, 'file starts with a byte-order mark; save as UTF-8 without BOM');
if (raw.includes('\uFFFD')) fail(shown, 'file contains U+FFFD replacement characters (not valid UTF-8?)');

let data;
try {
  data = JSON.parse(raw);
} catch (e) {
  console.error(`${shown}: not valid JSON (${e.message})`);
  process.exit(1);
}

// ---------------------------------------------------------------- top level

if (!isObj(data)) {
  console.error(`${shown}: top level must be an object`);
  process.exit(1);
}
exactKeys('catalogue', data, TOP_KEYS);
if (data.version !== 1) fail('catalogue', `version must be 1 (got ${JSON.stringify(data.version)})`);

// ---------------------------------------------------------------- departments

const deptCodes = new Set();
if (!Array.isArray(data.departments) || data.departments.length === 0) {
  fail('departments', 'must be a non-empty array');
} else {
  data.departments.forEach((d, i) => {
    const where = `departments[${i}]`;
    if (!isObj(d)) return fail(where, 'must be an object');
    exactKeys(where, d, ['code', 'name']);
    if (typeof d.code !== 'string' || !/^[a-z][a-z0-9]*$/.test(d.code)) {
      fail(where, `code must be lower-case letters/digits (got ${JSON.stringify(d.code)})`);
    } else if (deptCodes.has(d.code)) {
      fail(where, `duplicate department code "${d.code}"`);
    } else {
      deptCodes.add(d.code);
    }
    text(where, d.name, 'name', 20);
  });
  const names = data.departments.map(d => d && d.name);
  names.forEach((n, i) => { if (n && names.indexOf(n) !== i) fail(`departments[${i}]`, `duplicate department name "${n}"`); });
  for (const [code, name] of Object.entries(REQUIRED_DEPARTMENTS)) {
    const d = data.departments.find(x => x && x.code === code);
    if (!d) fail('departments', `required department "${code}" (${name}) is missing`);
    else if (d.name !== name) fail('departments', `department "${code}" must be named "${name}" (got "${d.name}")`);
  }
}

// ---------------------------------------------------------------- lines

const lineLetters = new Set();
if (!Array.isArray(data.lines)) {
  fail('lines', 'must be an array');
} else {
  data.lines.forEach((l, i) => {
    const where = `lines[${i}]`;
    if (!isObj(l)) return fail(where, 'must be an object');
    exactKeys(where, l, ['letter', 'name', 'icon']);
    if (typeof l.letter !== 'string' || !/^[A-Z]$/.test(l.letter)) {
      return fail(where, `letter must be one capital letter (got ${JSON.stringify(l.letter)})`);
    }
    if (lineLetters.has(l.letter)) fail(where, `duplicate line letter "${l.letter}"`);
    lineLetters.add(l.letter);
    const want = LINES[l.letter];
    if (!want) return fail(where, `unexpected line letter "${l.letter}" (expected A–G)`);
    if (l.name !== want[0]) fail(where, `line ${l.letter} must be named "${want[0]}" (got ${JSON.stringify(l.name)})`);
    if (!ICONS.includes(l.icon)) fail(where, `icon must be one of ${ICONS.join(', ')} (got ${JSON.stringify(l.icon)})`);
    else if (l.icon !== want[1]) fail(where, `line ${l.letter} should use icon "${want[1]}" (got "${l.icon}")`);
  });
  for (const letter of Object.keys(LINES)) if (!lineLetters.has(letter)) fail('lines', `line ${letter} is missing`);
}

// ---------------------------------------------------------------- items

const items = Array.isArray(data.items) ? data.items : [];
if (!Array.isArray(data.items)) fail('items', 'must be an array');

const byCode = new Map();
const byName = new Map();
const prefixOfDept = new Map();
const deptOfPrefix = new Map();

items.forEach((it, i) => {
  let where = `items[${i}]`;
  if (!isObj(it)) return fail(where, 'must be an object');
  if (typeof it.code === 'string') where += ` ${it.code}`;
  exactKeys(where, it, ITEM_KEYS);

  // code
  const m = typeof it.code === 'string' && /^([A-Z]{2,4})-(\d{3})$/.exec(it.code);
  if (!m) {
    fail(where, `code must be a 2–4 letter department prefix, a hyphen and 3 digits, e.g. MZ-001 (got ${JSON.stringify(it.code)})`);
  } else {
    if (byCode.has(it.code)) fail(where, `duplicate code (also items[${byCode.get(it.code)}])`);
    else byCode.set(it.code, i);
    if (typeof it.department === 'string') {
      const prefix = m[1];
      const p = prefixOfDept.get(it.department);
      if (p === undefined) prefixOfDept.set(it.department, prefix);
      else if (p !== prefix) fail(where, `department "${it.department}" uses prefix ${p} elsewhere, not ${prefix}`);
      const d = deptOfPrefix.get(prefix);
      if (d === undefined) deptOfPrefix.set(prefix, it.department);
      else if (d !== it.department) fail(where, `prefix ${prefix} already belongs to department "${d}"`);
    }
  }

  // name
  if (text(where, it.name, 'name', 40)) {
    if (byName.has(it.name)) fail(where, `duplicate name "${it.name}" (also items[${byName.get(it.name)}])`);
    else byName.set(it.name, i);
  }

  // department and line
  if (!deptCodes.has(it.department)) {
    fail(where, `department ${JSON.stringify(it.department)} is not a departments[].code`);
  }
  if (!lineLetters.has(it.line)) {
    fail(where, `line ${JSON.stringify(it.line)} is not a lines[].letter`);
  } else if (deptCodes.has(it.department)) {
    const want = LINE_OF_DEPARTMENT[it.department] ?? 'G';
    if (it.line !== want) fail(where, `department "${it.department}" belongs to line ${want}, not ${it.line}`);
  }

  // kind and limits
  if (!KINDS.includes(it.kind)) fail(where, `kind must be one of ${KINDS.join(', ')} (got ${JSON.stringify(it.kind)})`);
  const okS = intIn(where, it.statutoryDays, 'statutoryDays', 0, MAX_COMMITTED_STATUTORY);
  const okP = intIn(where, it.promisedDays, 'promisedDays', 0, MAX_COMMITTED_STATUTORY);
  if (okS && okP) {
    if (it.promisedDays > it.statutoryDays) {
      fail(where, `promisedDays (${it.promisedDays}) must not exceed statutoryDays (${it.statutoryDays})`);
    }
    if (it.kind === 'immediate') {
      if (it.promisedDays !== 0) fail(where, `immediate item must have promisedDays 0 (got ${it.promisedDays})`);
      if (it.statutoryDays > MAX_IMMEDIATE_STATUTORY) {
        fail(where, `immediate item has statutoryDays ${it.statutoryDays}; more than ${MAX_IMMEDIATE_STATUTORY} means it is a committed item`);
      }
    }
    if (it.kind === 'committed' && it.promisedDays < 1) {
      fail(where, 'committed item must promise at least 1 working day');
    }
  }

  // scope
  if (!SCOPES.includes(it.scope)) fail(where, `scope must be one of ${SCOPES.join(', ')} (got ${JSON.stringify(it.scope)})`);

  // conditions
  if (!Array.isArray(it.conditions) || it.conditions.length < 1 || it.conditions.length > 4) {
    fail(where, 'conditions must be an array of 1–4 sentences');
  } else {
    it.conditions.forEach((c, j) => text(where, c, `conditions[${j}]`, 100));
    if (new Set(it.conditions).size !== it.conditions.length) fail(where, 'conditions contain duplicates');
  }

  // materials
  if (!Array.isArray(it.materials) || it.materials.length < 1 || it.materials.length > 7) {
    fail(where, 'materials must be an array of 1–7 entries');
  } else {
    const seen = new Set();
    it.materials.forEach((mat, j) => {
      const w = `${where} materials[${j}]`;
      if (!isObj(mat)) return fail(w, 'must be an object');
      exactKeys(w, mat, MATERIAL_KEYS);
      if (text(w, mat.name, 'name', 40)) {
        if (seen.has(mat.name)) fail(w, `duplicate material "${mat.name}"`);
        seen.add(mat.name);
      }
      if (!FORMS.includes(mat.form)) fail(w, `form must be one of ${FORMS.join(', ')} (got ${JSON.stringify(mat.form)})`);
      intIn(w, mat.copies, 'copies', 1, 10);
      if (typeof mat.required !== 'boolean') fail(w, `required must be true or false (got ${JSON.stringify(mat.required)})`);
    });
    if (!it.materials.some(mat => isObj(mat) && mat.required === true)) fail(where, 'at least one material must be required');
  }

  // fee
  if (text(where, it.fee, 'fee', 60) && it.fee !== FREE && !FEE_AMOUNT.test(it.fee)) {
    fail(where, `fee must be exactly "${FREE}" when free, or state an amount such as "工本费20元" (got "${it.fee}")`);
  }

  // legal basis
  text(where, it.legalBasis, 'legalBasis', 80);

  // flags
  if (typeof it.cityWide !== 'boolean') fail(where, `cityWide must be true or false (got ${JSON.stringify(it.cityWide)})`);
  if (![0, 1, 2].includes(it.visits)) fail(where, `visits must be 0, 1 or 2 (got ${JSON.stringify(it.visits)})`);
  if (typeof it.holidayService !== 'boolean') fail(where, `holidayService must be true or false (got ${JSON.stringify(it.holidayService)})`);

  // paused steps
  if (!Array.isArray(it.pausedSteps)) {
    fail(where, 'pausedSteps must be an array ([] if none)');
  } else {
    if (it.kind === 'immediate' && it.pausedSteps.length) fail(where, 'an immediate item cannot have paused steps');
    const seen = new Set();
    it.pausedSteps.forEach((s, j) => {
      const w = `${where} pausedSteps[${j}]`;
      if (!isObj(s)) return fail(w, 'must be an object');
      exactKeys(w, s, STEP_KEYS);
      if (text(w, s.name, 'name', 30)) {
        if (seen.has(s.name)) fail(w, `duplicate step "${s.name}"`);
        seen.add(s.name);
      }
      intIn(w, s.maxDays, 'maxDays', 1, 120);
      text(w, s.basis, 'basis', 80);
    });
  }

  // keywords
  if (!Array.isArray(it.keywords) || it.keywords.length > 4) {
    fail(where, 'keywords must be an array of 0–4 words');
  } else {
    it.keywords.forEach((k, j) => text(where, k, `keywords[${j}]`, 12));
    if (new Set(it.keywords).size !== it.keywords.length) fail(where, 'keywords contain duplicates');
  }
});

// ---------------------------------------------------------------- catalogue-wide rules

if (items.length < MIN_ITEMS) fail('items', `at least ${MIN_ITEMS} items are required (found ${items.length})`);

const used = new Set(items.map(it => it && it.department));
for (const code of deptCodes) if (!used.has(code)) fail('departments', `department "${code}" has no items`);
if ([...used].filter(c => deptCodes.has(c)).length < MIN_DEPARTMENTS_USED) {
  fail('items', `items must span at least ${MIN_DEPARTMENTS_USED} departments`);
}
for (const letter of lineLetters) {
  if (!items.some(it => it && it.line === letter)) fail('lines', `line ${letter} has no items`);
}

const immediateCount = items.filter(it => it && it.kind === 'immediate').length;
if (items.length) {
  const share = immediateCount / items.length;
  if (share < IMMEDIATE_SHARE[0] || share > IMMEDIATE_SHARE[1]) {
    fail('items', `immediate items are ${(share * 100).toFixed(1)} % of all; expected ${IMMEDIATE_SHARE[0] * 100}–${IMMEDIATE_SHARE[1] * 100} %`);
  }
}

for (const name of REQUIRED_ITEM_NAMES) if (!byName.has(name)) fail('items', `required item "${name}" is missing`);

// Facts from the domain brief.
const find = name => items[byName.get(name)];
const fact = (name, ok, msg) => { const it = find(name); if (it && !ok(it)) fail(`item "${name}"`, msg); };
fact('敬老卡申领', it => it.kind === 'committed' && it.promisedDays >= 20, 'must be committed with a limit of about 30 working days');
fact('跨省异地就医登记备案', it => it.kind === 'immediate' && it.fee === FREE, 'must be immediate and free (不收费)');
fact('居住证新办', it => it.kind === 'committed', 'must be a committed item');
fact('婚育证明', it => it.kind === 'immediate' || it.promisedDays <= 5, 'must be on the spot or within 5 working days');
fact('住房租赁合同网签备案', it => it.kind === 'immediate', 'must be immediate (on the spot when conditions are met)');

// Formatting (readable diffs): 2-space pretty-print, one trailing newline.
if (problems.length === 0 && raw !== JSON.stringify(data, null, 2) + '\n') {
  warnings.push(`${shown}: not in canonical 2-space JSON layout; re-format with JSON.stringify(data, null, 2) plus a newline`);
}

// ---------------------------------------------------------------- report

for (const w of warnings) console.warn(`warning: ${w}`);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${shown}: ${problems.length} problem(s) found`);
  process.exit(1);
}

// Pad to a display width, counting CJK characters as two columns.
const width = s => [...s].reduce((w, ch) => w + (ch.codePointAt(0) > 0x2e7f ? 2 : 1), 0);
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
const count = (key, val) => items.filter(it => it[key] === val).length;

console.log(`${shown}: OK — ${items.length} items, ${data.departments.length} departments, ${data.lines.length} lines`);
console.log('\nby department');
for (const d of data.departments) {
  const list = items.filter(it => it.department === d.code);
  const imm = list.filter(it => it.kind === 'immediate').length;
  console.log(`  ${d.code.padEnd(10)} ${pad(d.name, 14)} ${String(list.length).padStart(3)}  (immediate ${imm}, committed ${list.length - imm})`);
}
console.log('\nby kind');
for (const k of KINDS) {
  const n = count('kind', k);
  console.log(`  ${k.padEnd(10)} ${String(n).padStart(3)}  ${(n / items.length * 100).toFixed(1)} %`);
}
console.log('\nby line');
for (const l of data.lines) {
  console.log(`  ${l.letter} ${pad(l.name, 16)} ${l.icon.padEnd(10)} ${String(count('line', l.letter)).padStart(3)}`);
}
console.log('\nother');
console.log(`  scope organisation ${count('scope', 'organisation')}, individual ${count('scope', 'individual')}`);
console.log(`  cityWide ${items.filter(it => it.cityWide).length}, holidayService ${items.filter(it => it.holidayService).length}`);
console.log(`  visits 0/1/2: ${[0, 1, 2].map(v => count('visits', v)).join('/')}`);
console.log(`  charged (fee not 不收费) ${items.filter(it => it.fee !== FREE).length}, with paused steps ${items.filter(it => it.pausedSteps.length).length}`);
