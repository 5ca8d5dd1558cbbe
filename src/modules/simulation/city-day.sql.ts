/**
 * The draws of a chunk of business days: one row per ticket of every centre and day in the
 * chunk, with its outcome, item, times, window and the fate of its case, rating and booking.
 * The insert statements (city-day-inserts.sql.ts) all read this one materialised set, so a
 * chunk is a single statement and every row a ticket leads to agrees with the ticket.
 *
 * Tickets are drawn line by line: ticket i of a line is that line's i-th number of the day, so
 * no sort is needed to number them. The subqueries end in `offset 0` so that each level's
 * columns are computed once per row instead of being expanded into every later use.
 *
 * Working days are positions in `w.wd`, the calendar's working days in order: "N working days
 * after the day at position i" is position i + N (the acceptance day is day 0, Administrative
 * Licensing Law art. 82), and workingDaysBetween(a, b] of two working days is the difference of
 * their positions. Nothing happens after position `last`, the end of the history.
 */
import type { CentrePlan } from './city-plan.js';
import { applicantBirthSql, applicantIdTailSql, type CatalogueItem } from './city-setup.sql.js';
import {
  areaWeightSum,
  arrivalSecondsSql,
  dateArray,
  hashSql,
  idSql,
  lit,
  midnightSql,
  numberArray,
  STAFF,
  textArray,
  uSql,
} from './city-sql.js';

export interface DayChunk {
  plans: readonly CentrePlan[];
  /** The catalogue's items (any order). */
  items: readonly CatalogueItem[];
  /** Working days from the first of the history on, running past its end (deadlines fall there). */
  workdays: readonly string[];
  /** 1-based positions in `workdays` of this chunk's first and last day (one calendar year), and of the history's last. */
  first: number;
  through: number;
  last: number;
  seed: number;
  /** The item's department → the officer number (60…) who decides its cases. */
  officerOf: (departmentCode: string) => number;
}

/** Tickets a day swing with the weekday: Mondays are busiest, makeup Saturdays quiet. */
const WEEKDAY_FACTOR = `case extract(isodow from dd.d)::int when 1 then 1.15 when 2 then 1.05 when 3 then 1.0 when 4 then 0.98 when 5 then 0.9 else 0.8 end`;

/** Appointment bands (settings.appointmentBands): start minutes and labels. */
export const BAND_STARTS = [540, 600, 660, 780, 840, 900];
export const BAND_LABELS = [
  '09:00-10:00',
  '10:00-11:00',
  '11:00-12:00',
  '13:00-14:00',
  '14:00-15:00',
  '15:00-16:00',
];

/** Rows of a line of the day are numbered j = line × LINE_SPAN + i in ids and random keys. */
const LINE_SPAN = 16384;

function centreParams(plans: readonly CentrePlan[]): string {
  const col = (pick: (p: CentrePlan) => number, type: 'int' | 'float8' = 'float8') =>
    numberArray(plans.map(pick), type);
  return `unnest(
    ${col((p) => p.ordinal, 'int')},
    ${textArray(plans.map((p) => p.code.toUpperCase().replace(/[^A-Z0-9]/g, '')))},
    ${textArray(plans.map((p) => p.districtCode))}, ${col((p) => areaWeightSum(p.districtCode), 'int')},
    ${col((p) => p.applicantPool, 'int')}, ${col((p) => p.comprehensiveWindows, 'int')},
    ${col((p) => p.ticketsPerDay)}, ${col((p) => p.noShowShare)}, ${col((p) => p.oneTimeShare)},
    ${col((p) => p.refusalShare)}, ${col((p) => p.consultShare)}, ${col((p) => p.immediateShare)},
    ${col((p) => p.meanWaitMinutes)}, ${col((p) => p.immediateMinutes)}, ${col((p) => p.lateShare)},
    ${col((p) => p.pauseShare)}, ${col((p) => p.ratedShare)}, ${col((p) => p.badShare)},
    ${col((p) => p.appointmentShare)}, ${col((p) => p.complaintsPerDay)}, ${col((p) => p.lateFollowupShare)}
  ) as cp(c, cprefix, district, area_sum, pool, nwin, tpd, p_ns, p_ot, p_rf, p_co, p_imm, wait_m, imm_m, p_late, p_pause,
          p_rated, p_bad, p_appt, p_cplt, p_lfu)`;
}

