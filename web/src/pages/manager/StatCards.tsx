/** Today's numbers of the centre, one card each. */
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import type { DashboardToday } from '../../api/types';

/** Average handling minutes of an immediate item the centre aims for, unless the server says. */
export const IMMEDIATE_TARGET_MINUTES = 12;
/** The share of immediate applications to finish on the spot, unless the server says. */
export const ON_SPOT_TARGET = 0.6;

export function targetsOf(d: DashboardToday) {
  return {
    immediateAvgMinutes: d.targets?.immediateAvgMinutes ?? IMMEDIATE_TARGET_MINUTES,
    onSpotRate: d.targets?.onSpotRate ?? ON_SPOT_TARGET,
  };
}

/**
 * The on-spot rate as a fraction 0..1, whether the server sends 0.62 or 62. Like the server, the
 * base is every application accepted today (finishedOnSpot / accepted).
 */
export function onSpotFraction(d: DashboardToday): number | null {
  if (d.onSpotRate === null || d.onSpotRate === undefined) {
    return d.accepted > 0 ? d.finishedOnSpot / d.accepted : null;
  }
  return d.onSpotRate > 1 ? d.onSpotRate / 100 : d.onSpotRate;
}

interface Stat {
  key: string;
  title: string;
  value: number | string;
  suffix?: string;
  isWarning?: boolean;
  footer?: ReactNode;
  /** Shown instead of `value` where one card holds several numbers. */
  render?: ReactNode;
}

const minutes = (m: number | null) => (m === null ? '—' : Math.round(m * 10) / 10);

function stats(d: DashboardToday): Stat[] {
  const rate = onSpotFraction(d);
  const targets = targetsOf(d);
  const percent = (r: number) => `${Math.round(r * 100)}%`;
  return [
    { key: 'tickets-issued', title: '今日取号', value: d.ticketsIssued, suffix: '张' },
    { key: 'waiting-now', title: '当前等候', value: d.waitingNow, suffix: '人' },
    { key: 'average-wait', title: '平均等候', value: minutes(d.averageWaitMinutes), suffix: '分钟' },
    {
      key: 'immediate-avg',
      title: '即办件平均办理',
      value: minutes(d.immediateAvgMinutes),
      suffix: '分钟',
      isWarning: d.immediateAvgMinutes !== null && d.immediateAvgMinutes > targets.immediateAvgMinutes,
      footer: `目标 ≤ ${targets.immediateAvgMinutes} 分钟`,
    },
    {
      key: 'on-spot',
      title: '当场办结 / 受理',
      value: `${d.finishedOnSpot} / ${d.accepted}`,
      render: (
        <>
          <span data-testid="stat-finished-on-spot">{d.finishedOnSpot}</span>
          {' / '}
          <span data-testid="stat-accepted">{d.accepted}</span>
        </>
      ),
      isWarning: rate !== null && rate < targets.onSpotRate,
      footer: (
        <>
          当场办结率 <span data-testid="stat-on-spot-rate">{rate === null ? '—' : percent(rate)}</span>
          （目标 {percent(targets.onSpotRate)}）
        </>
      ),
    },
    { key: 'due-soon', title: '2个工作日内到期', value: d.dueSoon, suffix: '件', isWarning: d.dueSoon > 0 },
    { key: 'overdue', title: '超期', value: d.overdue, suffix: '件', isWarning: d.overdue > 0 },
    { key: 'ratings', title: '今日评价', value: d.ratings, suffix: '条' },
    { key: 'bad-ratings', title: '差评', value: d.badRatings, suffix: '条', isWarning: d.badRatings > 0 },
  ];
}

export function StatCards({ dashboard }: { dashboard: DashboardToday }) {
  return (
    <Row gutter={[16, 16]}>
      {stats(dashboard).map((s) => (
        <Col key={s.key} xs={12} md={8} xl={6} xxl={4}>
          <Card size="small">
            <Statistic
              title={s.title}
              value={s.value}
              suffix={s.suffix}
              styles={{ content: { color: s.isWarning ? '#cf1322' : undefined } }}
              valueRender={(node) => s.render ?? <span data-testid={`stat-${s.key}`}>{node}</span>}
            />
            {s.footer && <div style={{ color: '#888', fontSize: 12, marginTop: 4 }}>{s.footer}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
