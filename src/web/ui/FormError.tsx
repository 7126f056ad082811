import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './errorMessage.js';

/** Why a form could not be saved, announced to screen readers; nothing when there is no error. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      {t(`errors.${errorMessageKey(error)}`)}
    </Alert>
  );
}
