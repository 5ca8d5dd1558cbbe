import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { cases, centres, deadlineDigests, jobRuns, users } from '../../db/schema.js';

/**
 * Takes the job's advisory lock for the rest of the transaction, or answers false at once when
 * another process holds it (that process is doing the work).
 */
export async function tryJobLock(tx: Tx, key: number): Promise<boolean> {
  const [row] = await queryRows<{ locked: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(${key}) as locked`,
  );
  return row?.locked === true;
}

/**
 * Open committed cases of every centre, with their officer's name for the digest, locked until the
 * job commits. A case a clerk or officer is changing right now is skipped: that change recomputes
 * its clock itself, and the job must not overwrite it with what it read before.
 */
export async function openCasesForSweep(tx: Tx) {
  return tx
    .select({ case: cases, officerName: users.name })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.officerId))
    .where(and(eq(cases.kind, 'committed'), inArray(cases.status, ['in_progress', 'paused'])))
    .for('update', { of: cases, skipLocked: true });
}

export interface CaseTimeUpdate {
  id: string;
  deadline: string;
  pausedDays: number;
  warning: 'none' | 'amber' | 'red';
  warningSince: string | null;
}

/** Writes recomputed time fields in one statement (rows as one JSON parameter). */
export async function updateCaseTimes(tx: Tx, rows: CaseTimeUpdate[]): Promise<number> {
  if (rows.length === 0) return 0;
  const payload = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      deadline: r.deadline,
      paused_days: r.pausedDays,
      warning: r.warning,
      warning_since: r.warningSince,
    })),
  );
  const updated = await queryRows<{ id: string }>(
    tx,
    sql`update cases c
        set deadline = v.deadline, paused_days = v.paused_days, warning = v.warning, warning_since = v.warning_since
        from jsonb_to_recordset(${payload}::jsonb)
          as v(id uuid, deadline date, paused_days int, warning text, warning_since date)
        where c.id = v.id
        returning c.id`,
  );
  return updated.length;
}

export async function listCentreIds(tx: Tx): Promise<string[]> {
  return (await tx.select({ id: centres.id }).from(centres)).map((r) => r.id);
}

export async function centresWithDigest(tx: Tx, day: string): Promise<Set<string>> {
  const rows = await tx
    .select({ centreId: deadlineDigests.centreId })
    .from(deadlineDigests)
    .where(eq(deadlineDigests.day, day));
  return new Set(rows.map((r) => r.centreId));
}

/** Inserts digests; one a centre a day (the primary key), so a second writer inserts nothing. */
export async function insertDigests(
  tx: Tx,
  rows: (typeof deadlineDigests.$inferInsert)[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(deadlineDigests)
    .values(rows)
    .onConflictDoNothing()
    .returning({ centreId: deadlineDigests.centreId });
  return inserted.length;
}

/** Records the day's last run of a job and what it did. */
export async function recordJobRun(
  tx: Tx,
  values: { job: string; key: string; ranAt: Date; result: Record<string, unknown> },
): Promise<void> {
  await tx
    .insert(jobRuns)
    .values(values)
    .onConflictDoUpdate({
      target: [jobRuns.job, jobRuns.key],
      set: {
        ranAt: values.ranAt,
        // Runs of one day add up: how many ran, and every case they updated.
        result: sql`jsonb_build_object(
          'runs', coalesce((${jobRuns.result}->>'runs')::int, 0) + 1,
          'updated', coalesce((${jobRuns.result}->>'updated')::int, 0) + ${Number(values.result.updated ?? 0)}::int,
          'digests', coalesce((${jobRuns.result}->>'digests')::int, 0) + ${Number(values.result.digests ?? 0)}::int,
          'cases', ${Number(values.result.cases ?? 0)}::int)`,
      },
    });
}
