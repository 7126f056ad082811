import { Button, Group, Modal, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BULK_ACTIONS, BulkResult, Colleagues } from '../../core/api/queue.js';
import { HOLD_REASONS, type HoldReason } from '../../core/lifecycle.js';
import { can } from '../../core/permissions.js';
import { useUser } from '../app/session.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { useBulk } from './queries.js';

type BulkAction = (typeof BULK_ACTIONS)[number];

interface BulkActionsProps {
  ids: readonly string[];
  colleagues: Colleagues['items'];
  onDone: (results: readonly BulkResult[]) => void;
  onClear: () => void;
}

/** What can be done to the selected requests at once; each answers for itself (see BulkResults). */
export function BulkActions({ ids, colleagues, onDone, onClear }: BulkActionsProps) {
  const { t } = useTranslation();
  const user = useUser();
  const bulk = useBulk();
  const [holding, setHolding] = useState(false);
  const allowed = (action: BulkAction) => can(user, `request.${action}`);
  const apply = (input: Record<string, unknown>, onSuccess?: () => void) =>
    bulk.mutate(
      { ids, ...input },
      {
        onSuccess: (results) => {
          onSuccess?.();
          onDone(results);
        },
      },
    );
  const others = colleagues.filter((colleague) => colleague.id !== user.id);

  return (
    <Paper withBorder p="xs" bg="gray.0" role="region" aria-label={t('queue.bulk.label')}>
      <Group gap="sm" align="flex-end">
        <Text size="sm" fw={600}>
          {t('queue.bulk.selected', { count: ids.length })}
        </Text>
        {allowed('assign') && (
          <Select
            size="xs"
            w={220}
            label={t('queue.bulk.assignTo')}
            placeholder={t('queue.bulk.assignPlaceholder')}
            data={[
              { value: user.id, label: t('actionForm.assignToMe', { name: user.name }) },
              ...others.map((colleague) => ({ value: colleague.id, label: colleague.name })),
            ]}
            value={null}
            onChange={(assigneeId) => assigneeId && apply({ action: 'assign', assigneeId })}
            disabled={bulk.isPending}
          />
        )}
        {allowed('start') && (
          <Button size="xs" variant="default" onClick={() => apply({ action: 'start' })} disabled={bulk.isPending}>
            {t('action.start')}
          </Button>
        )}
        {allowed('hold') && (
          <Button size="xs" variant="default" onClick={() => setHolding(true)} disabled={bulk.isPending}>
            {t('queue.bulk.hold')}
          </Button>
        )}
        {allowed('resolve') && (
          <Button size="xs" variant="default" onClick={() => apply({ action: 'resolve' })} disabled={bulk.isPending}>
            {t('action.resolve')}
          </Button>
        )}
        {allowed('close') && (
          <Button size="xs" variant="default" onClick={() => apply({ action: 'close' })} disabled={bulk.isPending}>
            {t('action.close')}
          </Button>
        )}
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('queue.bulk.clear')}
        </Button>
      </Group>
      {!holding && <FormError error={bulk.error} />}
      <Modal
        opened={holding}
        onClose={() => setHolding(false)}
        title={t('queue.bulk.holdTitle', { count: ids.length })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {holding && (
          <HoldForm
            pending={bulk.isPending}
            error={bulk.error}
            onCancel={() => setHolding(false)}
            onSubmit={(input) => apply({ action: 'hold', ...input }, () => setHolding(false))}
          />
        )}
      </Modal>
    </Paper>
  );
}

interface HoldInput {
  reason: HoldReason | undefined;
  until: string | undefined;
  note: string | undefined;
}

function HoldForm({
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: HoldInput) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<HoldReason | null>(null);
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ reason: reason ?? undefined, until: until || undefined, note: note.trim() || undefined });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select<HoldReason>
          label={t('actionForm.holdReason')}
          required
          data={HOLD_REASONS.map((value) => ({ value, label: t(`holdReason.${value}`) }))}
          value={reason}
          onChange={setReason}
          error={errors.reason}
        />
        <TextInput
          type="date"
          label={t('actionForm.until')}
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
          error={errors.until}
        />
        <Textarea
          label={t('actionForm.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        <FormError error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('queue.bulk.hold')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
