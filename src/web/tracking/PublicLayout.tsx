import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch.js';

/** The frame of pages for the public: the service's name, the language, nothing of the back office. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={700} size="lg" lh={1.2}>
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('tracking.service')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" size="sm" py="lg" px="md">
        {children}
      </Container>
    </Box>
  );
}
