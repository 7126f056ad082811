/**
 * The role a route needs, checked when the request arrives (session.ts), before its body is read or
 * validated: a role that may never do what the route does learns nothing of its schema, and cannot
 * make the server parse an upload. Services still check the same permission on the very request
 * (its body, department, contractor) with authorize(); this is the role's half, from the same table
 * (core/permissions). A route needs one of the permissions listed; routes not listed (public ones,
 * reads, signing out) leave the whole check to their service.
 */
import { ACTIONS } from '../../core/lifecycle.js';
import { can, type Permission, transitionPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';

/** Everything under this prefix is administration. */
const ADMIN_PREFIX = '/api/admin/';

/** Keyed by method and path as registered (`POST /api/requests/:id/comments`). */
export const ROUTE_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  'POST /api/requests': ['request.create'],
  'POST /api/photos': ['request.create'],
  'POST /api/requests/:id/reports': ['request.create'],
  'POST /api/requests/:id/comments': ['request.comment'],
  // Which transition is in the body: the role must be able to make at least one.
  'POST /api/requests/:id/transitions': ACTIONS.map(transitionPermission),
  'POST /api/requests/:id/interventions': ['request.record_intervention'],
  'POST /api/requests/:id/photos': ['request.add_photo'],
  'POST /api/queue/bulk': ['queue.read'],
  'POST /api/views': ['request.read'],
  'DELETE /api/views/:id': ['request.read'],
  'POST /api/templates/preview': ['templates.read'],
  'POST /api/glossary/suggest': ['glossary.read'],
};

function permissionsOf(method: string, url: string): readonly Permission[] | undefined {
  if (url.startsWith(ADMIN_PREFIX)) return ['admin.manage'];
  // HEAD is answered by the GET route.
  return ROUTE_PERMISSIONS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

/** The first permission the route needs that `actor`'s role lacks entirely, or null. */
export function missingRoutePermission(actor: Actor, method: string, url: string): Permission | null {
  const needs = permissionsOf(method, url);
  if (!needs || needs.some((permission) => can(actor, permission))) return null;
  return needs[0] ?? null;
}
