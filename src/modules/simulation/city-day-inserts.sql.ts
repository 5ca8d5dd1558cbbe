/**
 * One statement per chunk of business days: the draws of city-day.sql.ts and, reading them, an
 * INSERT for every table a day at a centre fills. Foreign keys are checked at the end of the
 * statement, when every parent row of the chunk is in. Numbers that run per centre per year
 * (notices, complaints) continue from their counters, read and advanced in the same statement.
 */
import { applicantHashSql, nameSql, phoneSql } from './city-setup.sql.js';
import { BAND_LABELS, BAND_STARTS, drawsSql, type DayChunk } from './city-day.sql.js';
import { hashSql, idSql, midnightSql, numberArray, STAFF, textArray, uSql } from './city-sql.js';

const REFUSAL_REASONS = [
  '申请人不符合本事项的申请条件',
  '申请人户籍不在本街镇，请至户籍地社区事务受理服务中心办理',
  '所持身份证件已过有效期，请更新证件后再申请',
  '申请事项依法不属于本中心受理范围',
];
const BAD_COMMENTS = [
  '等候时间太长',
  '工作人员态度不好',
  '材料要求没有一次讲清楚',
  '系统故障耽误了时间',
  '',
];
const COMPLAINTS = [
  { category: 'attitude', content: '窗口工作人员说话不耐烦，解释政策时态度生硬。' },
  { category: 'efficiency', content: '同一事项来了两次仍未办完，希望加快办理。' },
  { category: 'queue', content: '上午排队等候超过一个小时，叫号顺序不清楚。' },
  { category: 'policy', content: '对补贴申请条件的解释前后不一致。' },
  { category: 'facilities', content: '等候区座位不够，老人只能站着等。' },
  { category: 'discipline', content: '工作时间窗口无人，工作人员离岗较久。' },
  { category: 'other', content: '网上预约的时段到现场后无法使用。' },
];

