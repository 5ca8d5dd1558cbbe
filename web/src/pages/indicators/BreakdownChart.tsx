/**
 * An indicator by department, item, window or staff member as horizontal bars, green where the
 * target is met and red where not, the target as a dashed markLine. Clicking a bar picks its row.
 */
import type { BreakdownRow } from '../../api/types';
import { chartValue, formatIndicator, isMet, metColour } from '../../lib/indicator-format';
import { ReactECharts, echarts } from './echarts';
import type { IndicatorMeta } from './TrendChart';

interface BreakdownChartProps {
  rows: BreakdownRow[];
  indicator: IndicatorMeta;
  onPick: (row: BreakdownRow) => void;
}

export default function BreakdownChart({ rows, indicator, onPick }: BreakdownChartProps) {
  const { unit, target, higherIsBetter } = indicator;
  // ECharts draws the first category at the bottom: reversed, the list reads top-down.
  const shown = [...rows].reverse();
  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 80, top: 16, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number | null) =>
        v === null || v === undefined ? '—' : unit === '%' ? `${v.toFixed(1)}%` : `${v} ${unit}`,
    },
    xAxis: { type: 'value', name: unit, max: unit === '%' ? 100 : undefined },
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: indicator.name,
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) =>
            formatIndicator(shown[p.dataIndex]?.indicators[indicator.code] ?? null, unit),
        },
        data: shown.map((r) => {
          const v = r.indicators[indicator.code] ?? null;
          return {
            value: chartValue(v, unit),
            itemStyle: { color: metColour(isMet(v, target, higherIsBetter)) },
          };
        }),
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#fa8c16' },
                label: { formatter: `目标 ${formatIndicator(target, unit)}` },
                data: [{ xAxis: chartValue(target, unit) }],
              },
      },
    ],
  };

  return (
    <div role="img" aria-label={`${indicator.name}分组对比图`}>
      <ReactECharts
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: Math.max(220, shown.length * 32 + 48) }}
        onEvents={{
          click: (e: { dataIndex?: number }) => {
            const row = e.dataIndex === undefined ? undefined : shown[e.dataIndex];
            if (row) onPick(row);
          },
        }}
      />
    </div>
  );
}
