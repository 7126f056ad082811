import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import { canRecordInterventionIn } from '../../core/interventions.js';
import type { Action } from '../../core/lifecycle.js';
import { can } from '../../core/permissions.js';
import { useUser } from '../app/session.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { InterventionForm } from './InterventionForm.js';
import { InterventionList } from './InterventionList.js';
import { useInterventions, useRequestPhotos } from './queries.js';

interface InterventionsPanelProps {
  request: RequestDto;
  allowedActions: readonly Action[];
}

/** The work done on a request, and recording more of it when the user may. */
export function InterventionsPanel({ request, allowedActions }: InterventionsPanelProps) {
  const { t } = useTranslation();
  const user = useUser();
  const [recording, setRecording] = useState(false);
  const interventions = useInterventions(request.id);
  const photos = useRequestPhotos(request.id);
  const mayRecord =
    can(user, 'request.record_intervention', request) && canRecordInterventionIn(request.status, user.role);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="interventions-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5" id="interventions-title">
            {t('interventions.title')}
          </Title>
          {mayRecord && (
            <Button size="xs" leftSection={<IconTool aria-hidden size={14} />} onClick={() => setRecording(true)}>
              {t('interventions.record')}
            </Button>
          )}
        </Group>
        {interventions.isPending ? (
          <Loading />
        ) : interventions.isError ? (
          <ErrorState error={interventions.error} onRetry={() => void interventions.refetch()} />
        ) : interventions.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(mayRecord ? 'interventions.emptyCanRecord' : 'interventions.empty')}
          </Text>
        ) : (
          <InterventionList items={interventions.data} photos={photos.data ?? []} />
        )}
      </Stack>
      <Modal
        opened={recording}
        onClose={() => setRecording(false)}
        size="lg"
        title={t('interventions.recordTitle', { reference: request.reference })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {recording && (
          <InterventionForm
            requestId={request.id}
            canResolve={allowedActions.includes('resolve')}
            onDone={() => setRecording(false)}
          />
        )}
      </Modal>
    </Paper>
  );
}
