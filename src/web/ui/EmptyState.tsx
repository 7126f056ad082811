import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** What an empty list means, and what to do next. */
export function EmptyState({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <MantineEmptyState
      py="xl"
      title={title}
      description={description}
      icon={<IconInbox aria-hidden size={32} stroke={1.5} />}
      withIndicatorBackground
    >
      {action}
    </MantineEmptyState>
  );
}
