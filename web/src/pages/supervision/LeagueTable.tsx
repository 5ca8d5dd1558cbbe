/**
 * 排名表: the centres of a district or of the city side by side, ranked by one indicator (a
 * column's sort arrow ranks by it, on the server; a second click lists the same ranking from the
 * bottom), each value green where its target is met and red where not; the scope's total
 * underneath. A centre's name opens its own indicators.
 */
import { Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { ColumnsType } from 'antd/es/table';
import type { League, LeagueCell, LeagueRow } from '../../api/types';
import { formatIndicator, metColour } from '../../lib/indicator-format';

interface LeagueTableProps {
  league: League;
  isLoading: boolean;
  onSort: (code: string) => void;
  onOpenCentre: (row: LeagueRow) => void;
}

function Cell({ cell, unit }: { cell: LeagueCell | undefined; unit: string }) {
  if (!cell) return <>—</>;
  const text = formatIndicator(cell.value, unit);
  return (
    <span style={{ color: metColour(cell.met), fontWeight: cell.met === false ? 600 : undefined }}>
      {text}
    </span>
  );
}

/** The last rank first; centres without a rank (no value) stay at the end. */
function fromTheBottom(rows: LeagueRow[]): LeagueRow[] {
  return [...rows].sort((a, b) => (b.rank ?? -Infinity) - (a.rank ?? -Infinity));
}

export function LeagueTable({ league, isLoading, onSort, onOpenCentre }: LeagueTableProps) {
  // The server ranks best first; 'descend' shows the same ranks in reverse, worst first.
  const [order, setOrder] = useState<'ascend' | 'descend'>('ascend');
  const rows = useMemo(
    () => (order === 'descend' ? fromTheBottom(league.rows) : league.rows),
    [league.rows, order],
  );
  const cellOf = (cells: LeagueCell[], code: string) => cells.find((c) => c.code === code);
  const columns: ColumnsType<LeagueRow> = [
    {
      title: '排名',
      dataIndex: 'rank',
      width: 64,
      fixed: 'left',
      render: (r: number | null) => r ?? '—',
    },
    {
      title: '受理中心',
      key: 'centre',
      width: 220,
      fixed: 'left',
      render: (_, row) => (
        <span>
          <a role="button" onClick={() => onOpenCentre(row)} data-testid="league-centre">
            {row.centre.name}
          </a>
          {row.centre.source === 'upload' && (
            <Tooltip title="该中心的数据来自报表上传，只有汇总数">
              <Tag style={{ marginLeft: 4 }}>上报</Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    { title: '所在区', key: 'district', width: 100, render: (_, row) => row.centre.districtName },
    ...league.indicators.map((ind) => ({
      title: (
        <Tooltip title={ind.higherIsBetter ? '越高越好' : '越低越好'}>
          <span>{ind.name}</span>
        </Tooltip>
      ),
      key: ind.code,
      width: 120,
      align: 'right' as const,
      sorter: true,
      sortOrder: league.sort === ind.code ? order : null,
      // Ascend, descend, ascend again: a click toggles, never leaves the table unranked.
      sortDirections: ['ascend' as const, 'descend' as const, 'ascend' as const],
      render: (_: unknown, row: LeagueRow) => (
        <Cell cell={cellOf(row.indicators, ind.code)} unit={ind.unit} />
      ),
    })),
  ];

  return (
    <Table<LeagueRow>
      rowKey={(r) => r.centre.code}
      size="small"
      loading={isLoading}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 420 + league.indicators.length * 120 }}
      pagination={league.rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      locale={{ emptyText: '该范围内没有受理中心' }}
      onChange={(_p, _f, sorter, { action }) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        if (action !== 'sort' || !s?.columnKey) return;
        const code = String(s.columnKey);
        setOrder(code === league.sort && s.order === 'descend' ? 'descend' : 'ascend');
        if (code !== league.sort) onSort(code);
      }}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <strong>
                {league.scopeName}合计（{league.total.centres}个中心）
              </strong>
            </Table.Summary.Cell>
            {league.indicators.map((ind, i) => (
              <Table.Summary.Cell key={ind.code} index={i + 3} align="right">
                <Cell cell={cellOf(league.total.indicators, ind.code)} unit={ind.unit} />
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
