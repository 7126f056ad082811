import { normalise } from '../../core/glossary/text.js';

/** Names by id, to show what an id points at (a department's body, a user's scope…). */
export function namesOf(items: readonly { id: string; name: string }[]): ReadonlyMap<string, string> {
  return new Map(items.map((item) => [item.id, item.name]));
}

export const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'fr');

/** Templates have a title where everything else has a name. */
export type Named = { name: string } | { title: string };

/** What an item is called in a notification or a dialog's title. */
export const labelOf = (item: Named): string => ('name' in item ? item.name : item.title);

/** With a single item (a city with one body) there is nothing to choose: it is chosen already. */
export const onlyId = (items: readonly { id: string }[]): string | null =>
  items.length === 1 ? (items[0]?.id ?? null) : null;

/** Whether an item's texts hold what is searched, accents and case aside. */
export const matchesSearch = (search: string, ...texts: readonly string[]): boolean =>
  normalise(texts.join(' ')).includes(normalise(search.trim()));
