import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ProcedureFactsProps {
  deadlineDays: number;
  needsValidation: boolean;
  needsContractor: boolean;
}

/** The deadline in working days and whether a manager's validation and a contractor are needed. */
export function ProcedureBadges({ deadlineDays, needsValidation, needsContractor }: ProcedureFactsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="gray" tt="none">
        {t('glossary.deadlineDays', { count: deadlineDays })}
      </Badge>
      {needsValidation && (
        <Badge variant="light" color="grape" tt="none">
          {t('glossary.needsValidation')}
        </Badge>
      )}
      {needsContractor && (
        <Badge variant="light" color="violet" tt="none">
          {t('glossary.needsContractor')}
        </Badge>
      )}
    </Group>
  );
}

/** The procedure sheet's steps, in order. */
export function ProcedureSteps({ steps }: { steps: readonly string[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('glossary.noProcedure')}
      </Text>
    );
  }
  return (
    <List type="ordered" size="sm" spacing={2}>
      {steps.map((step, index) => (
        // Steps are plain text and may repeat; their rank is what identifies them.
        // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity of a step
        <List.Item key={index}>{step}</List.Item>
      ))}
    </List>
  );
}
