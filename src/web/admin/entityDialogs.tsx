import { type ReactNode, useState } from 'react';
import type { EntityApi } from './api.js';
import { labelOf, type Named } from './names.js';
import { DeleteModal } from './ui/DeleteModal.js';
import { RowActions } from './ui/RowActions.js';

type Open<Dto> = { kind: 'form'; item: Dto | null } | { kind: 'delete'; item: Dto };

/**
 * The dialogs of an administered list: its form, for a new item or to change one, and the
 * question before deleting one. `actions` are a row's edit and delete buttons; `dialog` is
 * whichever is open, to render with the page.
 */
export function useEntityDialogs<Dto extends { id: string } & Named>({
  api,
  form,
  deleteMessage,
}: {
  api: EntityApi<Dto>;
  /** The form of `item`, or of a new one (null); it calls `onClose` once saved or cancelled. */
  form: (item: Dto | null, onClose: () => void) => ReactNode;
  /** What deleting one means. */
  deleteMessage: string;
}) {
  const [open, setOpen] = useState<Open<Dto> | null>(null);
  const close = () => setOpen(null);
  const dialog = () => {
    if (open?.kind === 'form') return form(open.item, close);
    if (open?.kind === 'delete')
      return <DeleteModal api={api} item={open.item} message={deleteMessage} onClose={close} />;
    return null;
  };
  return {
    create: () => setOpen({ kind: 'form', item: null }),
    actions: (item: Dto) => (
      <RowActions
        name={labelOf(item)}
        onEdit={() => setOpen({ kind: 'form', item })}
        onRemove={() => setOpen({ kind: 'delete', item })}
      />
    ),
    dialog: dialog(),
  };
}
