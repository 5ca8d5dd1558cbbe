/** Links to the screen above each window of a centre (/screen/<windowId>), and its rating pad. */
import { Card, Space } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { windowLabel } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';

export function WindowScreenLinks({ centreCode }: { centreCode: string }) {
  const windows = useLoad(() => api.windows(centreCode), [centreCode]);
  const list = windows.data?.windows ?? [];
  if (list.length === 0) return null;
  return (
    <Card title="窗口屏与评价器" style={{ marginTop: 24 }} data-testid="window-screen-links">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {list.map((w) => (
          <Space key={w.id} size="large">
            <span style={{ minWidth: 120, display: 'inline-block' }}>{windowLabel(w)}</span>
            <Link to={`/screen/${w.id}`}>窗口屏</Link>
            <Link to={`/pad/${w.id}`}>评价器</Link>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
