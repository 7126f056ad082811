import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import { getRequest } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { findRequestId } from '../requests/findRequestId.js';
import { findDuplicates } from './api.js';

export interface DuplicateOf {
  id: string;
  /** Who handles the original: the template names it. */
  departmentId: string | null;
}

interface DuplicateChoiceProps {
  request: RequestDto;
  onChange: (value: DuplicateOf | null) => void;
  error: string | undefined;
}

/** The original request: one of the open requests nearby (the likeliest chosen), or any by its reference. */
export function DuplicateChoice({ request, onChange, error }: DuplicateChoiceProps) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [pickedId, setPickedId] = useState<string | null>(null);
  const candidates = useQuery({
    queryKey: ['dispatch-duplicates', request.id],
    queryFn: () => findDuplicates(request),
  });
  const typed = useQuery({
    queryKey: ['dispatch-reference', reference.trim()],
    queryFn: () => findRequestId(reference.trim()),
    enabled: reference.trim().length >= 4,
  });
  const chosenId = reference.trim() ? (typed.data ?? null) : (pickedId ?? candidates.data?.[0]?.id ?? null);
  const original = useQuery({
    queryKey: queryKeys.request(chosenId ?? ''),
    queryFn: () => getRequest(chosenId ?? ''),
    enabled: chosenId !== null,
  });

  const departmentId = original.data?.request.departmentId ?? null;
  useEffect(() => {
    onChange(chosenId ? { id: chosenId, departmentId } : null);
  }, [chosenId, departmentId, onChange]);

  const items = candidates.data ?? [];
  const notFound = reference.trim().length >= 4 && typed.isSuccess && typed.data === null;

  return (
    <Stack gap="xs">
      {items.length > 0 ? (
        <Radio.Group
          label={t('dispatch.duplicateNearby')}
          value={reference.trim() ? null : chosenId}
          onChange={(id) => {
            setReference('');
            setPickedId(id);
          }}
        >
          <Stack gap={6} mt={6}>
            {items.slice(0, 5).map((candidate) => (
              <Radio
                key={candidate.id}
                value={candidate.id}
                label={`${candidate.reference} · ${candidate.category?.name ?? t('dispatch.noCategory')} · ${t(`status.${candidate.status}`)}`}
                description={t('dispatch.duplicateDistance', {
                  distance: candidate.distanceM,
                  address: candidate.address,
                })}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Text size="sm" c="dimmed">
          {candidates.isPending ? t('common.loading') : t('dispatch.noDuplicateNearby')}
        </Text>
      )}
      <TextInput
        label={t('dispatch.duplicateReference')}
        description={t('actionForm.duplicateOfIdHelp')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={reference}
        onChange={(event) => setReference(event.currentTarget.value)}
        error={notFound ? t('actionForm.duplicateNotFound') : error}
      />
    </Stack>
  );
}
