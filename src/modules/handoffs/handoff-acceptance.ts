/**
 * The acceptance proper of a hand-off (收受分离), run inside intake's accept transaction at the
 * accepting centre: the hand-off is locked and checked against the application before the case
 * is created, then marked accepted with that case.
 */
import { nextHandoffStatus } from '../../core/handoffs/handoff-state.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import { conflict, notFound } from '../../server/errors.js';
import * as repo from './handoffs.repository.js';

/**
 * Locks the hand-off for acceptance at the user's centre. Only the accepting centre sees it as
 * acceptable (another centre gets 404, the receiving centre `handoff.not_your_step`); it must
 * have arrived, and item and applicant must be those the receiving centre recorded.
 */
export async function claimHandoff(
  tx: Tx,
  user: SessionUser,
  input: { handoffId: string; itemCode: string; idType: string; idNumber: string },
): Promise<repo.HandoffRow> {
  const row = await repo.lockHandoff(tx, input.handoffId);
  const side =
    row?.toCentreId === user.centreId ? 'to' : row?.fromCentreId === user.centreId ? 'from' : null;
  if (!row || !side) throw notFound('handoff.not_found', '转送件不存在');
  // Checked here, before the case exists, so a wrong step writes nothing.
  nextHandoffStatus(row.status, 'accept', side);
  if (row.itemCode !== input.itemCode) {
    throw conflict('handoff.item_mismatch', '受理的事项与转送件的事项不一致');
  }
  if (row.idType !== input.idType || row.idNumber !== input.idNumber) {
    throw conflict('handoff.applicant_mismatch', '申请人证件与转送件记载的不一致');
  }
  return row;
}

/** Closes the hand-off as accepted, pointing at the case the accepting centre created. */
export async function markHandoffAccepted(
  tx: Tx,
  user: SessionUser,
  row: repo.HandoffRow,
  accepted: { caseId: string; caseNumber: string; now: Date },
): Promise<void> {
  await repo.updateHandoff(tx, row.id, {
    status: nextHandoffStatus(row.status, 'accept', 'to'),
    caseId: accepted.caseId,
    closedAt: accepted.now,
  });
  await repo.insertHandoffEvent(tx, {
    handoffId: row.id,
    centreId: user.centreId,
    kind: 'accepted',
    at: accepted.now,
    actorId: user.id,
    data: { caseNumber: accepted.caseNumber },
  });
}
