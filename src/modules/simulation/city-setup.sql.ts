/**
 * The standing part of a generated city, one statement a table: centres, their lines of
 * business, the items they offer, windows, staff and the applicants on file. Staff share one
 * password hash (scrypt is slow on purpose; hashing it per account would take minutes).
 */
import type { CentrePlan } from './city-plan.js';
import {
  areaWeightSum,
  generatedId,
  hashSql,
  idCheckSql,
  idSql,
  lit,
  numberArray,
  STAFF,
  textArray,
} from './city-sql.js';

export interface CatalogueItem {
  code: string;
  name: string;
  departmentCode: string;
  line: string;
  kind: 'immediate' | 'committed';
  promisedDays: number;
  materials: { id: string; name: string; required: boolean }[];
}

export interface LineDef {
  letter: string;
  name: string;
  icon: string;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '红',
  '建国',
  '玉兰',
  '志强',
  '海燕',
  '晓燕',
  '建军',
  '丹',
  '萍',
  '鹏',
  '辉',
  '玲',
  '凤英',
  '琳',
  '欣',
  '子轩',
  '浩然',
  '雨涵',
  '梓涵',
  '一诺',
  '思远',
  '佳怡',
  '宇航',
  '晨曦',
  '嘉怡',
  '俊杰',
  '美玲',
  '国庆',
  '卫东',
  '惠芬',
  '雪梅',
  '永红',
  '春燕',
  '立新',
  '慧敏',
];

/** A person's name from 64 random bits: the same bits give the same name in every statement. */
export function nameSql(hash: string): string {
  return `substr(${lit(SURNAMES)}, 1 + ((${hash}) & 1023)::int % ${[...SURNAMES].length}, 1) || (${textArray(GIVEN)})[1 + (((${hash}) >> 10) & 1023)::int % ${GIVEN.length}]`;
}

/** A mobile number (13x, 15x, 18x) from the same bits. */
export function phoneSql(hash: string): string {
  return `'1' || (array['3','5','8'])[1 + (((${hash}) >> 20) & 3)::int % 3] || lpad(((((${hash}) >> 24) & 1073741823) % 1000000000)::text, 9, '0')`;
}

/** The random bits of applicant `aidx` of centre `c`: shared by the applicants rows and every notice naming one. */
export function applicantHashSql(c: string, aidx: string, seed: number): string {
  return hashSql(`(${c})::bigint * 1048576 + (${aidx})`, 6, seed);
}

/**
 * An applicant's resident ID: the centre's district as area code, a birth date between 1940 and
 * 2008 and a sequence number, unique per centre (the sequence is aidx mod 1000 shifted by the
 * centre, and the date differs for every thousand), with its check character. Both are shifted
 * by the centre too, so two centres of a district rarely file the same number.
 */
export function applicantBirthSql(c: string, aidx: string): string {
  return `to_char(date '1940-01-01' + (((${aidx}) / 1000 * 9973 + ((${aidx}) % 1000) * 7 + (${c}) * 331) % 25000)::int, 'YYYYMMDD')::int`;
}

/** The last four characters of that ID; `birth` is a column holding applicantBirthSql (used eight times). */
export function applicantIdTailSql(
  areaSum: string,
  c: string,
  aidx: string,
  birth: string,
): string {
  const seq = `(((${aidx}) + (${c}) * 37) % 1000)`;
  return `lpad(${seq}::text, 3, '0') || ${idCheckSql(areaSum, birth, seq)}`;
}

/** The centres' own columns, as arrays indexed by ordinal (1-based). */
export function centreArraysSql(plans: readonly CentrePlan[]): string {
  return `unnest(
    ${numberArray(
      plans.map((p) => p.ordinal),
      'int',
    )},
    ${textArray(plans.map((p) => p.districtCode))},
    ${numberArray(
      plans.map((p) => areaWeightSum(p.districtCode)),
      'int',
    )},
    ${numberArray(
      plans.map((p) => p.applicantPool),
      'int',
    )},
    ${numberArray(
      plans.map((p) => p.comprehensiveWindows),
      'int',
    )}
  ) as cp(c, district, area_sum, pool, nwin)`;
}

export function insertCentresSql(
  plans: readonly CentrePlan[],
  seed: number,
  createdAt: Date,
): string {
  const rows = plans.map(
    (p) =>
      `(${lit(generatedId('centre', seed, 0, p.ordinal, 0))}::uuid, ${lit(p.code)}, ${lit(p.name)}, ${lit(p.districtCode)}, ${lit(p.districtName)}, ${lit(`${p.districtName}${p.name.replace(/社区事务受理服务中心$/, '')}路${p.ordinal}号`)}, ${lit(`021-6${String(p.ordinal).padStart(3, '0')}0000`)}, ${lit(createdAt.toISOString())}::timestamptz)`,
  );
  return `insert into centres (id, code, name, district_code, district_name, address, phone, created_at) values ${rows.join(',\n')}`;
}

export function insertLinesSql(
  plans: readonly CentrePlan[],
  seed: number,
  lines: readonly LineDef[],
): string {
  return `insert into lines (centre_id, letter, name, icon, sort)
    select ${idSql('centre', seed, '0', 'cp.c', '0')}, l.letter, l.name, l.icon, l.sort
    from ${centreArraysSql(plans)}
    cross join unnest(${textArray(lines.map((l) => l.letter))}, ${textArray(lines.map((l) => l.name))}, ${textArray(lines.map((l) => l.icon))}, ${numberArray(
      lines.map((_, i) => i),
      'int',
    )}) as l(letter, name, icon, sort)`;
}

