/**
 * The lines of a batch's cases.jsonl: what a district supervisor follows up (DESIGN: "follows
 * overdue cases and bad ratings"). Committed cases open at the period's end or decided late in
 * it, and bad ratings of the period or still being followed up, with their follow-up state.
 * Personal data stays at the centre: no ID or phone number; the applicant's name masked (张*明),
 * digit runs in a resident's comment masked; the case number is how the district asks about it.
 */
import { sql } from 'drizzle-orm';
import { workingDaysBetween, type WorkCalendar } from '../../core/calendar/working-days.js';
import { maskDigits, maskName } from '../../core/identity/mask.js';
import type { CaseLine } from '../../core/reports/exchange-format.js';
import { queryRows, type Tx } from '../../db/connection.js';

interface CaseRow {
  number: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  departmentName: string;
  applicantName: string;
  acceptedOn: string;
  deadline: string;
  pausedDays: number;
  extensionDays: number;
  decidedOn: string | null;
  overdueDays: number | null;
  pausedAtEnd: boolean;
}

interface RatingRow {
  ratingId: string;
  createdOn: string;
  level: number;
  stage: string;
  comment: string;
  caseNumber: string | null;
  itemName: string | null;
  windowNumber: number;
  status: string | null;
  contactDue: string | null;
  closeDue: string | null;
  contactedOn: string | null;
  closedOn: string | null;
  residentResponse: string | null;
  cause: string | null;
  remedy: string | null;
}

export async function batchCaseLines(
  tx: Tx,
  calendar: WorkCalendar,
  centreId: string,
  period: { from: string; to: string },
  asOf: string,
): Promise<CaseLine[]> {
  const { from, to } = period;
  const cases = await queryRows<CaseRow>(
    tx,
    sql`select c.number, c.item_code as "itemCode", c.item_name as "itemName",
        c.department_code as "departmentCode", d.name as "departmentName",
        a.name as "applicantName", c.accepted_on::text as "acceptedOn", c.deadline::text as deadline,
        c.paused_days as "pausedDays", c.extension_days as "extensionDays",
        c.decided_on::text as "decidedOn", c.overdue_days as "overdueDays",
        exists (select 1 from case_pauses p where p.case_id = c.id and p.started_on <= ${asOf}
          and (p.ended_on is null or p.ended_on > ${asOf})) as "pausedAtEnd"
      from cases c
      join departments d on d.code = c.department_code
      join applicants a on a.id = c.applicant_id
      where c.centre_id = ${centreId} and c.kind = 'committed' and c.accepted_on <= ${asOf}
        and (c.decided_on is null or c.decided_on > ${asOf}
          or (c.decided_on between ${from} and ${to} and c.overdue_days > 0))
      order by c.number`,
  );
  const ratings = await queryRows<RatingRow>(
    tx,
    sql`select r.id as "ratingId", r.created_on::text as "createdOn", r.level, r.stage, r.comment,
        c.number as "caseNumber", c.item_name as "itemName", w.number as "windowNumber",
        f.status, f.contact_due::text as "contactDue", f.close_due::text as "closeDue",
        f.contacted_on::text as "contactedOn", f.closed_on::text as "closedOn",
        f.resident_response as "residentResponse", f.cause, f.remedy
      from ratings r
      join windows w on w.id = r.window_id
      left join rating_followups f on f.rating_id = r.id
      left join cases c on c.id = coalesce(r.case_id,
        (select c2.id from cases c2 where c2.service_id = r.service_id limit 1))
      where r.centre_id = ${centreId} and r.level <= 2 and r.annulled_at is null
        and r.created_on <= ${to}
        and (r.created_on >= ${from} or f.status in ('open', 'contacted', 'appealed'))
      order by r.created_at, r.id`,
  );
  return [
    ...cases.map((c): CaseLine => {
      const open = c.decidedOn === null || c.decidedOn > asOf;
      // Open and past its deadline on the day, unless a pause is running (art. 45: the clock
      // stands still): the same rule as the indicator 在办超期件数.
      const isOverdue = open ? c.deadline < asOf && !c.pausedAtEnd : true;
      const overdueDays = open
        ? Math.max(workingDaysBetween(calendar, c.deadline, asOf), 0)
        : (c.overdueDays ?? 0);
      return {
        type: 'case',
        number: c.number,
        itemCode: c.itemCode,
        itemName: c.itemName,
        departmentCode: c.departmentCode,
        departmentName: c.departmentName,
        applicant: maskName(c.applicantName),
        acceptedOn: c.acceptedOn,
        deadline: c.deadline,
        pausedDays: c.pausedDays,
        extensionDays: c.extensionDays,
        state: open ? 'open' : 'decided_late',
        decidedOn: open ? null : c.decidedOn,
        pausedAtEnd: open && c.pausedAtEnd,
        isOverdue,
        overdueDays,
      };
    }),
    ...ratings.map((r): CaseLine => ({
      type: 'bad_rating',
      ratingId: r.ratingId,
      createdOn: r.createdOn,
      level: r.level,
      stage: r.stage,
      comment: maskDigits(r.comment),
      caseNumber: r.caseNumber,
      itemName: r.itemName,
      windowNumber: r.windowNumber,
      followup: r.status
        ? {
            status: r.status,
            contactDue: r.contactDue,
            closeDue: r.closeDue,
            contactedOn: r.contactedOn,
            closedOn: r.closedOn,
            residentResponse: r.residentResponse,
            cause: r.cause,
            remedy: r.remedy,
          }
        : null,
    })),
  ];
}
