/**
 * The rows behind an indicator's numerator or denominator: the same source and condition as the
 * day figure it is made of (figure-sources.ts), so the count of the rows, or the sum of their
 * values for a summed figure, is exactly the number shown. Local raw rows only: a centre known
 * by report upload has none, except its open overdue cases, which its latest batch lists.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/definitions.js';
import type { FigureKey, SnapshotKey } from '../../core/indicators/figures.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam, COLUMNS, SOURCES, WAIT_MINUTE } from './figure-sources.js';
import {
  FIGURE_ROWS,
  OPEN_OVERDUE_ROWS,
  SNAPSHOT_ROWS,
  UPLOADED_OPEN_OVERDUE_ROWS,
  type DrillKind,
} from './drill-rows.js';
import type { FigureScope } from './figures.repository.js';
import { filterKeyExprs, fromWithJoins, sourceWhere, type RawFilter } from './figures.plain.js';
import { openOverdueWhere, uploadedOpenOverdue } from './open-overdue.query.js';

export type DrillPart = 'numerator' | 'denominator';

/** What a part of an indicator counts: a day figure, a standing figure, or the open overdue cases. */
export type DrillTarget =
  | { kind: 'figure'; key: FigureKey; value: SQL | null; summed: boolean }
  | { kind: 'snapshot'; key: SnapshotKey }
  | { kind: 'open_overdue' };

/** The target of a part, or null when the indicator has no such part (a count has no denominator). */
export function drillTarget(d: IndicatorDefinition, part: DrillPart): DrillTarget | null {
  const figure = (key: FigureKey, value: SQL | null = COLUMNS[key].sum ?? null): DrillTarget => ({
    kind: 'figure',
    key,
    value,
    summed: COLUMNS[key].sum !== undefined,
  });
  switch (d.kind) {
    case 'ratio':
      if (d.source === 'snapshot')
        return {
          kind: 'snapshot',
          key: (part === 'numerator' ? d.numerator : d.denominator) as SnapshotKey,
        };
      return figure((part === 'numerator' ? d.numerator : d.denominator) as FigureKey);
    case 'average': {
      // Each row shows the time it contributes, in the indicator's unit, in both parts.
      const value = sql`(${COLUMNS[d.numerator].sum!}) * ${d.scale}::float8`;
      return part === 'numerator' ? figure(d.numerator, value) : figure(d.denominator, value);
    }
    case 'count':
      if (part === 'denominator') return null;
      return d.source === 'open_cases'
        ? { kind: 'open_overdue' }
        : figure(d.numerator as FigureKey);
    case 'percentile':
      return part === 'denominator' ? figure(d.denominator, WAIT_MINUTE) : null;
  }
}

export interface DrillRow {
  kind: DrillKind;
  id: string;
  record: string;
  day: string | null;
  centre: string;
  item: string | null;
  staff: string | null;
  person: string | null;
  detail: string | null;
  value: number | null;
}

export interface DrillPage {
  rowCount: number;
  /** The number the rows make: their count, or the sum of their values for a summed figure. */
  total: number;
  rows: DrillRow[];
}

/**
 * The query of a part. A filter (the group of a breakdown row) applies to day figures only, with
 * the breakdown's own rule (figures.plain.ts), so the rows are exactly those the row counts.
 */
function targetQuery(
  target: DrillTarget,
  scope: FigureScope,
  asOf: string,
  filter: RawFilter,
): { kind: DrillKind; body: SQL; value: SQL; summed: boolean } {
  if (target.kind === 'figure') {
    const column = COLUMNS[target.key];
    const source = SOURCES[column.source];
    const shape = FIGURE_ROWS[column.source];
    const from = fromWithJoins(source, filterKeyExprs(source, filter));
    const where = sql`${sourceWhere(source, scope, filter)} and (${column.where ?? sql`true`})`;
    return {
      kind: shape.kind,
      body: sql`${shape.select}, xcen.code as centre from ${from} ${shape.joins} join centres xcen on xcen.id = ${source.centre} where ${where}`,
      value: target.value ?? sql`null::float8`,
      summed: target.summed,
    };
  }
  if (target.kind === 'snapshot') {
    const shape = SNAPSHOT_ROWS[target.key];
    const centres = scope.centreIds
      ? sql`${shape.centre} = any(${arrayParam(scope.centreIds)}::uuid[])`
      : sql`true`;
    // Live rows exist only for centres run here (windows or users in this database).
    const local = sql`(exists (select 1 from windows lw where lw.centre_id = ${shape.centre}) or exists (select 1 from users lu where lu.centre_id = ${shape.centre}))`;
    return {
      kind: shape.kind,
      body: sql`${shape.select}, xcen.code as centre from ${shape.from} join centres xcen on xcen.id = ${shape.centre} where ${shape.where} and ${centres} and ${local}`,
      value: sql`null::float8`,
      summed: false,
    };
  }
  // A centre known by upload contributes the open overdue lines of its batch (no raw cases here).
  return {
    kind: OPEN_OVERDUE_ROWS.kind,
    body: sql`oo.* from (select ${OPEN_OVERDUE_ROWS.select}, xcen.code as centre from cases o ${OPEN_OVERDUE_ROWS.joins} join centres xcen on xcen.id = o.centre_id
      where ${openOverdueWhere(asOf, scope.centreIds)}
      union all select ${UPLOADED_OPEN_OVERDUE_ROWS}, c.code from ${uploadedOpenOverdue(asOf, scope.centreIds)}) oo`,
    value: sql`null::float8`,
    summed: false,
  };
}

/** One page of the rows behind a part, with the count and total over every page. */
export async function drillRows(
  tx: Tx,
  input: {
    target: DrillTarget;
    scope: FigureScope;
    asOf: string;
    filter?: RawFilter;
    page: number;
    pageSize: number;
  },
): Promise<DrillPage> {
  const q = targetQuery(input.target, input.scope, input.asOf, input.filter ?? {});
  // The value is computed next to the row's own columns, in the same select.
  const full = sql`select ${q.value} as value, ${q.body}`;
  const [totals] = await queryRows<{ n: number | string; s: number | string | null }>(
    tx,
    sql`select count(*) as n, sum(value) as s from (${full}) x`,
  );
  // A total order: the same item (or case number, in copies of a batch) at several centres shares
  // day, record and id, and ties would be cut differently from one page to the next.
  const rows = await queryRows<Omit<DrillRow, 'kind'> & { value: number | string | null }>(
    tx,
    sql`select * from (${full}) x order by day nulls last, record, id, centre limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`,
  );
  const rowCount = Number(totals?.n ?? 0);
  return {
    rowCount,
    total: q.summed ? Number(totals?.s ?? 0) : rowCount,
    rows: rows.map((r) => ({
      ...r,
      kind: q.kind,
      value: r.value === null ? null : Number(r.value),
    })),
  };
}
