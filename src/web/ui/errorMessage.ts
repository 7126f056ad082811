import { ApiError } from '../app/http.js';
import { InvalidForm } from './formErrors.js';

export type ErrorMessageKey = 'network' | 'forbidden' | 'notFound' | 'conflict' | 'invalid' | 'generic';

/** Which sentence (under `errors.`) explains a failure to an agent. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof InvalidForm) return 'invalid';
  if (!(error instanceof ApiError)) return 'generic';
  switch (error.status) {
    case 0:
      return 'network';
    case 400:
      return 'invalid';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 409:
      return 'conflict';
    default:
      return 'generic';
  }
}
