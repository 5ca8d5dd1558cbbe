/**
 * 指标统计 (centre manager): the standard's indicators of the centre over any range — the month
 * so far at first — with trends, breakdowns, drill-down to the cases, and exports.
 */
import { Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useUser } from '../../lib/session';
import { CaseDrawer } from '../back-office/CaseDrawer';
import { ExportButtons } from './ExportButtons';
import { RangeFilter } from './RangeFilter';
import { ScopeReport } from './ScopeReport';
import { useDayRange } from './use-day-range';

export default function IndicatorsPage() {
  const user = useUser();
  const { range, today, setRange } = useDayRange();
  const [caseId, setCaseId] = useState<string | null>(null);
  const scope = `centre:${user.centreCode}`;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              指标统计
            </Typography.Title>
            <RangeFilter value={range} today={today} onChange={setRange} />
          </Space>
          {range && (
            <ExportButtons
              scope={scope}
              range={range}
              centreCode={user.centreCode}
              canExportBatch
            />
          )}
        </Space>
      </Card>
      {range ? (
        <ScopeReport scope={scope} range={range} showBreakdown onOpenCase={setCaseId} />
      ) : (
        <Spin size="large" />
      )}
      <CaseDrawer
        caseId={caseId}
        onClose={() => setCaseId(null)}
        onChanged={async () => undefined}
        readOnly
      />
    </Space>
  );
}
