/** 中心看板: today's numbers of the hall, deadlines and ratings, kept live. */
import { Alert, Badge, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useCallback } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { FlagsTable } from './FlagsTable';
import { StatCards, onSpotFraction, targetsOf } from './StatCards';
import { useLiveRefresh } from './use-live';

// ECharts is the heaviest part of the page: its own chunk, loaded after the numbers.
const OnSpotGauge = lazy(() => import('./OnSpotGauge'));
// The staffing planner is a tool, not a live number: it loads after the rest of the page.
const StaffingPlanner = lazy(() => import('./StaffingPlanner'));

export default function ManagerPage() {
  const dashboard = useLoad(() => api.dashboardToday(), []);
  const flags = useLoad(() => api.followups({ status: 'pending' }), []);
  const { reload: reloadDashboard } = dashboard;
  const { reload: reloadFlags } = flags;
  const refresh = useCallback(() => {
    void reloadDashboard();
    void reloadFlags();
  }, [reloadDashboard, reloadFlags]);
  const { isConnected } = useLiveRefresh(refresh);
  const d = dashboard.data;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space align="baseline" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          中心看板{d ? ` · ${formatDate(d.date)}` : ''}
        </Typography.Title>
        <Space size="large">
          <Link to="/manager/hall">大厅监控 →</Link>
          <Badge status={isConnected ? 'success' : 'default'} text={isConnected ? '实时更新中' : '定时刷新（每30秒）'} />
        </Space>
      </Space>
      {d && !d.calendar.nextYearEntered && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-warning"
          title={`${d.calendar.nextYear}年节假日安排尚未录入`}
          description="跨年办件的办结期限暂按常规工作日推算，请系统管理员尽快录入并确认。"
        />
      )}
      {dashboard.error != null && <Alert type="error" showIcon title={errorText(dashboard.error)} />}
      {!d && dashboard.isLoading && <Spin size="large" />}
      {d && <StatCards dashboard={d} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title="当场办结率" size="small">
            {d ? (
              <Suspense fallback={<Spin />}>
                <OnSpotGauge rate={onSpotFraction(d)} target={targetsOf(d).onSpotRate} />
              </Suspense>
            ) : (
              <Spin />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title="待处理差评" size="small">
            {flags.error != null && <Alert type="error" showIcon title={errorText(flags.error)} />}
            <FlagsTable
              followups={flags.data?.followups ?? []}
              isLoading={flags.isLoading && !flags.data}
            />
          </Card>
        </Col>
      </Row>
      <Suspense fallback={<Spin />}>
        <StaffingPlanner />
      </Suspense>
    </Space>
  );
}
