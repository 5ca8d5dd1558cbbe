/** The signed-in user (`GET /auth/me`), sign-in and sign-out, shared by every console page. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api } from '../api/client';
import type { CentreUser, SessionUser } from '../api/types';

interface Session {
  user: SessionUser | null;
  isLoading: boolean;
  signIn: (username: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [isLoading, setIsLoading] = useState(true);

  useEffect(() => {
    let isCurrent = true;
    api
      .me()
      .then(({ user: me }) => isCurrent && setUser(me))
      .catch((err: unknown) => {
        // 401 auth.required simply means nobody is signed in.
        if (!(err instanceof ApiError) || err.status !== 401) console.warn('会话查询失败', err);
      })
      .finally(() => isCurrent && setIsLoading(false));
    return () => {
      isCurrent = false;
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const { user: signedIn } = await api.login(username, password);
    setUser(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, isLoading, signIn, signOut }), [user, isLoading, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user, centre staff or supervisor; only for pages rendered inside <RequireRole>. */
export function useViewer(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useViewer needs a signed-in user');
  return user;
}

/** The signed-in member of a centre's staff; only for centre pages (not the supervisors'). */
export function useUser(): CentreUser {
  const user = useViewer();
  if (user.centreCode === null || user.centreName === null) {
    throw new Error('useUser needs a member of a centre');
  }
  return user as CentreUser;
}
