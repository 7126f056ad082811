/** Schemas of photos: uploaded as multipart/form-data, served as image bytes. */
import { z } from 'zod';
import { idSchema, isoDateTime } from './common.js';

/** What a photo shows: the problem reported, the place before the work, the work done. */
export const PHOTO_KINDS = ['report', 'before', 'after'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

export const photoSchema = z.object({
  id: idSchema,
  /** Null while pending: uploaded with the intake form, claimed by POST /api/requests (photoIds). */
  requestId: idSchema.nullable(),
  kind: z.enum(PHOTO_KINDS),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  /** The position the camera recorded, read before the metadata was stripped: a suggestion. */
  gps: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  url: z.string(),
  thumbnailUrl: z.string(),
  createdAt: isoDateTime,
});
export type PhotoDto = z.infer<typeof photoSchema>;

export const photosResponse = z.object({ photos: z.array(photoSchema) });
export type PhotosResponse = z.infer<typeof photosResponse>;
