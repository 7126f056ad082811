/** The directory (bodies, departments, territories, families, categories, contractors), loaded once. */

import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Category, Directory } from '../../core/api/directory.js';
import { getDirectory } from './api.js';
import { queryKeys } from './queryKeys.js';

interface Named {
  id: string;
  name: string;
}

type ById<T> = ReadonlyMap<string, T>;

export interface DirectoryIndex extends Directory {
  bodyById: ById<Directory['bodies'][number]>;
  departmentById: ById<Directory['departments'][number]>;
  territoryById: ById<Directory['territories'][number]>;
  familyById: ById<Directory['families'][number]>;
  categoryById: ById<Category>;
  contractorById: ById<Directory['contractors'][number]>;
}

function byId<T extends Named>(items: readonly T[]): ById<T> {
  return new Map(items.map((item) => [item.id, item]));
}

function indexDirectory(directory: Directory): DirectoryIndex {
  return {
    ...directory,
    bodyById: byId(directory.bodies),
    departmentById: byId(directory.departments),
    territoryById: byId(directory.territories),
    familyById: byId(directory.families),
    categoryById: byId(directory.categories),
    contractorById: byId(directory.contractors),
  };
}

/** The directory; suspends on the first load (the app shell shows the loader). */
export function useDirectory(): DirectoryIndex {
  return useSuspenseQuery({
    queryKey: queryKeys.directory,
    queryFn: getDirectory,
    staleTime: 60 * 60_000,
    select: indexDirectory,
  }).data;
}

/** The name of `id` in `items`, or null when there is no id (or it is unknown). */
export function nameOf<T extends Named>(items: ById<T>, id: string | null): string | null {
  return id === null ? null : (items.get(id)?.name ?? null);
}

const byLabel = (a: ComboboxItem, b: ComboboxItem) => a.label.localeCompare(b.label, 'fr');

/** Select options for a list of named things, sorted by name. */
export function options(items: readonly Named[]): ComboboxItem[] {
  return items.map((item) => ({ value: item.id, label: item.name })).sort(byLabel);
}

/** Category options grouped by family, for a searchable select. */
export function categoryOptions(directory: DirectoryIndex): ComboboxItemGroup<ComboboxItem>[] {
  return directory.families
    .map((family) => ({
      group: family.name,
      items: options(directory.categories.filter((category) => category.familyId === family.id)),
    }))
    .filter((group) => group.items.length > 0)
    .sort((a, b) => a.group.localeCompare(b.group, 'fr'));
}
