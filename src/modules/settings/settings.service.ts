import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { settings } from '../../db/schema.js';

/** A centre's settings with their defaults; a stored value overrides the default. */
export const DEFAULT_SETTINGS = {
  /** Unanswered calls after which a ticket may be marked a no-show. */
  maxCalls: 3,
  /** Working days left at which a case turns amber. */
  amberDays: 2,
  /** Minutes after a service ends during which the window's pad still asks for a rating. */
  padMinutes: 10,
};
export type CentreSettings = typeof DEFAULT_SETTINGS;

export async function getSettings(tx: Tx, centreId: string): Promise<CentreSettings> {
  const rows = await tx.select().from(settings).where(eq(settings.centreId, centreId));
  const out: CentreSettings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in out && typeof row.value === 'number') out[row.key as keyof CentreSettings] = row.value;
  }
  return out;
}

export async function setSetting(tx: Tx, centreId: string, key: keyof CentreSettings, value: number): Promise<void> {
  await tx
    .insert(settings)
    .values({ centreId, key, value })
    .onConflictDoUpdate({ target: [settings.centreId, settings.key], set: { value } });
}
