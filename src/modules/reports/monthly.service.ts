/**
 * The monthly report (月报) a centre files with its district office: the standard's indicators,
 * case volumes by department, ratings and bad-rating follow-ups, complaints and the standing
 * figures of windows and staff. Every number is the indicators' own (the day figures and their
 * raw breakdown), so the report agrees with the indicator pages. A centre known only through
 * uploads has no raw rows here: its report carries the totals and the batch's bad ratings.
 */
import { sql } from 'drizzle-orm';
import type { IndicatorValue } from '../../core/indicators/compute.js';
import { emptySums, type FigureSums, type SnapshotFigures } from '../../core/indicators/figures.js';
import { addDays } from '../../core/dates.js';
import { queryRows, type Tx } from '../../db/connection.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { findCentreById, type CentreRow } from '../centres/centres.repository.js';
import { snapshotFigures, sumFigures } from '../indicators/figures.repository.js';
import { plainSumsBy } from '../indicators/figures.plain.js';
import { computeReport, prepareReport } from '../indicators/indicators.service.js';
import { centreHasLocalData, findBatchCovering } from './reports.repository.js';

export interface DepartmentVolume {
  code: string | null;
  name: string;
  accepted: number;
  onSpot: number;
  decided: number;
  onTime: number;
  overdue: number;
}

export interface BadRatingLine {
  createdOn: string;
  level: number;
  window: string;
  caseNumber: string | null;
  itemName: string | null;
  status: string | null;
  contactDue: string | null;
  closeDue: string | null;
  contactedOn: string | null;
  closedOn: string | null;
}

export interface MonthlyReport {
  centre: CentreRow;
  month: string;
  from: string;
  to: string;
  asOf: string;
  isLocal: boolean;
  indicators: IndicatorValue[];
  sums: FigureSums;
  /** By department, from the raw rows; null for an uploaded centre (the batch has no breakdown). */
  departments: DepartmentVolume[] | null;
  /** Ratings by level 5…1; null for an uploaded centre. */
  ratingLevels: Record<1 | 2 | 3 | 4 | 5, number> | null;
  badRatings: BadRatingLine[];
  snapshot: SnapshotFigures | null;
}

export function monthBounds(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

export async function getMonthlyReport(
  ctx: AppContext,
  viewer: Viewer,
  query: { centre: string; month: string },
): Promise<MonthlyReport> {
  const { from, to } = monthBounds(query.month);
  // The indicators' own scope rules: staff see their centre, a district its centres (else 404).
  const report = await prepareReport(ctx, viewer, { scope: `centre:${query.centre}`, from, to });
  const centreId = report.scope.centreId!;
  const tx = ctx.db;
  const centre = (await findCentreById(tx, centreId))!;
  const scope = report.figureScope;
  const [indicators, sums, snapshot, isLocal] = await Promise.all([
    computeReport(tx, report),
    sumFigures(tx, scope),
    snapshotFigures(tx, [centreId], report.asOf, report.today),
    centreHasLocalData(tx, centreId),
  ]);
  const base = { centre, month: query.month, from, to, asOf: report.asOf, isLocal, indicators };
  if (!isLocal) {
    return {
      ...base,
      sums,
      departments: null,
      ratingLevels: null,
      badRatings: await uploadedBadRatings(tx, centre.code, from, to),
      snapshot: snapshot.figures,
    };
  }
  const [departments, ratingLevels, badRatings] = await Promise.all([
    departmentVolumes(tx, scope),
    ratingsByLevel(tx, centreId, from, to),
    badRatingLines(tx, centreId, from, to),
  ]);
  return { ...base, sums, departments, ratingLevels, badRatings, snapshot: snapshot.figures };
}

async function departmentVolumes(
  tx: Tx,
  scope: { centreIds: string[] | null; from: string; to: string },
): Promise<DepartmentVolume[]> {
  const [byDepartment, names] = await Promise.all([
    plainSumsBy(tx, scope, 'department'),
    queryRows<{ code: string; name: string }>(tx, sql`select code, name from departments`),
  ]);
  const nameOf = new Map(names.map((d) => [d.code, d.name]));
  return [...byDepartment.entries()]
    .map(([code, s = emptySums()]) => ({
      code,
      name: code === null ? '（无部门）' : (nameOf.get(code) ?? code),
      accepted: s.casesAccepted,
      onSpot: s.casesOnSpot,
      decided: s.committedDecided,
      onTime: s.committedOnTime,
      overdue: s.committedOverdue,
    }))
    .filter((d) => d.accepted + d.onSpot + d.decided > 0)
    .sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~'));
}

/** Ratings of the month by level; an annulled rating (appeal upheld) counts nowhere. */
async function ratingsByLevel(tx: Tx, centreId: string, from: string, to: string) {
  const rows = await queryRows<{ level: number; n: number | string }>(
    tx,
    sql`select level, count(*) as n from ratings
      where centre_id = ${centreId} and created_on between ${from} and ${to} and annulled_at is null
      group by level`,
  );
  const out = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const r of rows) out[Number(r.level) as 1 | 2 | 3 | 4 | 5] = Number(r.n);
  return out;
}

async function badRatingLines(
  tx: Tx,
  centreId: string,
  from: string,
  to: string,
): Promise<BadRatingLine[]> {
  return queryRows<BadRatingLine>(
    tx,
    sql`select r.created_on::text as "createdOn", r.level, w.name as window,
        c.number as "caseNumber", c.item_name as "itemName", f.status,
        f.contact_due::text as "contactDue", f.close_due::text as "closeDue",
        f.contacted_on::text as "contactedOn", f.closed_on::text as "closedOn"
      from ratings r
      join windows w on w.id = r.window_id
      left join rating_followups f on f.rating_id = r.id
      left join cases c on c.id = coalesce(r.case_id,
        (select c2.id from cases c2 where c2.service_id = r.service_id limit 1))
      where r.centre_id = ${centreId} and r.created_on between ${from} and ${to}
        and r.level <= 2 and r.annulled_at is null
      order by r.created_at, r.id`,
  );
}

/** An uploaded centre's bad ratings of the month, as its latest batch covering the month gave them. */
async function uploadedBadRatings(
  tx: Tx,
  centreCode: string,
  from: string,
  to: string,
): Promise<BadRatingLine[]> {
  const batch = await findBatchCovering(tx, centreCode, to);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return (batch?.cases ?? [])
    .filter(
      (l) => l.type === 'bad_rating' && String(l.createdOn) >= from && String(l.createdOn) <= to,
    )
    .map((l) => {
      const f = (l.followup ?? {}) as Record<string, unknown>;
      return {
        createdOn: String(l.createdOn),
        level: Number(l.level),
        window: l.windowNumber === undefined ? '' : `${String(l.windowNumber)}号窗口`,
        caseNumber: text(l.caseNumber),
        itemName: text(l.itemName),
        status: text(f.status),
        contactDue: text(f.contactDue),
        closeDue: text(f.closeDue),
        contactedOn: text(f.contactedOn),
        closedOn: text(f.closedOn),
      };
    });
}
