import { z } from 'zod';
import { deadlineStatus } from '../../core/calendar/deadline.js';
import type { WorkCalendar } from '../../core/calendar/working-days.js';
import { CASE_STATUS_LABELS } from '../../core/cases/case-state.js';
import { maskIdNumber, maskPhone } from '../../core/identity/mask.js';
import type { CaseWithApplicant } from './cases.repository.js';

export const caseView = z.object({
  id: z.string(),
  number: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  department: z.string(),
  departmentName: z.string(),
  kind: z.enum(['immediate', 'committed']),
  status: z.enum(['accepted', 'finished', 'in_progress', 'paused', 'ready', 'collected']),
  statusLabel: z.string(),
  decision: z.enum(['approved', 'denied']).nullable(),
  decisionReason: z.string().nullable(),
  acceptedAt: z.string(),
  acceptedOn: z.string(),
  deadline: z.string(),
  pausedDays: z.number(),
  workingDaysLeft: z.number().nullable(),
  warning: z.enum(['none', 'amber', 'red']),
  materialsReceived: z.array(z.string()),
  applicant: z.object({ idType: z.string(), idNumber: z.string(), name: z.string(), phone: z.string() }),
  finishedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  collectedAt: z.string().nullable(),
  collectorName: z.string().nullable(),
});
export type CaseView = z.infer<typeof caseView>;

/**
 * A case as a client sees it. Working days left and the warning colour are computed for `today`
 * on open committed cases. `mask` hides the ID number and phone (lists, and roles that do not
 * need them).
 */
export function toCaseView(
  row: CaseWithApplicant,
  options: { calendar: WorkCalendar; today: string; amberDays: number; mask: boolean },
): CaseView {
  const open = row.kind === 'committed' && (row.status === 'in_progress' || row.status === 'paused');
  const status = open ? deadlineStatus(options.calendar, row.deadline, options.today, options.amberDays) : null;
  return {
    id: row.id,
    number: row.number,
    itemCode: row.itemCode,
    itemName: row.itemName,
    department: row.departmentCode,
    departmentName: row.departmentName,
    kind: row.kind,
    status: row.status,
    statusLabel: CASE_STATUS_LABELS[row.status],
    decision: row.decision,
    decisionReason: row.decisionReason,
    acceptedAt: row.acceptedAt.toISOString(),
    acceptedOn: row.acceptedOn,
    deadline: row.deadline,
    pausedDays: row.pausedDays,
    workingDaysLeft: status?.workingDaysLeft ?? null,
    warning: status?.warning ?? 'none',
    materialsReceived: row.materialsReceived,
    applicant: {
      idType: row.applicant.idType,
      idNumber: options.mask ? maskIdNumber(row.applicant.idNumber) : row.applicant.idNumber,
      name: row.applicant.name,
      phone: options.mask ? maskPhone(row.applicant.phone) : row.applicant.phone,
    },
    finishedAt: row.finishedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    collectedAt: row.collectedAt?.toISOString() ?? null,
    collectorName: row.collectorName,
  };
}
