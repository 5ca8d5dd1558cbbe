/**
 * Keeps a page fresh: listens to the centre's server-sent events (`GET /live`) and calls
 * `refresh` once per burst (debounced), and also every `fallbackMs` in case the stream is down.
 */
import { useEffect, useRef, useState } from 'react';
import { LIVE_URL } from '../../api/client';

const EVENT_TYPES = ['ticket', 'call', 'case', 'rating', 'message'] as const;

export function useLiveRefresh(refresh: () => void, options: { debounceMs?: number; fallbackMs?: number } = {}) {
  const { debounceMs = 300, fallbackMs = 30_000 } = options;
  const latest = useRef(refresh);
  const [isConnected, setIsConnected] = useState(false);

  useEffect(() => {
    latest.current = refresh;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), debounceMs);
    };

    const source = typeof EventSource === 'undefined' ? null : new EventSource(LIVE_URL);
    if (source) {
      for (const type of EVENT_TYPES) source.addEventListener(type, schedule);
      source.onopen = () => setIsConnected(true);
      // EventSource reconnects by itself; only the indicator changes meanwhile.
      source.onerror = () => setIsConnected(false);
    }
    const fallback = setInterval(() => latest.current(), fallbackMs);

    return () => {
      clearTimeout(timer);
      clearInterval(fallback);
      source?.close();
    };
  }, [debounceMs, fallbackMs]);

  return { isConnected };
}
