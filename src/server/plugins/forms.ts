/**
 * Reading multipart forms: the parser (busboy) fails a malformed form with plain errors, which would
 * answer 500; they are the client's mistake, so they answer 400. File names are client text too.
 */
import { badRequest, HttpError } from '../errors.js';
import { refuseControlCharacters } from './input-hygiene.js';

function isParserError(error: unknown): error is Error {
  if (!(error instanceof Error) || error instanceof HttpError) return false;
  // @fastify/multipart's own errors carry their status (413, 406); system errors (disk) are ours.
  return !('statusCode' in error) && !('syscall' in error);
}

/** Runs `read`, which reads a multipart form; a malformed form answers 400. */
export async function readingForm<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isParserError(error)) throw badRequest(`The multipart form is malformed: ${error.message}`);
    throw error;
  }
}

/** A file's name as the client sent it, refused if it holds control characters. */
export function fileNameOf(name: string): string {
  refuseControlCharacters(name, 'file name');
  return name;
}
