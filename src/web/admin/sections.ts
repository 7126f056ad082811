import {
  type Icon,
  IconBell,
  IconBook,
  IconBuildingCommunity,
  IconHistory,
  IconMail,
  IconMap2,
  IconMapPin,
  IconMessageDots,
  IconSitemap,
  IconTool,
  IconUsers,
} from '@tabler/icons-react';

export const ADMIN_ROOT = '/administration';

/** The administration's pages: their address under /administration and their label. */
export const ADMIN_SECTIONS = {
  bodies: { segment: 'collectivites', icon: IconBuildingCommunity },
  departments: { segment: 'directions', icon: IconSitemap },
  territories: { segment: 'territoires', icon: IconMap2 },
  addresses: { segment: 'adresses', icon: IconMapPin },
  contractors: { segment: 'prestataires', icon: IconTool },
  users: { segment: 'utilisateurs', icon: IconUsers },
  glossary: { segment: 'glossaire', icon: IconBook },
  templates: { segment: 'modeles', icon: IconMessageDots },
  notices: { segment: 'avis', icon: IconBell },
  messages: { segment: 'messages', icon: IconMail },
  audit: { segment: 'journal', icon: IconHistory },
} as const satisfies Record<string, { segment: string; icon: Icon }>;

export type AdminSection = keyof typeof ADMIN_SECTIONS;

/**
 * The side navigation, in groups: who and where, what they handle and what requesters are told,
 * what happened.
 */
export const ADMIN_GROUPS: readonly { name: 'organisation' | 'glossary' | 'follow'; sections: AdminSection[] }[] = [
  { name: 'organisation', sections: ['bodies', 'departments', 'territories', 'addresses', 'contractors', 'users'] },
  { name: 'glossary', sections: ['glossary', 'templates', 'notices'] },
  { name: 'follow', sections: ['messages', 'audit'] },
];

export const adminPath = (section: AdminSection): string => `${ADMIN_ROOT}/${ADMIN_SECTIONS[section].segment}`;

export const categoryPath = (id: string | null): string =>
  `${adminPath('glossary')}/categories/${id === null ? 'nouvelle' : encodeURIComponent(id)}`;
