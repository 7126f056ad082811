import { Anchor, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '../ui/Loading.js';
import { AppHeader } from './AppHeader.js';
import classes from './AppLayout.module.css';
import { AppNavigation } from './AppNavigation.js';

export function AppLayout() {
  const { t } = useTranslation();
  const [navigationOpened, navigation] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
      padding="md"
    >
      <Anchor href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <AppHeader navigationOpened={navigationOpened} onToggleNavigation={navigation.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppNavigation onNavigate={navigation.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* The directory query suspends on its first load. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
