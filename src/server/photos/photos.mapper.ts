import { PHOTO_KINDS, type PhotoDto } from '../../core/api/photos.js';
import type { PhotoRow } from '../db/schema.js';

export function toPhotoDto(row: PhotoRow): PhotoDto {
  const kind = PHOTO_KINDS.find((k) => k === row.kind);
  if (!kind) throw new Error(`unexpected photo kind in database: ${row.kind}`);
  return {
    id: row.id,
    requestId: row.request_id,
    kind,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    gps: row.gps_lat !== null && row.gps_lon !== null ? { lat: row.gps_lat, lon: row.gps_lon } : null,
    url: `/api/photos/${row.id}`,
    thumbnailUrl: `/api/photos/${row.id}/thumbnail`,
    createdAt: row.created_at,
  };
}
