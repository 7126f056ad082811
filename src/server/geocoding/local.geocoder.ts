/**
 * The local address index as a geocoder: word-prefix search over normalised labels, ranked in
 * code; reverse look-up by growing bounding boxes, then exact distance.
 */
import type { Kysely } from 'kysely';
import type { GeocodedAddress } from '../../core/api/intake.js';
import type { AddressRow, Database } from '../db/schema.js';
import { findAddressesInBox, findAddressesWithWords } from './addresses.repository.js';
import { boxAround, distanceM, type LatLon } from './distance.js';
import type { Geocoder, SearchOptions } from './geocoder.js';
import { wordsOf } from './normalise.js';

/** Rows read before ranking: enough for the best of a city's matches to be among them. */
const CANDIDATES = 200;
/** With a position to favour, closeness weighs this much in the score; it halves every ~1.4 km. */
const NEARNESS_WEIGHT = 0.2;
const NEARNESS_SCALE_M = 2000;
/** Reverse look-up widens the box step by step; beyond the last, nothing is "the address here". */
const REVERSE_RADII_M = [75, 300, 1500];

/** Abbreviations agents type that are not prefixes of the word they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  bd: 'boulevard',
  bld: 'boulevard',
  fg: 'faubourg',
  fbg: 'faubourg',
  gal: 'general',
  gen: 'general',
  mal: 'marechal',
  pdt: 'president',
  dr: 'docteur',
};

const toAddress = (row: AddressRow, score: number): GeocodedAddress => ({
  label: row.label,
  housenumber: row.housenumber,
  street: row.street,
  postcode: row.postcode,
  city: row.city,
  citycode: row.citycode,
  lat: row.lat,
  lon: row.lon,
  score,
  type: row.housenumber ? 'housenumber' : 'street',
});

/**
 * How well the query's words match an address's words, 0 to 1: a word typed in full counts more
 * than a prefix, and an address whose words were all typed beats one with more words left over.
 */
function matchScore(queryWords: string[], addressWords: string[]): number {
  if (queryWords.length === 0) return 0;
  const used = new Set<number>();
  let total = 0;
  for (const q of queryWords) {
    let best = 0;
    let bestIndex = -1;
    addressWords.forEach((w, i) => {
      const s = w === q ? 1 : w.startsWith(q) ? 0.5 + (0.4 * q.length) / w.length : 0;
      if (s > best) {
        best = s;
        bestIndex = i;
      }
    });
    if (bestIndex >= 0) used.add(bestIndex);
    total += best;
  }
  const coverage = Math.min(1, used.size / Math.max(1, addressWords.length));
  return Math.round((0.85 * (total / queryWords.length) + 0.15 * coverage) * 1000) / 1000;
}

const numberOf = (row: AddressRow) => Number.parseInt(row.housenumber ?? '0', 10);

/** Groups ranked rows by street, keeping the best score of each street. */
function byStreet(ranked: { row: AddressRow; score: number }[]): { rows: AddressRow[]; score: number }[] {
  const groups = new Map<string, { rows: AddressRow[]; score: number }>();
  for (const { row, score } of ranked) {
    const key = `${row.citycode}|${row.street}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { rows: [row], score });
  }
  return [...groups.values()];
}

const streetLabel = (row: AddressRow, number: string | null) =>
  `${number ? `${number} ` : ''}${row.street} ${row.postcode} ${row.city}`;

/** One result per street, at its middle address: what a search without a number is looking for. */
function streetsOf(ranked: { row: AddressRow; score: number }[]): GeocodedAddress[] {
  return byStreet(ranked).map(({ rows, score }) => {
    const byNumber = [...rows].sort((a, b) => numberOf(a) - numberOf(b));
    const middle = byNumber[Math.floor(byNumber.length / 2)];
    if (!middle) throw new Error('empty street group');
    return { ...toAddress(middle, score), label: streetLabel(middle, null), housenumber: null, type: 'street' };
  });
}

/**
 * A number the index does not hold, on streets it does: as the BAN does, the street answers, with
 * the number the agent typed kept and the position of the nearest known number on the same side
 * (same parity) of the street, the closest place the index can vouch for.
 */
function streetsForMissingNumber(ranked: { row: AddressRow; score: number }[], typed: string): GeocodedAddress[] {
  const wanted = Number.parseInt(typed, 10);
  const distance = (row: AddressRow) => Math.abs(numberOf(row) - wanted) + (numberOf(row) % 2 === wanted % 2 ? 0 : 1e6);
  return byStreet(ranked).map(({ rows, score }) => {
    const nearest = [...rows].sort((a, b) => distance(a) - distance(b))[0];
    if (!nearest) throw new Error('empty street group');
    return { ...toAddress(nearest, score), label: streetLabel(nearest, typed), housenumber: typed, type: 'street' };
  });
}

export function localGeocoder(db: Kysely<Database>): Geocoder {
  return {
    source: 'local',

    async search(q: string, { near, limit }: SearchOptions) {
      const queryWords = wordsOf(q).map((w) => ABBREVIATIONS[w] ?? w);
      if (queryWords.length === 0) return [];
      const rank = async (words: string[]) => {
        const rows = await findAddressesWithWords(db, words, near, CANDIDATES);
        const scoreOf = (row: AddressRow) => {
          const match = matchScore(words, wordsOf(row.label));
          if (!near) return match;
          const nearness = Math.exp(-distanceM(near, row) / NEARNESS_SCALE_M);
          return Math.round(((1 - NEARNESS_WEIGHT) * match + NEARNESS_WEIGHT * nearness) * 1000) / 1000;
        };
        return rows.map((row) => ({ row, score: scoreOf(row) })).sort((a, b) => b.score - a.score);
      };
      const number = queryWords.find((w) => /^\d/.test(w));
      if (!number) return streetsOf(await rank(queryWords)).slice(0, limit);
      const numbered = await rank(queryWords);
      if (numbered.length > 0) return numbered.slice(0, limit).map(({ row, score }) => toAddress(row, score));
      const streetWords = queryWords.filter((w) => w !== number && !/^(bis|ter|quater)$/.test(w));
      if (streetWords.length === 0) return [];
      return streetsForMissingNumber(await rank(streetWords), number).slice(0, limit);
    },

    async reverse(position: LatLon) {
      for (const radius of REVERSE_RADII_M) {
        const rows = await findAddressesInBox(db, boxAround(position, radius), position, 20);
        const nearest = rows
          .map((row) => ({ row, distance: distanceM(position, row) }))
          .filter(({ distance }) => distance <= radius)
          .sort((a, b) => a.distance - b.distance)[0];
        if (nearest) {
          const last = REVERSE_RADII_M.at(-1) ?? radius;
          return [toAddress(nearest.row, Math.round((1 - nearest.distance / last) * 1000) / 1000)];
        }
      }
      return [];
    },
  };
}
