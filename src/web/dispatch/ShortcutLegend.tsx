import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISIONS, KEY_OF_DECISION } from './decisions.js';

const SHORTCUTS = [
  { keys: ['⏎', 'A'], label: 'accept' },
  ...DECISIONS.map((decision) => ({ keys: [KEY_OF_DECISION[decision]], label: decision })),
  { keys: ['J', 'K'], label: 'move' },
  { keys: ['/'], label: 'search' },
  { keys: ['1', '2', '3'], label: 'suggestion' },
] as const;

/** The dispatcher's shortcuts, always in view: learnt by reading, not from a manual. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <Group
      gap="md"
      component="ul"
      aria-label={t('dispatch.shortcuts.title')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {SHORTCUTS.map(({ keys, label }) => (
        <Group key={label} component="li" gap={4} wrap="nowrap">
          {keys.map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
          <Text size="xs" c="dimmed">
            {t(`dispatch.shortcuts.${label}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
