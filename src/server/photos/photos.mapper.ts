import type { PhotoDto } from '../../core/api/photos.js';
import type { PhotoRow } from '../db/schema.js';

export function toPhotoDto(row: PhotoRow): PhotoDto {
  return {
    id: row.id,
    requestId: row.request_id,
    kind: row.kind,
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
