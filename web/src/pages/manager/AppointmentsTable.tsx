/** A day's bookings (ID number and phone masked), for the manager. */
import { Table, Tag } from 'antd';
import type { AppointmentRow, AppointmentStatus } from '../../api/queue-types';

const STATUS: Record<AppointmentStatus, { text: string; color: string }> = {
  booked: { text: '待签到', color: 'blue' },
  checked_in: { text: '已签到', color: 'green' },
  cancelled: { text: '已取消', color: 'default' },
  no_show: { text: '未到', color: 'red' },
};

interface AppointmentsTableProps {
  appointments: AppointmentRow[];
  isLoading: boolean;
  /** Item names by code, in case a row names its item by code only. */
  itemNames: Record<string, string>;
}

export function AppointmentsTable({ appointments, isLoading, itemNames }: AppointmentsTableProps) {
  return (
    <Table<AppointmentRow>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={appointments}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '当日暂无预约' }}
      columns={[
        {
          title: '时段',
          dataIndex: 'band',
          render: (b: string) => b.replace('-', '–'),
          width: 130,
        },
        { title: '预约码', dataIndex: 'code', width: 110 },
        {
          title: '事项',
          render: (_, a) =>
            a.itemName === a.itemCode ? (itemNames[a.itemCode] ?? a.itemCode) : a.itemName,
        },
        { title: '姓名', dataIndex: 'name' },
        { title: '证件号码', dataIndex: 'idNumber' },
        { title: '电话', dataIndex: 'phone' },
        {
          title: '状态',
          dataIndex: 'status',
          render: (s: AppointmentStatus) => (
            <Tag color={STATUS[s]?.color}>{STATUS[s]?.text ?? s}</Tag>
          ),
        },
      ]}
    />
  );
}
