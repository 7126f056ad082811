/**
 * The glossary (CSV), territories (GeoJSON) and addresses (BAN CSV) imports. A refused glossary or
 * territories file answers every problem with where it is (row and column, or feature index):
 * `apiFetch` keeps only path and message of an issue, so those imports read the answer themselves.
 */
import type { z } from 'zod';
import { ADDRESS_FILE_MAX_BYTES, addressesImportResponse } from '../../core/api/addresses.js';
import {
  glossaryImportResponse,
  type ImportProblem,
  importErrorSchema,
  territoriesImportResponse,
  territoryCollectionBody,
} from '../../core/api/admin.js';
import type { SessionResponse } from '../../core/api/auth.js';
import { ApiError, apiFetch } from '../app/http.js';
import { queryClient } from '../app/queryClient.js';
import { queryKeys } from '../app/queryKeys.js';
import { i18next } from '../i18n/index.js';
import { type AddressFault, readAddressRefusal } from './addresses/addressProblem.js';

/** The server refused the file as a whole: nothing was imported. */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super('import refused');
    this.name = 'ImportRefused';
  }
}

/** The file could not be read as what it should be (not JSON, not a FeatureCollection), or is too large. */
export class UnreadableFile extends Error {
  constructor(readonly reason: 'notJson' | 'notFeatureCollection' | 'tooLarge') {
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

/** What was wrong with a line of a BAN file, and what is expected instead, in French. */
function faultText(fault: AddressFault): string {
  const t = i18next.t;
  switch (fault.key) {
    case 'missingColumns':
      return t('admin.addresses.problem.missingColumns', fault.values);
    case 'emptyFile':
      return t('admin.addresses.problem.emptyFile');
    case 'coordinate':
      return t('admin.addresses.problem.coordinate', fault.values);
    case 'required':
      return t('admin.addresses.problem.required');
    case 'postcode':
      return t('admin.addresses.problem.postcode', fault.values);
    case 'citycode':
      return t('admin.addresses.problem.citycode', fault.values);
    case 'housenumber':
      return t('admin.addresses.problem.housenumber', fault.values);
    case 'duplicate':
      return t('admin.addresses.problem.duplicate', fault.values);
    case 'fieldCount':
      return t('admin.addresses.problem.fieldCount', fault.values);
    case 'quotes':
      return t('admin.addresses.problem.quotes');
    case 'other':
      return t('admin.addresses.problem.other', fault.values);
  }
}

/** The server's refusal of a BAN file, said in French where it is: line, column, what was expected. */
function addressProblem(message: string): ImportProblem {
  const { line, column, fault } = readAddressRefusal(message);
  return {
    path: column ?? i18next.t('admin.addresses.problem.file'),
    message: faultText(fault),
    ...(line === undefined ? {} : { row: line }),
    ...(column === undefined ? {} : { column }),
  };
}

/**
 * Addresses upserted by BAN id, all or nothing. A file above the limit is refused here, before a
 * long upload the server would refuse; the server names the first bad line, said here in French.
 */
export async function importAddresses(file: File) {
  if (file.size > ADDRESS_FILE_MAX_BYTES) throw new UnreadableFile('tooLarge');
  const form = new FormData();
  form.append('file', file);
  try {
    return addressesImportResponse.parse(await apiFetch('POST', '/admin/addresses.csv', form));
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) throw new UnreadableFile('tooLarge');
    if (error instanceof ApiError && error.status === 400) throw new ImportRefused([addressProblem(error.message)]);
    throw error;
  }
}
