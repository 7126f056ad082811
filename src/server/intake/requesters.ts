/**
 * Look-up of known requesters while registering a request: by name, e-mail or phone, among people
 * who agreed to have their details kept. Accent-insensitive: "helene" finds "Hélène".
 */

import type { KnownRequester } from '../../core/api/intake.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { normalise } from '../geocoding/normalise.js';
import { findRequesterCandidates, type RequesterPatterns } from './intake.repository.js';

const SHOWN = 10;
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

export async function findRequesters(relais: Relais, actor: Actor, q: string): Promise<KnownRequester[]> {
  authorize(actor, 'request.read_personal_data');
  const wanted = normalise(q);
  const digits = digitsOf(q);
  if (!wanted) return [];
  const rows = await findRequesterCandidates(relais.db, patternsFor(q), CANDIDATES);
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
