/**
 * 转移: sends the ticket to another line (any window of that line calls it) or to one window.
 * It keeps its place in the queue and its issue time; a service under way ends here.
 */
import { Alert, Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { TransferTarget, WindowTicket } from '../../api/queue-types';
import type { ServiceWindow } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { windowLabel } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';

interface TransferModalProps {
  ticket: WindowTicket;
  centreCode: string;
  /** This window: not offered as a target. */
  windowId: string;
  windows: ServiceWindow[];
  onClose: () => void;
  onTransferred: (summary: string) => void;
}

type Mode = 'line' | 'window';

export function TransferModal({
  ticket,
  centreCode,
  windowId,
  windows,
  onClose,
  onTransferred,
}: TransferModalProps) {
  const [mode, setMode] = useState<Mode>('line');
  const [line, setLine] = useState<string>();
  const [targetWindow, setTargetWindow] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const centre = useLoad(() => api.centre(centreCode), [centreCode]);

  const lineOptions = (centre.data?.lines ?? [])
    .filter((l) => l.letter !== ticket.line)
    .map((l) => ({ value: l.letter, label: `${l.letter} 类 · ${l.name}` }));
  // A window can only take the ticket if it serves the ticket's line.
  const windowOptions = windows
    .filter((w) => w.id !== windowId && w.lines.includes(ticket.line))
    .map((w) => ({ value: w.id, label: windowLabel(w) }));

  const target: TransferTarget | null =
    mode === 'line' ? (line ? { line } : null) : targetWindow ? { windowId: targetWindow } : null;

  const send = async () => {
    if (!target) return;
    setIsSending(true);
    setError(null);
    try {
      await api.transferTicket(ticket.id, target);
      const to =
        'line' in target
          ? `${target.line} 类业务`
          : windowLabel(
              windows.find((w) => w.id === target.windowId) ?? { number: '', name: '指定窗口' },
            );
      onTransferred(`${ticket.number} 已转至${to}`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Modal
      open
      title={`转移 ${ticket.number}`}
      okText="确认转移"
      cancelText="取消"
      okButtonProps={{ disabled: !target }}
      confirmLoading={isSending}
      onOk={() => void send()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="转往">
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            options={[
              { value: 'line', label: '其他业务线' },
              { value: 'window', label: '指定窗口' },
            ]}
          />
        </Form.Item>
        {mode === 'line' ? (
          <Form.Item label="业务线" htmlFor="transfer-line">
            <Select
              id="transfer-line"
              value={line}
              onChange={setLine}
              options={lineOptions}
              loading={centre.isLoading}
              placeholder="请选择业务线"
            />
          </Form.Item>
        ) : (
          <Form.Item
            label="窗口"
            htmlFor="transfer-window"
            extra={`仅列出可办理 ${ticket.line} 类业务的窗口`}
          >
            <Select
              id="transfer-window"
              value={targetWindow}
              onChange={setTargetWindow}
              options={windowOptions}
              placeholder="请选择窗口"
            />
          </Form.Item>
        )}
      </Form>
      <Alert type="info" showIcon title="转移后号码保留原取号时间与排队位置，由对方窗口叫号。" />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
