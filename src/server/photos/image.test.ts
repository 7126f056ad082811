/** The photo pipeline alone, on images made here with sharp. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processImage } from './image.js';

const limits = { maxPixels: 50_000_000 };
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3366cc' } });

/** An ISO-BMFF box: size, type, payload. */
const box = (type: string, payload: Buffer) => {
  const b = Buffer.alloc(8 + payload.length);
  b.writeUInt32BE(b.length, 0);
  b.write(type, 4, 'ascii');
  payload.copy(b, 8);
  return b;
};

describe('processImage', () => {
  it('refuses an image of more pixels than the limit with 413, before decoding it', async () => {
    const png = await solid(20, 10).png().toBuffer();
    await expect(processImage(png, 'big.png', { maxPixels: 100 })).rejects.toMatchObject({
      statusCode: 413,
      message: 'big.png: more than 100 pixels',
    });
  });

  it('shrinks a large photo to 2560 px on its longest side and its thumbnail to 320 px', async () => {
    const jpeg = await solid(3200, 400).jpeg().toBuffer();
    const image = await processImage(jpeg, 'large.jpg', limits);
    expect([image.width, image.height]).toEqual([2560, 320]);
    expect(await sharp(image.thumbnail).metadata()).toMatchObject({ width: 320, height: 40, format: 'jpeg' });
  });

  it('decodes AVIF (the HEIF container with AV1), the HEIF kind this server decodes', async () => {
    const avif = await solid(40, 30).avif().toBuffer();
    const image = await processImage(avif, 'photo.avif', limits);
    expect(await sharp(image.full).metadata()).toMatchObject({ format: 'jpeg', width: 40, height: 30 });
  });

  it('refuses a HEIC it cannot decode with 415 and says what to do', async () => {
    // A HEIC's signature without a picture inside: detected as HEIC, then not decodable.
    const brands = Buffer.concat([Buffer.from('heic'), Buffer.alloc(4), Buffer.from('mif1heic')]);
    const heic = Buffer.concat([box('ftyp', brands), box('meta', Buffer.alloc(64))]);
    await expect(processImage(heic, 'IMG_0001.HEIC', limits)).rejects.toMatchObject({
      statusCode: 415,
      message: expect.stringContaining('IMG_0001.HEIC: HEIC photos cannot be decoded on this server'),
    });
  });

  it('refuses a damaged JPEG with 415', async () => {
    const jpeg = await solid(64, 64).jpeg().toBuffer();
    await expect(processImage(jpeg.subarray(0, 200), 'cut.jpg', limits)).rejects.toMatchObject({
      statusCode: 415,
      message: 'cut.jpg: the image/jpeg content could not be decoded (damaged file?)',
    });
  });

  it('refuses an SVG or a GIF, which are not photos', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    await expect(processImage(svg, 'logo.jpg', limits)).rejects.toMatchObject({ statusCode: 415 });
    const gif = await solid(10, 10).gif().toBuffer();
    await expect(processImage(gif, 'anim.gif', limits)).rejects.toMatchObject({
      statusCode: 415,
      message: 'anim.gif: not a photo (its content is image/gif); send JPEG, PNG, WebP or HEIC',
    });
  });
});
