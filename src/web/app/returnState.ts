/** Where to go back to (after signing in, or from a request to its list), carried in router state. */
export interface ReturnState {
  from: string;
}

export function returnState(location: { pathname: string; search: string }): ReturnState {
  return { from: `${location.pathname}${location.search}` };
}

export function returnPath(state: unknown, fallback = '/demandes'): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    // Only paths inside the app: never an absolute URL someone slipped in.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return fallback;
}
