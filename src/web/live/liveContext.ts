import { createContext, useContext, useEffect, useRef } from 'react';
import type { LiveEvent } from '../../core/api/live.js';
import type { LiveStatus } from './liveStream.js';

export type LiveListener = (event: LiveEvent) => void;

interface LiveContextValue {
  status: LiveStatus;
  subscribe(listener: LiveListener): () => void;
}

export const LiveContext = createContext<LiveContextValue | null>(null);

/** Whether live updates arrive now; 'open' outside the signed-in app, where there are none to miss. */
export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext)?.status ?? 'open';
}

/** Calls `listener` with each live event while the component is mounted (caches are already refreshed). */
export function useLiveEvents(listener: LiveListener): void {
  const live = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => live?.subscribe((event) => latest.current(event)), [live?.subscribe]);
}
