/** The records behind one number, a page at a time (server-side paging), with their total. */
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { indicatorsApi } from '../../api/indicators-client';
import type { DrillRow } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { formatFigure, formatIndicator } from '../../lib/indicator-format';
import { useLoad } from '../../lib/use-load';
import { countUnit, DRILL_KIND_LABELS, drillDetailLabel } from './drill-labels';
import { groupFilter, isTimeSum, partName, type DrillTarget } from './drill-target';

const PAGE_SIZE = 20;

interface DrillTableProps {
  target: DrillTarget;
  onOpenCase?: (caseId: string) => void;
  /** The scope is a centre known only from report uploads: it has totals and no records. */
  isUploadedCentre?: boolean;
}

export function DrillTable({ target, onOpenCase, isUploadedCentre }: DrillTableProps) {
  const [page, setPage] = useState(1);
  const drill = useLoad(
    () =>
      indicatorsApi.drill({
        scope: target.scope,
        from: target.from,
        to: target.to,
        indicator: target.indicator.code,
        part: target.part,
        ...groupFilter(target),
        page,
        pageSize: PAGE_SIZE,
      }),
    [target, page],
  );
  const data = drill.data;
  const { unit } = target.indicator;
  const part = partName(target.indicator, target.part);
  const isTime = unit !== '%' && unit !== '件';
  // 已叫号办理数 of 平均等候时间 counts tickets (128 件); only the time itself is in minutes.
  const totalText = (total: number, kind: string | undefined) =>
    isTimeSum(target.indicator, target.part)
      ? formatIndicator(total, unit)
      : `${formatFigure(total)} ${countUnit(kind)}`;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">
        统计期 {formatDate(target.from)} 至 {formatDate(target.to)}
        {target.context ? ` · ${target.context}` : ''}
      </Typography.Text>
      {drill.error != null && <Alert type="error" showIcon title={errorText(drill.error)} />}
      {data && (
        <Typography.Text data-testid="drill-summary">
          共 <strong>{data.rowCount}</strong> 条记录，{part}合计{' '}
          <strong>{totalText(data.total, data.rows[0]?.kind)}</strong>
        </Typography.Text>
      )}
      <Table<DrillRow>
        size="small"
        rowKey={(r) => `${r.kind}-${r.id}-${r.centre}`}
        loading={drill.isLoading}
        dataSource={data?.rows ?? []}
        locale={{
          emptyText: isUploadedCentre
            ? '没有明细记录（由报表上传的中心只有汇总数）'
            : '该时段没有明细记录',
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.rowCount ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        columns={[
          {
            title: '类别',
            dataIndex: 'kind',
            width: 90,
            render: (k: string) => <Tag>{DRILL_KIND_LABELS[k] ?? k}</Tag>,
          },
          {
            title: '编号',
            dataIndex: 'record',
            render: (record: string, r) =>
              r.kind === 'case' && onOpenCase ? (
                <a role="button" onClick={() => onOpenCase(r.id)} data-testid="drill-case">
                  {record}
                </a>
              ) : (
                record
              ),
          },
          {
            title: '日期',
            dataIndex: 'day',
            render: (d: string | null) => (d ? formatDate(d) : '—'),
          },
          { title: '中心', dataIndex: 'centre' },
          { title: '事项', dataIndex: 'item', render: (v: string | null) => v ?? '—' },
          { title: '工作人员', dataIndex: 'staff', render: (v: string | null) => v ?? '—' },
          { title: '办事人', dataIndex: 'person', render: (v: string | null) => v ?? '—' },
          {
            title: '状态/说明',
            key: 'detail',
            render: (_, r) => drillDetailLabel(r.kind, r.detail),
          },
          ...(isTime
            ? [
                {
                  title: unit,
                  dataIndex: 'value',
                  align: 'right' as const,
                  render: (v: number | null) =>
                    formatFigure(v === null ? null : Math.round(v * 10) / 10),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
