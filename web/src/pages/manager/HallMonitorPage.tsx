/**
 * 大厅监控 (/manager/hall): every window's clerk, ticket and serving or idle minutes, with the
 * switch that opens or closes it today; waiting per line with the longest wait, alerts on top.
 * Refreshed by the centre's live events and every 10 seconds. Tabs: today's appointments and the
 * priority lane's uses.
 */
import { Alert, Badge, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { MonitorWindow } from '../../api/queue-types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatTime } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { AppointmentsTable } from './AppointmentsTable';
import { MonitorLinesTable } from './MonitorLinesTable';
import { MonitorWindowsTable } from './MonitorWindowsTable';
import { PriorityUsesTable } from './PriorityUsesTable';
import { useLiveRefresh } from './use-live';
import './hall-monitor.css';

const REFRESH_MS = 10_000;

export default function HallMonitorPage() {
  const { message, showError } = useFeedback();
  const monitor = useLoad(() => api.hallMonitor(), []);
  const appointments = useLoad(() => api.appointments(), []);
  const uses = useLoad(() => api.priorityUses(), []);
  const items = useLoad(() => api.items(), []);
  const [switchingId, setSwitchingId] = useState<string | null>(null);

  const { reload: reloadMonitor } = monitor;
  const { reload: reloadAppointments } = appointments;
  const { reload: reloadUses } = uses;
  const refresh = useCallback(() => {
    void reloadMonitor();
    void reloadAppointments();
    void reloadUses();
  }, [reloadMonitor, reloadAppointments, reloadUses]);
  const { isConnected } = useLiveRefresh(refresh, { fallbackMs: REFRESH_MS });

  const itemNames = useMemo(
    () => Object.fromEntries((items.data?.items ?? []).map((i) => [i.code, i.name])),
    [items.data],
  );

  const switchWindow = async (w: MonitorWindow, isOpen: boolean) => {
    setSwitchingId(w.id);
    try {
      await api.setWindowOpen(w.id, isOpen);
      message.success(`${w.name}已${isOpen ? '开放' : '关闭'}`);
    } catch (err) {
      showError(err, `${w.name}${isOpen ? '开放' : '关闭'}失败`);
    } finally {
      setSwitchingId(null);
      await reloadMonitor();
    }
  };

  const m = monitor.data;
  const hall = (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="各窗口" size="small">
        <MonitorWindowsTable
          windows={m?.windows ?? []}
          isLoading={!m && monitor.isLoading}
          switchingId={switchingId}
          onSwitch={(w, isOpen) => void switchWindow(w, isOpen)}
        />
      </Card>
      <Card
        title={`各业务线等候${m ? `（等候超过${m.waitAlertMinutes}分钟标红）` : ''}`}
        size="small"
      >
        <MonitorLinesTable
          lines={m?.lines ?? []}
          isLoading={!m && monitor.isLoading}
          alertMinutes={m?.waitAlertMinutes}
        />
      </Card>
    </Space>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space align="baseline" style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          大厅监控{m ? ` · ${formatTime(m.at)}` : ''}
        </Typography.Title>
        <Space size="large">
          <Badge
            status={isConnected ? 'success' : 'default'}
            text={isConnected ? '实时更新中' : '定时刷新（每10秒）'}
          />
          <Link to="/manager">返回中心看板</Link>
        </Space>
      </Space>
      {monitor.error != null && <Alert type="error" showIcon title={errorText(monitor.error)} />}
      {m && m.alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="hall-alerts"
          title={`提醒（${m.alerts.length}）`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {m.alerts.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          }
        />
      )}
      {m && m.alerts.length === 0 && (
        <Alert type="success" showIcon title="大厅运行正常，暂无提醒" />
      )}
      {!m && monitor.isLoading && <Spin size="large" />}
      <Tabs
        items={[
          { key: 'hall', label: '窗口与等候', children: hall },
          {
            key: 'appointments',
            label: `今日预约${appointments.data ? `（${appointments.data.appointments.length}）` : ''}`,
            children: (
              <>
                {appointments.error != null && (
                  <Alert type="error" showIcon title={errorText(appointments.error)} />
                )}
                <AppointmentsTable
                  appointments={appointments.data?.appointments ?? []}
                  isLoading={!appointments.data && appointments.isLoading}
                  itemNames={itemNames}
                />
              </>
            ),
          },
          {
            key: 'priority',
            label: `绿色通道${uses.data ? `（${uses.data.uses.length}）` : ''}`,
            children: (
              <>
                {uses.error != null && (
                  <Alert type="error" showIcon title={errorText(uses.error)} />
                )}
                <PriorityUsesTable
                  uses={uses.data?.uses ?? []}
                  isLoading={!uses.data && uses.isLoading}
                />
              </>
            ),
          },
        ]}
      />
    </Space>
  );
}
