/** Calls `onIdle` once nothing has changed in `activity` for `ms`: a kiosk left mid-way resets itself. */
import { useEffect, useRef } from 'react';

export function useIdle(onIdle: () => void, ms: number, activity: unknown): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });

  useEffect(() => {
    const id = setTimeout(() => latest.current(), ms);
    return () => clearTimeout(id);
  }, [ms, activity]);
}
