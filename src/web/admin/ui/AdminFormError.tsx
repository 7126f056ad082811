import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { adminErrorKey } from '../adminForm.js';

/**
 * Why a change could not be made, announced to screen readers; nothing when there is no error.
 * `inUse` says what a 409 means when deleting: something still points at the thing.
 */
export function AdminFormError({ error, inUse = false }: { error: unknown; inUse?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  const key = adminErrorKey(error);
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      {t(`admin.errors.${key === 'conflict' && inUse ? 'inUse' : key}`)}
    </Alert>
  );
}
