/**
 * One photo decoded on a worker thread (image-pool.ts). Errors cross the thread as plain data: a
 * class does not survive the copy, and the pool rebuilds the HTTP error from it.
 */
import { HttpError } from '../errors.js';
import { type ImageLimits, type ProcessedImage, processImage } from './image.js';

export interface DecodeTask {
  input: Uint8Array;
  name: string;
  limits: ImageLimits;
}

export type DecodeOutcome = { image: ProcessedImage } | { refused: { statusCode: number; message: string } };

export async function decode(task: DecodeTask): Promise<DecodeOutcome> {
  try {
    return { image: await processImage(Buffer.from(task.input), task.name, task.limits) };
  } catch (error) {
    if (error instanceof HttpError) return { refused: { statusCode: error.statusCode, message: error.message } };
    throw error;
  }
}
