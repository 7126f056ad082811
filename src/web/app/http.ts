/** The one place that talks HTTP to the Relais API: same-origin cookies, CSRF header, error shape. */
import { errorSchema } from '../../core/api/common.js';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed API call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the token the session answered with; mutating requests must echo it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the API and returns the parsed JSON body (undefined for 204), or throws an ApiError.
 * A FormData body is sent as multipart/form-data (uploads), anything else as JSON.
 */
export async function apiFetch(method: Method, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const multipart = body instanceof FormData;
  // The browser writes the multipart content type itself, with its boundary.
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : multipart ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network error');
  }

  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return payload;

  const error = errorSchema.safeParse(payload);
  throw error.success
    ? new ApiError(response.status, error.data.message, error.data.issues)
    : new ApiError(response.status, response.statusText);
}
