/**
 * Territories as GeoJSON: export as a FeatureCollection (properties: code, name), and import
 * that upserts by code in one transaction, after every feature was checked.
 */
import type { z } from 'zod';
import {
  type ImportCounts,
  type ImportProblem,
  type territoryCollectionSchema,
  territoryFeatureSchema,
} from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { adminTransaction } from './change.js';
import { changeEntity, insertEntity } from './entity.service.js';
import { featureProblem, ImportRejected } from './import-problems.js';
import { territories } from './territories.entity.js';

type Feature = z.output<typeof territoryFeatureSchema>;

export async function exportTerritories(
  relais: Relais,
  actor: Actor,
): Promise<z.input<typeof territoryCollectionSchema>> {
  authorize(actor, 'admin.manage');
  const all = await territories.list(relais.db);
  return {
    type: 'FeatureCollection',
    features: all.map((t) => ({
      type: 'Feature',
      properties: { code: t.code, name: t.name },
      geometry: t.geometry,
    })),
  };
}

function readFeatures(features: unknown[]): { valid: Feature[]; problems: ImportProblem[] } {
  const valid: Feature[] = [];
  const problems: ImportProblem[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, feature] of features.entries()) {
    const parsed = territoryFeatureSchema.safeParse(feature);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(featureProblem(index, issue.path, issue.message));
      continue;
    }
    const { code } = parsed.data.properties;
    const first = firstIndex.get(code);
    if (first !== undefined) {
      problems.push(featureProblem(index, ['properties', 'code'], `"${code}" is already the code of feature ${first}`));
    }
    firstIndex.set(code, first ?? index);
    valid.push(parsed.data);
  }
  return { valid, problems };
}

export async function importTerritories(
  relais: Relais,
  actor: Actor,
  collection: { features: unknown[] },
): Promise<{ territories: ImportCounts }> {
  authorize(actor, 'admin.manage');
  const { valid, problems } = readFeatures(collection.features);
  if (problems.length > 0) throw new ImportRejected(problems);
  return adminTransaction(relais, actor, async (change) => {
    const existing = new Map((await territories.list(change.trx)).map((t) => [t.code, t]));
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const { properties, geometry } of valid) {
      const input = { code: properties.code, name: properties.name, geometry };
      const before = existing.get(properties.code);
      if (before) {
        const changed = await changeEntity(change, territories, before, input, 'import');
        counts[changed ? 'updated' : 'unchanged'] += 1;
      } else {
        await insertEntity(change, territories, input, 'import');
        counts.created += 1;
      }
    }
    return { territories: counts };
  });
}
