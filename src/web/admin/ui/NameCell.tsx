import { Code, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A name with what identifies it underneath (a code, an e-mail), to keep wide tables narrow. */
export function NameCell({ name, code, detail }: { name: ReactNode; code?: string; detail?: string | null }) {
  return (
    <Stack gap={2} align="flex-start">
      {typeof name === 'string' ? (
        <Text size="sm" fw={500}>
          {name}
        </Text>
      ) : (
        name
      )}
      {code && <Code fz="xs">{code}</Code>}
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
