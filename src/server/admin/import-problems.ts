/** An import refused as a whole: every problem found, each saying where it is. */
import type { ImportProblem } from '../../core/api/admin.js';
import { HttpError } from '../errors.js';

/** The message lists the first problems; `issues` in the answer holds them all. */
const LISTED = 10;

export class ImportRejected extends HttpError {
  constructor(readonly problems: ImportProblem[]) {
    const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
    const listed = problems.slice(0, LISTED).map((p) => `${p.path}: ${p.message}`);
    if (problems.length > LISTED) listed.push(`and ${problems.length - LISTED} more`);
    super(400, `Nothing was imported: the file has ${count}. ${listed.join('; ')}`);
    this.name = 'ImportRejected';
  }
}

/** A problem of a CSV cell or row; rows are counted as a spreadsheet does (the header is row 1). */
export function rowProblem(row: number, column: string | undefined, message: string): ImportProblem {
  return column === undefined
    ? { path: `row ${row}`, row, message }
    : { path: `row ${row}, ${column}`, row, column, message };
}

/** A problem of a GeoJSON feature, by its index in `features` (from 0). */
export function featureProblem(feature: number, path: readonly PropertyKey[], message: string): ImportProblem {
  const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return { path: `features[${feature}]${where}`, feature, message };
}
