/**
 * The glossary as a CSV file a spreadsheet user can edit: one row per category, lists joined by
 * "|", ";"-separated with a BOM (what French spreadsheets expect), formulas neutralised.
 * Reading checks every row and reports every problem; it knows nothing of the database.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import {
  codeSchema,
  deadlineDaysSchema,
  descriptionSchema,
  GLOSSARY_COLUMNS,
  type GlossaryColumn,
  type ImportProblem,
  LIST_SEPARATOR,
  nameSchema,
  procedureSchema,
  synonymsSchema,
} from '../../core/api/admin.js';
import { protectCell, unprotectCell } from '../csv-cell.js';
import { rowProblem } from './import-problems.js';

export interface GlossaryLine {
  familyCode: string;
  familyName: string;
  categoryCode: string;
  categoryName: string;
  description: string;
  synonyms: string[];
  departmentCode: string;
  deadlineDays: number;
  needsValidation: boolean;
  needsContractor: boolean;
  procedure: string[];
  active: boolean;
}

/** A line read from a file, with its row number as a spreadsheet shows it. */
export type ReadLine = GlossaryLine & { row: number };

const YES = ['oui', 'o', 'yes', 'y', 'true', 'vrai', '1'];
const NO = ['non', 'n', 'no', 'false', 'faux', '0'];
const yesNo = (value: boolean) => (value ? 'oui' : 'non');

const listCell = <T extends z.ZodType<string[], string[]>>(items: T) =>
  z
    .string()
    .transform((cell) =>
      cell
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    )
    .pipe(items);
const flagCell = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => YES.includes(v) || NO.includes(v), 'oui or non')
  .transform((v) => YES.includes(v));
const daysCell = z
  .string()
  .trim()
  .regex(/^\d+$/, 'a whole number of working days')
  .transform(Number)
  .pipe(deadlineDaysSchema);

/** A row's schema; department codes must be among `departmentCodes` (those in the database). */
const rowSchema = (departmentCodes: ReadonlySet<string>) =>
  z
    .object({
      family_code: codeSchema,
      family_name: nameSchema,
      category_code: codeSchema,
      category_name: nameSchema,
      category_description: descriptionSchema,
      synonyms: listCell(synonymsSchema),
      department_code: codeSchema.superRefine((code, ctx) => {
        if (!departmentCodes.has(code))
          ctx.addIssue({ code: 'custom', message: `no department has the code "${code}"` });
      }),
      deadline_days: daysCell,
      needs_validation: flagCell,
      needs_contractor: flagCell,
      procedure: listCell(procedureSchema),
      active: flagCell,
    } satisfies Record<GlossaryColumn, z.ZodType>)
    .transform(
      (r): GlossaryLine => ({
        familyCode: r.family_code,
        familyName: r.family_name,
        categoryCode: r.category_code,
        categoryName: r.category_name,
        description: r.category_description,
        synonyms: r.synonyms,
        departmentCode: r.department_code,
        deadlineDays: r.deadline_days,
        needsValidation: r.needs_validation,
        needsContractor: r.needs_contractor,
        procedure: r.procedure,
        active: r.active,
      }),
    );

export function writeGlossaryCsv(lines: GlossaryLine[]): string {
  const records = lines.map((l) => {
    const cells: Record<GlossaryColumn, string> = {
      family_code: l.familyCode,
      family_name: l.familyName,
      category_code: l.categoryCode,
      category_name: l.categoryName,
      category_description: l.description,
      synonyms: l.synonyms.join(LIST_SEPARATOR),
      department_code: l.departmentCode,
      deadline_days: String(l.deadlineDays),
      needs_validation: yesNo(l.needsValidation),
      needs_contractor: yesNo(l.needsContractor),
      procedure: l.procedure.join(LIST_SEPARATOR),
      active: yesNo(l.active),
    };
    return GLOSSARY_COLUMNS.map((column) => protectCell(cells[column]));
  });
  return stringify(records, { header: true, columns: [...GLOSSARY_COLUMNS], delimiter: ';', bom: true });
}

function headerProblems(header: string[]): ImportProblem[] {
  const known: readonly string[] = GLOSSARY_COLUMNS;
  const problems = GLOSSARY_COLUMNS.filter((c) => !header.includes(c)).map((c) =>
    rowProblem(1, c, 'this column is missing from the header'),
  );
  for (const [index, column] of header.entries()) {
    if (!known.includes(column)) {
      problems.push(rowProblem(1, column, `unknown column; the columns are ${GLOSSARY_COLUMNS.join(', ')}`));
    } else if (header.indexOf(column) !== index) {
      problems.push(rowProblem(1, column, 'this column appears twice'));
    }
  }
  return problems;
}

/** Categories appear once; a family has one name, whichever row says it. */
function crossRowProblems(lines: ReadLine[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const categoryRows = new Map<string, number>();
  const families = new Map<string, ReadLine>();
  for (const line of lines) {
    const firstRow = categoryRows.get(line.categoryCode);
    if (firstRow !== undefined) {
      problems.push(rowProblem(line.row, 'category_code', `"${line.categoryCode}" is already on row ${firstRow}`));
    } else {
      categoryRows.set(line.categoryCode, line.row);
    }
    const family = families.get(line.familyCode);
    if (family === undefined) {
      families.set(line.familyCode, line);
    } else if (family.familyName !== line.familyName) {
      problems.push(
        rowProblem(
          line.row,
          'family_name',
          `row ${family.row} names the family "${line.familyCode}" "${family.familyName}": one name per family`,
        ),
      );
    }
  }
  return problems;
}

/** French spreadsheets write ";", others ","; the header line tells which. */
const delimiterOf = (text: string) => ((text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',');

const parseRecords = (text: string): string[][] =>
  parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true });

/** Reads a glossary CSV: the lines when every row is valid, else every problem found. */
export function readGlossaryCsv(
  text: string,
  departmentCodes: ReadonlySet<string>,
): { lines: ReadLine[]; problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parseRecords(text);
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 1;
    const message = error instanceof Error ? error.message : 'not a CSV file';
    return { lines: [], problems: [rowProblem(line, undefined, `the file cannot be read as CSV: ${message}`)] };
  }
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { lines: [], problems: [rowProblem(1, undefined, 'the file is empty: row 1 must be the header')] };
  }
  const columns = header.map((cell) => cell.trim());
  const problems = headerProblems(columns);
  if (problems.length > 0) return { lines: [], problems };

  const schema = rowSchema(departmentCodes);
  const lines: ReadLine[] = [];
  for (const [index, cells] of rows.entries()) {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== columns.length) {
      problems.push(rowProblem(row, undefined, `${cells.length} cells where the header has ${columns.length}`));
      continue;
    }
    const record = Object.fromEntries(columns.map((column, i) => [column, unprotectCell(cells[i] ?? '')]));
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      lines.push({ ...parsed.data, row });
    } else {
      for (const issue of parsed.error.issues) problems.push(rowProblem(row, String(issue.path[0]), issue.message));
    }
  }
  problems.push(...crossRowProblems(lines));
  return { lines, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
