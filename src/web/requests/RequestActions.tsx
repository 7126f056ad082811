import { Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import { ACTIONS, type Action } from '../../core/lifecycle.js';
import { ActionForm } from './ActionForm.js';

/** The actions the server allows now, each opening its small form; the first is the usual next step. */
export function RequestActions({ request, allowed }: { request: RequestDto; allowed: readonly Action[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const actions = ACTIONS.filter((action) => allowed.includes(action));
  if (actions.length === 0) return null;

  return (
    <>
      <Group gap="xs" role="group" aria-label={t('detail.actions')}>
        {actions.map((action, index) => (
          <Button key={action} size="sm" variant={index === 0 ? 'filled' : 'default'} onClick={() => setOpen(action)}>
            {t(`action.${action}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open && t(`action.${open}`)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && <ActionForm key={open} action={open} request={request} onDone={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
