/**
 * Which waiting ticket a window calls next (the hall's calling policy):
 * 1. priority-lane tickets (绿色通道), longest-waiting first;
 * 2. then booked appointments whose time band has begun;
 * 3. then everyone else, longest-waiting first;
 * with a cap against starving the ordinary queue: after `maxJumps` consecutive calls at this
 * window that went to a priority or appointment ticket, the next call goes to the longest-waiting
 * ordinary ticket if one is waiting (with the default 2, every third call).
 */
export interface Candidate {
  id: string;
  class: 'priority' | 'appointment' | 'ordinary';
  queueAt: Date;
}

export interface CallPolicy {
  maxJumps: number;
}

export const DEFAULT_CALL_POLICY: CallPolicy = { maxJumps: 2 };

export function chooseNext(
  candidates: readonly Candidate[],
  recentJumps: number,
  policy: CallPolicy = DEFAULT_CALL_POLICY,
): Candidate | undefined {
  const first = (cls: Candidate['class']) =>
    candidates.filter((c) => c.class === cls).sort((a, b) => a.queueAt.getTime() - b.queueAt.getTime())[0];
  const ordinary = first('ordinary');
  if (ordinary && recentJumps >= policy.maxJumps) return ordinary;
  return first('priority') ?? first('appointment') ?? ordinary;
}

/** How many of the window's latest calls (newest first) in a row went past the ordinary queue. */
export function consecutiveJumps(latestClasses: readonly Candidate['class'][]): number {
  let n = 0;
  for (const cls of latestClasses) {
    if (cls === 'ordinary') break;
    n += 1;
  }
  return n;
}