export function chunkSql(chunk: DayChunk): string {
  const { seed, last } = chunk;
  const wd = (pos: string) => `w.wd[${pos}]`;
  const at = (epoch: string) => `to_timestamp(${epoch})`;
  const midOf = (pos: string) => midnightSql(wd(pos));
  const caseId = idSql('case', seed, 'di', 'c', 'j');
  const serviceId = idSql('service', seed, 'di', 'c', 'j');
  const ratingId = idSql('rating', seed, 'di', 'c', 'j');
  const appointmentId = idSql('appointment', seed, 'di', 'c', 'j');
  const requestId = idSql('request', seed, 'di', 'c', 'j');
  const replyClerk = idSql('user', seed, '0', 'c', String(STAFF.reply));
  const bad = `(rated and outcome <> 'no_show' and level <= 2)`;
  const annulled = `(${bad} and u_appeal < 0.05 and di < ${last})`;
  const applicant = applicantHashSql('c', 'aidx', seed);
  const decidedAt = `${midOf('dec_idx')} + 34200 + floor(u_tod * 23400)`;
  const committedDecided = `kind = 'committed' and decided`;
  const open = `kind = 'committed' and not decided`;
  // Bad-rating follow-ups: contacted on the day (most), the next working day, or late; closed within five.
  const contactIdx = `di + case when u_contact < p_lfu then 2 when u_contact < 0.6 then 0 else 1 end`;
  const closeIdx = `greatest(${contactIdx}, di + case when u_close < p_lfu then 6 + floor(u_close / p_lfu * 2)::int else 1 + floor((u_close - p_lfu) / (1 - p_lfu) * 5)::int end)`;
  const contactedAt = `case when ${contactIdx} = di then t_end + 7215 else ${midOf(contactIdx)} + 36000 end`;
  const hk = hashSql('cd.di::bigint * 1024 + cd.c', 2, seed);
  const answerIdx = `di + case when ${uSql('hk', 3)} < 0.85 then 1 + floor(${uSql('hk', 3)} / 0.85 * 5)::int else 6 + floor((${uSql('hk', 3)} - 0.85) / 0.15 * 2)::int end`;
  return `with ${drawsSql(chunk)},
  ins_tickets as (
    insert into tickets (id, centre_id, business_date, line, seq, number, status, issued_at, queue_at,
      appointment_id, called_at, calls, window_id, clerk_id, started_at, finished_at)
    select ticket_id, centre_id, d, line, i, line || case when i < 1000 then lpad(i::text, 3, '0') else i::text end,
      case when outcome = 'no_show' then 'no_show' else 'done' end, ${at('t_issue')},
      ${at(`case when appt = 'checked_in' then greatest(t_issue, mid + (${numberArray(BAND_STARTS, 'int')})[band_no] * 60) else t_issue end`)},
      case when appt = 'checked_in' then ${appointmentId} end, ${at('t_call')},
      case when outcome = 'no_show' then 3 else 1 end, window_id, clerk_id,
      case when outcome <> 'no_show' then ${at('t_start')} end,
      ${at(`case when outcome = 'no_show' then t_call + 600 else t_end end`)}
    from g
  ),
  ins_services as (
    insert into services (id, centre_id, ticket_id, window_id, clerk_id, kind, started_at, ended_at)
    select ${serviceId}, centre_id, ticket_id, window_id, clerk_id, 'counter', ${at('t_start')}, ${at('t_end')}
    from g where outcome <> 'no_show'
  ),
  ins_cases as (
    insert into cases (id, centre_id, number, request_id, item_code, item_name, department_code, kind, status,
      decision, decision_reason, applicant_id, id_tail, ticket_id, service_id, clerk_id, officer_id,
      materials_received, promised_days, accepted_at, accepted_on, deadline, paused_days, warning, warning_since,
      decided_at, decided_on, handling_days, overdue_days, finished_at, collected_at, collected_by)
    select ${caseId}, centre_id, cprefix || to_char(d, 'YYYYMMDD') || lpad(case_seq::text, 4, '0'), ${requestId},
      code, name, dept, kind,
      case when kind = 'immediate' then 'finished' when decided and col_idx <= ${last} then 'collected'
        when decided then 'ready' when pause_state = 'running' then 'paused' else 'in_progress' end,
      case when ${committedDecided} then case when denied then 'denied' else 'approved' end end,
      case when ${committedDecided} and denied then '经审核，申请人不符合本事项的办理条件' end,
      applicant_id, id_tail, ticket_id, ${serviceId}, clerk_id,
      case when kind = 'committed' then officer_id end, materials, promised,
      ${at(`case when kind = 'immediate' then t_start + svc / 2 else t_end - 30 end`)}, d,
      case when kind = 'immediate' then d else ${wd('dl_idx')} end,
      case when kind = 'committed' then paused_days else 0 end,
      case when ${open} and ${last} > dl_idx then 'red' when ${open} and dl_idx - ${last} <= 2 then 'amber' else 'none' end,
      case when ${open} and ${last} > dl_idx then ${wd('dl_idx + 1')} when ${open} and dl_idx - ${last} <= 2 then ${wd('greatest(di, dl_idx - 2)')} end,
      case when ${committedDecided} then ${at(decidedAt)} end,
      case when ${committedDecided} then ${wd('dec_idx')} end,
      case when ${committedDecided} then h end,
      case when ${committedDecided} then greatest(0, h - promised) end,
      case when kind = 'immediate' then ${at('t_end - 5')} end,
      case when ${committedDecided} and col_idx <= ${last} then ${at(`greatest(${decidedAt} + 3600, ${midOf('col_idx')} + 32400 + floor(u_tod2 * 25200))`)} end,
      case when ${committedDecided} and col_idx <= ${last} then ${replyClerk} end
    from g cross join w where outcome = 'accept'
  ),
  ins_pauses as (
    insert into case_pauses (id, centre_id, case_id, kind, reason, started_by, started_at, started_on, ended_at, ended_on)
    select ${idSql('pause', seed, 'di', 'c', 'j')}, centre_id, ${caseId}, 'supplement', missing, officer_id,
      ${at(`${midOf('ps')} + 36000`)}, ${wd('ps')},
      case when pause_state = 'ended' then ${at(`${midOf('ps + plen')} + 32400`)} end,
      case when pause_state = 'ended' then ${wd('ps + plen')} end
    from g cross join w where outcome = 'accept' and kind = 'committed' and pause_state <> 'none'
  ),
  nb as (
    select g.*, coalesce(nc.last_seq, 0) + notice_rank as notice_seq
    from g left join notice_counters nc on nc.centre_id = g.centre_id and nc.year = g.yr
    where outcome in ('one_time', 'refusal')
  ),
  ins_notices as (
    insert into notices (id, centre_id, number, kind, request_id, ticket_id, applicant_id, item_code, content, created_at, created_by)
    select ${idSql('notice', seed, 'di', 'c', 'j')}, centre_id,
      case when outcome = 'one_time' then 'GZ' else 'BY' end || yr || lpad(notice_seq::text, 6, '0'),
      outcome, ${requestId}, ticket_id, applicant_id, code,
      jsonb_build_object('title', case when outcome = 'one_time' then '一次性告知书' else '不予受理通知书' end,
        'itemName', name, 'applicantName', ${nameSql(applicant)})
      || case when outcome = 'one_time'
        then jsonb_build_object('missing', jsonb_build_array(jsonb_build_object('name', missing, 'form', '原件', 'copies', 1)))
        else jsonb_build_object('reason', (${textArray(REFUSAL_REASONS)})[1 + floor(u_text * ${REFUSAL_REASONS.length})::int]) end,
      ${at('t_end - 60')}, clerk_id
    from nb
  ),
  up_notice_counters as (
    insert into notice_counters (centre_id, year, last_seq)
    select centre_id, yr, max(notice_seq) from nb group by centre_id, yr
    on conflict (centre_id, year) do update set last_seq = excluded.last_seq
  ),
  ins_ratings as (
    insert into ratings (id, centre_id, service_id, window_id, clerk_id, case_id, stage, level, comment, created_at, created_on, annulled_at)
    select ${ratingId}, centre_id, ${serviceId}, window_id, clerk_id, case when outcome = 'accept' then ${caseId} end,
      case when outcome = 'accept' and kind = 'committed' then 'acceptance' else 'service' end, level,
      case when level <= 2 then (${textArray(BAD_COMMENTS)})[1 + floor(u_text * ${BAD_COMMENTS.length})::int] else '' end,
      ${at('t_end + 15')}, d, case when ${annulled} then ${at('t_end + 86400')} end
    from g where rated and outcome <> 'no_show'
  ),
  ins_appeals as (
    insert into rating_appeals (id, centre_id, rating_id, reason, status, requested_by, requested_at, decided_by, decided_at, decision_reason)
    select ${idSql('appeal', seed, 'di', 'c', 'j')}, centre_id, ${ratingId}, '评价人误触评价器，当场表示对服务满意', 'upheld',
      clerk_id, ${at('t_end + 3600')}, manager_id, ${at('t_end + 86400')}, '经调阅窗口录像核实为误评'
    from g where ${annulled}
  ),
  ins_followups as (
    insert into rating_followups (rating_id, centre_id, status, assignee_id, contact_due, close_due, contacted_at, contacted_on,
      contact_note, cause, remedy, resident_response, closed_at, closed_on, closed_by, created_at)
    select ${ratingId}, centre_id,
      case when ${annulled} then 'annulled' when ${contactIdx} > ${last} then 'open' when ${closeIdx} > ${last} then 'contacted' else 'closed' end,
      manager_id, ${wd('di + 1')}, ${wd('di + 5')},
      case when not ${annulled} and ${contactIdx} <= ${last} then ${at(contactedAt)} end,
      case when not ${annulled} and ${contactIdx} <= ${last} then ${wd(contactIdx)} end,
      case when not ${annulled} and ${contactIdx} <= ${last} then '已电话联系评价人，听取意见' end,
      case when not ${annulled} and ${closeIdx} <= ${last} then '窗口高峰时段人手不足，告知不够清楚' end,
      case when not ${annulled} and ${closeIdx} <= ${last} then '高峰时段增开窗口，材料清单当面一次性说明' end,
      case when not ${annulled} and ${closeIdx} <= ${last} then (array['satisfied','accepted','satisfied','unreachable'])[1 + floor(u_text * 4)::int] end,
      case when not ${annulled} and ${closeIdx} <= ${last} then ${at(`greatest(${contactedAt} + 3600, ${midOf(closeIdx)} + 54000)`)} end,
      case when not ${annulled} and ${closeIdx} <= ${last} then ${wd(closeIdx)} end,
      case when not ${annulled} and ${closeIdx} <= ${last} then manager_id end,
      ${at('t_end + 15')}
    from g cross join w where ${bad}
  ),
  ins_appointments as (
    insert into appointments (id, centre_id, code, date, band, item_code, id_type, id_number, name, phone, status,
      created_at, cancelled_at, checked_in_at, ticket_id)
    select ${appointmentId}, centre_id, lpad((((di::bigint * 131072 + j) * 48271) % 99999989)::text, 8, '0'), d,
      (${textArray(BAND_LABELS)})[band_no], code, 'resident_id',
      district || birth::text || id_tail,
      ${nameSql(applicant)}, ${phoneSql(applicant)}, appt,
      ${at('mid - (1 + floor(u_close * 5)) * 86400 + 72000')},
      case when appt = 'cancelled' then ${at('mid - (1 + floor(u_close * 5)) * 86400 + 90000')} end,
      case when appt = 'checked_in' then ${at('t_issue')} end,
      case when appt = 'checked_in' then ticket_id end
    from g where appt is not null
  ),
  ins_ticket_counters as (
    insert into ticket_counters (centre_id, business_date, line, last_seq)
    select centre_id, d, line, max(i) from g group by centre_id, d, line
  ),
  ins_case_counters as (
    insert into case_counters (centre_id, business_date, last_seq)
    select centre_id, d, max(case_seq) from g where outcome = 'accept' group by centre_id, d
  ),
  cq as (
    select cd.*, ${hk} as hk, coalesce(rc.last_seq, 0) + row_number() over (partition by cd.c, cd.yr order by cd.di) as complaint_seq
    from cd left join record_counters rc on rc.centre_id = cd.centre_id and rc.kind = 'complaint' and rc.year = cd.yr
    where ${uSql('cd.hcd', 3)} < cd.p_cplt
  ),
  ${complaintsSql({ chunk, answerIdx, complaints: COMPLAINTS })},
  up_complaint_counters as (
    insert into record_counters (centre_id, kind, year, last_seq)
    select centre_id, 'complaint', yr, max(complaint_seq) from cq group by centre_id, yr
    on conflict (centre_id, kind, year) do update set last_seq = excluded.last_seq
  )
  select count(*)::int as tickets,
    count(*) filter (where outcome <> 'no_show')::int as services,
    count(*) filter (where outcome = 'accept')::int as cases,
    count(*) filter (where outcome in ('one_time', 'refusal'))::int as notices,
    count(*) filter (where rated and outcome <> 'no_show')::int as ratings,
    count(*) filter (where ${bad})::int as followups,
    count(*) filter (where appt is not null)::int as appointments,
    (select count(*) from cq)::int as complaints
  from g`;
}

