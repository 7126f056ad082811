import { Box, Flex, NavLink, Text } from '@mantine/core';
import { usePrefetchQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/Loading.js';
import classes from './AdminLayout.module.css';
import { adminApi } from './api.js';
import { ADMIN_GROUPS, ADMIN_SECTIONS, adminPath } from './sections.js';

/** The administration's frame: its side navigation in groups, and the page on the right. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Most pages read these small lists to name things: load them together, not one page after another.
  usePrefetchQuery({ queryKey: adminApi.bodies.key, queryFn: adminApi.bodies.list });
  usePrefetchQuery({ queryKey: adminApi.departments.key, queryFn: adminApi.departments.list });
  usePrefetchQuery({ queryKey: adminApi.territories.key, queryFn: adminApi.territories.list });
  usePrefetchQuery({ queryKey: adminApi.contractors.key, queryFn: adminApi.contractors.list });

  return (
    <Flex gap="lg" direction={{ base: 'column', md: 'row' }} align="flex-start">
      <Box component="nav" aria-label={t('admin.nav.label')} w={{ base: '100%', md: 210 }} style={{ flexShrink: 0 }}>
        {ADMIN_GROUPS.map((group) => (
          <Box key={group.name} mb="sm">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
              {t(`admin.nav.${group.name}`)}
            </Text>
            {group.sections.map((section) => {
              const to = adminPath(section);
              const active = pathname === to || pathname.startsWith(`${to}/`);
              const SectionIcon = ADMIN_SECTIONS[section].icon;
              return (
                <NavLink
                  key={section}
                  component={Link}
                  to={to}
                  label={t(`admin.${section}.title`)}
                  leftSection={<SectionIcon aria-hidden size={18} />}
                  active={active}
                  className={classes.link}
                  aria-current={active ? 'page' : undefined}
                />
              );
            })}
          </Box>
        ))}
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }} w="100%">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Box>
    </Flex>
  );
}
