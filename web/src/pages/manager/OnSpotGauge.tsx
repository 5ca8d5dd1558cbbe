/**
 * A gauge of today's on-spot rate against the 60 % target. ECharts is imported from its core with
 * only the gauge and the canvas renderer registered, so the chunk stays small.
 */
import { GaugeChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';

echarts.use([GaugeChart, CanvasRenderer]);

export default function OnSpotGauge({ rate, target }: { rate: number | null; target: number }) {
  const percent = rate === null ? 0 : Math.round(rate * 1000) / 10;
  const option = {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        startAngle: 200,
        endAngle: -20,
        radius: '95%',
        progress: { show: true, width: 14 },
        axisLine: {
          lineStyle: {
            width: 14,
            color: [
              [target, '#f5c77e'],
              [1, '#b7e4a6'],
            ],
          },
        },
        splitNumber: 5,
        axisTick: { show: false },
        splitLine: { length: 8, lineStyle: { width: 2, color: '#999' } },
        axisLabel: { distance: 18, color: '#666', formatter: '{value}%' },
        pointer: { width: 5 },
        title: { offsetCenter: [0, '70%'], fontSize: 14 },
        detail: {
          valueAnimation: true,
          offsetCenter: [0, '35%'],
          fontSize: 28,
          formatter: rate === null ? '—' : '{value}%',
        },
        data: [{ value: percent, name: `当场办结率（目标 ${Math.round(target * 100)}%）` }],
      },
    ],
  };

  return (
    <div role="img" aria-label={`当场办结率 ${rate === null ? '暂无数据' : `${percent}%`}`}>
      <ReactECharts echarts={echarts} option={option} style={{ height: 260 }} notMerge />
    </div>
  );
}
