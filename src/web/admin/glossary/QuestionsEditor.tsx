import { Checkbox, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES } from '../../../core/api/admin.js';
import type { FieldErrors } from '../../ui/formErrors.js';
import { ListEditor } from '../ui/ListEditor.js';
import { LIST_TYPES, newQuestion, type QuestionType, type QuestionValues, withType } from './categoryForm.js';

/**
 * The extra questions asked at intake for a category, typed like Open311 service attributes;
 * list questions carry their values (a key kept in the data, a label shown).
 */
export function QuestionsEditor({
  questions,
  onChange,
  errors,
}: {
  questions: QuestionValues[];
  onChange: (questions: QuestionValues[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('admin.category.questions')}
      description={t('admin.category.questionsHelp')}
      items={questions}
      onChange={onChange}
      create={newQuestion}
      addLabel={t('admin.category.addQuestion')}
      itemName={(index) => t('admin.category.questionName', { number: index + 1 })}
      emptyText={t('admin.category.noQuestion')}
    >
      {(question, index, update) => {
        const at = `questions.${index}`;
        const number = index + 1;
        return (
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('admin.category.questionLabel', { number })}
                  required
                  value={question.description}
                  onChange={(event) => update({ ...question, description: event.currentTarget.value })}
                  error={errors[`${at}.description`]}
                />
                <TextInput
                  label={t('admin.category.questionCode', { number })}
                  required
                  value={question.code}
                  onChange={(event) => update({ ...question, code: event.currentTarget.value })}
                  error={errors[`${at}.code`] ?? errors[at]}
                />
              </Group>
              <Group align="flex-end">
                <Select<QuestionType>
                  label={t('admin.category.questionType', { number })}
                  allowDeselect={false}
                  data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`admin.questionType.${type}`) }))}
                  value={question.datatype}
                  onChange={(type) => type && update(withType(question, type))}
                  w={240}
                />
                <Checkbox
                  label={t('admin.category.questionRequired')}
                  aria-label={t('admin.category.questionRequiredNamed', { number })}
                  checked={question.required}
                  onChange={(event) => update({ ...question, required: event.currentTarget.checked })}
                  mb={8}
                />
              </Group>
              {LIST_TYPES.includes(question.datatype) && (
                <ListEditor
                  legend={t('admin.category.values', { number })}
                  items={question.values ?? []}
                  onChange={(values) => update({ ...question, values })}
                  create={() => ({ key: '', name: '' })}
                  addLabel={t('admin.category.addValue')}
                  itemName={(valueIndex) => t('admin.category.valueName', { number: valueIndex + 1 })}
                  emptyText={t('admin.category.noValue')}
                  error={errors[`${at}.values`]}
                >
                  {(value, valueIndex, updateValue) => (
                    <Group grow align="flex-start">
                      <TextInput
                        label={t('admin.category.valueLabel', { number: valueIndex + 1 })}
                        required
                        value={value.name}
                        onChange={(event) => updateValue({ ...value, name: event.currentTarget.value })}
                        error={errors[`${at}.values.${valueIndex}.name`]}
                      />
                      <TextInput
                        label={t('admin.category.valueKey', { number: valueIndex + 1 })}
                        required
                        value={value.key}
                        onChange={(event) => updateValue({ ...value, key: event.currentTarget.value })}
                        error={errors[`${at}.values.${valueIndex}.key`]}
                      />
                    </Group>
                  )}
                </ListEditor>
              )}
            </Stack>
          </Paper>
        );
      }}
    </ListEditor>
  );
}
