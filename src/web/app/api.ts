/** Typed calls to the Relais API; responses are checked against the shared core schemas. */
import type { z } from 'zod';
import { type SessionResponse, sessionResponse } from '../../core/api/auth.js';
import { type PublicConfig, publicConfigResponse } from '../../core/api/config.js';
import { type Directory, directoryResponse } from '../../core/api/directory.js';
import {
  type CreateRequestBody,
  type commentBody,
  eventSchema,
  type listRequestsQuery,
  type RequestDetail,
  type RequestDto,
  type RequestEventDto,
  requestDetailResponse,
  requestListResponse,
  requestSchema,
  type TransitionBody,
} from '../../core/api/requests.js';
import { ApiError, apiFetch, setCsrfToken } from './http.js';

export type RequestListQuery = z.input<typeof listRequestsQuery>;
export type RequestList = z.infer<typeof requestListResponse>;
export type CommentInput = z.input<typeof commentBody>;

/** The current session, or null when nobody is signed in. */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const session = sessionResponse.parse(await apiFetch('GET', '/auth/me'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(credentials: { email: string; password: string }): Promise<SessionResponse> {
  const session = sessionResponse.parse(await apiFetch('POST', '/auth/login', credentials));
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  await apiFetch('POST', '/auth/logout');
  setCsrfToken(null);
}

/** Map tiles and starting view; public, the same for every user. */
export async function getPublicConfig(): Promise<PublicConfig> {
  return publicConfigResponse.parse(await apiFetch('GET', '/config'));
}

export async function getDirectory(): Promise<Directory> {
  return directoryResponse.parse(await apiFetch('GET', '/directory'));
}

/** A query string from a query object: arrays repeat their key, empty values are left out. */
export function toSearchParams(query: Readonly<Record<string, unknown>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  return params;
}

export async function listRequests(query: RequestListQuery): Promise<RequestList> {
  return requestListResponse.parse(await apiFetch('GET', `/requests?${toSearchParams(query)}`));
}

export async function getRequest(id: string): Promise<RequestDetail> {
  return requestDetailResponse.parse(await apiFetch('GET', `/requests/${encodeURIComponent(id)}`));
}

export async function createRequest(body: CreateRequestBody): Promise<RequestDto> {
  return requestSchema.parse(await apiFetch('POST', '/requests', body));
}

export async function applyTransition(id: string, body: TransitionBody): Promise<RequestDto> {
  return requestSchema.parse(await apiFetch('POST', `/requests/${encodeURIComponent(id)}/transitions`, body));
}

export async function addComment(id: string, body: CommentInput): Promise<RequestEventDto> {
  return eventSchema.parse(await apiFetch('POST', `/requests/${encodeURIComponent(id)}/comments`, body));
}
