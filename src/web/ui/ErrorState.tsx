import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ErrorMessageKey, errorMessageKey } from './errorMessage.js';

type ErrorStateProps = ({ error: unknown } | { reason: ErrorMessageKey }) & { onRetry?: () => void };

/** A page that could not be shown, with the way out: try again, or go back to the list. */
export function ErrorState(props: ErrorStateProps) {
  const { t } = useTranslation();
  const reason = 'reason' in props ? props.reason : errorMessageKey(props.error);
  // A page has no fields to correct: a 400 there means its address carries a wrong id or filter.
  const message = reason === 'invalid' ? 'badLink' : reason;
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle aria-hidden />} m="md">
      {t(`errors.${message}`)}
      <Group mt="sm" gap="sm">
        {props.onRetry && (
          <Button size="xs" variant="default" onClick={props.onRetry}>
            {t('common.retry')}
          </Button>
        )}
        <Button size="xs" variant="subtle" component={Link} to="/demandes">
          {t('errors.backHome')}
        </Button>
      </Group>
    </Alert>
  );
}
