/** Reads a multipart/form-data upload of photos: files (any field name) and the `kind` field. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PHOTO_KINDS, type PhotoKind } from '../../core/api/photos.js';
import { badRequest } from '../errors.js';
import { readingForm } from '../plugins/forms.js';
import { tooLarge, unsupportedMedia } from './image.js';
import type { UploadedFile } from './photos.service.js';

/** At most this many files in one upload. */
export const MAX_FILES = 10;

const kindField = z.enum(PHOTO_KINDS).default('report');

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function readPhotoUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ kind: PhotoKind; files: UploadedFile[] }> {
  if (!req.isMultipart()) {
    throw unsupportedMedia('Send the photos as multipart/form-data, one or several files, and a "kind" field');
  }
  const files: UploadedFile[] = [];
  let kind: unknown;
  let current = '';
  try {
    await readingForm(async () => {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          current = part.filename || `file ${files.length + 1}`;
          files.push({ filename: current, bytes: await part.toBuffer() });
        } else if (part.fieldname === 'kind') {
          kind = part.value;
        }
      }
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(`${current}: larger than ${megabytes(maxBytes)}`);
    if (code === 'FST_FILES_LIMIT') throw tooLarge(`at most ${MAX_FILES} photos at once`);
    throw error;
  }
  const parsed = kindField.safeParse(kind);
  if (!parsed.success) throw badRequest(`kind: one of ${PHOTO_KINDS.join(', ')}`);
  return { kind: parsed.data, files };
}
