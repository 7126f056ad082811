import { Anchor, Burger, Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch.js';
import { useLogout, useUser } from './session.js';

export function AppHeader({
  navigationOpened,
  onToggleNavigation,
}: {
  navigationOpened: boolean;
  onToggleNavigation: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navigationOpened}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('header.toggleNavigation')}
        />
        <Anchor component={Link} to="/demandes" fw={700} fz="lg" c="inherit" underline="never">
          {t('app.name')}
        </Anchor>
      </Group>
      <Group gap="md" wrap="nowrap">
        <div>
          <Text size="sm" fw={600} lh={1.2}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            {t(`role.${user.role}`)}
          </Text>
        </div>
        <LanguageSwitch />
        <Button
          variant="default"
          size="xs"
          leftSection={<IconLogout aria-hidden size={16} />}
          loading={logout.isPending}
          onClick={() => logout.mutate()}
        >
          {t('header.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
