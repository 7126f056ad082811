import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveEvent } from '../../core/api/live.js';
import { getSession } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { invalidateAllLive, invalidateForEvent } from './invalidation.js';
import { LiveStatusIndicator } from './LiveStatusIndicator.js';
import { LiveContext, type LiveListener } from './liveContext.js';
import { type LiveStatus, openLiveStream } from './liveStream.js';

/**
 * The signed-in user's one live stream: each event refreshes the server state it changed, then
 * reaches the screens that listen (e.g. to announce a new request). Shows when the stream is down.
 */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<LiveListener>());

  useEffect(() => {
    let lost = false;
    let wasOpen = false;
    return openLiveStream('/api/live', {
      onEvent: (event: LiveEvent) => {
        void invalidateForEvent(queryClient, event);
        for (const listener of listeners.current) listener(event);
      },
      onStatus: (next) => {
        setStatus(next);
        if (next === 'open') {
          if (lost) void invalidateAllLive(queryClient);
          wasOpen = true;
          lost = false;
        } else if (wasOpen) {
          lost = true;
        }
      },
      // A refused stream often means the session ended: if so, the app goes back to sign-in.
      onRefused: () => {
        getSession().then(
          (session) => {
            if (!session) queryClient.setQueryData(queryKeys.session, null);
          },
          () => {},
        );
      },
    });
  }, [queryClient]);

  const subscribe = useCallback((listener: LiveListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);

  return (
    <LiveContext.Provider value={value}>
      {children}
      <LiveStatusIndicator status={status} />
    </LiveContext.Provider>
  );
}
