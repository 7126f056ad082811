/**
 * Forms of the administration: checked with the shared zod schemas before they are sent, with
 * French messages per field, and the server's refusals (a duplicate code, a rule on scopes) shown
 * on the field they name.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../app/http.js';
import { queryKeys } from '../app/queryKeys.js';
import { i18next } from '../i18n/index.js';
import { type ErrorMessageKey, errorMessageKey } from '../ui/errorMessage.js';
import { type FieldErrors, fieldErrorsOf, InvalidForm } from '../ui/formErrors.js';

type Issue = z.core.$ZodIssue;

/**
 * The core's schemas carry English messages for API clients; a form says the same in French,
 * from the kind of issue and where it is.
 */
function issueMessage(issue: Issue): string {
  const t = i18next.t;
  const [first] = issue.path;
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1 ? t('validation.required') : t('validation.minLength', { count: minimum });
      }
      if (issue.origin === 'number') return t('admin.validation.atLeast', { count: minimum });
      return t('validation.required');
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return t('validation.maxLength', { count: maximum });
      if (issue.origin === 'number') return t('admin.validation.atMost', { count: maximum });
      return t('admin.validation.tooMany', { count: maximum });
    }
    case 'invalid_format':
      // E-mail and other formats: zod's French locale (set in i18n/index.ts) already says it.
      return issue.format === 'regex' ? t('admin.validation.code') : issue.message;
    case 'custom':
      if (issue.path.includes('values')) return t('admin.validation.values');
      if (first === 'synonyms' || first === 'procedure') return t('admin.validation.listItem');
      if (first === 'questions') return t('admin.validation.questionTwice');
      if (first === 'routes') return t('admin.validation.territoryTwice');
      return t('validation.format');
    default:
      return issue.message;
  }
}

/** The value a form gave at `path`, to tell an empty field from a wrong one. */
function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Parses form values with a core schema, or throws InvalidForm with a French message per field. */
export function parseAdminForm<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    // An empty field is missing, whatever format it should have had.
    const message = isEmpty(valueAt(values, issue.path)) ? i18next.t('validation.required') : issueMessage(issue);
    fields[issue.path.join('.')] ??= message;
  }
  throw new InvalidForm(fields);
}

/** The server names the field a rule refuses at the start of its message: "code: another …". */
const FIELD_MESSAGE = /^([A-Za-z]+(?:\[\d+\]\.[A-Za-z]+)?): (.+)$/s;

/** The server's field rules said in French; any other refusal is shown as the server wrote it. */
function serverFieldMessage(status: number, path: string, text: string): string {
  const t = i18next.t;
  const field = path.split('.').at(-1);
  // A reference checked by the server ("departmentId: no department has the id …") went away meanwhile.
  if (/^(no \w+|nothing) has the id/.test(text)) return t('admin.errors.gone');
  if (status === 409) {
    if (field === 'code') return t('admin.errors.codeTaken');
    if (field === 'email') return t('admin.errors.emailTaken');
    if (field === 'territoryId') return t('admin.errors.hubTaken');
    if (field === 'role') return t('admin.errors.ownRole');
  }
  if (status === 400) {
    if (field === 'territoryId') return t('admin.errors.hubNeedsTerritory');
    if (field === 'contractorId') return t('admin.errors.contractorScope');
    if (field === 'departmentId') return t('admin.errors.departmentScope');
  }
  return text;
}

/** Messages per field of a failed submission: the form's own checks, then the server's. */
export function adminFieldErrors(error: unknown): FieldErrors {
  const fields = fieldErrorsOf(error);
  if (Object.keys(fields).length > 0 || !(error instanceof ApiError)) return fields;
  if (error.status !== 400 && error.status !== 409) return {};
  const match = FIELD_MESSAGE.exec(error.message);
  if (!match?.[1] || !match[2]) return {};
  const path = match[1].replace(/\[(\d+)\]/g, '.$1');
  return { [path]: serverFieldMessage(error.status, path, match[2]) };
}

export type AdminErrorKey = Exclude<ErrorMessageKey, 'notFound'> | 'gone';

/** Which sentence (under `admin.errors.`) explains a failure that no field explains. */
export function adminErrorKey(error: unknown): AdminErrorKey {
  if (Object.keys(adminFieldErrors(error)).length > 0) return 'invalid';
  const key = errorMessageKey(error);
  // What an administrator changes was there when the page was read: missing now, someone removed it.
  return key === 'notFound' ? 'gone' : key;
}

/**
 * After any administrative change: every admin list, and what the other screens read from the
 * same tables (the directory, the glossary, the templates offered to agents).
 */
export function useRefreshAdmin(): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['admin'], queryKeys.directory, queryKeys.glossary, ['templates']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/**
 * A form's values, its submission and the errors per field. `text`, `checkbox` and `select` give
 * an input's value, change handler and error in one spread.
 */
export function useAdminForm<T extends object, R>({
  initial,
  save,
  onSaved,
}: {
  initial: () => T;
  save: (values: T) => Promise<R>;
  onSaved: (result: R) => void;
}) {
  const [values, setValues] = useState<T>(initial);
  const refresh = useRefreshAdmin();
  const mutation = useMutation({
    mutationFn: save,
    // Close or leave at once; the lists catch up a moment later.
    onSuccess: (result) => {
      onSaved(result);
      return refresh();
    },
  });
  const errors = adminFieldErrors(mutation.error);

  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((current) => ({ ...current, [key]: value }));
  const text = <K extends KeysOf<T, string> & string>(key: K) => ({
    value: String(values[key]),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      // Read now: the event's target is gone by the time the state updater runs.
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [key]: value }));
    },
    error: errors[key],
  });
  const checkbox = <K extends KeysOf<T, boolean> & string>(key: K) => ({
    checked: Boolean(values[key]),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { checked } = event.currentTarget;
      setValues((current) => ({ ...current, [key]: checked }));
    },
    error: errors[key],
  });
  // Selects and their like give the value itself, or null once cleared.
  const select = <K extends KeysOf<T, string | null> & string>(key: K) => ({
    value: values[key],
    onChange: (value: T[K]) => set(key, value),
    error: errors[key],
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(values);
  };

  return { values, set, setValues, errors, text, checkbox, select, onSubmit, mutation };
}

/** What a form's frame needs of it: its submission, whether it is under way, and why it failed. */
export interface SubmittedForm {
  onSubmit: (event: FormEvent) => void;
  mutation: { isPending: boolean; error: unknown };
}

/** A blank optional text is "none" for the API (e.g. no e-mail), not an empty string. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
