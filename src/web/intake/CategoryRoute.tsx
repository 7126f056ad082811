import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouteAnswer } from '../../core/api/glossary.js';
import { ProcedureBadges, ProcedureSteps } from '../glossary/ProcedureFacts.js';
import { formatDay } from '../ui/dates.js';
import { errorMessageKey } from '../ui/errorMessage.js';
import { Loading } from '../ui/Loading.js';

interface CategoryRouteProps {
  route: RouteAnswer | undefined;
  error: unknown;
  /** The answer shown is for a previous place or category, while the new one loads. */
  stale: boolean;
}

/** Who will act on the chosen category here, by when, and how (the procedure sheet). */
export function CategoryRoute({ route, error, stale }: CategoryRouteProps) {
  const { t, i18n } = useTranslation();
  if (error) {
    return (
      <Alert color="red" variant="light" title={t('intake.routeError')}>
        {t(`errors.${errorMessageKey(error)}`)}
      </Alert>
    );
  }
  if (!route) return <Loading />;
  return (
    <Paper withBorder p="sm" aria-busy={stale} opacity={stale ? 0.6 : 1}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('intake.handledBy')}
            </Text>
            <Text fw={600}>{route.department.name}</Text>
            <Text size="sm">{route.body.name}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('field.deadline')}
            </Text>
            <Text fw={600}>{formatDay(route.deadline, i18n.language)}</Text>
          </div>
        </Group>
        <ProcedureBadges
          deadlineDays={route.deadlineDays}
          needsValidation={route.needsValidation}
          needsContractor={route.needsContractor}
        />
        <Text size="xs" c="dimmed">
          {t('glossary.procedure')}
        </Text>
        <ProcedureSteps steps={route.procedure} />
      </Stack>
    </Paper>
  );
}
