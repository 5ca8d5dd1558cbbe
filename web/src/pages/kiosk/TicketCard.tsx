/**
 * The ticket just issued, big enough to read from a step away: number, line, people ahead, the
 * estimate, the priority lane if any and a QR code for the live position. Only the ticket prints.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { Appointment, KioskTicket } from '../../api/queue-types';
import { formatDateTime, waitText } from '../../lib/format';
import { priorityLabel } from '../../lib/labels';
import { TicketQr } from './TicketQr';

/** Seconds before the kiosk returns to the tiles by itself (time to print or scan the code). */
export const RETURN_AFTER_SECONDS = 30;

interface TicketCardProps {
  ticket: KioskTicket;
  centreName: string;
  /** Set when the ticket comes from an appointment check-in. */
  appointment?: Appointment;
  onDone: () => void;
}

export function TicketCard({ ticket, centreName, appointment, onDone }: TicketCardProps) {
  const [secondsLeft, setSecondsLeft] = useState(RETURN_AFTER_SECONDS);
  const priority = priorityLabel(ticket.priority);

  useEffect(() => {
    const id = setInterval(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    if (secondsLeft <= 0) onDone();
  }, [secondsLeft, onDone]);

  return (
    <section className="kiosk-ticket" aria-label="排队号" data-ticket-id={ticket.id}>
      <div className="kiosk-ticket-centre">{centreName}</div>
      <div className="kiosk-ticket-line">{ticket.lineName}</div>
      {priority && (
        <div className="kiosk-ticket-priority" data-testid="kiosk-ticket-priority">
          绿色通道 · {priority}
        </div>
      )}
      {appointment && (
        <div
          className="kiosk-ticket-priority kiosk-ticket-booked"
          data-testid="kiosk-ticket-appointment"
        >
          预约签到 · {appointment.band} · {appointment.itemName}
        </div>
      )}
      <div className="kiosk-ticket-number" data-testid="kiosk-ticket-number">
        {ticket.number}
      </div>
      <div className="kiosk-ticket-ahead" data-testid="kiosk-waiting-ahead">
        您前面还有 <strong>{ticket.waitingAhead}</strong> 人等候
      </div>
      <div className="kiosk-ticket-estimate" data-testid="kiosk-estimate">
        预计等候：<strong>{waitText(ticket.estimatedWaitMinutes, ticket.waitingAhead)}</strong>
      </div>
      <TicketQr ticketId={ticket.id} />
      <div className="kiosk-ticket-time">取号时间：{formatDateTime(ticket.issuedAt)}</div>
      <div className="kiosk-ticket-time">
        请留意叫号屏幕和语音提示；错过叫号请尽快联系窗口工作人员
      </div>
      <div className="kiosk-ticket-actions no-print">
        <button
          type="button"
          className="kiosk-action kiosk-action-primary"
          onClick={() => window.print()}
        >
          <span>
            <PrinterOutlined aria-hidden /> 打印
          </span>
        </button>
        <button type="button" className="kiosk-action" onClick={onDone}>
          完成（{Math.max(secondsLeft, 0)}秒后返回）
        </button>
      </div>
    </section>
  );
}
