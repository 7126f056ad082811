import { Badge, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../core/api/dispatch.js';
import { PRIORITIES, type Priority } from '../../core/lifecycle.js';
import { options, useDirectory } from '../app/directory.js';
import type { FieldErrors } from '../ui/formErrors.js';
import { type CategoryChoice, CategorySearch } from './CategorySearch.js';
import type { ProposalValues } from './proposal.js';

interface ProposalFieldsProps {
  values: ProposalValues;
  proposal: Proposal;
  errors: FieldErrors;
  onCategory: (choice: CategoryChoice) => void;
  onChange: (patch: Partial<ProposalValues>) => void;
  categoryRef: Ref<HTMLInputElement>;
}

/** The proposal to confirm or change: category (and why), department (and why), priority, deadline. */
export function ProposalFields({ values, proposal, errors, onCategory, onChange, categoryRef }: ProposalFieldsProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const category = values.categoryId ? directory.categoryById.get(values.categoryId) : undefined;
  const alternatives = proposal.suggestions.filter((s) => s.categoryId !== values.categoryId);

  return (
    <Stack gap="sm">
      <div>
        <CategorySearch
          value={values.categoryId}
          onChange={onCategory}
          suggestions={proposal.suggestions}
          inputRef={categoryRef}
          error={errors.categoryId}
        />
        <Group gap={6} mt={6}>
          {values.categoryOrigin && (
            <Text size="xs" c="dimmed">
              {t(`dispatch.categoryOrigin.${values.categoryOrigin}`)}
            </Text>
          )}
          {values.words.length > 0 && (
            <>
              <Text size="xs" c="dimmed">
                {t('dispatch.matchedWords')}
              </Text>
              {values.words.map((word) => (
                <Badge key={word} size="sm" variant="light" color="yellow" c="dark" tt="none">
                  {word}
                </Badge>
              ))}
            </>
          )}
        </Group>
        {alternatives.length > 0 && (
          <Group gap={6} mt={6} role="group" aria-label={t('dispatch.otherSuggestions')}>
            <Text size="xs" c="dimmed">
              {t('dispatch.otherSuggestions')}
            </Text>
            {alternatives.map((suggestion) => (
              <Badge
                key={suggestion.categoryId}
                component="button"
                type="button"
                variant="default"
                tt="none"
                style={{ cursor: 'pointer' }}
                onClick={() => onCategory({ categoryId: suggestion.categoryId, words: suggestion.words })}
                leftSection={
                  <Text span size="xs" fw={700}>
                    {proposal.suggestions.indexOf(suggestion) + 1}
                  </Text>
                }
              >
                {suggestion.name}
              </Badge>
            ))}
          </Group>
        )}
      </div>
      <Select
        label={t('actionForm.departmentId')}
        required
        searchable
        data={options(directory.departments.filter((department) => department.receives))}
        value={values.departmentId}
        onChange={(departmentId) => onChange({ departmentId, departmentOrigin: 'dispatcher' })}
        description={values.departmentOrigin ? t(`dispatch.departmentOrigin.${values.departmentOrigin}`) : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        error={errors.departmentId}
      />
      <Group align="flex-start" gap="md" wrap="wrap">
        <div>
          <Text size="sm" fw={500} id="priority-label" mb={4}>
            {t('field.priority')}
          </Text>
          <SegmentedControl<Priority>
            aria-labelledby="priority-label"
            data={PRIORITIES.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
            value={values.priority}
            onChange={(priority) => onChange({ priority })}
          />
        </div>
        <TextInput
          type="date"
          label={t('field.deadline')}
          value={values.deadline}
          onChange={(event) => onChange({ deadline: event.currentTarget.value })}
          description={
            category ? t('dispatch.deadlineHelp', { count: category.deadlineDays }) : t('actionForm.deadlineHelp')
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={errors.deadline}
          w={260}
        />
      </Group>
    </Stack>
  );
}
