/**
 * 趋势: one indicator per day, week or month over the range, the target as a markLine. Clicking a
 * point lists the records behind that day's (week's, month's) number.
 */
import { Alert, Card, Empty, Segmented, Select, Space, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { indicatorsApi } from '../../api/indicators-client';
import type { BreakdownRow, Indicator } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useLoad } from '../../lib/use-load';
import { bucketRange } from './buckets';
import { mainPart, type DrillTarget } from './drill-target';
import { DEFAULT_INDICATOR, flowIndicators } from './indicator-choice';
import type { DayRange } from './range';

const TrendChart = lazy(() => import('./TrendChart'));

type Period = 'day' | 'week' | 'month';

const PERIODS: { value: Period; label: string }[] = [
  { value: 'day', label: '按日' },
  { value: 'week', label: '按周' },
  { value: 'month', label: '按月' },
];

interface TrendPanelProps {
  scope: string;
  range: DayRange;
  indicators: Indicator[];
  onDrill: (target: DrillTarget) => void;
}

export function TrendPanel({ scope, range, indicators, onDrill }: TrendPanelProps) {
  const [period, setPeriod] = useState<Period>('day');
  const [code, setCode] = useState(DEFAULT_INDICATOR);
  const trend = useLoad(
    () => indicatorsApi.breakdown({ scope, from: range.from, to: range.to, by: period }),
    [scope, range.from, range.to, period],
  );
  const choices = flowIndicators(indicators, trend.data?.rows);
  const indicator = choices.find((i) => i.code === code) ?? choices[0];
  const rows = trend.data?.rows ?? [];

  const pick = (row: BreakdownRow) => {
    if (!indicator) return;
    onDrill({
      scope,
      ...bucketRange(period, row.key, range),
      indicator,
      part: mainPart(indicator),
      context: row.label,
    });
  };

  return (
    <Card
      size="small"
      title="指标趋势"
      extra={
        <Space wrap>
          <Select
            aria-label="趋势指标"
            style={{ width: 200 }}
            value={indicator?.code}
            onChange={setCode}
            options={choices.map((i) => ({ value: i.code, label: i.name }))}
          />
          <Segmented<Period> options={PERIODS} value={period} onChange={setPeriod} />
        </Space>
      }
    >
      {trend.error != null && <Alert type="error" showIcon title={errorText(trend.error)} />}
      {!trend.data && trend.isLoading && <Spin />}
      {trend.data && rows.length === 0 && <Empty description="统计期内暂无数据" />}
      {indicator && rows.length > 0 && (
        <Suspense fallback={<Spin />}>
          <TrendChart rows={rows} indicator={indicator} onPick={pick} />
        </Suspense>
      )}
    </Card>
  );
}
