import { useRouteError } from 'react-router';
import { ErrorState } from '../ui/ErrorState.js';

/** What a route shows when rendering it failed (e.g. the directory could not be loaded). */
export function RouteError() {
  return <ErrorState error={useRouteError()} onRetry={() => window.location.reload()} />;
}