/** The catalogue as a small table `ix` keyed by `it`, and its lines as `lx` (weight = share of items). */
function catalogueTables(chunk: DayChunk): string {
  const items = [...chunk.items].sort(
    (a, b) =>
      a.line.localeCompare(b.line) || b.kind.localeCompare(a.kind) || a.code.localeCompare(b.code),
  );
  const required = (i: CatalogueItem) => i.materials.filter((m) => m.required);
  const letters = [...new Set(items.map((i) => i.line))];
  const start = (line: string, kind: string) =>
    items.findIndex((i) => i.line === line && i.kind === kind) + 1;
  const count = (line: string, kind: string) =>
    items.filter((i) => i.line === line && i.kind === kind).length;
  return `ix as (select * from unnest(
      ${textArray(items.map((i) => i.code))}, ${textArray(items.map((i) => i.name))}, ${textArray(items.map((i) => i.departmentCode))},
      ${textArray(items.map((i) => i.kind))}, ${numberArray(
        items.map((i) => i.promisedDays),
        'int',
      )},
      ${numberArray(
        items.map((i) => chunk.officerOf(i.departmentCode)),
        'int',
      )},
      array[${items.map((i) => lit(JSON.stringify(required(i).map((m) => m.id)))).join(',')}]::jsonb[],
      ${textArray(items.map((i) => required(i).at(-1)?.name ?? i.materials[0]?.name ?? '相关材料'))}
    ) with ordinality as ix(code, name, dept, kind, promised, officer, materials, missing, it)),
  lx as (select * from unnest(
      ${textArray(letters)}, ${numberArray(
        letters.map((l) => items.filter((i) => i.line === l).length / items.length),
        'float8',
      )},
      ${numberArray(
        letters.map((l) => start(l, 'immediate')),
        'int',
      )}, ${numberArray(
        letters.map((l) => count(l, 'immediate')),
        'int',
      )},
      ${numberArray(
        letters.map((l) => start(l, 'committed')),
        'int',
      )}, ${numberArray(
        letters.map((l) => count(l, 'committed')),
        'int',
      )}
    ) with ordinality as lx(line, weight, imm_start, imm_n, com_start, com_n, ln))`;
}

