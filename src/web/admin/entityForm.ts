import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../ui/notify.js';
import { useAdminForm } from './adminForm.js';
import type { EntityApi } from './api.js';
import { labelOf, type Named } from './names.js';

/**
 * The form of one item of an entity: creates it (`item` null) or changes it, says so with its
 * name once saved, then `onSaved` (close the dialog, leave the page).
 */
export function useEntityForm<Dto extends { id: string } & Named, T extends object>({
  api,
  item,
  initial,
  toInput = (values) => values,
  onSaved,
}: {
  api: EntityApi<Dto>;
  item: Dto | null;
  initial: () => T;
  /** What the API takes when it is not the values as typed; may throw InvalidForm. */
  toInput?: (values: T) => unknown;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  return useAdminForm({
    initial,
    save: async (values) => {
      const input = toInput(values);
      return item ? api.update(item.id, input) : api.create(input);
    },
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: labelOf(saved) }));
      onSaved();
    },
  });
}
