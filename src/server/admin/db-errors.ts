/** Constraint violations, recognised on both dialects by their driver's error code. */
const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

const UNIQUE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const FOREIGN_KEY = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);

export const isUniqueViolation = (error: unknown): boolean => UNIQUE.has(codeOf(error));
export const isForeignKeyViolation = (error: unknown): boolean => FOREIGN_KEY.has(codeOf(error));
