import { Badge, DataList, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../core/api/admin.js';
import type { GlossaryCategory, GlossaryFamily } from '../../core/api/glossary.js';
import { ProcedureBadges, ProcedureSteps } from './ProcedureFacts.js';

function QuestionLine({ question }: { question: Question }) {
  const { t } = useTranslation();
  const values = question.values?.map((value) => value.name).join(', ');
  return (
    <List.Item>
      {question.description}{' '}
      <Text span size="xs" c="dimmed">
        ({t(`glossary.questionTypes.${question.datatype}`)}
        {values ? ` : ${values}` : ''}
        {question.required ? `, ${t('glossary.required')}` : ''})
      </Text>
    </List.Item>
  );
}

interface CategorySheetProps {
  category: GlossaryCategory;
  family: Pick<GlossaryFamily, 'name'>;
  /** The heading takes the focus when the agent opens the sheet from the list. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One category as an agent needs it: what it covers, the citizen's words, who acts, how, and what to ask. */
export function CategorySheet({ category, family, headingRef }: CategorySheetProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby="category-sheet-title">
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {family.name}
          </Text>
          <Title order={2} size="h3" id="category-sheet-title" ref={headingRef} tabIndex={-1}>
            {category.name}
          </Title>
        </div>
        <Text>{category.description}</Text>
        {category.synonyms.length > 0 && (
          <Group gap={6} aria-label={t('glossary.synonyms')} role="list">
            <Text size="sm" fw={500}>
              {t('glossary.synonyms')}
            </Text>
            {category.synonyms.map((synonym) => (
              <Badge key={synonym} role="listitem" variant="outline" color="gray" tt="none" fw={400}>
                {synonym}
              </Badge>
            ))}
          </Group>
        )}
        <DataList>
          <DataList.Item>
            <DataList.ItemLabel>{t('glossary.department')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {category.department.name} ({category.body.name})
            </DataList.ItemValue>
          </DataList.Item>
          {category.overrides.length > 0 && (
            <DataList.Item>
              <DataList.ItemLabel>{t('glossary.overrides')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <List size="sm" spacing={2}>
                  {category.overrides.map((override) => (
                    <List.Item key={override.territory.id}>
                      {t('glossary.override', {
                        territory: override.territory.name,
                        department: override.department.name,
                      })}
                    </List.Item>
                  ))}
                </List>
              </DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
        <Title order={3} size="h5">
          {t('glossary.procedure')}
        </Title>
        <ProcedureBadges
          deadlineDays={category.deadlineDays}
          needsValidation={category.needsValidation}
          needsContractor={category.needsContractor}
        />
        <ProcedureSteps steps={category.procedure} />
        {category.questions.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('glossary.questions')}
            </Title>
            <List size="sm" spacing={2}>
              {category.questions.map((question) => (
                <QuestionLine key={question.code} question={question} />
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
