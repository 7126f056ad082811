import {
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { AdminCategory } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { useEntityList } from '../queries.js';
import { adminPath } from '../sections.js';
import { AdminFormError } from '../ui/AdminFormError.js';
import { CodeField, NameField } from '../ui/fields.js';
import { ListEditor } from '../ui/ListEditor.js';
import { type CategoryValues, initialCategoryValues, toCategoryInput } from './categoryForm.js';
import { QuestionsEditor } from './QuestionsEditor.js';
import { RoutesEditor } from './RoutesEditor.js';

/** /administration/glossaire/categories/:id, or …/nouvelle?famille=<id> for a new one. */
export function CategoryEditorPage() {
  const { id } = useParams();
  const categories = useEntityList(adminApi.categories);
  const [search] = useSearchParams();
  if (id === undefined) return <ErrorState reason="notFound" />;
  const category = categories.find((c) => c.id === id);
  if (id !== 'nouvelle' && !category) return <ErrorState reason="notFound" />;
  // Keyed, so going from one category to another starts a fresh form.
  return <CategoryEditor key={id} category={category} familyId={search.get('famille')} />;
}

function CategoryEditor({ category, familyId }: { category: AdminCategory | undefined; familyId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const families = useEntityList(adminApi.families);
  const departments = useEntityList(adminApi.departments);
  const territories = useEntityList(adminApi.territories);
  const back = adminPath('glossary');
  const form = useEntityForm({
    api: adminApi.categories,
    item: category ?? null,
    initial: (): CategoryValues => initialCategoryValues(category, familyId),
    toInput: toCategoryInput,
    onSaved: () => void navigate(back),
  });
  const { values, set, errors } = form;
  const title = category ? t('admin.category.editTitle', { name: category.name }) : t('admin.category.newTitle');

  return (
    <Stack gap="md" maw={920}>
      <Breadcrumbs>
        <Anchor component={Link} to={back} size="sm">
          {t('admin.glossary.title')}
        </Anchor>
        <span>{category?.name ?? t('admin.category.newTitle')}</span>
      </Breadcrumbs>
      <PageTitle>{title}</PageTitle>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <Fieldset legend={t('admin.category.identity')}>
            <Stack gap="sm">
              <Group grow align="flex-start">
                <NameField autoFocus {...form.text('name')} />
                <CodeField {...form.text('code')} />
              </Group>
              <Select
                label={t('admin.category.family')}
                required
                searchable
                data={options(families)}
                {...form.select('familyId')}
              />
              <Textarea
                label={t('admin.field.description')}
                description={t('admin.category.descriptionHelp')}
                autosize
                minRows={2}
                {...form.text('description')}
              />
              <TagsInput
                label={t('admin.category.synonyms')}
                description={t('admin.category.synonymsHelp')}
                splitChars={[',', '|']}
                clearable
                value={values.synonyms}
                onChange={(synonyms) => set('synonyms', synonyms)}
                error={errors.synonyms ?? Object.entries(errors).find(([path]) => path.startsWith('synonyms.'))?.[1]}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('admin.category.handling')}>
            <Stack gap="sm">
              <Group grow align="flex-start">
                <Select
                  label={t('admin.category.department')}
                  description={t('admin.category.departmentHelp')}
                  required
                  searchable
                  data={options(departments)}
                  {...form.select('departmentId')}
                />
                <NumberInput
                  label={t('admin.category.deadlineDays')}
                  description={t('admin.category.deadlineDaysHelp')}
                  required
                  min={0}
                  max={365}
                  allowDecimal={false}
                  value={values.deadlineDays}
                  onChange={(days) => set('deadlineDays', days)}
                  error={errors.deadlineDays}
                />
              </Group>
              <Group>
                <Checkbox label={t('admin.category.needsValidation')} {...form.checkbox('needsValidation')} />
                <Checkbox label={t('admin.category.needsContractor')} {...form.checkbox('needsContractor')} />
              </Group>
              <Group grow align="flex-start">
                <NumberInput
                  label={t('admin.category.duplicateRadius')}
                  description={t('admin.category.duplicateRadiusHelp')}
                  required
                  min={10}
                  max={5000}
                  allowDecimal={false}
                  suffix=" m"
                  value={values.duplicateRadiusM}
                  onChange={(metres) => set('duplicateRadiusM', metres)}
                  error={errors.duplicateRadiusM}
                />
                <Switch
                  label={t('admin.category.active')}
                  description={t('admin.category.activeHelp')}
                  mt="lg"
                  {...form.checkbox('active')}
                />
              </Group>
            </Stack>
          </Fieldset>

          <ListEditor
            legend={t('admin.category.procedure')}
            description={t('admin.category.procedureHelp')}
            items={values.procedure}
            onChange={(procedure) => set('procedure', procedure)}
            create={() => ''}
            addLabel={t('admin.category.addStep')}
            itemName={(index) => t('admin.category.stepName', { number: index + 1 })}
            emptyText={t('admin.category.noStep')}
          >
            {(step, index, update) => (
              <TextInput
                label={t('admin.category.stepLabel', { number: index + 1 })}
                value={step}
                onChange={(event) => update(event.currentTarget.value)}
                error={errors[`procedure.${index}`]}
              />
            )}
          </ListEditor>

          <QuestionsEditor questions={values.questions} onChange={(q) => set('questions', q)} errors={errors} />

          <RoutesEditor
            routes={values.routes}
            onChange={(routes) => set('routes', routes)}
            errors={errors}
            territories={territories}
            departments={departments}
          />

          <AdminFormError error={form.mutation.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={back}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.mutation.isPending}>
              {category ? t('admin.save') : t('admin.category.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
