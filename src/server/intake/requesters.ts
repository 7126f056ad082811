/**
 * Look-up of known requesters while registering a request: by name, e-mail or phone, among people
 * who agreed to have their details kept. Accent-insensitive: "helene" finds "Hélène". Need to know:
 * a few rows, only from requests whose personal data the agent may read, each look-up audited.
 */

import { uuidv7 } from 'uuidv7';
import type { KnownRequester } from '../../core/api/intake.js';
import { reachOf } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { insertAuditEntry } from '../admin/audit.repository.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { normalise } from '../geocoding/normalise.js';
import { findRequesterCandidates, type RequesterPatterns, type RequesterScope } from './intake.repository.js';

export const SHOWN = 5;
const CANDIDATES = 200;
/** Fewer digits than this look like part of a name or a street number, not a phone number. */
const MIN_PHONE_DIGITS = 4;

const digitsOf = (text: string | null) => (text ?? '').replace(/\D/g, '');

/**
 * SQL's lower() and LIKE do not ignore accents on both databases: letters that often carry one
 * match any one character here, and the exact comparison is made afterwards, in code.
 */
function patternsFor(q: string): RequesterPatterns {
  const loose = normalise(q).replace(/[aceiouy]/g, '_');
  const digits = digitsOf(q);
  return {
    text: `%${loose.replace(/ /g, '%')}%`,
    digits: digits.length >= MIN_PHONE_DIGITS ? `%${digits}%` : null,
  };
}

/** The requests whose requesters `actor` may look up: those whose personal data it may read. */
function lookUpScope(actor: Actor): RequesterScope {
  switch (reachOf(actor, 'request.read_personal_data')) {
    case 'body':
      return actor.bodyId === null ? {} : { bodyId: actor.bodyId };
    case 'department':
      return { departmentId: actor.departmentId ?? '' };
    default:
      return {};
  }
}

export async function findRequesters(relais: Relais, actor: Actor, q: string): Promise<KnownRequester[]> {
  authorize(actor, 'request.read_personal_data');
  const found = await lookUp(relais, actor, q);
  await insertAuditEntry(relais.db, {
    id: uuidv7(),
    actor_id: actor.id,
    at: new Date().toISOString(),
    entity: 'requester_lookups',
    entity_id: uuidv7(),
    action: 'lookup',
    before: null,
    after: JSON.stringify({ q, shown: found.map((r) => r.lastReference) }),
  });
  return found;
}

async function lookUp(relais: Relais, actor: Actor, q: string): Promise<KnownRequester[]> {
  const wanted = normalise(q);
  const digits = digitsOf(q);
  if (!wanted) return [];
  const rows = await findRequesterCandidates(relais.db, patternsFor(q), lookUpScope(actor), CANDIDATES);
  const matches = (r: (typeof rows)[number]) =>
    normalise(r.name ?? '').includes(wanted) ||
    normalise(r.email ?? '').includes(wanted) ||
    (digits.length >= MIN_PHONE_DIGITS && digitsOf(r.phone).includes(digits));
  const seen = new Set<string>();
  const found: KnownRequester[] = [];
  for (const r of rows.filter(matches).sort((a, b) => b.at.localeCompare(a.at))) {
    const key = [normalise(r.name ?? ''), (r.email ?? '').toLowerCase(), digitsOf(r.phone)].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      name: r.name ?? '',
      email: r.email,
      phone: r.phone,
      channel: r.channel ?? 'none',
      lastReference: r.reference,
      lastAt: r.at,
    });
    if (found.length === SHOWN) break;
  }
  return found;
}
