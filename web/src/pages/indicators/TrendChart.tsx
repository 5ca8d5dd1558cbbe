/**
 * An indicator day by day, week by week or month by month, with its target as a dashed markLine;
 * each point is green when it meets the target and red when not. Clicking a point picks it.
 */
import type { BreakdownRow, Indicator } from '../../api/types';
import { chartValue, formatIndicator, isMet, metColour } from '../../lib/indicator-format';
import { ReactECharts, echarts } from './echarts';

export type IndicatorMeta = Pick<Indicator, 'code' | 'name' | 'unit' | 'target' | 'higherIsBetter'>;

interface TrendChartProps {
  rows: BreakdownRow[];
  indicator: IndicatorMeta;
  onPick: (row: BreakdownRow) => void;
}

export default function TrendChart({ rows, indicator, onPick }: TrendChartProps) {
  const { unit, target, higherIsBetter } = indicator;
  const values = rows.map((r) => r.indicators[indicator.code] ?? null);
  const option = {
    animationDuration: 300,
    grid: { left: 56, right: 72, top: 32, bottom: 48 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) =>
        v === null || v === undefined ? '—' : unit === '%' ? `${v.toFixed(1)}%` : `${v} ${unit}`,
    },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      name: unit === '%' ? '%' : unit,
      min: unit === '%' ? 0 : undefined,
      max: unit === '%' ? 100 : undefined,
    },
    series: [
      {
        type: 'line',
        name: indicator.name,
        connectNulls: false,
        symbolSize: 9,
        data: values.map((v) => ({
          value: chartValue(v, unit),
          itemStyle: { color: metColour(isMet(v, target, higherIsBetter)) },
        })),
        lineStyle: { color: '#1554ad' },
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#fa8c16' },
                label: {
                  formatter: `目标 ${formatIndicator(target, unit)}`,
                  position: 'insideEndTop',
                },
                data: [{ yAxis: chartValue(target, unit) }],
              },
      },
    ],
  };

  return (
    <div role="img" aria-label={`${indicator.name}趋势图`}>
      <ReactECharts
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: 300 }}
        onEvents={{
          click: (e: { dataIndex?: number }) => {
            const row = e.dataIndex === undefined ? undefined : rows[e.dataIndex];
            if (row) onPick(row);
          },
        }}
      />
    </div>
  );
}
