import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Gauge } from 'prom-client';
import { errorResponses } from '../../core/api/common.js';
import { LIVE_EVENT_NAME } from '../../core/api/live.js';
import { resolveSession } from '../auth/auth.service.js';
import { authorize } from '../auth/authorize.js';
import { tooManyRequests, unavailable } from '../errors.js';
import { SESSION_COOKIE } from '../plugins/session.js';
import { liveHub } from './live-hub.js';
import { HEARTBEAT_MS, openEventStream } from './sse.js';

export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { relais } = app;
  const hub = liveHub(relais, app.log);
  new Gauge({
    name: 'relais_live_streams',
    help: 'Live update streams (server-sent events) open on this instance',
    registers: [app.metrics],
    collect() {
      this.set(hub.size());
    },
  });
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => hub.endAll());

  app.get(
    '/live',
    {
      schema: {
        tags: ['live'],
        summary:
          'Server-sent events: each request event the signed-in user may see (event "request", see core/api/live). 429 past the streams one session may open, 503 when the instance holds as many as it may',
        response: errorResponses(401, 403, 429, 503),
      },
    },
    async (req, reply) => {
      const actor = req.actor();
      authorize(actor, 'request.read');
      // Each stream holds a connection and a share of every event's work: a client may not open hundreds.
      const { perSession, perInstance } = relais.config.liveStreams;
      const sessionId = req.auth?.sessionId ?? '';
      if (hub.sizeOf(sessionId) >= perSession) {
        throw tooManyRequests(
          `At most ${perSession} live streams per session: close another tab first`,
          HEARTBEAT_MS / 1000,
        );
      }
      if (hub.size() >= perInstance) {
        throw unavailable('This server holds as many live streams as it can: try again shortly', HEARTBEAT_MS / 1000);
      }
      const token = req.cookies[SESSION_COOKIE] ?? '';
      const stream = openEventStream(reply, {
        heartbeatMs: HEARTBEAT_MS,
        stillAllowed: async () => (await resolveSession(relais.db, token)) !== null,
      });
      const remove = hub.add({
        actor,
        sessionId,
        send: (event) => stream.send(LIVE_EVENT_NAME, event.eventId, event),
        end: stream.end,
      });
      stream.onClose(remove);
      return reply;
    },
  );
};
