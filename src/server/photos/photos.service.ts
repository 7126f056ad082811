/**
 * Photos of requests: uploaded to a request, or before it exists (the intake form) and claimed
 * when it is registered; served only to those who may read the request.
 */
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import type { PhotoDto, PhotoKind } from '../../core/api/photos.js';
import type { Actor } from '../../core/roles.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { PhotoRow } from '../db/schema.js';
import { badRequest, notFound } from '../errors.js';
import { inTransaction } from '../events/event-log.js';
import { findRequest } from '../requests/requests.repository.js';
import { diskFileStore, type FileStore } from './file-store.js';
import { type ProcessedImage, STORED_MIME } from './image.js';
import type { ImagePool } from './image-pool.js';
import { photoEvent } from './photo-events.js';
import { toPhotoDto } from './photos.mapper.js';
import { findPhoto, insertPhoto, listPhotos } from './photos.repository.js';

/** Beyond this many pixels a file is refused before it is decoded in full. */
const MAX_PIXELS = 50_000_000;

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

/** The file store of this instance: DATA_DIR/files (shared storage when several instances run). */
export function fileStoreOf(relais: Relais): FileStore {
  return diskFileStore(path.join(relais.config.dataDir, 'files'));
}

/** Checks, re-encodes (on the worker threads of `images`) and stores the files; returns photo rows not yet inserted. */
async function prepare(
  relais: Relais,
  images: ImagePool,
  actor: Actor,
  files: UploadedFile[],
  target: { requestId: string | null; kind: PhotoKind },
  at: string,
): Promise<PhotoRow[]> {
  if (files.length === 0) throw badRequest('file: send at least one photo');
  // Every file is checked before any is stored: one bad file refuses the upload.
  const processed: ProcessedImage[] = [];
  for (const file of files) processed.push(await images.process(file.bytes, file.filename, { maxPixels: MAX_PIXELS }));
  const store = fileStoreOf(relais);
  const rows: PhotoRow[] = [];
  for (const image of processed) {
    rows.push({
      id: uuidv7(),
      request_id: target.requestId,
      kind: target.kind,
      hash: await store.put(image.full),
      thumb_hash: await store.put(image.thumbnail),
      mime: STORED_MIME,
      width: image.width,
      height: image.height,
      bytes: image.full.length,
      gps_lat: image.gps?.lat ?? null,
      gps_lon: image.gps?.lon ?? null,
      created_by_id: actor.id,
      created_at: at,
    });
  }
  return rows;
}

export async function addPhotos(
  relais: Relais,
  images: ImagePool,
  actor: Actor,
  requestId: string,
  kind: PhotoKind,
  files: UploadedFile[],
  now = new Date(),
): Promise<PhotoDto[]> {
  const request = await findRequest(relais.db, requestId);
  if (!request) throw notFound(`Request ${requestId}`);
  authorize(actor, 'request.add_photo', scopeOf(request));
  // An "after" photo is shown to the requester: only those who act on the request may add one.
  if (kind === 'after') authorize(actor, 'request.add_after_photo', scopeOf(request));
  const at = now.toISOString();
  const rows = await prepare(relais, images, actor, files, { requestId, kind }, at);
  await inTransaction(relais, { actor, now }, async ({ trx, record }) => {
    for (const row of rows) {
      await insertPhoto(trx, row);
      await record(requestId, photoEvent(row));
    }
  });
  return rows.map(toPhotoDto);
}

/** Photos sent with the intake form before the request exists: pending until a request claims them. */
export async function addPendingPhotos(
  relais: Relais,
  images: ImagePool,
  actor: Actor,
  files: UploadedFile[],
  now = new Date(),
): Promise<PhotoDto[]> {
  authorize(actor, 'request.create');
  const rows = await prepare(relais, images, actor, files, { requestId: null, kind: 'report' }, now.toISOString());
  await relais.db.transaction().execute(async (trx) => {
    for (const row of rows) await insertPhoto(trx, row);
  });
  return rows.map(toPhotoDto);
}

export async function listRequestPhotos(relais: Relais, actor: Actor, requestId: string): Promise<PhotoDto[]> {
  const request = await findRequest(relais.db, requestId);
  if (!request) throw notFound(`Request ${requestId}`);
  authorize(actor, 'request.read', scopeOf(request));
  return (await listPhotos(relais.db, requestId)).map(toPhotoDto);
}

export interface PhotoFile {
  bytes: Buffer;
  mime: string;
  hash: string;
}

/** The bytes of a photo or of its thumbnail, for those who may read its request. */
export async function readPhoto(
  relais: Relais,
  actor: Actor,
  id: string,
  variant: 'full' | 'thumbnail',
): Promise<PhotoFile> {
  const photo = await findPhoto(relais.db, id);
  if (!photo) throw notFound(`Photo ${id}`);
  if (photo.request_id === null) {
    // A pending photo belongs to its uploader alone until a request claims it.
    if (photo.created_by_id !== actor.id) throw notFound(`Photo ${id}`);
  } else {
    const request = await findRequest(relais.db, photo.request_id);
    if (!request) throw notFound(`Photo ${id}`);
    authorize(actor, 'request.read', scopeOf(request));
  }
  return photoFile(relais, photo, variant);
}

/** The stored bytes of a photo; callers decide who may read it. */
export async function photoFile(relais: Relais, photo: PhotoRow, variant: 'full' | 'thumbnail'): Promise<PhotoFile> {
  const hash = variant === 'full' ? photo.hash : photo.thumb_hash;
  const bytes = await fileStoreOf(relais).get(hash);
  if (!bytes) throw new Error(`photo ${photo.id}: file ${hash} is missing from the file store`);
  return { bytes, mime: photo.mime, hash };
}
