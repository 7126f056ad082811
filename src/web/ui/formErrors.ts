/**
 * Error messages per form field. Forms validate inside their mutation with the shared zod schemas
 * (`parseForm`), so a client-side refusal and a 400 from the API reach the form the same way.
 */
import type { z } from 'zod';
import { ApiError } from '../app/http.js';
import { i18next } from '../i18n/index.js';

/** Messages keyed by dotted field path, e.g. "requester.email". */
export type FieldErrors = Partial<Record<string, string>>;

/** The form was refused before reaching the server. */
export class InvalidForm extends Error {
  constructor(readonly fields: FieldErrors) {
    super('invalid form');
    this.name = 'InvalidForm';
  }
}

function firstPerPath(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** Parses form input with a core schema, or throws InvalidForm with a message per field. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidForm(
    firstPerPath(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        // The core's regex messages are written in English for API clients: say it in the UI's words.
        message:
          issue.code === 'invalid_format' && issue.format === 'regex' ? i18next.t('validation.format') : issue.message,
      })),
    ),
  );
}

/** Field errors of a failed submission; the server may prefix paths with "body" or write pointers. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (error instanceof InvalidForm) return error.fields;
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  return firstPerPath(
    error.issues.map((issue) => ({
      path: issue.path
        .replace(/^\//, '')
        .replaceAll('/', '.')
        .replace(/^body\./, ''),
      message: issue.message,
    })),
  );
}
