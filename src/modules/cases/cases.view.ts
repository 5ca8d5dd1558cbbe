import { z } from 'zod';
import { pausedStatusLabel } from '../../core/calendar/pauses.js';
import type { CaseTime } from '../../core/calendar/deadline.js';
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
  promisedDays: z.number(),
  deadline: z.string(),
  pausedDays: z.number(),
  extensionDays: z.number(),
  /** The kind of the running pause (supplement, public_notice, testing …), if any. */
  pauseKind: z.string().nullable(),
  workingDaysLeft: z.number().nullable(),
  warning: z.enum(['none', 'amber', 'red']),
  warningSince: z.string().nullable(),
  officerId: z.string().nullable(),
  materialsReceived: z.array(z.string()),
  applicant: z.object({
    idType: z.string(),
    idNumber: z.string(),
    name: z.string(),
    phone: z.string(),
  }),
  finishedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedOn: z.string().nullable(),
  handlingDays: z.number().nullable(),
  overdueDays: z.number().nullable(),
  collectedAt: z.string().nullable(),
  collectorName: z.string().nullable(),
});
export type CaseView = z.infer<typeof caseView>;

/**
 * A case as a client sees it. `time` is where an open committed case stands today (deadline,
 * days left, warning), computed by the service from the case's history; closed cases show their
 * stored deadline. `mask` hides the ID number and phone (lists, and roles that do not need them).
 */
export function toCaseView(
  row: CaseWithApplicant,
  options: { mask: boolean; time?: (CaseTime & { pauseKind: string | null }) | null },
): CaseView {
  const time = options.time ?? null;
  const pauseKind = time?.pauseKind ?? null;
  const statusLabel =
    row.status === 'paused'
      ? pausedStatusLabel(pauseKind, CASE_STATUS_LABELS.paused)
      : CASE_STATUS_LABELS[row.status];
  return {
    id: row.id,
    number: row.number,
    itemCode: row.itemCode,
    itemName: row.itemName,
    department: row.departmentCode,
    departmentName: row.departmentName,
    kind: row.kind,
    status: row.status,
    statusLabel,
    decision: row.decision,
    decisionReason: row.decisionReason,
    acceptedAt: row.acceptedAt.toISOString(),
    acceptedOn: row.acceptedOn,
    promisedDays: row.promisedDays,
    deadline: time?.deadline ?? row.deadline,
    pausedDays: time?.pausedDays ?? row.pausedDays,
    extensionDays: row.extensionDays,
    pauseKind,
    workingDaysLeft: time?.workingDaysLeft ?? null,
    warning: time?.warning ?? 'none',
    warningSince: time ? row.warningSince : null,
    officerId: row.officerId,
    materialsReceived: row.materialsReceived,
    applicant: {
      idType: row.applicant.idType,
      idNumber: options.mask ? maskIdNumber(row.applicant.idNumber) : row.applicant.idNumber,
      name: row.applicant.name,
      phone: options.mask ? maskPhone(row.applicant.phone) : row.applicant.phone,
    },
    finishedAt: row.finishedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedOn: row.decidedOn,
    handlingDays: row.handlingDays,
    overdueDays: row.overdueDays,
    collectedAt: row.collectedAt?.toISOString() ?? null,
    collectorName: row.collectorName,
  };
}
