import { CASE_STATUS_LABELS } from '../../core/cases/case-state.js';
import { shanghaiDate } from '../../core/dates.js';
import { HANDOFF_STATUS_LABELS, isForwardLate } from '../../core/handoffs/handoff-state.js';
import { maskIdNumber, maskPhone } from '../../core/identity/mask.js';
import type { ListedHandoff } from './handoffs.repository.js';
import type { HandoffView } from './handoffs.schema.js';

/**
 * A hand-off as one of its two centres sees it. `mask` hides the ID and phone numbers (lists, and
 * roles without applicant.read_full); the accepting centre's case shows only its number and status.
 */
export function toHandoffView(
  row: ListedHandoff,
  options: { viewerCentreId: string; today: string; mask: boolean },
): HandoffView {
  const forwardedOn = row.forwardedAt ? shanghaiDate(row.forwardedAt) : null;
  return {
    id: row.id,
    number: row.number,
    direction: row.fromCentreId === options.viewerCentreId ? 'outgoing' : 'incoming',
    status: row.status,
    statusLabel: HANDOFF_STATUS_LABELS[row.status],
    fromCentre: row.from,
    toCentre: { code: row.to.code, name: row.to.name },
    itemCode: row.itemCode,
    itemName: row.itemName,
    applicant: {
      idType: row.idType,
      idNumber: options.mask ? maskIdNumber(row.idNumber) : row.idNumber,
      name: row.applicantName,
      phone: options.mask ? maskPhone(row.applicantPhone) : row.applicantPhone,
    },
    materialsReceived: row.materialsReceived,
    note: row.note,
    receivedAt: row.receivedAt.toISOString(),
    receivedOn: row.receivedOn,
    forwardDue: row.forwardDue,
    forwardedAt: row.forwardedAt?.toISOString() ?? null,
    arrivedAt: row.arrivedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    returnReason: row.returnReason,
    isLate: isForwardLate(row.forwardDue, forwardedOn, options.today),
    case:
      row.caseNumber && row.caseStatus
        ? {
            number: row.caseNumber,
            status: row.caseStatus,
            statusLabel: CASE_STATUS_LABELS[row.caseStatus],
          }
        : null,
  };
}
