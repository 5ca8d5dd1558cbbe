/**
 * The screen above a window (窗口屏), without sign-in: the window's name, its current number in
 * large type and what to do. It follows the hall's stream, keeps what concerns this window, and
 * reads this window's calls aloud once.
 */
import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { HallCall, WindowScreen } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { createAnnouncer } from './announcer';
import { addCall, WINDOW_STATUS_LABELS } from './board-state';
import { HallClock, OfflineMarker, VoiceSwitch } from './HallChrome';
import { useHallStream } from './use-hall-stream';
import './hall.css';

const SCREEN_CALLS = 5;

/** The line under the number: what the resident with that number should do. */
function instruction(screen: WindowScreen): string {
  const { status, ticket } = screen.window;
  if (status === 'called' && ticket) return `请 ${ticket} 号到本窗口办理`;
  if (status === 'serving') return '正在办理，请其他群众耐心等候';
  if (status === 'idle') return '请留意叫号';
  return `本窗口${WINDOW_STATUS_LABELS[status]}`;
}

export default function WindowScreenPage() {
  const { windowId = '' } = useParams();
  const [screen, setScreen] = useState<WindowScreen | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const announcer = useMemo(() => createAnnouncer({ times: 1 }), []);
  const spoken = useRef(new Set<number>());
  const generation = useRef(0);

  useEffect(() => () => announcer.dispose(), [announcer]);

  const onCall = (call: HallCall) => {
    if (call.windowId !== windowId) return;
    setScreen(
      (s) =>
        s && {
          ...s,
          window: { ...s.window, status: 'called', ticket: call.ticket },
          recentCalls: addCall(s.recentCalls, call, SCREEN_CALLS),
        },
    );
    // A call may come from a clerk who has just sat down here: the screen names them (masked).
    void load();
    if (spoken.current.has(call.eventId)) return;
    spoken.current.add(call.eventId);
    announcer.announce(call.announcement);
  };

  const { isConnected, startAfter } = useHallStream(screen?.centre.code, {
    onCall,
    onBoard: (state) => {
      const mine = state.windows.find((w) => w.id === windowId);
      if (mine) setScreen((s) => s && { ...s, window: { ...s.window, ...mine } });
    },
    onOpen: () => void load(),
  });

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await api.windowScreen(windowId);
      if (mine !== generation.current) return;
      startAfter(next.lastEventId);
      setScreen(next);
      setLoadError(null);
    } catch (err) {
      if (mine === generation.current) setLoadError(err);
    }
  }, [windowId, startAfter]);

  useEffect(() => {
    void load();
  }, [load]);

  // Until the stream is up (the first load failed: the server is away), keep trying.
  useEffect(() => {
    if (screen || loadError == null) return;
    if (loadError instanceof ApiError && loadError.status === 404) return;
    const id = setTimeout(() => void load(), 3000);
    return () => clearTimeout(id);
  }, [screen, loadError, load]);

  if (!screen) {
    return (
      <main className="window-screen">
        {loadError == null ? (
          <Spin size="large" />
        ) : (
          <Alert
            type="error"
            showIcon
            title="无法载入窗口信息"
            description={errorText(loadError)}
          />
        )}
      </main>
    );
  }

  const { window: w } = screen;
  return (
    <main className={`window-screen window-screen-${w.status}`}>
      <header className="window-screen-header">
        <h1 className="window-screen-name" data-testid="screen-window-name">
          {w.name}
        </h1>
        <div className="hall-header-side">
          {!isConnected && <OfflineMarker />}
          <VoiceSwitch onUnlock={() => announcer.unlock()} />
          <HallClock />
        </div>
      </header>
      <div className="window-screen-ticket" data-testid="screen-ticket">
        {w.ticket ?? '—'}
      </div>
      <div className="window-screen-instruction" data-testid="screen-instruction">
        {instruction(screen)}
      </div>
      <footer className="window-screen-footer">
        <span>{w.clerkName ? `工作人员：${w.clerkName}` : screen.centre.name}</span>
        {screen.recentCalls.length > 0 && (
          <span>最近叫号：{[...new Set(screen.recentCalls.map((c) => c.ticket))].join('、')}</span>
        )}
      </footer>
    </main>
  );
}
