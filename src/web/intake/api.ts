/** Typed calls to the intake services: geocoding, duplicates nearby, known requesters, photos. */
import {
  type AttachReportBody,
  type AttachReportResponse,
  attachReportResponse,
  type DuplicatesResponse,
  duplicatesResponse,
  type GeocodeResponse,
  geocodeResponse,
  type KnownRequester,
  type LocateResponse,
  locateResponse,
  requestersResponse,
} from '../../core/api/intake.js';
import { type PhotoDto, photosResponse } from '../../core/api/photos.js';
import { apiFetch } from '../app/http.js';

export interface LatLon {
  lat: number;
  lon: number;
}

const positionParams = ({ lat, lon }: LatLon) => new URLSearchParams({ lat: String(lat), lon: String(lon) });

/** Addresses matching what was typed, those near `near` first. */
export async function searchAddresses(q: string, near: LatLon | null): Promise<GeocodeResponse> {
  const params = near ? positionParams(near) : new URLSearchParams();
  params.set('q', q);
  params.set('limit', '6');
  return geocodeResponse.parse(await apiFetch('GET', `/geocoding/search?${params}`));
}

export async function reverseGeocode(position: LatLon): Promise<GeocodeResponse> {
  return geocodeResponse.parse(await apiFetch('GET', `/geocoding/reverse?${positionParams(position)}`));
}

export async function locate(position: LatLon): Promise<LocateResponse> {
  return locateResponse.parse(await apiFetch('GET', `/geocoding/locate?${positionParams(position)}`));
}

export interface DuplicatesInput {
  position: LatLon;
  categoryId: string | null;
  text: string;
}

export async function findDuplicates({ position, categoryId, text }: DuplicatesInput): Promise<DuplicatesResponse> {
  const params = positionParams(position);
  if (categoryId) params.set('categoryId', categoryId);
  if (text) params.set('text', text);
  return duplicatesResponse.parse(await apiFetch('GET', `/intake/duplicates?${params}`));
}

/** Adds the report to an open request instead of registering a new one. */
export async function attachReport(requestId: string, body: AttachReportBody): Promise<AttachReportResponse> {
  return attachReportResponse.parse(await apiFetch('POST', `/requests/${encodeURIComponent(requestId)}/reports`, body));
}

export async function findRequesters(q: string): Promise<KnownRequester[]> {
  return requestersResponse.parse(await apiFetch('GET', `/intake/requesters?${new URLSearchParams({ q })}`)).items;
}

const photoForm = (files: readonly File[], kind?: 'report') => {
  const form = new FormData();
  if (kind) form.append('kind', kind);
  for (const file of files) form.append('file', file, file.name);
  return form;
};

/** Photos sent before the request exists: the new request claims them by id. */
export async function uploadPendingPhotos(files: readonly File[]): Promise<PhotoDto[]> {
  return photosResponse.parse(await apiFetch('POST', '/photos', photoForm(files))).photos;
}

/** Photos added to an existing request (a report attached to it). */
export async function addRequestPhotos(requestId: string, files: readonly File[]): Promise<PhotoDto[]> {
  return photosResponse.parse(
    await apiFetch('POST', `/requests/${encodeURIComponent(requestId)}/photos`, photoForm(files, 'report')),
  ).photos;
}
