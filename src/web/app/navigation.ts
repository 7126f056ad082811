import { type Icon, IconInbox, IconList, IconPlus } from '@tabler/icons-react';
import type { Permission } from '../../core/permissions.js';

export interface NavEntry {
  to: string;
  label: 'nav.newRequest' | 'nav.inbox' | 'nav.requests';
  icon: Icon;
  /** Shown only to roles that hold this permission. */
  permission: Permission;
}

/** In order of display; the first entry whose path starts the current one is the active one. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/demandes/nouvelle', label: 'nav.newRequest', icon: IconPlus, permission: 'request.create' },
  { to: '/a-qualifier', label: 'nav.inbox', icon: IconInbox, permission: 'request.accept' },
  { to: '/demandes', label: 'nav.requests', icon: IconList, permission: 'request.read' },
];

export function activeEntry(entries: readonly NavEntry[], pathname: string): NavEntry | undefined {
  return entries.find((entry) => pathname === entry.to || pathname.startsWith(`${entry.to}/`));
}
