/**
 * The glossary CSV: export, and import that upserts families and categories by code in one
 * transaction, after every row was checked (nothing is imported while any row is wrong).
 * Extra questions, territory routes and family descriptions are not in the file: the import
 * keeps them as they are.
 */
import { categoryInput, type GlossaryImportResult, type ImportCounts } from '../../core/api/admin.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { categories } from './categories.entity.js';
import { type AdminChange, adminTransaction } from './change.js';
import { departments } from './departments.entity.js';
import { changeEntity, insertEntity } from './entity.service.js';
import { families } from './families.entity.js';
import { type GlossaryLine, type ReadLine, readGlossaryCsv, writeGlossaryCsv } from './glossary-csv.js';
import { ImportRejected } from './import-problems.js';

const byCode = <T extends { code: string }>(items: T[]) => new Map(items.map((item) => [item.code, item]));
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const tally = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

export async function exportGlossary(relais: Relais, actor: Actor): Promise<string> {
  authorize(actor, 'admin.manage');
  const { db } = relais;
  const familyOf = byId(await families.list(db));
  const departmentOf = byId(await departments.list(db));
  const lines = (await categories.list(db)).map(
    (c): GlossaryLine => ({
      familyCode: familyOf.get(c.familyId)?.code ?? '',
      familyName: familyOf.get(c.familyId)?.name ?? '',
      categoryCode: c.code,
      categoryName: c.name,
      description: c.description,
      synonyms: c.synonyms,
      departmentCode: departmentOf.get(c.departmentId)?.code ?? '',
      deadlineDays: c.deadlineDays,
      needsValidation: c.needsValidation,
      needsContractor: c.needsContractor,
      procedure: c.procedure,
      active: c.active,
    }),
  );
  const key = (l: GlossaryLine) => `${l.familyCode}\u0000${l.categoryCode}`;
  lines.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return writeGlossaryCsv(lines);
}

/** Families first (a new family belongs to the body of its first category's department). */
async function importFamilies(change: AdminChange, lines: ReadLine[], bodyOfDepartment: Map<string, string>) {
  const counts = tally();
  const existing = byCode(await families.list(change.trx));
  const ids = new Map<string, string>();
  for (const line of lines) {
    if (ids.has(line.familyCode)) continue;
    const before = existing.get(line.familyCode);
    if (before) {
      const input = { ...families.toInput(before), name: line.familyName };
      const changed = await changeEntity(change, families, before, input, 'import');
      counts[changed ? 'updated' : 'unchanged'] += 1;
      ids.set(line.familyCode, before.id);
    } else {
      const bodyId = bodyOfDepartment.get(line.departmentCode) ?? '';
      const input = { bodyId, code: line.familyCode, name: line.familyName, description: '' };
      const created = await insertEntity(change, families, input, 'import');
      counts.created += 1;
      ids.set(line.familyCode, created.id);
    }
  }
  return { counts, ids };
}

async function importCategories(
  change: AdminChange,
  lines: ReadLine[],
  familyIds: Map<string, string>,
  departmentIds: Map<string, string>,
) {
  const counts = tally();
  const existing = byCode(await categories.list(change.trx));
  for (const line of lines) {
    const fields = {
      familyId: familyIds.get(line.familyCode) ?? '',
      code: line.categoryCode,
      name: line.categoryName,
      description: line.description,
      synonyms: line.synonyms,
      departmentId: departmentIds.get(line.departmentCode) ?? '',
      deadlineDays: line.deadlineDays,
      needsValidation: line.needsValidation,
      needsContractor: line.needsContractor,
      procedure: line.procedure,
      active: line.active,
    };
    const before = existing.get(line.categoryCode);
    if (before) {
      const changed = await changeEntity(
        change,
        categories,
        before,
        { ...categories.toInput(before), ...fields },
        'import',
      );
      counts[changed ? 'updated' : 'unchanged'] += 1;
    } else {
      // New categories get the defaults of the admin API (no questions, no territory routes).
      await insertEntity(change, categories, categoryInput.parse(fields), 'import');
      counts.created += 1;
    }
  }
  return counts;
}

export async function importGlossary(relais: Relais, actor: Actor, csv: string): Promise<GlossaryImportResult> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async (change) => {
    const known = byCode(await departments.list(change.trx));
    const { lines, problems } = readGlossaryCsv(csv, new Set(known.keys()));
    if (problems.length > 0) throw new ImportRejected(problems);
    const departmentIds = new Map([...known].map(([code, d]) => [code, d.id]));
    const bodyOfDepartment = new Map([...known].map(([code, d]) => [code, d.bodyId]));
    const { counts, ids } = await importFamilies(change, lines, bodyOfDepartment);
    return { families: counts, categories: await importCategories(change, lines, ids, departmentIds) };
  });
}
