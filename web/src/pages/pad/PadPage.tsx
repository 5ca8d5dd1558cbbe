/**
 * The rating pad (评价器) at a window, without sign-in: it polls the window every 2 s and, when a
 * service has just ended, asks the resident to rate it.
 */
import { HeartOutlined, SmileOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { PadState, RatingLevel } from '../../api/types';
import { useFeedback } from '../../lib/feedback';
import { useInterval } from '../../lib/use-interval';
import { RatingLevels } from './RatingLevels';
import './pad.css';

const POLL_MS = 2000;
const THANKS_MS = 5000;

export default function PadPage() {
  const { windowId = '' } = useParams();
  const { showError } = useFeedback();
  const [state, setState] = useState<PadState | null>(null);
  const [isOffline, setIsOffline] = useState(false);
  const [isUnknownWindow, setIsUnknownWindow] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [isThanking, setIsThanking] = useState(false);
  // A service just rated is not asked again while the server catches up.
  const rated = useRef(new Set<string>());

  const poll = async () => {
    try {
      setState(await api.pad(windowId));
      setIsOffline(false);
      setIsUnknownWindow(false);
    } catch (err) {
      const isClientError = err instanceof ApiError && err.status >= 400 && err.status < 500;
      setIsUnknownWindow(isClientError);
      setIsOffline(!isClientError);
    }
  };

  // Poll at once when the window changes, then every 2 s; `poll` reads only `windowId`.
  useEffect(() => {
    void poll();
  }, [windowId]);
  useInterval(() => void poll(), POLL_MS);

  useEffect(() => {
    if (!isThanking) return;
    const id = setTimeout(() => setIsThanking(false), THANKS_MS);
    return () => clearTimeout(id);
  }, [isThanking]);

  const pending = state?.pending && !rated.current.has(state.pending.serviceId) ? state.pending : null;

  const rate = async (level: RatingLevel, comment?: string) => {
    if (!pending || isSending) return;
    setIsSending(true);
    try {
      await api.rate({ serviceId: pending.serviceId, level, comment });
      rated.current.add(pending.serviceId);
      setIsThanking(true);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'rating.already_given') {
        rated.current.add(pending.serviceId);
        setIsThanking(true);
      } else {
        showError(err, '评价提交失败，请再试一次');
      }
    } finally {
      setIsSending(false);
    }
  };

  const windowName = state?.window.name ?? '';
  if (isThanking) {
    return (
      <main className="pad">
        <HeartOutlined aria-hidden className="pad-idle-icon" style={{ color: '#c0392b' }} />
        <h1 className="pad-title">感谢您的评价！</h1>
        <div className="pad-subtitle">您的意见是我们改进服务的动力</div>
      </main>
    );
  }
  if (pending) {
    return (
      <main className="pad">
        <h1 className="pad-title">请对本次服务进行评价</h1>
        <div className="pad-subtitle">
          {windowName} · {pending.ticketNumber} 号 · 服务人员 {pending.clerkName}
        </div>
        <RatingLevels key={pending.serviceId} isSending={isSending} onRate={(l, c) => void rate(l, c)} />
      </main>
    );
  }
  return (
    <main className="pad">
      <SmileOutlined aria-hidden className="pad-idle-icon" />
      <h1 className="pad-title">欢迎评价</h1>
      <div className="pad-subtitle" data-testid="pad-window-name">
        {windowName || '服务窗口'}
      </div>
      <div className="pad-subtitle">办理结束后，请在此对我们的服务作出评价</div>
      {isOffline && <div style={{ color: '#999' }}>正在连接服务器…</div>}
      {isUnknownWindow && <div style={{ color: '#c0392b' }}>未找到该窗口，请检查评价器地址</div>}
    </main>
  );
}
