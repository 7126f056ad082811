/**
 * The photo pipeline: check the content (not the name) is an image we decode, read the camera's
 * GPS position, then auto-rotate, re-encode as JPEG without any metadata, and make a thumbnail.
 */
import exifr from 'exifr';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { HttpError } from '../errors.js';

/** Longest side of a stored photo: plenty to see a pothole, a fraction of a phone's 12 Mpx. */
const MAX_SIDE = 2560;
const THUMBNAIL_SIDE = 320;
export const STORED_MIME = 'image/jpeg';

/** Formats accepted, by the MIME type file-type detects from the bytes. */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif']);
const HEIC = new Set(['image/heic', 'image/heif']);

export interface ImageLimits {
  /** Decoding stops beyond this many pixels (decompression bombs). */
  maxPixels: number;
}

export interface ProcessedImage {
  full: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  gps: { lat: number; lon: number } | null;
}

export const unsupportedMedia = (message: string) => new HttpError(415, message);
export const tooLarge = (message: string) => new HttpError(413, message);

async function gpsOf(input: Buffer): Promise<ProcessedImage['gps']> {
  // Damaged or absent EXIF is common and harmless: the photo just proposes no position.
  const gps = await exifr.gps(input).catch(() => undefined);
  if (!gps) return null;
  const { latitude: lat, longitude: lon } = gps;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // Some cameras write 0,0 when they have no fix.
  return lat === 0 && lon === 0 ? null : { lat, lon };
}

export async function processImage(input: Buffer, name: string, limits: ImageLimits): Promise<ProcessedImage> {
  const type = await fileTypeFromBuffer(input);
  if (!type || !ACCEPTED.has(type.mime)) {
    throw unsupportedMedia(
      `${name}: not a photo (${type ? `its content is ${type.mime}` : 'its content is not an image'}); send JPEG, PNG, WebP or HEIC`,
    );
  }
  const gps = await gpsOf(input);
  try {
    const { data: full, info } = await sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error' })
      .autoOrient()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(full)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 70, mozjpeg: true })
      .toBuffer();
    return { full, thumbnail, width: info.width, height: info.height, gps };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) {
      throw tooLarge(`${name}: more than ${limits.maxPixels.toLocaleString('en-US')} pixels`);
    }
    if (HEIC.has(type.mime)) {
      throw unsupportedMedia(
        `${name}: HEIC photos cannot be decoded on this server; set the phone's camera to "most compatible" (JPEG) or convert the photo`,
      );
    }
    throw unsupportedMedia(`${name}: the ${type.mime} content could not be decoded (damaged file?)`);
  }
}
