/** Choosing the window the clerk sits at today. */
import { Button, Card, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ServiceWindow } from '../../api/types';
import { WINDOW_KIND_LABELS, windowLabel } from '../../lib/labels';

interface WindowPickerProps {
  windows: ServiceWindow[];
  onPick: (windowId: string) => void;
}

export function WindowPicker({ windows, onPick }: WindowPickerProps) {
  const counters = windows.filter((w) => w.kind === 'comprehensive' || w.kind === 'specialised');
  const [chosen, setChosen] = useState<string | undefined>(counters[0]?.id);

  return (
    <Card title="选择窗口" style={{ maxWidth: 520, margin: '40px auto' }}>
      <Typography.Paragraph type="secondary">
        请选择您今天所在的受理窗口，本机将记住此选择。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => chosen && onPick(chosen)}>
        <Form.Item label="受理窗口" htmlFor="window-select">
          <Select
            id="window-select"
            value={chosen}
            onChange={setChosen}
            placeholder="请选择窗口"
            options={counters.map((w) => ({
              value: w.id,
              label: `${windowLabel(w)}（${WINDOW_KIND_LABELS[w.kind]}，${w.lines.join('、')}类）`,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!chosen} block>
          进入窗口
        </Button>
      </Form>
    </Card>
  );
}
