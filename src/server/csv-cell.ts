/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection): a leading
 * quote makes it text. Reading removes that quote again, so an export imports unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const protectCell = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export const unprotectCell = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
