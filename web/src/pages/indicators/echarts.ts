/**
 * The ECharts parts the indicator charts use, registered once: line and bar charts, the target's
 * markLine, grid, tooltip, legend and the canvas renderer. Imported from ECharts' core (and the
 * React wrapper's core) so the chunk stays small; the wrapper's lib/ path breaks under Vite.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts, ReactECharts };
