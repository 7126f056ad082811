import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/schema.js';
import { GlossaryCache, invalidateGlossary, MAX_AGE_MS } from './glossary.cache.js';

/** The cache only uses the database as a key: any object stands for one. */
const db = {} as Kysely<Database>;

/** A cache whose builds answer 1, 2, 3... and can be told to fail. */
function countingCache() {
  let builds = 0;
  let failNext = false;
  const cache = new GlossaryCache(async () => {
    builds += 1;
    if (failNext) {
      failNext = false;
      throw new Error('database down');
    }
    return builds;
  });
  return {
    cache,
    builds: () => builds,
    failNextBuild: () => {
      failNext = true;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('GlossaryCache', () => {
  it('builds once, then answers from memory', async () => {
    const { cache, builds } = countingCache();
    expect(await cache.get(db)).toBe(1);
    expect(await cache.get(db)).toBe(1);
    expect(builds()).toBe(1);
  });

  it('rebuilds at once after invalidateGlossary()', async () => {
    const { cache } = countingCache();
    expect(await cache.get(db)).toBe(1);
    invalidateGlossary();
    expect(await cache.get(db)).toBe(2);
  });

  it('after a minute, answers the old value once while the new one is built', async () => {
    const { cache, builds } = countingCache();
    expect(await cache.get(db)).toBe(1);
    vi.advanceTimersByTime(MAX_AGE_MS + 1);
    expect(await cache.get(db)).toBe(1);
    expect(await cache.get(db)).toBe(2);
    expect(builds()).toBe(2);
  });

  it('keeps the old value when a refresh fails, and retries on the next read', async () => {
    const { cache, failNextBuild } = countingCache();
    expect(await cache.get(db)).toBe(1);
    vi.advanceTimersByTime(MAX_AGE_MS + 1);
    failNextBuild();
    expect(await cache.get(db)).toBe(1);
    expect(await cache.get(db)).toBe(1);
    expect(await cache.get(db)).toBe(3);
  });

  it('does not keep a failed first build', async () => {
    const { cache, failNextBuild } = countingCache();
    failNextBuild();
    await expect(cache.get(db)).rejects.toThrow('database down');
    expect(await cache.get(db)).toBe(2);
  });
});
