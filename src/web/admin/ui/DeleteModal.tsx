import { useTranslation } from 'react-i18next';
import type { EntityApi } from '../api.js';
import { labelOf, type Named } from '../names.js';
import { ConfirmModal } from './ConfirmModal.js';

/** Asks before deleting `item`, with `message` saying what deleting it means. */
export function DeleteModal<Dto extends { id: string } & Named>({
  api,
  item,
  message,
  onClose,
}: {
  api: EntityApi<Dto>;
  item: Dto;
  message: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = labelOf(item);
  return (
    <ConfirmModal
      title={t('admin.confirmDelete', { name })}
      message={message}
      confirmLabel={t('admin.delete')}
      done={t('admin.deleted', { name })}
      run={() => api.remove(item.id)}
      onClose={onClose}
    />
  );
}
