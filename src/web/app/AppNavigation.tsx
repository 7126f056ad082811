import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can } from '../../core/permissions.js';
import { activeEntry, NAV_ENTRIES } from './navigation.js';
import { useUser } from './session.js';

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const { pathname } = useLocation();
  const entries = NAV_ENTRIES.filter((entry) => can(user, entry.permission));
  const active = activeEntry(entries, pathname);

  return (
    <nav aria-label={t('nav.label')}>
      {entries.map((entry) => (
        <NavLink
          key={entry.to}
          component={Link}
          to={entry.to}
          label={t(entry.label)}
          leftSection={<entry.icon aria-hidden size={18} />}
          active={entry === active}
          aria-current={entry === active ? 'page' : undefined}
          onClick={onNavigate}
        />
      ))}
    </nav>
  );
}
