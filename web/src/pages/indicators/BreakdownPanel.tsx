/**
 * 分组对比: one indicator of a centre by department, item, window or staff member, as bars and as
 * a table. Clicking a bar or a number lists the records behind it.
 */
import { Alert, Card, Col, Row, Segmented, Select, Space, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { indicatorsApi } from '../../api/indicators-client';
import type { BreakdownRow, DrillPart, Indicator } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useLoad } from '../../lib/use-load';
import { BreakdownTable } from './BreakdownTable';
import { mainPart, type DrillTarget } from './drill-target';
import { DEFAULT_INDICATOR, flowIndicators } from './indicator-choice';
import type { DayRange } from './range';

const BreakdownChart = lazy(() => import('./BreakdownChart'));

type Group = 'department' | 'item' | 'window' | 'clerk';

const GROUPS: { value: Group; label: string }[] = [
  { value: 'department', label: '按部门' },
  { value: 'item', label: '按事项' },
  { value: 'window', label: '按窗口' },
  { value: 'clerk', label: '按人员' },
];

const GROUP_TITLES: Record<Group, string> = {
  department: '部门',
  item: '事项',
  window: '窗口',
  clerk: '工作人员',
};

/** More bars than this do not read; the chart keeps the groups with the most records. */
const CHART_ROWS = 25;

function volume(r: BreakdownRow): number {
  const f = r.figures;
  return (
    (f['casesAccepted'] ?? 0) +
    (f['ticketsIssued'] ?? 0) +
    (f['ratingsCount'] ?? 0) +
    (f['committedDecided'] ?? 0)
  );
}

function busiest(rows: BreakdownRow[]): BreakdownRow[] {
  if (rows.length <= CHART_ROWS) return rows;
  const kept = new Set([...rows].sort((a, b) => volume(b) - volume(a)).slice(0, CHART_ROWS));
  return rows.filter((r) => kept.has(r));
}

interface BreakdownPanelProps {
  /** A centre scope: the groups come from the centre's own records. */
  scope: string;
  range: DayRange;
  indicators: Indicator[];
  onDrill: (target: DrillTarget) => void;
}

export function BreakdownPanel({ scope, range, indicators, onDrill }: BreakdownPanelProps) {
  const [group, setGroup] = useState<Group>('department');
  const [code, setCode] = useState(DEFAULT_INDICATOR);
  const breakdown = useLoad(
    () => indicatorsApi.breakdown({ scope, from: range.from, to: range.to, by: group }),
    [scope, range.from, range.to, group],
  );
  const data = breakdown.data;
  const choices = flowIndicators(indicators, data?.rows);
  const indicator = choices.find((i) => i.code === code) ?? choices[0];

  const pick = (row: BreakdownRow, part?: DrillPart) => {
    if (!indicator) return;
    onDrill({
      scope,
      ...range,
      indicator,
      part: part ?? mainPart(indicator),
      context: `${GROUP_TITLES[group]}：${row.label}`,
      group: { by: group, key: row.key, label: row.label },
    });
  };

  return (
    <Card
      size="small"
      title="分组对比"
      extra={
        <Space wrap>
          <Select
            aria-label="分组指标"
            style={{ width: 200 }}
            value={indicator?.code}
            onChange={setCode}
            options={choices.map((i) => ({ value: i.code, label: i.name }))}
          />
          <Segmented<Group> options={GROUPS} value={group} onChange={setGroup} />
        </Space>
      }
    >
      {breakdown.error != null && (
        <Alert type="error" showIcon title={errorText(breakdown.error)} />
      )}
      {!data && breakdown.isLoading && <Spin />}
      {data && indicator && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            {data.rows.length > 0 && (
              <Suspense fallback={<Spin />}>
                <BreakdownChart
                  rows={busiest(data.rows)}
                  indicator={indicator}
                  onPick={(r) => pick(r)}
                />
              </Suspense>
            )}
            {data.rows.length > CHART_ROWS && (
              <div style={{ color: '#888', fontSize: 12 }}>
                图中为业务量最大的{CHART_ROWS}项，全部见右表
              </div>
            )}
          </Col>
          <Col xs={24} xl={12}>
            <BreakdownTable
              rows={data.rows}
              total={data.total}
              indicator={indicator}
              groupTitle={GROUP_TITLES[group]}
              onPick={pick}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