/** The CTEs `w`, `cp`, `cd` (a row per centre and day) and `g` (a row per ticket), ready for inserts. */
export function drawsSql(chunk: DayChunk): string {
  const { seed } = chunk;
  const key = `(b0.di::bigint * 1024 + b0.c) * ${LINE_SPAN * 8} + b0.j`;
  const [h1, h2, h3, h4, h5, h6] = [1, 2, 3, 4, 5, 9].map((salt) => hashSql(key, salt, seed));
  const u = (h: string, part: 0 | 1 | 2 | 3) => uSql(h, part);
  const wd = (pos: string) => `w.wd[${pos}]`;
  return `
  w as (select ${dateArray(chunk.workdays)} as wd),
  cp as (select * from ${centreParams(chunk.plans)}),
  ${catalogueTables(chunk)},
  cd as (
    select cp.*, dd.di, dd.d, ${midnightSql('dd.d')} as mid, extract(year from dd.d)::int as yr,
      ${idSql('centre', seed, '0', 'cp.c', '0')} as centre_id,
      least(cp.pool - 8, greatest(1, round(cp.tpd * ${WEEKDAY_FACTOR} * (0.85 + 0.3 * ${u('hh.h', 0)}))))::int as n,
      ((hh.h >> 16) & 1048575)::int % cp.pool as aoff, hh.h as hcd
    from cp
    cross join (select di, ${wd('di')} as d from w, generate_series(${chunk.first}, ${chunk.through}) di) dd
    cross join lateral (select ${hashSql('dd.di::bigint * 1024 + cp.c', 0, seed)} as h) hh
  ),
  cl as (
    select cd.c, cd.di, lx.ln, x.nl, sum(x.nl) over (partition by cd.c, cd.di order by lx.ln) - x.nl as off
    from cd cross join lx cross join lateral (select round(cd.n * lx.weight)::int as nl) x
  ),
  b as (
    select b0.*, ${h1} as h1, ${h2} as h2, ${h3} as h3, ${h4} as h4, ${h5} as h5, ${h6} as h6
    from (select cl.c, cl.di, cl.ln, cl.nl, i, cl.ln * ${LINE_SPAN} + i as j, cl.off + i as r
          from cl cross join lateral generate_series(1, cl.nl) i) b0
    offset 0
  ),
  o as (
    select b.*,
      case when ${u('h1', 0)} < cp.p_ns then 'no_show' when ${u('h1', 0)} < cp.p_ns + cp.p_ot then 'one_time'
        when ${u('h1', 0)} < cp.p_ns + cp.p_ot + cp.p_rf then 'refusal'
        when ${u('h1', 0)} < cp.p_ns + cp.p_ot + cp.p_rf + cp.p_co then 'consult' else 'accept' end as outcome,
      case when lx.com_n = 0 or (lx.imm_n > 0 and ${u('h1', 1)} < cp.p_imm) then lx.imm_start + floor(${u('h1', 2)} * lx.imm_n)::int
        else lx.com_start + floor(${u('h1', 2)} * lx.com_n)::int end as it
    from b join cp on cp.c = b.c join lx on lx.ln = b.ln
    offset 0
  ),
  ow as (
    select o.*,
      case when outcome = 'accept' then sum((outcome = 'accept')::int) over (partition by c, di order by ln, i) end as case_seq,
      sum((outcome in ('one_time', 'refusal'))::int) over (partition by c order by di, ln, i) as notice_rank
    from o
  ),
  o2 as (
    select ow.c, ow.di, ow.ln, ow.nl, ow.i, ow.j, ow.outcome, ow.it, ow.case_seq, ow.notice_rank,
      cd.d, cd.mid, cd.yr, cd.centre_id, cd.cprefix, cd.district, cd.area_sum, cd.nwin,
      cd.wait_m, cd.imm_m, cd.p_rated, cd.p_bad, cd.p_appt, cd.p_lfu,
      ((cd.aoff + ow.r::bigint * 7919) % cd.pool)::int as aidx,
      ix.code, ix.name, ix.dept, ix.kind, ix.promised, ix.officer, ix.materials, ix.missing, lx.line,
      ${arrivalSecondsSql(`(ow.i - 1 + ${u('h3', 1)}) / ow.nl`)} as arr,
      least(10800, floor(-cd.wait_m * 60 * ln(${u('h1', 3)})))::int as wait_s,
      0.4 + 0.6 * (${u('h2', 0)} + ${u('h2', 1)}) as f,
      1 + floor(${u('h2', 2)} * cd.nwin)::int as win,
      ${u('h2', 3)} < cd.p_rated as rated,
      ${u('h3', 0)} as u_level, ${u('h3', 2)} < cd.p_late as late, ${u('h3', 3)} as u_days,
      ${u('h4', 0)} < cd.p_pause as paused, 1 + floor(${u('h4', 1)} * 6)::int as plen, ${u('h4', 2)} as u_pstart,
      ${u('h4', 3)} < 0.03 as denied, ${u('h5', 0)} as u_appt, ${u('h5', 1)} as u_delay,
      ${u('h5', 2)} as u_contact, ${u('h5', 3)} as u_close,
      ${u('h6', 0)} as u_tod, ${u('h6', 1)} as u_appeal, ${u('h6', 2)} as u_text, ${u('h6', 3)} as u_tod2
    from ow join cd on cd.c = ow.c and cd.di = ow.di join ix on ix.it = ow.it join lx on lx.ln = ow.ln
    offset 0
  ),
  o3 as (
    select o2.*,
      o2.mid + 30600 + arr as t_issue, o2.mid + 30600 + arr + wait_s as t_call,
      round(case when outcome = 'no_show' then 0 when outcome = 'accept' and kind = 'immediate' then imm_m * 60 * f
        when outcome = 'accept' then 900 * f when outcome = 'one_time' then 360 * f
        when outcome = 'refusal' then 300 * f else 240 * f end)::int as svc,
      case when outcome <> 'no_show' and arr < 27000 and u_appt < p_appt then 'checked_in'
        when u_appt >= p_appt and u_appt < p_appt * 1.15 then 'no_show'
        when u_appt >= p_appt * 1.15 and u_appt < p_appt * 1.25 then 'cancelled' end as appt,
      -- The committed case: working days it takes, paused days excluded; late ones run past the limit.
      case when late then promised + 1 + floor(u_days * 5)::int
        else 1 + floor(power(u_days, 1.2) * greatest(1, promised) * 0.85)::int end as h,
      case when u_level < p_bad * 0.4 then 1 when u_level < p_bad then 2 when u_level < p_bad + 0.05 then 3
        when u_level < p_bad + 0.25 then 4 else 5 end as level
    from o2 offset 0
  ),
  o4 as (
    select o3.*, t_call + 30 as t_start, t_call + 30 + svc as t_end,
      case when appt = 'checked_in' then (case when 510 + arr / 60 < 600 then 1 when 510 + arr / 60 < 660 then 2
          when 510 + arr / 60 < 720 then 3 when 510 + arr / 60 < 840 then 4 when 510 + arr / 60 < 900 then 5 else 6 end)
        else 1 + floor(u_delay * 6)::int end as band_no,
      di + 1 + floor(u_pstart * least(h, 3))::int as ps,
      case when paused then plen else 0 end as p,
      case when outcome = 'accept' or appt is not null then ${applicantBirthSql('c', 'aidx')} end as birth
    from o3 offset 0
  ),
  o5 as (
    select o4.*,
      -- A pause not begun by the end of the history never happened; one still running counts to the end.
      case when not paused or ps > ${chunk.last} then 0 when ps + plen > ${chunk.last} then ${chunk.last} - ps else plen end as paused_days,
      case when not paused or ps > ${chunk.last} then 'none' when ps + plen > ${chunk.last} then 'running' else 'ended' end as pause_state,
      di + h + p as dec_idx,
      case when birth is not null then ${applicantIdTailSql('area_sum', 'c', 'aidx', 'birth')} end as id_tail
    from o4 offset 0
  ),
  g as materialized (
    select o5.*,
      di + promised + paused_days as dl_idx,
      pause_state <> 'running' and dec_idx <= ${chunk.last} as decided,
      dec_idx + floor(u_delay * 6)::int as col_idx,
      ${idSql('ticket', seed, 'di', 'c', 'j')} as ticket_id,
      ${idSql('window', seed, '0', 'c', 'win')} as window_id,
      ${idSql('user', seed, '0', 'c', 'win')} as clerk_id,
      ${idSql('applicant', seed, '0', 'c', 'aidx')} as applicant_id,
      ${idSql('user', seed, '0', 'c', 'officer')} as officer_id,
      ${idSql('user', seed, '0', 'c', String(STAFF.manager))} as manager_id
    from o5
  )`;
}
