/** Photos of a request: listed for everyone who reads it, added before or after the work. */
import { type PhotoDto, type PhotoKind, photosResponse } from '../../core/api/photos.js';
import { apiFetch } from '../app/http.js';

export async function listRequestPhotos(requestId: string): Promise<PhotoDto[]> {
  return photosResponse.parse(await apiFetch('GET', `/requests/${encodeURIComponent(requestId)}/photos`)).photos;
}

export async function uploadRequestPhotos(
  requestId: string,
  kind: PhotoKind,
  files: readonly File[],
): Promise<PhotoDto[]> {
  const form = new FormData();
  form.append('kind', kind);
  for (const file of files) form.append('files', file, file.name);
  return photosResponse.parse(await apiFetch('POST', `/requests/${encodeURIComponent(requestId)}/photos`, form)).photos;
}
