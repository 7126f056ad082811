import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/http.js';

type Problem = 'unknown' | 'tooMany' | 'unavailable';

function problemOf(error: unknown): Problem {
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return 'unknown';
  if (error instanceof ApiError && error.status === 429) return 'tooMany';
  return 'unavailable';
}

/** Why the page cannot show the request, and what the requester can do about it. */
export function TrackingProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  const Icon = problem === 'unknown' ? IconLinkOff : IconPlugConnectedX;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm" align="flex-start">
        <Icon aria-hidden size={36} stroke={1.5} />
        <Title order={1} size="h3">
          {t(`tracking.problem.${problem}.title`)}
        </Title>
        <Text>{t(`tracking.problem.${problem}.text`)}</Text>
        {problem !== 'unknown' && (
          <Button variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
