import {
  type Icon,
  IconBook,
  IconInbox,
  IconList,
  IconListCheck,
  IconMap,
  IconPlus,
  IconSettings,
} from '@tabler/icons-react';
import type { Permission } from '../../core/permissions.js';

export interface NavEntry {
  to: string;
  label:
    | 'nav.newRequest'
    | 'nav.inbox'
    | 'nav.queue'
    | 'nav.requests'
    | 'nav.map'
    | 'nav.glossary'
    | 'nav.administration';
  icon: Icon;
  /** Shown only to roles that hold this permission. */
  permission: Permission;
}

/** In order of display; the first entry whose path starts the current one is the active one. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/demandes/nouvelle', label: 'nav.newRequest', icon: IconPlus, permission: 'request.create' },
  { to: '/a-qualifier', label: 'nav.inbox', icon: IconInbox, permission: 'request.accept' },
  { to: '/ma-file', label: 'nav.queue', icon: IconListCheck, permission: 'queue.read' },
  { to: '/demandes', label: 'nav.requests', icon: IconList, permission: 'request.read' },
  { to: '/carte', label: 'nav.map', icon: IconMap, permission: 'request.read' },
  { to: '/glossaire', label: 'nav.glossary', icon: IconBook, permission: 'glossary.read' },
  { to: '/administration', label: 'nav.administration', icon: IconSettings, permission: 'admin.manage' },
];

export function activeEntry(entries: readonly NavEntry[], pathname: string): NavEntry | undefined {
  return entries.find((entry) => pathname === entry.to || pathname.startsWith(`${entry.to}/`));
}
