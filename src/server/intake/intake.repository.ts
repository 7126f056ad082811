import { type Insertable, type Kysely, sql } from 'kysely';
import { OPEN_STATUSES } from '../../core/lifecycle.js';
import type { Database, RequestFollowersTable } from '../db/schema.js';
import type { Box } from '../geocoding/distance.js';

/** Open requests whose position is inside `box` (indexed on lat, lon), newest first. */
export function findOpenRequestsInBox(db: Kysely<Database>, box: Box, limit: number) {
  return db
    .selectFrom('requests')
    .leftJoin('categories', 'categories.id', 'requests.category_id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.status',
      'requests.address',
      'requests.description',
      'requests.lat',
      'requests.lon',
      'requests.created_at',
      'requests.category_id',
      'categories.name as category_name',
      'categories.family_id',
    ])
    .where('requests.lat', '>=', box.minLat)
    .where('requests.lat', '<=', box.maxLat)
    .where('requests.lon', '>=', box.minLon)
    .where('requests.lon', '<=', box.maxLon)
    .where('requests.status', 'in', OPEN_STATUSES)
    .orderBy('requests.created_at', 'desc')
    .limit(limit)
    .execute();
}
export type NearbyRequestRow = Awaited<ReturnType<typeof findOpenRequestsInBox>>[number];

export function findCategoryForDuplicates(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('categories')
    .select(['id', 'family_id', 'duplicate_radius_m'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertFollower(db: Kysely<Database>, row: Insertable<RequestFollowersTable>): Promise<void> {
  await db.insertInto('request_followers').values(row).execute();
}

export interface RequesterPatterns {
  /** LIKE pattern over lower-cased names and e-mails. */
  text: string;
  /** LIKE pattern over phone numbers stripped of spaces, dots and dashes; null to skip phones. */
  digits: string | null;
}

const phoneDigits = (column: 'requests.requester_phone' | 'request_followers.phone') =>
  sql<string>`replace(replace(replace(${sql.ref(column)}, ' ', ''), '.', ''), '-', '')`;

/**
 * Requesters who consented to have their details kept, from requests and from followers, newest
 * first. Patterns are loose (see the service); the caller filters exactly.
 */
/** Look only at requests of this body or department (none: every request). */
export interface RequesterScope {
  bodyId?: string;
  departmentId?: string;
}

export async function findRequesterCandidates(
  db: Kysely<Database>,
  patterns: RequesterPatterns,
  scope: RequesterScope,
  limit: number,
) {
  const [fromRequests, fromFollowers] = await Promise.all([
    db
      .selectFrom('requests')
      .select([
        'requests.requester_name as name',
        'requests.requester_email as email',
        'requests.requester_phone as phone',
        'requests.requester_channel as channel',
        'requests.reference',
        'requests.created_at as at',
      ])
      .where('requests.requester_consent', '=', 1)
      .where('requests.requester_name', 'is not', null)
      .$if(scope.bodyId !== undefined, (q) => q.where('requests.body_id', '=', scope.bodyId ?? ''))
      .$if(scope.departmentId !== undefined, (q) => q.where('requests.department_id', '=', scope.departmentId ?? ''))
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['requests.requester_name']), 'like', patterns.text),
          eb(eb.fn('lower', ['requests.requester_email']), 'like', patterns.text),
          ...(patterns.digits ? [eb(phoneDigits('requests.requester_phone'), 'like', patterns.digits)] : []),
        ]),
      )
      .orderBy('requests.created_at', 'desc')
      .orderBy('requests.id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('request_followers')
      .innerJoin('requests', 'requests.id', 'request_followers.request_id')
      .select([
        'request_followers.name',
        'request_followers.email',
        'request_followers.phone',
        'request_followers.channel',
        'requests.reference',
        'request_followers.created_at as at',
      ])
      .where('request_followers.consent', '=', 1)
      .$if(scope.bodyId !== undefined, (q) => q.where('requests.body_id', '=', scope.bodyId ?? ''))
      .$if(scope.departmentId !== undefined, (q) => q.where('requests.department_id', '=', scope.departmentId ?? ''))
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['request_followers.name']), 'like', patterns.text),
          eb(eb.fn('lower', ['request_followers.email']), 'like', patterns.text),
          ...(patterns.digits ? [eb(phoneDigits('request_followers.phone'), 'like', patterns.digits)] : []),
        ]),
      )
      .orderBy('request_followers.created_at', 'desc')
      .orderBy('request_followers.id', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return [...fromRequests, ...fromFollowers];
}
