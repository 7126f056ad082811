/**
 * Response templates: the texts the dispatcher and the departments answer with (a rejection, a
 * redirection, a hold...), with placeholders filled from the request. Pure, so the web previews
 * exactly what the server renders.
 */
import type { Locale } from './api/auth.js';

/** The decision a template explains; the screens offer the templates of the decision at hand. */
export const TEMPLATE_KINDS = ['reject', 'redirect', 'duplicate', 'comment', 'hold', 'resolve'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PLACEHOLDERS = ['reference', 'department', 'body', 'category', 'deadline', 'address'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_PATTERN = /\{([a-zA-Z_]+)\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/**
 * Replaces each `{name}` by its value. A placeholder that is unknown or has no value stays as
 * written, so the agent sees what is missing instead of a silent gap in the text.
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (match, name: string) => {
    const value = isPlaceholder(name) ? values[name] : undefined;
    return value ?? match;
  });
}

/** The `{names}` of a text that are not placeholders (typos, most often), in order, once each. */
export function unknownPlaceholders(text: string): string[] {
  return unfilledPlaceholders(text, {}).filter((name) => !isPlaceholder(name));
}

/** The `{names}` of a text left as written by `renderTemplate` with these values, once each. */
export function unfilledPlaceholders(text: string, values: TemplateValues): string[] {
  const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => !isPlaceholder(name) || values[name] === undefined))];
}

/** A deadline (YYYY-MM-DD) as people read it: "15 janvier 2027", "15 January 2027". */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
