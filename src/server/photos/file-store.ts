/**
 * Where uploaded files live, addressed by the SHA-256 of their bytes: storing the same bytes twice
 * keeps one file. Behind an interface, so object storage can replace the disk later.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Stores the bytes (once) and returns their hash, the key to get them back. */
  put(bytes: Buffer): Promise<string>;
  /** The bytes stored under a hash, or null when there are none. */
  get(hash: string): Promise<Buffer | null>;
  exists(hash: string): Promise<boolean>;
  /**
   * Removes the bytes stored under a hash, unless they were stored (or stored again) at or after
   * `storedBefore`: an upload of the same bytes under way keeps them. True when removed.
   */
  remove(hash: string, storedBefore: Date): Promise<boolean>;
}

const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const HASH = /^[0-9a-f]{64}$/;

/** Files under `root`, in two levels of folders (ab/cd/abcd…) so no folder grows too large. */
export function diskFileStore(root: string): FileStore {
  const pathOf = (hash: string) => {
    // The hash becomes a path: anything else than 64 hex digits could climb out of root.
    if (!HASH.test(hash)) throw new Error(`not a SHA-256 hash: ${hash}`);
    return path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
  };
  const exists = (hash: string) =>
    fs.access(pathOf(hash)).then(
      () => true,
      () => false,
    );
  // Stored again: the new time tells a purge running meanwhile that the bytes are wanted.
  const touch = (file: string) => {
    const now = new Date();
    return fs.utimes(file, now, now).then(
      () => true,
      () => false,
    );
  };
  return {
    exists,
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const file = pathOf(hash);
      if (await touch(file)) return hash;
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed: a reader never sees half a file, and a crash leaves no bad one.
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      await fs.writeFile(partial, bytes);
      await fs.rename(partial, file);
      return hash;
    },
    async remove(hash, storedBefore) {
      const file = pathOf(hash);
      try {
        if ((await fs.stat(file)).mtimeMs >= storedBefore.getTime()) return false;
        await fs.unlink(file);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    async get(hash) {
      try {
        return await fs.readFile(pathOf(hash));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
