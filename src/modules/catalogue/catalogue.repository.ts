import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { centreItems, departments, items } from '../../db/schema.js';

export type ItemRow = typeof items.$inferSelect & { departmentName: string };

const itemColumns = {
  code: items.code,
  name: items.name,
  departmentCode: items.departmentCode,
  line: items.line,
  kind: items.kind,
  statutoryDays: items.statutoryDays,
  promisedDays: items.promisedDays,
  cityWide: items.cityWide,
  inBasicList: items.inBasicList,
  guide: items.guide,
  materials: items.materials,
  updatedAt: items.updatedAt,
  departmentName: departments.name,
};

export async function listItems(tx: Tx): Promise<ItemRow[]> {
  return tx.select(itemColumns).from(items).innerJoin(departments, eq(departments.code, items.departmentCode)).orderBy(asc(items.code));
}

export async function findItem(tx: Tx, code: string): Promise<ItemRow | undefined> {
  const [row] = await tx
    .select(itemColumns)
    .from(items)
    .innerJoin(departments, eq(departments.code, items.departmentCode))
    .where(eq(items.code, code))
    .limit(1);
  return row;
}

export async function listDepartments(tx: Tx) {
  return tx.select().from(departments).orderBy(asc(departments.code));
}

export async function upsertDepartments(tx: Tx, rows: { code: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(departments).values(rows).onConflictDoUpdate({ target: departments.code, set: { name: sql`excluded.name` } });
}

export async function upsertItems(tx: Tx, rows: (typeof items.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await tx
      .insert(items)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({
        target: items.code,
        set: {
          name: sql`excluded.name`,
          departmentCode: sql`excluded.department_code`,
          line: sql`excluded.line`,
          kind: sql`excluded.kind`,
          statutoryDays: sql`excluded.statutory_days`,
          promisedDays: sql`excluded.promised_days`,
          cityWide: sql`excluded.city_wide`,
          guide: sql`excluded.guide`,
          materials: sql`excluded.materials`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}

/** Lets a centre offer every item of the catalogue it does not offer yet. */
export async function offerAllItems(tx: Tx, centreId: string): Promise<void> {
  await tx.execute(sql`
    insert into ${centreItems} (centre_id, item_code)
    select ${centreId}::uuid, code from ${items}
    on conflict do nothing`);
}
