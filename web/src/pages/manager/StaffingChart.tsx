/**
 * Windows recommended against windows open, hour by hour, with the wait today's staffing would
 * give. As in OnSpotGauge, only the ECharts parts used are registered.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import type { StaffingPlan } from '../../api/types';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export function StaffingChart({ plan }: { plan: StaffingPlan }) {
  const hours = plan.hours.map((h) => h.label.slice(0, 5));
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: hours },
    yAxis: [
      { type: 'value', name: '窗口数', minInterval: 1 },
      { type: 'value', name: '等候（分钟）', splitLine: { show: false } },
    ],
    series: [
      {
        name: '建议窗口数',
        type: 'bar',
        data: plan.hours.map((h) => h.recommendedWindows),
        itemStyle: { color: '#4e8cd9' },
      },
      {
        name: '当前窗口数',
        type: 'bar',
        data: plan.hours.map((h) => h.currentWindows),
        itemStyle: { color: '#b5c7dc' },
      },
      {
        // An hour whose queue keeps growing has no mean wait: the line breaks there.
        name: '预计平均等候',
        type: 'line',
        yAxisIndex: 1,
        data: plan.hours.map((h) => h.predictedMeanWaitMinutes),
        itemStyle: { color: '#e8833a' },
        connectNulls: false,
      },
    ],
  };
  const overloaded = plan.hours.filter((h) => h.status === 'overloaded').map((h) => h.label);
  const label = `各时段建议与当前窗口数${overloaded.length ? `；${overloaded.join('、')}排队将持续增长` : ''}`;

  return (
    <div role="img" aria-label={label}>
      <ReactECharts echarts={echarts} option={option} style={{ height: 280 }} notMerge />
    </div>
  );
}
