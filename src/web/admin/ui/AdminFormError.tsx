import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { adminErrorKey } from '../adminForm.js';

/**
 * Why a change could not be made, announced to screen readers; nothing when there is no error.
 * `conflict` says what a 409 means where it happens (deleting: something still points at the thing).
 */
export function AdminFormError({ error, conflict }: { error: unknown; conflict?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const key = adminErrorKey(error);
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      {key === 'conflict' && conflict ? conflict : t(`admin.errors.${key}`)}
    </Alert>
  );
}
