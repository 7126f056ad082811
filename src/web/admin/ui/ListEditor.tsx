import { ActionIcon, Button, Fieldset, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let nextKey = 0;
const newKey = () => {
  nextKey += 1;
  return nextKey;
};

/**
 * An ordered list edited in place: each item with move up, move down and remove, and an add
 * button. Items carry no id of their own, so the editor keeps a key per position that moves with
 * them (inputs keep their focus and content when the order changes).
 */
export function ListEditor<T>({
  legend,
  description,
  items,
  onChange,
  create,
  addLabel,
  itemName,
  emptyText,
  error,
  children,
}: {
  legend: string;
  description?: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  addLabel: string;
  /** How the buttons name an item for screen readers: "étape 2". */
  itemName: (index: number) => string;
  emptyText: string;
  /** What is wrong with the list as a whole (e.g. a list question without values). */
  error?: string | undefined;
  children: (item: T, index: number, update: (item: T) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const keys = useRef<number[]>([]);
  while (keys.current.length < items.length) keys.current.push(newKey());
  keys.current.length = items.length;

  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    const [key] = keys.current.splice(from, 1);
    if (key !== undefined) keys.current.splice(to, 0, key);
    onChange(next);
  };
  const remove = (index: number) => {
    keys.current.splice(index, 1);
    onChange(items.filter((_, i) => i !== index));
  };
  const update = (index: number) => (item: T) => onChange(items.map((current, i) => (i === index ? item : current)));

  const button = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} disabled={disabled}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red.9">
            {error}
          </Text>
        )}
        {items.length === 0 && (
          <Text size="sm" c="dimmed" fs="italic">
            {emptyText}
          </Text>
        )}
        {items.map((item, index) => {
          const name = itemName(index);
          return (
            <Group key={keys.current[index]} gap="xs" align="flex-start" wrap="nowrap">
              <div style={{ flex: 1, minWidth: 0 }}>{children(item, index, update(index))}</div>
              <Group gap={2} wrap="nowrap" pt={4}>
                {button(
                  t('admin.list.moveUp', { name }),
                  <IconArrowUp aria-hidden size={16} />,
                  () => move(index, index - 1),
                  index === 0,
                )}
                {button(
                  t('admin.list.moveDown', { name }),
                  <IconArrowDown aria-hidden size={16} />,
                  () => move(index, index + 1),
                  index === items.length - 1,
                )}
                {button(t('admin.list.remove', { name }), <IconX aria-hidden size={16} />, () => remove(index))}
              </Group>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus aria-hidden size={16} />}
            onClick={() => {
              keys.current.push(newKey());
              onChange([...items, create()]);
            }}
          >
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
