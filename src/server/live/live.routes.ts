import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Gauge } from 'prom-client';
import { LIVE_EVENT_NAME } from '../../core/api/live.js';
import { resolveSession } from '../auth/auth.service.js';
import { authorize } from '../auth/authorize.js';
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
          'Server-sent events: each request event the signed-in user may see (event "request", see core/api/live)',
      },
    },
    async (req, reply) => {
      const actor = req.actor();
      authorize(actor, 'request.read');
      const token = req.cookies[SESSION_COOKIE] ?? '';
      const stream = openEventStream(reply, {
        heartbeatMs: HEARTBEAT_MS,
        stillAllowed: async () => (await resolveSession(relais.db, token)) !== null,
      });
      const remove = hub.add({
        actor,
        send: (event) => stream.send(LIVE_EVENT_NAME, event.eventId, event),
        end: stream.end,
      });
      stream.onClose(remove);
      return reply;
    },
  );
};
