import { DataList, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrackingDto } from '../../core/api/tracking.js';
import { isOpen } from '../../core/lifecycle.js';
import { publicDate, publicDay } from './dates.js';

/** What the request is about and when: the category, the street, the day it came in, the expected day. */
export function TrackingFacts({ tracking }: { tracking: TrackingDto }) {
  const { t, i18n } = useTranslation();
  const facts: [string, string][] = [
    [t('tracking.category'), tracking.category ?? t('tracking.categoryPending')],
    [t('tracking.place'), tracking.address],
    [t('tracking.receivedOn'), publicDate(tracking.createdAt, i18n.language)],
  ];
  // An expected day means something only while the work is to be done.
  if (tracking.deadline && isOpen(tracking.status)) {
    facts.push([t('tracking.expectedBy'), publicDay(tracking.deadline, i18n.language)]);
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('tracking.facts')}>
      <DataList labelWidth="9rem" withDivider size="sm">
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
