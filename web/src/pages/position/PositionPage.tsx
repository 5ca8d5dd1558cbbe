/**
 * 排队进度, public and phone-sized: the ticket's QR code opens it. The number, the line, how many
 * are ahead and the estimate; once called, the window in large type. Nothing personal is shown.
 */
import { ConfigProvider, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { TicketPosition } from '../../api/queue-types';
import { errorText } from '../../lib/feedback';
import { formatTime, waitText } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { useTicketPosition } from './use-position';
import './position.css';

function StatusBlock({ position }: { position: TicketPosition }) {
  const { status, window: windowName } = position;
  if (status === 'called') {
    return (
      <div className="position-status position-called" role="alert" data-testid="position-call">
        {windowName ? `请到${windowName}办理` : '已叫号，请留意叫号屏幕'}
      </div>
    );
  }
  if (status === 'serving') {
    return <div className="position-status position-serving">正在{windowName ?? '窗口'}办理</div>;
  }
  if (status === 'waiting') {
    return (
      <div className="position-status">
        <div data-testid="position-ahead">
          您前面还有 <strong>{position.ahead}</strong> 人
        </div>
        <div className="position-estimate">
          预计等候：{waitText(position.estimatedWaitMinutes, position.ahead)}
        </div>
      </div>
    );
  }
  if (status === 'held') {
    return (
      <div className="position-status position-held">
        暂停办理：请备齐材料后回到原窗口，工作人员将为您继续办理
      </div>
    );
  }
  if (status === 'no_show') {
    return (
      <div className="position-status position-held">
        已过号：请尽快联系窗口工作人员恢复排队，或重新取号
      </div>
    );
  }
  return <div className="position-status position-done">办理完毕，感谢您的耐心等候</div>;
}

/** A short buzz on the phone when the ticket is called (where the browser allows it). */
function useBuzzOnCall(status: string | undefined) {
  const previous = useRef(status);
  useEffect(() => {
    if (status === 'called' && previous.current && previous.current !== 'called')
      navigator.vibrate?.([300, 150, 300]);
    previous.current = status;
  }, [status]);
}

export default function PositionPage() {
  const { ticketId = '' } = useParams();
  const position = useTicketPosition(ticketId);
  const p = position.data;
  const centre = useLoad(
    async () => (p?.centreCode ? api.centre(p.centreCode) : null),
    [p?.centreCode],
  );
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  // Every answer is a new object, so this marks each refresh that arrived.
  useEffect(() => {
    if (p) setUpdatedAt(new Date().toISOString());
  }, [p]);
  useBuzzOnCall(p?.status);
  const isMissing = position.error instanceof ApiError && position.error.status === 404;

  return (
    <ConfigProvider theme={{ token: { fontSize: 18 } }}>
      <main className="position-page">
        <div className="position-centre">{centre.data?.centre.name ?? '排队进度'}</div>
        {!p && position.isLoading && (
          <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />
        )}
        {!p && position.error != null && (
          <div className="position-error" role="alert">
            {isMissing ? '未找到该号码，请核对取号凭条上的二维码' : errorText(position.error)}
          </div>
        )}
        {p && (
          <section className="position-card" aria-label="排队进度">
            <div className="position-line">{p.lineName}</div>
            <div className="position-number" data-testid="position-number">
              {p.number}
            </div>
            <div className="position-label" data-testid="position-status">
              {p.statusLabel}
            </div>
            <StatusBlock position={p} />
            {position.error != null && !isMissing && (
              <div className="position-stale">暂时无法刷新：{errorText(position.error)}</div>
            )}
            <div className="position-footer">
              {p.status === 'done' ? '' : '每5秒自动刷新 · '}更新于 {formatTime(updatedAt)}
            </div>
          </section>
        )}
      </main>
    </ConfigProvider>
  );
}
