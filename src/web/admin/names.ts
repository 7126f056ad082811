/** Names by id, to show what an id points at (a department's body, a user's scope…). */
export function namesOf(items: readonly { id: string; name: string }[]): ReadonlyMap<string, string> {
  return new Map(items.map((item) => [item.id, item.name]));
}

export const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'fr');
