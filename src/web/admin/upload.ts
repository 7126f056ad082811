/**
 * The glossary (CSV) and territories (GeoJSON) imports. A refused file answers every problem with
 * where it is (row and column, or feature index): `apiFetch` keeps only path and message of an
 * issue, so the imports read the answer themselves.
 */
import type { z } from 'zod';
import {
  glossaryImportResponse,
  type ImportProblem,
  importErrorSchema,
  territoriesImportResponse,
  territoryCollectionBody,
} from '../../core/api/admin.js';
import type { SessionResponse } from '../../core/api/auth.js';
import { ApiError } from '../app/http.js';
import { queryClient } from '../app/queryClient.js';
import { queryKeys } from '../app/queryKeys.js';

/** The server refused the file as a whole: nothing was imported. */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super('import refused');
    this.name = 'ImportRefused';
  }
}

/** The file could not be read as what it should be (not JSON, not a FeatureCollection). */
export class UnreadableFile extends Error {
  constructor(readonly reason: 'notJson' | 'notFeatureCollection') {
    super(reason);
    this.name = 'UnreadableFile';
  }
}

async function upload<S extends z.ZodType>(
  path: string,
  body: BodyInit,
  type: string,
  answer: S,
): Promise<z.output<S>> {
  const csrfToken = queryClient.getQueryData<SessionResponse | null>(queryKeys.session)?.csrfToken ?? '';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': type, 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'network error');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return answer.parse(payload);
  const error = importErrorSchema.safeParse(payload);
  if (!error.success) throw new ApiError(response.status, response.statusText);
  if (error.data.issues?.length) throw new ImportRefused(error.data.issues);
  throw new ApiError(response.status, error.data.message);
}

/** Families and categories upserted by code, all or nothing. */
export function importGlossary(file: File) {
  return upload('/admin/glossary.csv', file, 'text/csv', glossaryImportResponse);
}

/** Territories upserted by code, all or nothing; the file is checked to be GeoJSON here first. */
export async function importTerritories(file: File) {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new UnreadableFile('notJson');
  }
  if (!territoryCollectionBody.safeParse(json).success) throw new UnreadableFile('notFeatureCollection');
  return upload('/admin/territories.geojson', JSON.stringify(json), 'application/json', territoriesImportResponse);
}
