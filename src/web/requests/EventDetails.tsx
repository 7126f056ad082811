import { Anchor, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestEventDto } from '../../core/api/requests.js';
import { HOLD_REASONS, PRIORITIES } from '../../core/lifecycle.js';
import { type DirectoryIndex, nameOf, useDirectory } from '../app/directory.js';
import { formatDay } from '../ui/dates.js';
import { requestPath } from './paths.js';

type Data = RequestEventDto['data'];

const textOf = (data: Data, key: string): string | null => {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** The facts an event's data carries, each as [label, value]; unknown keys are not shown. */
function useEventFacts(event: RequestEventDto, directory: DirectoryIndex): [string, ReactNode][] {
  const { t, i18n } = useTranslation();
  const { data } = event;
  const day = (key: string) => {
    const value = textOf(data, key);
    return value && formatDay(value, i18n.language);
  };
  const holdReason = event.type === 'held' ? oneOf(HOLD_REASONS, textOf(data, 'reason')) : undefined;
  const priority = oneOf(PRIORITIES, textOf(data, 'priority'));
  const duplicateOfId = textOf(data, 'duplicateOfId');

  const facts: [string, ReactNode][] = [
    [t('field.category'), nameOf(directory.categoryById, textOf(data, 'categoryId'))],
    [t('field.department'), nameOf(directory.departmentById, textOf(data, 'departmentId'))],
    [t('field.priority'), priority && t(`priority.${priority}`)],
    [t('field.deadline'), day('deadline')],
    [t('field.body'), nameOf(directory.bodyById, textOf(data, 'bodyId'))],
    [t('field.contractor'), nameOf(directory.contractorById, textOf(data, 'contractorId'))],
    [
      t('field.duplicateOf'),
      duplicateOfId && (
        <Anchor component={Link} to={requestPath(duplicateOfId)} size="sm">
          {t('detail.openDuplicate')}
        </Anchor>
      ),
    ],
    holdReason
      ? [t('field.holdReason'), t(`holdReason.${holdReason}`)]
      : [t('actionForm.reason'), textOf(data, 'reason')],
    [t('actionForm.until'), day('until')],
    [t('actionForm.note'), textOf(data, 'note')],
  ];
  return facts.filter(([, value]) => value);
}

/** What an event says beyond its type: a comment's text, or the facts an action set. */
export function EventDetails({ event }: { event: RequestEventDto }) {
  const directory = useDirectory();
  const facts = useEventFacts(event, directory);
  const comment = event.type === 'comment' ? textOf(event.data, 'body') : null;

  return (
    <>
      {comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment}
        </Text>
      )}
      {facts.length > 0 && (
        <DataList size="xs" gap={2} labelWidth="7rem" mt={4}>
          {facts.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      )}
    </>
  );
}
