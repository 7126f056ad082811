import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Edit and delete buttons of one row, named with the row's name for screen readers. */
export function RowActions({
  name,
  onEdit,
  onRemove,
  removeLabel,
}: {
  name: string;
  onEdit: () => void;
  onRemove?: () => void;
  /** "Supprimer" unless the removal is something else (e.g. "Désactiver"). */
  removeLabel?: string;
}) {
  const { t } = useTranslation();
  const edit = t('admin.actionNamed', { action: t('admin.edit'), name });
  const remove = t('admin.actionNamed', { action: removeLabel ?? t('admin.delete'), name });
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label={edit}>
        <ActionIcon variant="subtle" color="gray" aria-label={edit} onClick={onEdit}>
          <IconPencil aria-hidden size={18} />
        </ActionIcon>
      </Tooltip>
      {onRemove && (
        <Tooltip label={remove}>
          <ActionIcon variant="subtle" color="red" aria-label={remove} onClick={onRemove}>
            <IconTrash aria-hidden size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
