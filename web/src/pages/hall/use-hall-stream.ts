/**
 * The hall's event stream for a screen: `call` and `board` events as they happen, and `onOpen`
 * each time the stream (re)connects so the screen reloads its snapshot — the server may have
 * restarted meanwhile. The browser's EventSource reconnects by itself and sends Last-Event-ID,
 * and the server then replays the calls missed; a stream the browser gives up on (an error
 * answer such as 429, or a proxy's 502) is opened anew from the last call seen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { hallEventsUrl } from '../../api/client';
import type { HallBoardState, HallCall } from '../../api/types';

const REOPEN_MS = 3000;

export interface HallStreamHandlers {
  onCall(call: HallCall): void;
  onBoard?(state: HallBoardState): void;
  onOpen(): void;
}

export function useHallStream(centreCode: string | undefined, handlers: HallStreamHandlers) {
  const latest = useRef(handlers);
  const lastEventId = useRef(0);
  const [isConnected, setIsConnected] = useState(false);

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!centreCode || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;

    const connect = () => {
      const stream = new EventSource(hallEventsUrl(centreCode, lastEventId.current || undefined));
      source = stream;
      stream.addEventListener('call', (e) => {
        const call = parse<HallCall>(e.data);
        if (!call) return;
        lastEventId.current = Math.max(lastEventId.current, call.eventId);
        latest.current.onCall(call);
      });
      stream.addEventListener('board', (e) => {
        const state = parse<HallBoardState>(e.data);
        if (state) latest.current.onBoard?.(state);
      });
      stream.onopen = () => {
        setIsConnected(true);
        latest.current.onOpen();
      };
      stream.onerror = () => {
        setIsConnected(false);
        if (stream.readyState !== EventSource.CLOSED) return;
        stream.close();
        reopen = setTimeout(connect, REOPEN_MS);
      };
    };

    connect();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [centreCode]);

  /** A snapshot was loaded up to this event: a stream opened anew starts after it. */
  const startAfter = useCallback((eventId: number) => {
    lastEventId.current = Math.max(lastEventId.current, eventId);
  }, []);

  return { isConnected, startAfter };
}

function parse<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}
