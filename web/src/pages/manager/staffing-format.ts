/** How the staffing planner writes its figures, and the inputs of its entered-figures form. */
import type { EnteredStaffing, StaffingHour, StaffingPlan, StaffingStatus } from '../../api/types';

/** The hours the hall is open (8:00–17:00), as the server plans them from history. */
export const OPENING_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16] as const;

export const STATUS_LABELS: Record<StaffingStatus, { text: string; color: string }> = {
  meets_target: { text: '达标', color: 'green' },
  below_target: { text: '未达标', color: 'orange' },
  overloaded: { text: '排队将持续增长', color: 'red' },
};

/** "7.5 分钟", or a dash when there is no figure. */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? '—' : `${minutes.toFixed(1)} 分钟`;
}

/** "86.7%" for a fraction 0..1. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** "08:00" for the hour starting at 8. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** The target as a manager says it: "80% 的群众等候不超过 15 分钟". */
export function targetText(plan: Pick<StaffingPlan, 'targetMinutes' | 'targetShare'>): string {
  return `${Math.round(plan.targetShare * 100)}% 的群众等候不超过 ${plan.targetMinutes} 分钟`;
}

/** Where the plan's figures come from, in one sentence. */
export function basisText(plan: StaffingPlan): string {
  const service =
    plan.service.source === 'history'
      ? `平均办理 ${plan.service.meanServiceMinutes} 分钟（${plan.service.services} 次服务）`
      : `平均办理 ${plan.service.meanServiceMinutes} 分钟${plan.service.source === 'default' ? '（默认值）' : ''}`;
  if (plan.source === 'entered')
    return `按填报的到达人数测算；${service}；当前开放综合窗口 ${plan.currentWindows} 个。`;
  return `依据 ${plan.from} 至 ${plan.to} 共 ${plan.workingDays} 个工作日的取号记录；${service}；当前开放综合窗口 ${plan.currentWindows} 个。`;
}

/** What the manager types for entered figures; arrivals per opening hour. */
export interface EnteredInputs {
  arrivals: Record<number, number | null>;
  meanServiceMinutes: number | null;
  currentWindows: number | null;
}

/** Starts the form from a history plan, so the manager edits the centre's own figures. */
export function inputsFromPlan(plan: StaffingPlan): EnteredInputs {
  const byHour = new Map(plan.hours.map((h: StaffingHour) => [h.hour, h.arrivalsPerHour]));
  return {
    arrivals: Object.fromEntries(
      OPENING_HOURS.map((h) => [h, Math.round((byHour.get(h) ?? 0) * 10) / 10]),
    ),
    meanServiceMinutes: plan.service.meanServiceMinutes,
    currentWindows: plan.currentWindows,
  };
}

/** The POST body for the form, or a zh-CN reason why it cannot be sent yet. */
export function enteredBody(
  inputs: EnteredInputs,
  target: { targetMinutes: number; targetShare: number },
): EnteredStaffing | string {
  if (inputs.meanServiceMinutes === null || inputs.meanServiceMinutes <= 0)
    return '请填写平均办理时长';
  const hours = OPENING_HOURS.filter(
    (h) => inputs.arrivals[h] !== null && inputs.arrivals[h] !== undefined,
  ).map((h) => ({
    hour: h,
    arrivalsPerHour: inputs.arrivals[h]!,
  }));
  if (hours.length === 0) return '请至少填写一个时段的到达人数';
  return {
    hours,
    meanServiceMinutes: inputs.meanServiceMinutes,
    ...(inputs.currentWindows === null ? {} : { currentWindows: inputs.currentWindows }),
    ...target,
  };
}
