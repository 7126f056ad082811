/**
 * Duplicates nearby: open requests within the category's radius that are about the same kind of
 * problem (same category or family) or share words with the description typed so far, ranked by
 * closeness, then likeness. A broken fountain next to a dark street light is not offered: attaching
 * to it would lose the report.
 */
import type { DuplicateCandidate, DuplicatesQuery, DuplicatesResponse } from '../../core/api/intake.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { badRequest } from '../errors.js';
import { boxAround, distanceM } from '../geocoding/distance.js';
import { findCategoryForDuplicates, findOpenRequestsInBox, type NearbyRequestRow } from './intake.repository.js';
import { sharedWords, significantWords } from './similarity.js';

/** The radius when no category is chosen yet (categories carry their own: duplicate_radius_m). */
const DEFAULT_DUPLICATE_RADIUS_M = 150;
const SHOWN = 10;
/** Open requests read in the box before ranking: a busy street corner has far fewer. */
const CANDIDATES = 200;

const WEIGHTS = { distance: 0.45, category: 0.35, text: 0.2 };

interface Ranked {
  candidate: DuplicateCandidate;
  score: number;
}

function rank(
  row: NearbyRequestRow,
  query: DuplicatesQuery,
  radiusM: number,
  category: { id: string; family_id: string } | undefined,
  typed: Set<string>,
): Ranked | null {
  const distance = distanceM(query, row);
  if (distance > radiusM) return null;
  const sameCategory = !!category && row.category_id === category.id;
  const sameFamily = !!category && row.family_id === category.family_id;
  const shared = sharedWords(typed, significantWords(row.description));
  if (!sameFamily && shared.words.length === 0) return null;
  const score =
    WEIGHTS.distance * (1 - distance / radiusM) +
    WEIGHTS.category * (sameCategory ? 1 : sameFamily ? 0.5 : 0) +
    WEIGHTS.text * shared.share;
  return {
    score,
    candidate: {
      id: row.id,
      reference: row.reference,
      status: row.status,
      category: row.category_id && row.category_name ? { id: row.category_id, name: row.category_name } : null,
      address: row.address,
      description: row.description,
      distanceM: Math.round(distance),
      sameCategory,
      sharedWords: shared.words,
      createdAt: row.created_at,
    },
  };
}

export async function findDuplicates(
  relais: Relais,
  actor: Actor,
  query: DuplicatesQuery,
): Promise<DuplicatesResponse> {
  // An intake tool: whoever may register a request may see what is already open nearby.
  authorize(actor, 'request.create');
  const category = query.categoryId ? await findCategoryForDuplicates(relais.db, query.categoryId) : undefined;
  if (query.categoryId && !category) throw badRequest(`categoryId: no category has the id ${query.categoryId}`);
  const radiusM = category?.duplicate_radius_m ?? DEFAULT_DUPLICATE_RADIUS_M;
  const rows = await findOpenRequestsInBox(relais.db, boxAround(query, radiusM), CANDIDATES);
  const typed = significantWords(query.text ?? '');
  const items = rows
    .map((row) => rank(row, query, radiusM, category, typed))
    .filter((r): r is Ranked => r !== null)
    .sort((a, b) => b.score - a.score || a.candidate.distanceM - b.candidate.distanceM)
    .slice(0, SHOWN)
    .map((r) => r.candidate);
  return { radiusM, items };
}
