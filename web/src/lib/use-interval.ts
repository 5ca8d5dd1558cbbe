/** Calls `tick` every `ms` milliseconds while mounted; pass null to pause. */
import { useEffect, useRef } from 'react';

export function useInterval(tick: () => void, ms: number | null): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });

  useEffect(() => {
    if (ms === null) return;
    const id = setInterval(() => latest.current(), ms);
    return () => clearInterval(id);
  }, [ms]);
}
