/**
 * A ticket's live position: asked every 5 seconds, and at once when the hall's event stream
 * (`/centres/{code}/hall/events`) reports a call. A stream the server refuses (404 where the hall
 * screens are not installed, 429) is given up, and polling alone keeps the page current.
 */
import { useEffect, useRef } from 'react';
import { api, hallEventsUrl } from '../../api/client';
import type { TicketPosition } from '../../api/queue-types';
import { useInterval } from '../../lib/use-interval';
import { useLoad, type Loaded } from '../../lib/use-load';

export const POLL_MS = 5_000;

/** Nothing changes for a ticket once it is done. */
const isFinal = (p: TicketPosition | undefined) => p?.status === 'done';

export function useTicketPosition(ticketId: string): Loaded<TicketPosition> {
  const position = useLoad(() => api.ticketPosition(ticketId), [ticketId]);
  const { reload } = position;
  const centreCode = position.data?.centreCode;
  const isDone = isFinal(position.data);

  useInterval(() => void reload(), isDone ? null : POLL_MS);

  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });

  useEffect(() => {
    if (!centreCode || isDone || typeof EventSource === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(hallEventsUrl(centreCode));
    // A burst of calls (several windows at once) asks once.
    source.addEventListener('call', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void latest.current(), 200);
    });
    source.onerror = () => {
      // CLOSED: the server answered with an error (e.g. 404), so the browser will not retry.
      if (source.readyState === EventSource.CLOSED) source.close();
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [centreCode, isDone]);

  return position;
}
