/** The start page: every part of the console, and the demo accounts in demo mode. */
import { Card, Col, Row, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { DEMO_PASSWORD, useMeta } from '../../lib/meta';
import { WindowScreenLinks } from './WindowScreenLinks';

const PAGES = [
  { path: '/kiosk', title: '取号机', text: '办事群众自助取号' },
  { path: '/hall?centre=demo', title: '叫号大屏', text: '大厅电视：正在叫号、各窗口号码、等候人数' },
  { path: '/window', title: '窗口受理', text: '前台综合窗口：叫号、核验、受理' },
  { path: '/back-office', title: '后台办理', text: '条线办理员：补正、审批' },
  { path: '/reply', title: '结果领取', text: '回复窗口：发放办理结果' },
  { path: '/manager', title: '中心看板', text: '中心主任：今日运行与好差评' },
  { path: '/admin', title: '系统管理', text: '节假日安排、事项目录' },
  { path: '/progress', title: '办件进度查询', text: '凭受理编号查询办理进度' },
  { path: '/book?centre=demo', title: '网上预约', text: '预约办理时段，到中心自助机签到取号' },
  { path: '/manager/hall', title: '大厅监控', text: '中心主任：窗口状态、等候超时、预约与绿色通道' },
  { path: '/manager/indicators', title: '指标统计', text: '中心主任：DB31/T 467 指标、趋势、分组与穿透' },
  { path: '/manager/deadlines', title: '办件时限', text: '中心主任：黄色红色预警、时限日报、延期审批' },
  { path: '/manager/followups', title: '差评整改', text: '中心主任：差评回访整改、误评申诉、服务档案' },
  { path: '/manager/complaints', title: '投诉处理', text: '中心主任：现场、电话、网上投诉的答复与办结' },
  { path: '/supervision', title: '区级/市级监管', text: '区、市管理：中心排名、指标穿透、上报数据导入' },
  { path: '/complaint?centre=demo', title: '网上投诉', text: '办事群众在线投诉、查询答复' },
];

const DEMO_ACCOUNTS = [
  { username: 'clerk', role: '前台受理员' },
  { username: 'officer', role: '后台办理员' },
  { username: 'manager', role: '中心主任' },
  { username: 'admin', role: '系统管理员' },
  { username: 'district', role: '区级管理（徐汇区）' },
  { username: 'city', role: '市级管理' },
];

export default function HomePage() {
  const meta = useMeta();

  return (
    <div style={{ maxWidth: 1080, margin: '0 auto', padding: 32 }}>
      <Typography.Title>一门 · 社区事务受理服务中心</Typography.Title>
      <Typography.Paragraph type="secondary">
        从取号到办结、评价，一个平台办完。请选择要进入的页面。
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {PAGES.map((p) => (
          <Col key={p.path} xs={24} sm={12} md={8}>
            <Link to={p.path} aria-label={p.title}>
              <Card hoverable title={p.title}>
                {p.text}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <WindowScreenLinks centreCode="demo" />
      {meta?.demo && (
        <Card title="演示账号" style={{ marginTop: 24 }} data-testid="demo-accounts">
          <Table
            rowKey="username"
            pagination={false}
            dataSource={DEMO_ACCOUNTS}
            columns={[
              { title: '账号', dataIndex: 'username' },
              { title: '身份', dataIndex: 'role' },
              { title: '密码', render: () => DEMO_PASSWORD },
            ]}
          />
        </Card>
      )}
      {meta && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
          版本 {meta.version} · 业务日期 {meta.businessDate}
        </Typography.Paragraph>
      )}
    </div>
  );
}
