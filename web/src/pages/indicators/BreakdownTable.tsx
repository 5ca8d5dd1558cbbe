/** The rows of a breakdown with the indicator, its numerator and denominator; numbers open the drill-down. */
import { Button, Table } from 'antd';
import type { BreakdownRow, DrillPart, Indicator } from '../../api/types';
import { formatFigure, formatIndicator, isMet, metColour } from '../../lib/indicator-format';
import { INDICATORS } from '../../../../src/core/indicators/definitions';
import { partName } from './drill-target';

interface BreakdownTableProps {
  rows: BreakdownRow[];
  total: BreakdownRow;
  indicator: Indicator;
  groupTitle: string;
  onPick: (row: BreakdownRow, part: DrillPart) => void;
}

/** The day figures an indicator's numerator and denominator are made of, where it has them. */
function figureKeys(code: string): { numerator?: string; denominator?: string } {
  const d = INDICATORS.find((x) => x.code === code);
  if (!d) return {};
  return {
    numerator: 'numerator' in d ? d.numerator : undefined,
    denominator: 'denominator' in d ? d.denominator : undefined,
  };
}

export function BreakdownTable({
  rows,
  total,
  indicator,
  groupTitle,
  onPick,
}: BreakdownTableProps) {
  const keys = figureKeys(indicator.code);
  const link = (row: BreakdownRow, part: DrillPart, text: string) => (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(row, part)}>
      {text}
    </Button>
  );
  const figure = (row: BreakdownRow, key: string | undefined) => {
    if (!key) return null;
    const value = row.figures[key];
    // Sums of seconds are shown in the indicator's minutes, as the card shows them.
    return value === undefined ? null : key.endsWith('SecondsSum') ? value / 60 : value;
  };

  return (
    <Table<BreakdownRow>
      size="small"
      rowKey={(r) => r.key ?? '(none)'}
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      locale={{ emptyText: '统计期内暂无数据' }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {formatIndicator(total.indicators[indicator.code] ?? null, indicator.unit)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {formatFigure(figure(total, keys.numerator))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {formatFigure(figure(total, keys.denominator))}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      columns={[
        { title: groupTitle, dataIndex: 'label' },
        {
          title: indicator.name,
          key: 'value',
          align: 'right',
          render: (_, r) => {
            const v = r.indicators[indicator.code] ?? null;
            return (
              <span
                style={{ color: metColour(isMet(v, indicator.target, indicator.higherIsBetter)) }}
              >
                {link(
                  r,
                  keys.numerator ? 'numerator' : 'denominator',
                  formatIndicator(v, indicator.unit),
                )}
              </span>
            );
          },
        },
        {
          title: keys.numerator ? partName(indicator, 'numerator') : '分子',
          key: 'numerator',
          align: 'right',
          render: (_, r) =>
            keys.numerator ? link(r, 'numerator', formatFigure(figure(r, keys.numerator))) : '—',
        },
        {
          title: keys.denominator ? partName(indicator, 'denominator') : '分母',
          key: 'denominator',
          align: 'right',
          render: (_, r) =>
            keys.denominator
              ? link(r, 'denominator', formatFigure(figure(r, keys.denominator)))
              : '—',
        },
      ]}
    />
  );
}
