/** The server's `GET /meta`, fetched once for the whole console (demo mode, business date). */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Meta } from '../api/types';

const MetaContext = createContext<Meta | null>(null);

export function MetaProvider({ children }: { children: ReactNode }) {
  const [meta, setMeta] = useState<Meta | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // The console works without meta (no banner); retry a few times in case the server is starting.
    const load = (attempt: number) => {
      api
        .meta()
        .then((m) => isCurrent && setMeta(m))
        .catch(() => {
          if (isCurrent && attempt < 5) setTimeout(() => load(attempt + 1), 2000 * (attempt + 1));
        });
    };
    load(0);
    return () => {
      isCurrent = false;
    };
  }, []);

  return <MetaContext value={meta}>{children}</MetaContext>;
}

/** The server's meta, or null while it has not answered. */
export function useMeta(): Meta | null {
  return useContext(MetaContext);
}

export const DEMO_PASSWORD = 'yimen-demo';
