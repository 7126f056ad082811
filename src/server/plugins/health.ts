import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { livenessSchema, type Readiness, readinessSchema } from '../../core/api/operations.js';
import { migrationState } from '../db/migrate.js';
import type { Database } from '../db/schema.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability, for load balancers',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(app.relais.db);
      return { status: 'ok' as const, database: app.relais.dialect };
    },
  );
};

/** A probe that waits longer than this answers "not ready": an orchestrator's probe has its own timeout. */
const READINESS_TIMEOUT_MS = 2000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this instance can serve: the database answers and has every migration this version
 * needs. The answer is public, so it names no host or error; the log has the details.
 */
async function readiness(db: Kysely<Database>, log: FastifyBaseLogger): Promise<Readiness> {
  try {
    await within(READINESS_TIMEOUT_MS, sql`select 1`.execute(db));
  } catch (err) {
    log.warn({ err }, 'readiness: the database does not answer');
    return { ready: false, database: 'unreachable', migrations: 'unknown', reason: 'The database does not answer' };
  }
  try {
    const { pending } = await within(READINESS_TIMEOUT_MS, migrationState(db));
    if (pending.length === 0) return { ready: true, database: 'reachable', migrations: 'applied' };
    return {
      ready: false,
      database: 'reachable',
      migrations: 'pending',
      reason: `Migrations not applied: ${pending.join(', ')}`,
    };
  } catch (err) {
    log.warn({ err }, 'readiness: the migrations could not be read');
    return { ready: false, database: 'reachable', migrations: 'unknown', reason: 'The migrations could not be read' };
  }
}

/**
 * Probes for orchestrators, at the root like their conventions: `/healthz` says the process
 * answers (never the database, so a database outage does not get every instance restarted),
 * `/readyz` whether it should get traffic.
 */
export const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers (the database is not consulted)',
        response: { 200: livenessSchema },
      },
    },
    async () => ({ status: 'alive' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database answers and every migration is applied (503 otherwise)',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (req, reply) => {
      const state = await readiness(app.relais.db, req.log);
      return reply.code(state.ready ? 200 : 503).send(state);
    },
  );
};
