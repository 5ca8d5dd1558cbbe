/** The hall monitor's windows: who sits there, the ticket, how long serving or idle; open or closed today. */
import { Badge, Switch, Table } from 'antd';
import type { MonitorWindow } from '../../api/queue-types';
import { windowLabel } from '../../lib/labels';

interface MonitorWindowsTableProps {
  windows: MonitorWindow[];
  isLoading: boolean;
  /** The window being switched, if any. */
  switchingId: string | null;
  onSwitch: (window: MonitorWindow, isOpen: boolean) => void;
}

type Shown = { text: string; badge: 'default' | 'processing' | 'warning' | 'success' | 'error' };

function windowStatus(w: MonitorWindow): Shown {
  if (!w.isOpen) return { text: '已关闭', badge: 'default' };
  if (!w.clerkName) return { text: '无人值守', badge: 'error' };
  if (w.ticketStatus === 'serving') return { text: '办理中', badge: 'processing' };
  if (w.ticketStatus === 'called') return { text: '叫号中', badge: 'warning' };
  return { text: '空闲', badge: 'success' };
}

const minutes = (m: number | null) => (m === null ? '—' : `${Math.round(m)} 分钟`);

export function MonitorWindowsTable({
  windows,
  isLoading,
  switchingId,
  onSwitch,
}: MonitorWindowsTableProps) {
  return (
    <Table<MonitorWindow>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={windows}
      pagination={false}
      columns={[
        { title: '窗口', render: (_, w) => windowLabel(w) },
        {
          title: '开放',
          dataIndex: 'isOpen',
          render: (isOpen: boolean, w) => (
            <Switch
              checked={isOpen}
              checkedChildren="开放"
              unCheckedChildren="关闭"
              loading={switchingId === w.id}
              aria-label={`${w.name}开放`}
              onChange={(checked) => onSwitch(w, checked)}
            />
          ),
        },
        { title: '工作人员', dataIndex: 'clerkName', render: (v: string | null) => v ?? '—' },
        { title: '当前号码', dataIndex: 'ticket', render: (v: string | null) => v ?? '—' },
        {
          title: '状态',
          render: (_, w) => {
            const s = windowStatus(w);
            return <Badge status={s.badge} text={s.text} />;
          },
        },
        { title: '办理时长', dataIndex: 'servingMinutes', render: minutes },
        { title: '空闲时长', dataIndex: 'idleMinutes', render: minutes },
      ]}
    />
  );
}
