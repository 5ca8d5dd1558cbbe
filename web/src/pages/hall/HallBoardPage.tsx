/**
 * The hall board (叫号大屏) on the hall's TV, without sign-in: `?centre=` names the centre
 * (`demo` by default). The number being called in large type, every window's current number,
 * the waiting per line and the latest calls; each call is read aloud twice.
 */
import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { HallBoard, HallCall } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate, formatTime } from '../../lib/format';
import { createAnnouncer } from './announcer';
import { WINDOW_STATUS_LABELS, withCall, withSnapshot } from './board-state';
import { HallClock, OfflineMarker, VoiceSwitch } from './HallChrome';
import { useHallStream } from './use-hall-stream';
import './hall.css';

/** Calls in the side list (the newest is also shown large). */
const LISTED_CALLS = 6;

export default function HallBoardPage() {
  const [params] = useSearchParams();
  const centreCode = params.get('centre') || 'demo';
  const [board, setBoard] = useState<HallBoard | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const announcer = useMemo(() => createAnnouncer({ times: 2 }), []);
  // Each call is read once per board, even when a reconnect replays it.
  const spoken = useRef(new Set<number>());
  const generation = useRef(0);

  useEffect(() => () => announcer.dispose(), [announcer]);

  const onCall = (call: HallCall) => {
    setBoard((b) => (b ? withCall(b, call) : b));
    if (spoken.current.has(call.eventId)) return;
    spoken.current.add(call.eventId);
    announcer.announce(call.announcement);
  };

  const { isConnected, startAfter } = useHallStream(centreCode, {
    onCall,
    onBoard: (state) => setBoard((b) => (b ? { ...b, ...state } : b)),
    // (Re)connected: the server may have restarted, so the whole board is read again.
    onOpen: () => void load(),
  });

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const snapshot = await api.hallBoard(centreCode);
      if (mine !== generation.current) return;
      startAfter(snapshot.lastEventId);
      setBoard((previous) => withSnapshot(previous, snapshot));
      setLoadError(null);
    } catch (err) {
      if (mine === generation.current) setLoadError(err);
    }
  }, [centreCode, startAfter]);

  useEffect(() => {
    void load();
  }, [load]);

  const current = board?.recentCalls[0];
  return (
    <main className="hall">
      <header className="hall-header">
        <h1 className="hall-title">{board?.centre.name ?? '社区事务受理服务中心'}</h1>
        <div className="hall-header-side">
          {!isConnected && <OfflineMarker />}
          <VoiceSwitch onUnlock={() => announcer.unlock()} />
          <div className="hall-date">
            {board && formatDate(board.businessDate)} <HallClock />
          </div>
        </div>
      </header>

      {!board && !loadError && (
        <div className="hall-loading">
          <Spin size="large" />
        </div>
      )}
      {!board && loadError != null && (
        <Alert type="error" showIcon title="无法载入叫号信息" description={errorText(loadError)} />
      )}

      {board && (
        <>
          <section className="hall-calling" aria-label="正在叫号" aria-live="polite">
            {current ? (
              <div key={current.eventId} className="hall-calling-text" data-testid="hall-calling">
                {current.announcement}
              </div>
            ) : (
              <div className="hall-calling-idle">欢迎光临，请取号后留意叫号</div>
            )}
          </section>

          <div className="hall-main">
            <section className="hall-windows" aria-label="各窗口当前号码">
              {board.windows.map((w) => (
                <div
                  key={w.id}
                  className={`hall-window hall-window-${w.status}`}
                  data-testid={`hall-window-${w.number}`}
                >
                  <div className="hall-window-name">{w.name}</div>
                  <div className="hall-window-ticket" data-testid="hall-window-ticket">
                    {w.ticket ?? '—'}
                  </div>
                  <div className="hall-window-status">{WINDOW_STATUS_LABELS[w.status]}</div>
                </div>
              ))}
            </section>

            <aside className="hall-side">
              <section className="hall-panel" aria-label="等候人数">
                <h2>等候人数</h2>
                <ul className="hall-lines">
                  {board.lines.map((l) => (
                    <li key={l.letter} data-testid={`hall-line-${l.letter}`}>
                      <span className="hall-line-letter">{l.letter}</span>
                      <span className="hall-line-name">{l.name}</span>
                      <span className="hall-line-waiting">{l.waiting} 人</span>
                    </li>
                  ))}
                </ul>
              </section>
              <section className="hall-panel" aria-label="最近叫号">
                <h2>最近叫号</h2>
                <ol className="hall-calls" data-testid="hall-recent-calls">
                  {board.recentCalls.slice(0, LISTED_CALLS).map((c) => (
                    <li key={c.eventId}>
                      <span className="hall-call-ticket">{c.ticket}</span>
                      <span>{c.window}</span>
                      <span className="hall-call-time">{formatTime(c.at).slice(0, 5)}</span>
                    </li>
                  ))}
                  {board.recentCalls.length === 0 && (
                    <li className="hall-calls-empty">今日尚未叫号</li>
                  )}
                </ol>
              </section>
            </aside>
          </div>
        </>
      )}
    </main>
  );
}
