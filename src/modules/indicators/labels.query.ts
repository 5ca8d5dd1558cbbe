/** What a breakdown row is called: a centre's, department's, item's, window's or staff member's name. */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam } from './figure-sources.js';
import type { GroupKey } from './figures.plain.js';

export const UNATTRIBUTED = '（无法归属）';

const LOOKUPS: Partial<Record<GroupKey, (keys: string[]) => ReturnType<typeof sql>>> = {
  centre: (keys) =>
    sql`select id::text as k, name from centres where id = any(${arrayParam(keys)}::uuid[])`,
  department: (keys) =>
    sql`select code as k, name from departments where code = any(${arrayParam(keys)}::text[])`,
  item: (keys) =>
    sql`select code as k, name from items where code = any(${arrayParam(keys)}::text[])`,
  window: (keys) =>
    sql`select id::text as k, name from windows where id = any(${arrayParam(keys)}::uuid[])`,
  clerk: (keys) =>
    sql`select id::text as k, name from users where id = any(${arrayParam(keys)}::uuid[])`,
};

/** Labels for the keys of a breakdown; a date key labels itself. */
export async function labelsFor(
  tx: Tx,
  by: GroupKey,
  keys: string[],
): Promise<Map<string, string>> {
  if (by === 'day') return new Map(keys.map((k) => [k, k]));
  if (by === 'week') return new Map(keys.map((k) => [k, `${k} 起一周`]));
  if (by === 'month')
    return new Map(keys.map((k) => [k, `${k.slice(0, 4)}年${Number(k.slice(5, 7))}月`]));
  const lookup = LOOKUPS[by];
  if (!lookup || keys.length === 0) return new Map();
  const rows = await queryRows<{ k: string; name: string }>(tx, lookup(keys));
  return new Map(rows.map((r) => [r.k, r.name]));
}