function complaintsSql(input: {
  chunk: DayChunk;
  answerIdx: string;
  complaints: typeof COMPLAINTS;
}): string {
  const { chunk, answerIdx } = input;
  const { seed, last } = chunk;
  const wd = (pos: string) => `w.wd[${pos}]`;
  const pick = (values: readonly string[], part: 0 | 1 | 2) =>
    `(${textArray(values)})[1 + floor(${uSql('hk', part)} * ${values.length})::int]`;
  const kind = `1 + floor(${uSql('hk', 1)} * ${input.complaints.length})::int`;
  const answered = `${answerIdx} <= ${last}`;
  const closed = `${answerIdx} <= ${last - 2}`;
  const answeredAt = `to_timestamp(${midnightSql(wd(answerIdx))} + 54000)`;
  const applicant = applicantHashSql('c', '(aoff + 7) % pool', seed);
  return `ins_complaints as (
    insert into complaints (id, centre_id, number, channel, category, complainant_name, complainant_phone, content,
      staff_id, assignee_id, status, received_at, received_on, received_by, answer_due, answer, answered_at, answered_on,
      answered_by, answer_days, satisfaction, closed_at)
    select ${idSql('complaint', seed, 'di', 'c', '0')}, centre_id, 'TS' || yr || lpad(complaint_seq::text, 6, '0'),
      ${pick(['desk', 'phone', 'online'], 0)}, (${textArray(input.complaints.map((c) => c.category))})[${kind}],
      ${nameSql(applicant)}, ${phoneSql(applicant)}, (${textArray(input.complaints.map((c) => c.content))})[${kind}],
      case when (${textArray(input.complaints.map((c) => c.category))})[${kind}] in ('attitude', 'discipline')
        then ${idSql('user', seed, '0', 'c', `1 + floor(${uSql('hk', 2)} * nwin)::int`)} end,
      ${idSql('user', seed, '0', 'c', String(STAFF.manager))},
      case when ${closed} then 'closed' when ${answered} then 'answered' else 'assigned' end,
      to_timestamp(mid + 32400 + floor(${uSql('hk', 0)} * 25200)), d, ${idSql('user', seed, '0', 'c', String(STAFF.manager))},
      ${wd('di + 5')},
      case when ${answered} then '已核实情况并向投诉人当面说明，相关窗口已整改。' end,
      case when ${answered} then ${answeredAt} end,
      case when ${answered} then ${wd(answerIdx)} end,
      case when ${answered} then ${idSql('user', seed, '0', 'c', String(STAFF.manager))} end,
      case when ${answered} then ${answerIdx} - di end,
      case when ${closed} then ${pick(['satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied'], 2)} end,
      case when ${closed} then ${answeredAt} + interval '1 day' end
    from cq cross join w
  )`;
}
