/**
 * The league table (排名表) of a district or of the city: one row per centre with every indicator
 * (value, target, met), ranked by one of them, and the scope's total — the very report
 * GET /indicators gives for the same scope. Only district and city supervisors read it: a centre
 * manager is refused (403) rather than shown a district of other centres' figures.
 */
import { sql } from 'drizzle-orm';
import {
  computeIndicators,
  type IndicatorValue,
  type TargetOverrides,
} from '../../core/indicators/compute.js';
import { INDICATORS, findIndicator } from '../../core/indicators/definitions.js';
import { emptySums } from '../../core/indicators/figures.js';
import { rankBy } from '../../core/reports/ranking.js';
import { queryRows, type Tx } from '../../db/connection.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden } from '../../server/errors.js';
import { arrayParam } from '../indicators/figure-sources.js';
import {
  snapshotFigures,
  sumFiguresBy,
  waitPercentiles,
} from '../indicators/figures.repository.js';
import { computeReport, prepareReport, WAIT_PERCENTILE } from '../indicators/indicators.service.js';
import { openOverdueByCentre } from '../indicators/open-overdue.query.js';

export const DEFAULT_LEAGUE_SORT = 'on_spot_rate';

export interface LeagueQuery {
  scope: string;
  from: string;
  to: string;
  sort?: string;
}

const cell = (v: IndicatorValue) => ({
  code: v.code,
  value: v.value,
  target: v.target,
  met: v.met,
});

interface ScopeCentre {
  id: string;
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  isLocal: boolean;
  targets: unknown;
}

/** The scope's centres, whether each runs here, and each one's own indicator targets. */
async function scopeCentres(tx: Tx, centreIds: string[] | null): Promise<ScopeCentre[]> {
  const where = centreIds ? sql`c.id = any(${arrayParam(centreIds)}::uuid[])` : sql`true`;
  return queryRows<ScopeCentre>(
    tx,
    sql`select c.id::text as id, c.code, c.name, c.district_code as "districtCode",
        c.district_name as "districtName",
        (exists (select 1 from windows w where w.centre_id = c.id)
          or exists (select 1 from users u where u.centre_id = c.id)) as "isLocal",
        (select s.value from settings s where s.centre_id = c.id and s.key = 'indicatorTargets') as targets
      from centres c where ${where} order by c.district_code, c.code`,
  );
}

/** Targets a centre set for itself; anything but a number or null is ignored (as on its own page). */
function ownTargets(stored: unknown): TargetOverrides {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(
      ([, v]) => v === null || (typeof v === 'number' && Number.isFinite(v)),
    ),
  );
}

export async function getLeague(ctx: AppContext, viewer: Viewer, query: LeagueQuery) {
  if (viewer.centreId !== null) {
    throw forbidden('indicators.league_forbidden', '中心排名表仅供区、市管理人员查看');
  }
  const report = await prepareReport(ctx, viewer, query);
  const sort = findIndicator(query.sort ?? DEFAULT_LEAGUE_SORT)!;
  const { figureScope, asOf } = report;
  const tx = ctx.db;
  const [centres, sums, waits, snapshots, openOverdue, total] = await Promise.all([
    scopeCentres(tx, report.scope.centreIds),
    sumFiguresBy(tx, figureScope, 'centre'),
    waitPercentiles(tx, figureScope, WAIT_PERCENTILE, 'centre'),
    snapshotFigures(tx, report.scope.centreIds, asOf, report.today),
    openOverdueByCentre(tx, report.scope.centreIds, asOf),
    computeReport(tx, report),
  ]);
  const snapshotOf = new Map(snapshots.centres.map((c) => [c.centreId, c.figures]));
  const rows = centres.map((c) => {
    const values = computeIndicators(
      {
        sums: sums.get(c.id) ?? emptySums(),
        waitP90Minutes: waits.get(c.id) ?? null,
        snapshot: snapshotOf.get(c.id) ?? null,
        openOverdue: openOverdue.get(c.id) ?? 0,
      },
      ownTargets(c.targets),
    );
    return {
      centre: {
        code: c.code,
        name: c.name,
        districtCode: c.districtCode,
        districtName: c.districtName,
        source: c.isLocal ? ('local' as const) : ('upload' as const),
      },
      indicators: values.map(cell),
      sortValue: values.find((v) => v.code === sort.code)!.value,
    };
  });
  const ranks = rankBy(
    rows.map((r) => r.sortValue),
    sort.higherIsBetter,
  );
  const ranked = rows
    .map(({ sortValue: _, ...row }, i) => ({ rank: ranks[i]!, ...row }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return {
    scope: report.scope.value,
    scopeName: report.scope.name,
    from: report.from,
    to: report.to,
    asOf,
    sort: sort.code,
    indicators: INDICATORS.map((d) => ({
      code: d.code,
      name: d.name,
      unit: d.unit,
      higherIsBetter: d.higherIsBetter,
    })),
    rows: ranked,
    total: { centres: centres.length, indicators: total.map(cell) },
  };
}

export type League = Awaited<ReturnType<typeof getLeague>>;
