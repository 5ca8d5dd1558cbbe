/** The calling panel: the ticket at this window, the five queue actions, and 暂停 / 转移. */
import { Badge, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { QueueWindowCurrent } from '../../api/queue-types';
import type { ServiceWindow, Ticket } from '../../api/types';
import { useFeedback } from '../../lib/feedback';
import { formatTime } from '../../lib/format';
import { TICKET_STATUS_LABELS, priorityLabel, windowLabel } from '../../lib/labels';
import { callSentence, speak } from './speak';
import { TransferModal } from './TransferModal';

/** Calls without an answer before a ticket may be marked 过号 (the centre's default). */
export const CALLS_BEFORE_NO_SHOW = 3;

type Action = 'call' | 'recall' | 'noShow' | 'start' | 'finish' | 'hold';

interface TicketControlsProps {
  current: QueueWindowCurrent;
  windowNumber: string | number;
  /** The centre's windows, for 转移 to one of them. */
  windows: ServiceWindow[];
  centreCode: string;
  onChanged: () => Promise<void>;
}

export function TicketControls({ current, windowNumber, windows, centreCode, onChanged }: TicketControlsProps) {
  const { message, showError } = useFeedback();
  const [busy, setBusy] = useState<Action | null>(null);
  const [isTransferring, setIsTransferring] = useState(false);
  const ticket = current.ticket;
  const isIdle = !ticket || ticket.status === 'done' || ticket.status === 'no_show';
  const isCalled = ticket?.status === 'called';
  const canMove = isCalled || ticket?.status === 'serving';
  const priority = priorityLabel(ticket?.priority);

  const run = async (action: Action, work: () => Promise<void>) => {
    setBusy(action);
    try {
      await work();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
      await onChanged();
    }
  };

  const announce = (t: Ticket) => speak(callSentence(t.number, windowNumber));

  const callNext = () =>
    run('call', async () => {
      const answer = await api.callNext(current.window.id);
      if (!answer) {
        message.info('当前无人等候');
        return;
      }
      announce(answer.ticket);
      message.success(`已叫号 ${answer.ticket.number}`);
    });

  const recall = (t: Ticket) =>
    run('recall', async () => {
      const { ticket: called } = await api.recall(t.id);
      announce(called);
      message.success(`已重呼 ${called.number}（第${called.calls}次）`);
    });

  const noShow = (t: Ticket) =>
    run('noShow', async () => {
      await api.noShow(t.id);
      message.warning(`${t.number} 已过号`);
    });

  const start = (t: Ticket) =>
    run('start', async () => {
      await api.start(t.id);
    });

  const finish = (t: Ticket) =>
    run('finish', async () => {
      await api.finishTicket(t.id);
      message.success('服务已结束，请邀请办事群众在评价器上评价');
    });

  const hold = (t: Ticket) =>
    run('hold', async () => {
      await api.holdTicket(t.id);
      message.info(`${t.number} 已暂停，可先叫下一位；群众回来后在“暂停与过号”中恢复`);
    });

  return (
    <Card
      title={windowLabel({ number: windowNumber, name: current.window.name })}
      extra={<Typography.Text type="secondary">受理业务：{current.window.lines.join('、')}类</Typography.Text>}
    >
      <Space align="center" size="large" wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Text type="secondary">当前号码</Typography.Text>
          <div style={{ fontSize: 48, fontWeight: 800, lineHeight: 1.1 }} data-testid="window-current-ticket">
            {ticket && !isIdle ? ticket.number : '—'}
          </div>
        </div>
        {ticket && !isIdle && (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="状态">
              <Badge status={ticket.status === 'serving' ? 'processing' : 'warning'} text={TICKET_STATUS_LABELS[ticket.status]} />
            </Descriptions.Item>
            {priority && (
              <Descriptions.Item label="优先">
                <Tag color="green" data-testid="window-ticket-priority">
                  绿色通道 · {priority}
                </Tag>
              </Descriptions.Item>
            )}
            <Descriptions.Item label="叫号次数">
              <span data-testid="window-call-count">{ticket.calls}</span> 次
            </Descriptions.Item>
            <Descriptions.Item label="取号时间">{formatTime(ticket.issuedAt)}</Descriptions.Item>
          </Descriptions>
        )}
      </Space>
      <Space wrap size="middle">
        <Button type="primary" size="large" disabled={!isIdle} loading={busy === 'call'} onClick={() => void callNext()}>
          叫号
        </Button>
        <Button size="large" disabled={!isCalled} loading={busy === 'recall'} onClick={() => ticket && void recall(ticket)}>
          重呼{isCalled ? `（已呼${ticket.calls}次）` : ''}
        </Button>
        <Button
          size="large"
          danger
          disabled={!isCalled || ticket.calls < CALLS_BEFORE_NO_SHOW}
          title={`叫号${CALLS_BEFORE_NO_SHOW}次无人应答后可标记过号`}
          loading={busy === 'noShow'}
          onClick={() => ticket && void noShow(ticket)}
        >
          过号
        </Button>
        <Button size="large" type="primary" ghost disabled={!isCalled} loading={busy === 'start'} onClick={() => ticket && void start(ticket)}>
          开始办理
        </Button>
        <Button
          size="large"
          disabled={ticket?.status !== 'serving'}
          loading={busy === 'finish'}
          onClick={() => ticket && void finish(ticket)}
        >
          结束服务
        </Button>
        <Button size="large" disabled={!canMove} loading={busy === 'hold'} onClick={() => ticket && void hold(ticket)} title="群众需补取材料时暂停，本窗口可先叫下一位">
          暂停
        </Button>
        <Button size="large" disabled={!canMove} onClick={() => setIsTransferring(true)}>
          转移
        </Button>
      </Space>
      {isTransferring && ticket && (
        <TransferModal
          ticket={ticket}
          centreCode={centreCode}
          windowId={current.window.id}
          windows={windows}
          onClose={() => setIsTransferring(false)}
          onTransferred={(summary) => {
            setIsTransferring(false);
            message.success(summary);
            void onChanged();
          }}
        />
      )}
    </Card>
  );
}
