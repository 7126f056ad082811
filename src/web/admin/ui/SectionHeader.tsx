import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/PageTitle.js';

/** An administration page's title, what it is for, and its main actions on the right. */
export function SectionHeader({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Stack gap={4} maw={680}>
        <PageTitle>{title}</PageTitle>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      {children && <Group gap="xs">{children}</Group>}
    </Group>
  );
}
