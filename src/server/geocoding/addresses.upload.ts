/**
 * Receives the BAN CSV of an import, sent as the body (text/csv) or as the one file of a
 * multipart form: copied to a file under DATA_DIR as it arrives, never whole in memory, and
 * refused past ADDRESS_FILE_MAX_BYTES. Copied first and imported from the copy, rather than imported
 * as it arrives, because the import's transaction would then last as long as the upload: on
 * SQLite (one connection) every other request of the instance would wait for a slow upload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { ADDRESS_FILE_MAX_BYTES } from '../../core/api/addresses.js';
import { badRequest, HttpError, tooLarge } from '../errors.js';
import { fileNameOf, readingForm } from '../plugins/forms.js';

/** A form's boundaries and part headers around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const TOO_LARGE = `The file is larger than ${ADDRESS_FILE_MAX_BYTES / 1024 / 1024} MB: import the BAN file of one département at a time`;

export interface Upload {
  /** The copy on disk. */
  file: string;
  /** The name the form gave the file; none for a text/csv body. */
  fileName: string | null;
}

/** Counts the bytes going through, and fails past `max`. */
function atMost(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? tooLarge(TOO_LARGE) : null, chunk);
    },
  });
}

interface Source {
  stream: Readable;
  fileName: string | null;
  /** Whether the form parser cut the file at the limit (it ends the stream rather than failing it). */
  cut(): boolean;
}

/** The upload as a stream; a form's file is limited here, cut rather than failed at the limit. */
async function source(req: FastifyRequest): Promise<Source> {
  if (req.isMultipart()) {
    const part = await req.file({ limits: { fileSize: ADDRESS_FILE_MAX_BYTES, files: 1 }, throwFileSizeLimit: false });
    if (!part) throw badRequest('file: the form holds no file');
    return {
      stream: part.file,
      fileName: part.filename ? fileNameOf(part.filename) : null,
      cut: () => part.file.truncated,
    };
  }
  if (req.body instanceof Readable) return { stream: req.body, fileName: null, cut: () => false };
  throw new HttpError(415, 'Send the BAN CSV as the body (text/csv), or as the one file of a multipart form');
}

/** Copies the upload under `dir`, runs `work` on it, and removes the copy whatever happens. */
export async function withUpload<T>(
  req: FastifyRequest,
  dir: string,
  work: (upload: Upload) => Promise<T>,
): Promise<T> {
  // Most clients (browsers, curl) say the size first: refused before anything is read.
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > ADDRESS_FILE_MAX_BYTES + (req.isMultipart() ? FORM_OVERHEAD_BYTES : 0)) throw tooLarge(TOO_LARGE);
  const { stream, fileName, cut } = await readingForm(() => source(req));
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, `addresses-${uuidv7()}.csv`);
  try {
    await readingForm(() => pipeline(stream, atMost(ADDRESS_FILE_MAX_BYTES), fs.createWriteStream(file)));
    if (cut()) throw tooLarge(TOO_LARGE);
    return await work({ file, fileName });
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}
