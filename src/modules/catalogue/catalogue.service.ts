import { readFile } from 'node:fs/promises';
import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { ItemMaterial } from '../../db/schema.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, notFound } from '../../server/errors.js';
import * as repo from './catalogue.repository.js';
import { catalogueFileSchema, type CatalogueFile } from './catalogue.schema.js';

export const SHIPPED_CATALOGUE = new URL('../../../data/catalogue.json', import.meta.url);

/** Parses and checks a catalogue; every problem is reported with its place in the file. */
export function parseCatalogue(raw: unknown): CatalogueFile {
  const parsed = catalogueFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw badRequest('catalogue.invalid', `事项目录有误：${issues.join('；')}`, { issues });
  }
  return parsed.data;
}

export async function readShippedCatalogue(): Promise<CatalogueFile> {
  return parseCatalogue(JSON.parse(await readFile(SHIPPED_CATALOGUE, 'utf8')));
}

/** Material ids are their position in the guide (m1, m2 …): stable while the guide is unchanged. */
function materialsWithIds(materials: CatalogueFile['items'][number]['materials']): ItemMaterial[] {
  return materials.map((m, i) => ({ id: `m${i + 1}`, ...m }));
}

/** Writes a whole catalogue (departments and items) in the caller's transaction. */
export async function importCatalogue(tx: Tx, file: CatalogueFile, now: Date): Promise<{ departments: number; items: number }> {
  await repo.upsertDepartments(tx, file.departments);
  await repo.upsertItems(
    tx,
    file.items.map((item) => ({
      code: item.code,
      name: item.name,
      departmentCode: item.department,
      line: item.line,
      kind: item.kind,
      statutoryDays: item.statutoryDays,
      promisedDays: item.promisedDays,
      cityWide: item.cityWide,
      guide: {
        scope: item.scope,
        conditions: item.conditions,
        fee: item.fee,
        legalBasis: item.legalBasis,
        visits: item.visits,
        holidayService: item.holidayService,
        pausedSteps: item.pausedSteps,
        keywords: item.keywords,
      },
      materials: materialsWithIds(item.materials),
      updatedAt: now,
    })),
  );
  return { departments: file.departments.length, items: file.items.length };
}

/** The stored catalogue in the shape of the shipped file, for export. */
export async function exportCatalogue(tx: Tx, lines: CatalogueFile['lines']): Promise<CatalogueFile> {
  const [departments, items] = await Promise.all([repo.listDepartments(tx), repo.listItems(tx)]);
  return {
    version: 1,
    departments,
    lines,
    items: items.map((row) => ({
      code: row.code,
      name: row.name,
      department: row.departmentCode,
      line: row.line,
      kind: row.kind,
      statutoryDays: row.statutoryDays,
      promisedDays: row.promisedDays,
      cityWide: row.cityWide,
      ...row.guide,
      materials: row.materials.map(({ id: _, ...m }) => m),
    })),
  };
}

export function toSummary(row: repo.ItemRow) {
  return {
    code: row.code,
    name: row.name,
    department: row.departmentCode,
    departmentName: row.departmentName,
    line: row.line,
    kind: row.kind,
    promisedDays: row.promisedDays,
    statutoryDays: row.statutoryDays,
    cityWide: row.cityWide,
    materials: row.materials,
  };
}

export async function listItems(ctx: AppContext, filter: { line?: string; department?: string; q?: string }) {
  const rows = await repo.listItems(ctx.db);
  const q = filter.q?.trim();
  return rows
    .filter((r) => !filter.line || r.line === filter.line)
    .filter((r) => !filter.department || r.departmentCode === filter.department)
    .filter((r) => !q || r.name.includes(q) || r.code === q.toUpperCase() || r.guide.keywords.some((k) => k.includes(q)))
    .map(toSummary);
}

export async function getItem(ctx: AppContext, tx: Tx, code: string): Promise<repo.ItemRow> {
  const row = await repo.findItem(tx, code);
  if (!row) throw notFound('item.not_found', `事项 ${code} 不存在`);
  return row;
}

/** The published guide, with the date the promised limit would end if accepted today. */
export async function getGuide(ctx: AppContext, code: string) {
  const row = await getItem(ctx, ctx.db, code);
  const acceptedOn = shanghaiDate(ctx.clock.now());
  const expected = await ctx.calendar.deadline(acceptedOn, row.promisedDays);
  return {
    ...toSummary(row),
    ...row.guide,
    acceptedOn,
    expectedDate: expected.deadline,
    expectedDateProvisional: expected.provisional,
  };
}
