/** Who is signed in: the session query, sign-in and sign-out, and the gate in front of the app. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { Navigate, useLocation } from 'react-router';
import { loginBody, type User } from '../../core/api/auth.js';
import { ErrorState } from '../ui/ErrorState.js';
import { parseForm } from '../ui/formErrors.js';
import { Loading } from '../ui/Loading.js';
import { getSession, login, logout } from './api.js';
import { queryKeys } from './queryKeys.js';
import { returnState } from './returnState.js';

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: getSession, staleTime: Number.POSITIVE_INFINITY });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => login(parseForm(loginBody, input)),
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}

const UserContext = createContext<User | null>(null);

/** The signed-in user; only for components rendered inside RequireSession. */
export function useUser(): User {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser is used outside RequireSession');
  return user;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return <Navigate to="/login" replace state={returnState(location)} />;
  }
  return <UserContext.Provider value={session.data.user}>{children}</UserContext.Provider>;
}
