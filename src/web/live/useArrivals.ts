import { useEffect, useRef, useState } from 'react';

/**
 * The ids that joined a list after it was first shown (live updates bring them), so the screen
 * can point them out discreetly. Ids that leave the list and come back are not new again.
 */
export function useArrivals(ids: readonly string[] | undefined): ReadonlySet<string> {
  const known = useRef<Set<string> | null>(null);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  const key = ids?.join(',');

  useEffect(() => {
    if (key === undefined) return;
    const current = key ? key.split(',') : [];
    if (known.current === null) {
      known.current = new Set(current);
      return;
    }
    const seen = known.current;
    const fresh = current.filter((id) => !seen.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) seen.add(id);
    setArrived((previous) => new Set([...previous, ...fresh]));
  }, [key]);

  return arrived;
}
