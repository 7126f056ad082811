/** Configuration from environment variables, validated once at boot, with embedded defaults. */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Cookies get the Secure flag when Relais is served over HTTPS. */
  secureCookies: boolean;
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
    logLevel: e.LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
  };
}
