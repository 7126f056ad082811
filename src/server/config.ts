/** Configuration from environment variables, validated once at boot, with embedded defaults. */
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { PublicConfig } from '../core/api/config.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** proxy-addr's names for private ranges, accepted as Fastify accepts them. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies may say who the client is (X-Forwarded-For): none by default, so a client cannot
 * pick its own address and escape the rate limits; a hop count, or addresses and CIDR ranges.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (v === '' || v === 'false' || v === '0') return false;
    if (/^\d+$/.test(v)) return Number(v);
    const entries = v.split(',').map((e) => e.trim());
    const wrong = entries.filter((e) => !isAddressOrRange(e));
    if (wrong.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `a hop count, or addresses and CIDR ranges separated by commas (not ${wrong.join(', ')})`,
      });
      return z.NEVER;
    }
    return entries;
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Where the SQLite file and uploaded files live. */
  DATA_DIR: z.string().default('./data'),
  /** postgres://… to run on PostgreSQL; empty for the embedded SQLite file. */
  DATABASE_URL: z.string().optional(),
  /** Load the demo data set into an empty database at start. */
  DEMO_DATA: bool.default(true),
  /** The address users reach Relais at: used in links sent to requesters. */
  PUBLIC_URL: z.url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Login attempts allowed per client address and minute. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** The reverse proxies in front of Relais: empty (none), a hop count, or addresses/CIDRs. */
  TRUST_PROXY: trustProxy.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bearer token Prometheus sends to read /metrics; empty: /metrics is off (404). */
  METRICS_TOKEN: z
    .union([z.literal(''), z.string().regex(/^[\x21-\x7e]{16,}$/, 'at least 16 visible ASCII characters, no spaces')])
    .default(''),
  /** Base URL of a BAN / Géoplateforme geocoding API; empty: only the local address index answers. */
  GEOCODER_URL: z.union([z.literal(''), z.url()]).default(''),
  /** Largest photo accepted, in bytes. */
  PHOTO_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 1024 * 1024),
  /** Worker threads decoding photos (default: the cores but one, at least one). */
  IMAGE_WORKERS: z.coerce
    .number()
    .int()
    .positive()
    .default(Math.max(1, os.availableParallelism() - 1)),
  /** Photos waiting for a worker beyond which uploads are answered 503 (try again later). */
  IMAGE_QUEUE: z.coerce.number().int().min(0).default(16),
  /** Photo uploads allowed per user and minute. */
  PHOTO_UPLOADS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Live streams (GET /api/live) one session may hold open, and one instance. */
  LIVE_STREAMS_PER_SESSION: z.coerce.number().int().positive().default(4),
  LIVE_STREAMS_PER_INSTANCE: z.coerce.number().int().positive().default(2000),
  /** Photos uploaded for a request never registered (an abandoned form) are deleted after this many hours. */
  UNCLAIMED_PHOTO_HOURS: z.coerce.number().positive().default(24),
  /** smtp://user:pass@host:port (or smtps://) to send e-mail; empty: messages are kept, readable by administrators. */
  SMTP_URL: z.union([z.literal(''), z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')]).default(''),
  MAIL_FROM: z.string().min(3).default('Relais <relais@localhost>'),
  /** Base URL of the SMS provider's HTTP API (Brevo's transactional SMS API). */
  SMS_URL: z.url().default('https://api.brevo.com/v3'),
  /** The SMS provider's API key; empty: SMS are kept, readable by administrators. */
  SMS_API_KEY: z.string().default(''),
  /** Name shown as the SMS sender: 3 to 11 letters or digits. */
  SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9]{3,11}$/, '3 to 11 letters or digits')
    .default('Relais'),
  /** How often the outbox worker looks for messages to send. */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  /** Hour (Europe/Paris) the departments' overdue digest is written, on working days. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Map tiles: a Leaflet URL template; the map still works (pin, drag, click) when they cannot load. */
  TILE_URL: z
    .string()
    .regex(/^(https?:\/)?\/.*\{z\}.*\{x\}.*\{y\}/, 'a URL template with {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** The credit the tile provider requires (HTML). */
  TILE_ATTRIBUTION: z.string().default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
  /** Where maps open: "latitude,longitude" in decimal degrees. */
  MAP_CENTER: z
    .string()
    .regex(/^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/, 'latitude,longitude, e.g. 49.1829,-0.3707')
    .transform((v) => {
      const [lat, lon] = v.split(',').map(Number);
      return { lat: lat ?? 0, lon: lon ?? 0 };
    })
    .refine((c) => Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, 'latitude within ±90, longitude within ±180')
    .default({ lat: 49.1829, lon: -0.3707 }),
  /** The zoom level maps open at (Leaflet levels: 13 shows a town). */
  MAP_ZOOM: z.coerce.number().int().min(1).max(19).default(13),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demoData: boolean;
  publicUrl: string;
  sessionTtlMs: number;
  loginRateLimit: number;
  /** Fastify's trustProxy: whose X-Forwarded-For names the client that rate limits count. */
  trustProxy: false | number | string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Null: /metrics is off. */
  metricsToken: string | null;
  /** Cookies get the Secure flag when Relais is served over HTTPS. */
  secureCookies: boolean;
  geocoderUrl: string | null;
  photoMaxBytes: number;
  images: { workers: number; queue: number; uploadsPerMinute: number };
  liveStreams: { perSession: number; perInstance: number };
  unclaimedPhotoMaxAgeMs: number;
  /** Null: e-mails are kept, not sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** A null apiKey: SMS are kept, not sent. */
  sms: { url: string; apiKey: string | null; sender: string };
  outboxIntervalMs: number;
  digestHour: number;
  /** Tiles and starting view of maps, public (GET /api/config). */
  map: PublicConfig;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ? e.DATABASE_URL : null,
    demoData: e.DEMO_DATA,
    publicUrl,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN || null,
    secureCookies: publicUrl.startsWith('https://'),
    geocoderUrl: e.GEOCODER_URL ? e.GEOCODER_URL.replace(/\/+$/, '') : null,
    photoMaxBytes: e.PHOTO_MAX_BYTES,
    images: { workers: e.IMAGE_WORKERS, queue: e.IMAGE_QUEUE, uploadsPerMinute: e.PHOTO_UPLOADS_PER_MINUTE },
    liveStreams: { perSession: e.LIVE_STREAMS_PER_SESSION, perInstance: e.LIVE_STREAMS_PER_INSTANCE },
    unclaimedPhotoMaxAgeMs: e.UNCLAIMED_PHOTO_HOURS * 3600_000,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.MAIL_FROM,
    sms: { url: e.SMS_URL.replace(/\/+$/, ''), apiKey: e.SMS_API_KEY || null, sender: e.SMS_SENDER },
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    digestHour: e.DIGEST_HOUR,
    map: {
      tileUrl: e.TILE_URL,
      tileAttribution: e.TILE_ATTRIBUTION,
      defaultCenter: e.MAP_CENTER,
      defaultZoom: e.MAP_ZOOM,
    },
  };
}
