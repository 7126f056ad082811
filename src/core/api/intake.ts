/** Schemas of the intake services: geocoding, duplicates nearby, attached reports, known requesters. */
import { z } from 'zod';
import { STATUSES } from '../lifecycle.js';
import { ORIGINS } from '../origins.js';
import { idSchema, isoDateTime } from './common.js';
import { CHANNELS, eventSchema, requesterSchema } from './requests.js';

/** A number in a query string, where an empty value (`lat=`) is no value, not 0. */
const queryNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);
const degrees = (limit: number) => z.coerce.number().min(-limit).max(limit);
const latitude = queryNumber(degrees(90));
const longitude = queryNumber(degrees(180));

export const geocodeSearchQuery = z.object({
  /** At least 3 characters, as the BAN API requires. */
  q: z.string().trim().min(3).max(200),
  /** A position to favour (the map's centre, the agent's hub). */
  lat: queryNumber(degrees(90).optional()),
  lon: queryNumber(degrees(180).optional()),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type GeocodeSearchQuery = z.infer<typeof geocodeSearchQuery>;

export const positionQuery = z.object({ lat: latitude, lon: longitude });

export const geocodedAddressSchema = z.object({
  label: z.string(),
  /** Null for a whole street or a place without a number. */
  housenumber: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  /** INSEE code of the commune. */
  citycode: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  /** 0 to 1: how well the address matches (search) or how close it is (reverse). */
  score: z.number(),
  /**
   * What the position is that of, as the BAN says: a numbered entrance, or a street (a whole
   * street, or a number typed that the index does not hold, kept in `housenumber` and placed at the
   * street's nearest known number: the agent places the pin).
   */
  type: z.enum(['housenumber', 'street', 'locality', 'municipality']),
});
export type GeocodedAddress = z.infer<typeof geocodedAddressSchema>;

export const GEOCODING_SOURCES = ['ban', 'local'] as const;
export type GeocodingSource = (typeof GEOCODING_SOURCES)[number];

export const geocodeResponse = z.object({
  /** Which geocoder answered: the BAN API, or the local address index. */
  source: z.enum(GEOCODING_SOURCES),
  /** Why the local index answered although an API is configured (the API failed). */
  fallbackReason: z.string().nullable(),
  results: z.array(geocodedAddressSchema),
});
export type GeocodeResponse = z.infer<typeof geocodeResponse>;

export const locateResponse = z.object({
  territory: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The pôle de vie des quartiers covering the territory. */
  hub: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** Set when the position is outside every territory: accepted, but the dispatcher must route it. */
  warning: z.enum(['outside_territories']).nullable(),
});
export type LocateResponse = z.infer<typeof locateResponse>;

export const duplicatesQuery = z.object({
  lat: latitude,
  lon: longitude,
  /** The category chosen so far: sets the radius and ranks requests of the same category first. */
  categoryId: idSchema.optional(),
  /** The description typed so far: requests sharing its words rank higher. */
  text: z.string().trim().max(5000).optional(),
});
export type DuplicatesQuery = z.infer<typeof duplicatesQuery>;

export const duplicateCandidateSchema = z.object({
  id: idSchema,
  reference: z.string(),
  status: z.enum(STATUSES),
  category: z.object({ id: idSchema, name: z.string() }).nullable(),
  address: z.string(),
  description: z.string(),
  distanceM: z.number().int(),
  sameCategory: z.boolean(),
  /** Words of the typed description found in this request's description. */
  sharedWords: z.array(z.string()),
  createdAt: isoDateTime,
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const duplicatesResponse = z.object({
  radiusM: z.number().int(),
  items: z.array(duplicateCandidateSchema),
});
export type DuplicatesResponse = z.infer<typeof duplicatesResponse>;

export const attachReportBody = z.object({
  origin: z.enum(ORIGINS),
  description: z.string().trim().max(5000).optional(),
  requester: requesterSchema,
});
export type AttachReportBody = z.infer<typeof attachReportBody>;

export const attachReportResponse = z.object({
  followerId: idSchema,
  requestId: idSchema,
  reference: z.string(),
  event: eventSchema,
});
export type AttachReportResponse = z.infer<typeof attachReportResponse>;

/** Shortest requester look-up: fewer characters would list residents by the hundred. */
export const MIN_REQUESTER_QUERY = 3;
export const requestersQuery = z.object({ q: z.string().trim().min(MIN_REQUESTER_QUERY).max(200) });

export const knownRequesterSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  channel: z.enum(CHANNELS),
  /** The latest request this person made or followed. */
  lastReference: z.string(),
  lastAt: isoDateTime,
});
export type KnownRequester = z.infer<typeof knownRequesterSchema>;

export const requestersResponse = z.object({ items: z.array(knownRequesterSchema) });
