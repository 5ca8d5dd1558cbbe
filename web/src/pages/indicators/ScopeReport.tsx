/**
 * The indicators of one scope (a centre, a district or the city) over a range: the cards, the
 * trend, and for a centre the breakdown by department, item, window and staff member. Every
 * number opens the records behind it.
 */
import { Alert, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { indicatorsApi } from '../../api/indicators-client';
import type { DrillPart, Indicator } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { BreakdownPanel } from './BreakdownPanel';
import { DrillDrawer } from './DrillDrawer';
import { IndicatorCards } from './IndicatorCards';
import { TrendPanel } from './TrendPanel';
import type { DrillTarget } from './drill-target';
import type { DayRange } from './range';

interface ScopeReportProps {
  scope: string;
  range: DayRange;
  /** By department, item, window and staff member: for a centre only. */
  showBreakdown?: boolean;
  /** Opens a case listed in a drill-down, where the viewer may read cases. */
  onOpenCase?: (caseId: string) => void;
  /** The scope is a centre known only from report uploads (the league table says so). */
  isUploadedCentre?: boolean;
}

export function ScopeReport({
  scope,
  range,
  showBreakdown,
  onOpenCase,
  isUploadedCentre,
}: ScopeReportProps) {
  const report = useLoad(
    () => indicatorsApi.indicators({ scope, from: range.from, to: range.to }),
    [scope, range.from, range.to],
  );
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const data = report.data;
  const isCurrent =
    data && data.scope.value === scope && data.from === range.from && data.to === range.to;

  const drillCard = (indicator: Indicator, part: DrillPart) =>
    setDrill({ scope, ...range, indicator, part });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {report.error != null && (
        <Alert type="error" showIcon title="指标载入失败" description={errorText(report.error)} />
      )}
      {!data && report.isLoading && <Spin size="large" />}
      {data && (
        <>
          <Typography.Text type="secondary" data-testid="report-period">
            {data.scope.name} · 统计期 {formatDate(data.from)} 至 {formatDate(data.to)}
            （窗口、人员、事项等存量指标及在办超期件截至 {formatDate(data.asOf)}）
            {!isCurrent && report.isLoading ? ' · 更新中…' : ''}
          </Typography.Text>
          <IndicatorCards indicators={data.indicators} onDrill={drillCard} />
          <TrendPanel scope={scope} range={range} indicators={data.indicators} onDrill={setDrill} />
          {showBreakdown && (
            <BreakdownPanel
              scope={scope}
              range={range}
              indicators={data.indicators}
              onDrill={setDrill}
            />
          )}
        </>
      )}
      <DrillDrawer
        target={drill}
        onClose={() => setDrill(null)}
        onOpenCase={onOpenCase}
        isUploadedCentre={isUploadedCentre}
      />
    </Space>
  );
}
