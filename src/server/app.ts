/** Builds the Fastify app: cross-cutting plugins, then each feature's routes under /api. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { adminRoutes } from './admin/admin.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import type { Relais } from './context.js';
import { directoryRoutes } from './directory/directory.routes.js';
import { dispatchRoutes } from './dispatch/dispatch.routes.js';
import { exportsRoutes } from './exports/exports.routes.js';
import { geocodingRoutes } from './geocoding/geocoding.routes.js';
import { glossaryRoutes } from './glossary/glossary.routes.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { interventionsRoutes } from './interventions/interventions.routes.js';
import { liveRoutes } from './live/live.routes.js';
import { mapRoutes } from './map/map.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { photosRoutes } from './photos/photos.routes.js';
import { errorHandler } from './plugins/errors.js';
import { healthRoutes, probeRoutes } from './plugins/health.js';
import { inputHygienePlugin } from './plugins/input-hygiene.js';
import { metricsPlugin } from './plugins/metrics.js';
import { publicConfigRoutes } from './plugins/public-config.js';
import { requestIdOptions, requestIdPlugin } from './plugins/request-id.js';
import { sessionPlugin } from './plugins/session.js';
import { queueRoutes } from './queue/queue.routes.js';
import { requestsRoutes } from './requests/requests.routes.js';
import { templatesRoutes } from './templates/templates.routes.js';
import { trackingRoutes } from './tracking/tracking.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    relais: Relais;
  }
}

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  /** JSON lines (pino) to stdout, or to `stream` when given. */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
}

export async function buildApp(relais: Relais, options: AppOptions = {}): Promise<FastifyInstance> {
  const proxies = relais.config.trustProxy;
  const app = Fastify({
    logger: options.logger ?? false,
    // A hop count as Fastify reads one (its types omit numbers): trust the nearest `proxies` hops.
    trustProxy: typeof proxies === 'number' ? (_address: string, hop: number) => hop < proxies : proxies,
    ...requestIdOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('relais', relais);

  // Over plain HTTP (an intranet install), asking browsers for HTTPS would lock users out.
  const https = relais.config.secureCookies;
  await app.register(fastifyHelmet, {
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        // Map tiles come from a configurable server; images may be blobs of photos being added.
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Relais API',
        description: 'Requests for intervention of a city and its partner bodies',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(requestIdPlugin);
  await app.register(metricsPlugin, { relais });
  await app.register(sessionPlugin, { relais });
  await app.register(inputHygienePlugin);
  await app.register(probeRoutes);

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(publicConfigRoutes);
      await api.register(authRoutes);
      await api.register(directoryRoutes);
      await api.register(glossaryRoutes);
      await api.register(requestsRoutes);
      await api.register(exportsRoutes);
      await api.register(dispatchRoutes);
      await api.register(queueRoutes);
      await api.register(templatesRoutes);
      await api.register(interventionsRoutes);
      await api.register(geocodingRoutes);
      await api.register(intakeRoutes);
      await api.register(photosRoutes);
      await api.register(liveRoutes);
      await api.register(mapRoutes);
      await api.register(notificationsRoutes);
      await api.register(trackingRoutes);
      await api.register(adminRoutes, { prefix: '/admin' });
    },
    { prefix: '/api' },
  );

  if (fs.existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot });
    // The web app routes on the client: unknown non-API paths get its page.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply
        .code(404)
        .send({ statusCode: 404, error: 'Not Found', message: `No route ${req.method} ${req.url}` });
    });
  }
  return app;
}