/** Every centre offers the whole catalogue; a few items are still handled outside the system. */
export function insertCentreItemsSql(plans: readonly CentrePlan[], seed: number): string {
  return `insert into centre_items (centre_id, item_code, handled_in_system)
    select ${idSql('centre', seed, '0', 'cp.c', '0')}, i.code, (${hashSql(`cp.c::bigint * 100000 + hashtext(i.code)::bigint % 100000`, 7, seed)} & 1023) >= 30
    from ${centreArraysSql(plans)} cross join items i`;
}

/** Comprehensive windows 1…n, then a reply window, a cashier window and (every other centre) a specialised one. */
export function insertWindowsSql(
  plans: readonly CentrePlan[],
  seed: number,
  comprehensiveLines: readonly string[],
): string {
  const centre = idSql('centre', seed, '0', 'cp.c', '0');
  const window = (n: string) => idSql('window', seed, '0', 'cp.c', n);
  return `insert into windows (id, centre_id, number, name, kind, lines, is_open)
    select ${window('k')}, ${centre}, k, k || '号窗口', 'comprehensive', ${textArray(comprehensiveLines)}, true
      from ${centreArraysSql(plans)} cross join lateral generate_series(1, cp.nwin) k
    union all
    select ${window('cp.nwin + x.o')}, ${centre}, cp.nwin + x.o, (cp.nwin + x.o) || '号窗口', x.kind, x.lines, true
      from ${centreArraysSql(plans)}
      cross join (values (1, 'reply', array['R']::text[]), (2, 'cashier', array[]::text[]), (3, 'specialised', array['F']::text[])) as x(o, kind, lines)
      where x.o < 3 or cp.c % 2 = 0`;
}

/**
 * Clerks 1…windows+1 (two in three all-round; the others certified for the items of a few
 * lines), a reply-window clerk, three officers splitting the departments, and the manager.
 */
export function insertStaffSql(input: {
  plans: readonly CentrePlan[];
  seed: number;
  passwordHash: string;
  createdAt: Date;
  certified: readonly (readonly string[])[];
  officerDepartments: readonly (readonly string[])[];
}): string {
  const { plans, seed } = input;
  const centre = idSql('centre', seed, '0', 'cp.c', '0');
  const user = idSql('user', seed, '0', 'cp.c', 's.k');
  const codes = `(${textArray(plans.map((p) => p.code))})[cp.c]`;
  const name = nameSql(hashSql(`cp.c::bigint * 1000 + s.k`, 5, seed));
  const certified = `(case s.k / 3 % 3 ${input.certified.map((items, i) => `when ${i} then ${textArray(items)}`).join(' ')} end)`;
  const officerDepartments = `(case s.k - ${STAFF.officer} ${input.officerDepartments.map((d, i) => `when ${i} then ${textArray(d)}`).join(' ')} end)`;
  return `insert into users (id, centre_id, username, name, role, password_hash, department_codes, is_all_round, certified_items, is_department_head, created_at)
    select ${user}, ${centre},
      ${codes} || case when s.role = 'clerk' and s.k < ${STAFF.reply} then '-clerk' || lpad(s.k::text, 2, '0') when s.role = 'clerk' then '-reply' when s.role = 'officer' then '-officer' || (s.k - ${STAFF.officer} + 1) else '-manager' end,
      ${name}, s.role, ${lit(input.passwordHash)},
      case when s.role = 'officer' then ${officerDepartments} else array[]::text[] end,
      s.role = 'clerk' and s.k < ${STAFF.reply} and s.k % 3 <> 0,
      case when s.role = 'clerk' and s.k < ${STAFF.reply} and s.k % 3 = 0 then ${certified} when s.k = ${STAFF.reply} then (${textArray(input.certified[input.certified.length - 1]!)}) else array[]::text[] end,
      s.k = ${STAFF.officer},
      ${lit(input.createdAt.toISOString())}::timestamptz
    from ${centreArraysSql(plans)}
    cross join lateral (
      select k, 'clerk' as role from generate_series(1, cp.nwin + 1) k
      union all select ${STAFF.reply}, 'clerk'
      union all select k, 'officer' from generate_series(${STAFF.officer}, ${STAFF.officer + STAFF.officers - 1}) k
      union all select ${STAFF.manager}, 'manager'
    ) s`;
}

export function insertApplicantsSql(
  plans: readonly CentrePlan[],
  seed: number,
  updatedAt: Date,
): string {
  const h = applicantHashSql('cp.c', 'a', seed);
  return `insert into applicants (id, centre_id, id_type, id_number, name, phone, updated_at)
    select ${idSql('applicant', seed, '0', 'cp.c', 'a')}, ${idSql('centre', seed, '0', 'cp.c', '0')}, 'resident_id',
      cp.district || bd.birth::text || ${applicantIdTailSql('cp.area_sum', 'cp.c', 'a', 'bd.birth')},
      ${nameSql(h)}, ${phoneSql(h)}, ${lit(updatedAt.toISOString())}::timestamptz
    from ${centreArraysSql(plans)} cross join lateral generate_series(0, cp.pool - 1) a
    cross join lateral (select ${applicantBirthSql('cp.c', 'a')} as birth offset 0) bd`;
}
