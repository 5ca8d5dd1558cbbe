import { addDays, daysBetween, shanghaiDate, shanghaiMinuteOfDay } from '../../core/dates.js';
import { roundTo } from '../../core/indicators/formulas.js';
import {
  hourProfile,
  OPENING_HOURS,
  planHour,
  serviceProfile,
  type HourPlan,
  type HourProfile,
  type PlanTarget,
} from '../../core/queue/staffing-plan.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './staffing.repository.js';
import {
  MAX_RANGE_DAYS,
  type EnteredPlanBody,
  type HistoryPlanQuery,
  type StaffingPlanView,
} from './staffing.schema.js';

/** Without dates the plan averages the four weeks up to yesterday: today is not over yet. */
const DEFAULT_RANGE_DAYS = 28;

const MODEL_NOTE =
  '按M/M/c排队模型（Erlang C）测算：到达视为随机（泊松）到达，办理时长按指数分布近似。';
const OVERLOADED_NOTE = '排队将持续增长';

/**
 * The plan from the centre's own queue log: per opening hour, the average tickets issued over the
 * working days of the range, the mean service time of its lines, the windows Erlang C recommends
 * and the forecast for the comprehensive windows open now.
 */
export async function planFromHistory(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  query: HistoryPlanQuery,
): Promise<StaffingPlanView> {
  const range = resolveRange(query, shanghaiDate(ctx.clock.now()));
  const calendar = await ctx.calendar.get(tx);
  const workingDays = new Set<string>();
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
    if (calendar.isWorkday(d)) workingDays.add(d);
  }
  if (workingDays.size === 0) {
    throw badRequest('staffing.no_working_days', '所选日期范围内没有工作日，无法按历史测算');
  }

  const buckets = await repo.arrivalsByHour(tx, centreId, range);
  const totals = await repo.serviceTotals(tx, centreId, range);
  const currentWindows = await repo.countOpenComprehensiveWindows(tx, centreId);
  const { defaultServiceMinutes } = await getSettings(tx, centreId);

  const arrivals = buckets.map((b) => ({
    date: shanghaiDate(b.hourStart),
    hour: Math.floor(shanghaiMinuteOfDay(b.hourStart) / 60),
    line: b.line,
    tickets: b.tickets,
  }));
  const service = serviceProfile(totals, workingDays, defaultServiceMinutes);
  const hours = hourProfile(arrivals, workingDays, service);

  const notes = [MODEL_NOTE];
  if (service.isDefault) {
    notes.push(
      `所选日期范围内没有已办结的服务记录，平均办理时长按默认${defaultServiceMinutes}分钟测算。`,
    );
  }
  const counted = arrivals.filter((a) => workingDays.has(a.date));
  if (counted.length === 0) notes.push('所选日期范围内的工作日没有取号记录。');
  const outside = counted
    .filter((a) => !OPENING_HOURS.includes(a.hour))
    .reduce((n, a) => n + a.tickets, 0);
  if (outside > 0) notes.push(`有${outside}张号在8:00–17:00以外取出，未计入测算。`);

  return present({
    source: 'history',
    range,
    workingDays: workingDays.size,
    target: query,
    currentWindows,
    service: {
      meanServiceMinutes: service.meanServiceMinutes,
      source: service.isDefault ? 'default' : 'history',
      services: service.services,
      lines: service.lines,
    },
    hours,
    notes,
  });
}

/** The plan from figures a manager enters: the same answer, with no history behind it. */
export async function planFromEntered(
  tx: Tx,
  centreId: string,
  body: EnteredPlanBody,
): Promise<StaffingPlanView> {
  const currentWindows =
    body.currentWindows ?? (await repo.countOpenComprehensiveWindows(tx, centreId));
  const hours: HourProfile[] = [...body.hours]
    .sort((a, b) => a.hour - b.hour)
    .map((h) => ({
      hour: h.hour,
      arrivalsPerHour: h.arrivalsPerHour,
      meanServiceMinutes: body.meanServiceMinutes,
    }));
  return present({
    source: 'entered',
    range: null,
    workingDays: null,
    target: body,
    currentWindows,
    service: {
      meanServiceMinutes: body.meanServiceMinutes,
      source: 'entered',
      services: 0,
      lines: [],
    },
    hours,
    notes: [MODEL_NOTE],
  });
}

/** The dates asked for, or the default four weeks; a range the refinements could not see is refused here. */
function resolveRange(query: HistoryPlanQuery, today: string): { from: string; to: string } {
  const to = query.to ?? addDays(today, -1);
  const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw badRequest('request.invalid', '开始日期不能晚于结束日期');
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) {
    throw badRequest('request.invalid', `日期范围不能超过${MAX_RANGE_DAYS}天`);
  }
  return { from, to };
}

interface PlanParts {
  source: StaffingPlanView['source'];
  range: { from: string; to: string } | null;
  workingDays: number | null;
  target: PlanTarget;
  currentWindows: number;
  service: StaffingPlanView['service'];
  hours: HourProfile[];
  notes: string[];
}

/** Runs Erlang C on every hour and rounds for display: minutes to 0.1, shares to 0.001. */
function present(parts: PlanParts): StaffingPlanView {
  const { targetMinutes, targetShare, maxWindows } = parts.target;
  const target = { targetMinutes, targetShare, maxWindows };
  const hours = parts.hours.map((h) =>
    presentHour(planHour({ ...h, currentWindows: parts.currentWindows }, target), maxWindows),
  );
  const notes = [...parts.notes];
  if (parts.currentWindows === 0) notes.push('当前没有开放的综合窗口。');
  return {
    source: parts.source,
    from: parts.range?.from ?? null,
    to: parts.range?.to ?? null,
    workingDays: parts.workingDays,
    ...target,
    currentWindows: parts.currentWindows,
    service: {
      ...parts.service,
      meanServiceMinutes: roundTo(parts.service.meanServiceMinutes, 1)!,
      lines: parts.service.lines.map((l) => ({
        ...l,
        meanServiceMinutes: roundTo(l.meanServiceMinutes, 1)!,
      })),
    },
    hours,
    notes,
  };
}

function presentHour(plan: HourPlan, maxWindows: number): StaffingPlanView['hours'][number] {
  const pad = (h: number) => String(h).padStart(2, '0');
  const note =
    plan.status === 'overloaded'
      ? OVERLOADED_NOTE
      : plan.recommendedWindows === null
        ? `开放${maxWindows}个窗口仍无法达标`
        : null;
  return {
    ...plan,
    label: `${pad(plan.hour)}:00–${pad(plan.hour + 1)}:00`,
    arrivalsPerHour: roundTo(plan.arrivalsPerHour, 2)!,
    meanServiceMinutes: roundTo(plan.meanServiceMinutes, 1)!,
    offeredLoad: roundTo(plan.offeredLoad, 2)!,
    recommendedMeanWaitMinutes: roundTo(plan.recommendedMeanWaitMinutes, 1),
    recommendedShareWithinTarget: roundTo(plan.recommendedShareWithinTarget, 3),
    currentUtilisation: roundTo(plan.currentUtilisation, 3),
    predictedMeanWaitMinutes: roundTo(plan.predictedMeanWaitMinutes, 1),
    predictedShareWithinTarget: roundTo(plan.predictedShareWithinTarget, 3),
    note,
  };
}
