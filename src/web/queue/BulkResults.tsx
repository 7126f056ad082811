import { Alert, List } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BulkResult } from '../../core/api/queue.js';

type Failure = Extract<BulkResult, { ok: false }>;

/** Why one request refused, in the agent's words (the server's message is written for developers). */
function useReasonOf() {
  const { t } = useTranslation();
  return (failure: Failure) => {
    switch (failure.statusCode) {
      case 403:
        return t('queue.bulk.refused.forbidden');
      case 404:
        return t('queue.bulk.refused.notFound');
      case 409:
        return t('queue.bulk.refused.conflict');
      default:
        return t('queue.bulk.refused.other');
    }
  };
}

/** The outcome of a change applied to many requests: how many changed, and each one that did not. */
export function BulkResults({
  results,
  referenceOf,
  onClose,
}: {
  results: readonly BulkResult[];
  referenceOf: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reasonOf = useReasonOf();
  const failures = results.filter((result): result is Failure => !result.ok);
  const succeeded = results.length - failures.length;

  return (
    <Alert
      role="status"
      variant="light"
      color={failures.length > 0 ? 'orange' : 'green'}
      icon={failures.length > 0 ? <IconAlertTriangle aria-hidden /> : <IconCheck aria-hidden />}
      title={t('queue.bulk.succeeded', { count: succeeded })}
      // The light alert's coloured title is below AA contrast: the title keeps the text colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {failures.length > 0 && (
        <>
          {t('queue.bulk.failed', { count: failures.length })}
          <List size="sm" mt={4}>
            {failures.map((failure) => (
              <List.Item key={failure.id}>
                {referenceOf(failure.id)} : {reasonOf(failure)}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
