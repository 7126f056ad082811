/**
 * Prometheus metrics at `/metrics`, for the bearer of METRICS_TOKEN (without it the route answers
 * 404): HTTP latency per route pattern, the outbox's backlog, the database pool on PostgreSQL, and
 * Node's own (event-loop delay, memory, GC). Features add theirs to `app.metrics` (live streams).
 * Each app has its own registry, so several apps in one process (tests) never mix their numbers.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import { errorResponses } from '../../core/api/common.js';
import type { Relais } from '../context.js';
import { poolStats } from '../db/database.js';
import { notFound, unauthorized } from '../errors.js';
import { outboxBacklog, WAITING_STATUSES } from '../notifications/outbox.repository.js';
import { sameToken } from './session.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's metrics registry: register a gauge here to have it scraped. */
    metrics: Registry;
  }
}

/** Seconds; from a cached answer to a slow export. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Route patterns, never raw URLs, so ids and tokens do not become label values without end. */
function observeHttpLatency(app: FastifyInstance, registry: Registry): void {
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames: ['method', 'route', 'status_code'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    // A live stream's time is its connection's life: counted as open streams instead.
    if (String(reply.raw.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
    latency.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}

/** Gauges read from the database at each scrape. */
function databaseGauges(relais: Relais, registry: Registry) {
  const waiting = new Gauge({
    name: 'relais_outbox_messages',
    help: 'Outbox messages not delivered yet, by status (pending, sending, failed: waiting for a retry)',
    labelNames: ['status'],
    registers: [registry],
  });
  const oldest = new Gauge({
    name: 'relais_outbox_oldest_waiting_age_seconds',
    help: 'Age of the oldest message not delivered yet (0 when none waits)',
    registers: [registry],
  });
  if (relais.dialect === 'postgres') {
    const { db } = relais;
    new Gauge({
      name: 'relais_db_pool_connections',
      help: 'PostgreSQL pool connections, total open and idle',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const stats = poolStats(db);
        this.set({ state: 'total' }, stats?.total ?? 0);
        this.set({ state: 'idle' }, stats?.idle ?? 0);
      },
    });
    new Gauge({
      name: 'relais_db_pool_waiting_queries',
      help: 'Queries waiting for a PostgreSQL pool connection',
      registers: [registry],
      collect() {
        this.set(poolStats(db)?.waiting ?? 0);
      },
    });
  }
  /** One query for both outbox gauges, before the registry renders. */
  return async function refresh(now: Date): Promise<void> {
    // Reset first: when the database does not answer, the series go missing rather than stale.
    waiting.reset();
    oldest.reset();
    const backlog = await outboxBacklog(relais.db);
    for (const status of WAITING_STATUSES) waiting.set({ status }, backlog.counts[status]);
    const since = backlog.oldestCreatedAt ? now.getTime() - Date.parse(backlog.oldestCreatedAt) : 0;
    oldest.set(Math.max(0, since / 1000));
  };
}

const metricsRoute =
  (registry: Registry, token: string | null, refresh: (now: Date) => Promise<void>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/metrics',
      {
        config: { public: true },
        schema: {
          tags: ['operations'],
          summary:
            'Prometheus metrics (text format), for the bearer of METRICS_TOKEN: "Authorization: Bearer <token>"; 404 when no token is configured',
          produces: ['text/plain'],
          response: { 200: z.string(), ...errorResponses(401, 404) },
        },
      },
      async (req, reply) => {
        if (!token) throw notFound('Metrics (set METRICS_TOKEN to serve them)');
        const sent = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (!sameToken(sent, token)) {
          reply.header('www-authenticate', 'Bearer realm="metrics"');
          throw unauthorized('Send the metrics token: Authorization: Bearer <METRICS_TOKEN>');
        }
        try {
          await refresh(new Date());
        } catch (err) {
          // The rest is still worth scraping; readiness tells that the database is down.
          req.log.warn({ err }, 'metrics: the outbox could not be read');
        }
        return reply.type(registry.contentType).send(await registry.metrics());
      },
    );
  };

export const metricsPlugin = fp(async (app: FastifyInstance, opts: { relais: Relais }) => {
  const registry = new Registry();
  app.decorate('metrics', registry);
  const token = opts.relais.config.metricsToken;
  // Without a token nothing is measured: no hook, no event-loop monitor.
  if (token) {
    collectDefaultMetrics({ register: registry });
    observeHttpLatency(app, registry);
  }
  await app.register(metricsRoute(registry, token, databaseGauges(opts.relais, registry)));
});
