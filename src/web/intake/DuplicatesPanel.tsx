import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../core/api/intake.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import type { DuplicatesInput } from './api.js';
import { useDuplicates } from './queries.js';

interface DuplicatesPanelProps {
  input: DuplicatesInput | null;
  /** The request the report is being attached to, while it is. */
  attachingTo: string | null;
  onAttach(candidate: DuplicateCandidate): void;
}

function Candidate({
  candidate,
  attaching,
  disabled,
  onAttach,
}: {
  candidate: DuplicateCandidate;
  attaching: boolean;
  disabled: boolean;
  onAttach(): void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" component="li">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {candidate.reference}
          </Text>
          <StatusBadge status={candidate.status} />
        </Group>
        <Group gap={6}>
          <Text size="sm">{candidate.category?.name ?? t('intake.noCategoryYet')}</Text>
          {candidate.sameCategory && (
            <Badge size="xs" variant="outline" color="blue" tt="none">
              {t('intake.sameCategory')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('intake.distance', { meters: candidate.distanceM })} · {candidate.address} ·{' '}
          <RelativeTime iso={candidate.createdAt} />
        </Text>
        <Text size="sm" lineClamp={2}>
          {candidate.description}
        </Text>
        <Group>
          <Button
            type="button"
            size="compact-sm"
            variant="light"
            leftSection={<IconLink aria-hidden size={14} />}
            loading={attaching}
            disabled={disabled}
            aria-label={t('intake.attachTo', { reference: candidate.reference })}
            onClick={onAttach}
          >
            {t('intake.attach')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** "Already reported?": open requests nearby that may be the same problem, to attach the report to. */
export function DuplicatesPanel({ input, attachingTo, onAttach }: DuplicatesPanelProps) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(input);
  // The previous answer stays while the next loads, but not once there is nothing to look around.
  const items = input ? (duplicates.data?.items ?? []) : [];

  const summary = () => {
    if (!input) return t('intake.duplicatesWaiting');
    if (duplicates.isError) return t('intake.duplicatesError');
    if (!duplicates.data) return t('common.loading');
    return t('intake.duplicatesFound', { count: items.length, radius: duplicates.data.radiusM });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="duplicates-title">
      <Title order={2} size="h5" id="duplicates-title">
        {t('intake.duplicatesTitle')}
      </Title>
      <Text size="sm" c={items.length > 0 ? undefined : 'dimmed'} aria-live="polite">
        {summary()}
      </Text>
      {items.length > 0 && (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((candidate) => (
            <Candidate
              key={candidate.id}
              candidate={candidate}
              attaching={attachingTo === candidate.id}
              disabled={attachingTo !== null && attachingTo !== candidate.id}
              onAttach={() => onAttach(candidate)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
