/** A banner no one can miss while the server runs on demonstration data. */
import { Alert } from 'antd';
import { useMeta, DEMO_PASSWORD } from '../lib/meta';

export function DemoBanner() {
  const meta = useMeta();
  if (!meta?.demo) return null;
  return (
    <Alert
      className="no-print"
      type="warning"
      showIcon
      banner
      data-testid="demo-banner"
      title={`演示模式：数据为演示数据，演示账号密码 ${DEMO_PASSWORD}`}
      style={{ fontSize: 16, fontWeight: 600, justifyContent: 'center' }}
    />
  );
}
