/**
 * Deterministic randomness for the demo data: a seeded PRNG (mulberry32) and a few helpers. No
 * Math.random: the same seed always gives exactly the same data set.
 */

/** mulberry32: a tiny seeded PRNG, enough for demo data. Returns numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  rand: () => number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: T[]): T[];
}

/** A random source of its own, seeded: nothing else can shift its sequence. */
export function seededRandom(seed: number): Random {
  const rand = mulberry32(seed);
  return {
    rand,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(rand() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance(p: number): boolean {
      return rand() < p;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = rand() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
  };
}
