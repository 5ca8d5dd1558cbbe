/** The ticket just issued, big enough to read from a step away, with print and a countdown home. */
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import type { IssuedTicket } from '../../api/types';
import { formatDateTime } from '../../lib/format';

/** Seconds before the kiosk returns to the tiles by itself. */
export const RETURN_AFTER_SECONDS = 20;

interface TicketCardProps {
  ticket: IssuedTicket;
  centreName: string;
  onDone: () => void;
}

export function TicketCard({ ticket, centreName, onDone }: TicketCardProps) {
  const [secondsLeft, setSecondsLeft] = useState(RETURN_AFTER_SECONDS);

  useEffect(() => {
    const id = setInterval(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    if (secondsLeft <= 0) onDone();
  }, [secondsLeft, onDone]);

  return (
    <section className="kiosk-ticket" aria-label="排队号">
      <div className="kiosk-ticket-centre">{centreName}</div>
      <div className="kiosk-ticket-line">{ticket.lineName}</div>
      <div className="kiosk-ticket-number" data-testid="kiosk-ticket-number">
        {ticket.number}
      </div>
      <div className="kiosk-ticket-ahead" data-testid="kiosk-waiting-ahead">
        您前面还有 <strong>{ticket.waitingAhead}</strong> 人等候
      </div>
      <div className="kiosk-ticket-time">取号时间：{formatDateTime(ticket.issuedAt)}</div>
      <div className="kiosk-ticket-time">请留意叫号屏幕和语音提示，过号需重新取号</div>
      <div className="kiosk-ticket-actions no-print">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          打印
        </Button>
        <Button onClick={onDone}>完成（{Math.max(secondsLeft, 0)}秒后返回）</Button>
      </div>
    </section>
  );
}
