import { Button, Fieldset, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ORIGINS, type Origin } from '../../core/origins.js';
import { categoryOptions, useDirectory } from '../app/directory.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { PageTitle } from '../ui/PageTitle.js';
import { EMPTY_NEW_REQUEST, type NewRequestValues, toCreateBody } from './newRequestForm.js';
import { requestPath } from './paths.js';
import { useCreateRequest } from './queries.js';

export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directory = useDirectory();
  const create = useCreateRequest();
  // One id per form: a submission retried after a lost answer is recognised, not duplicated.
  const [id] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<NewRequestValues>(EMPTY_NEW_REQUEST);
  const errors = fieldErrorsOf(create.error);

  const set = <K extends keyof NewRequestValues>(key: K, value: NewRequestValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toCreateBody(id, values), {
      onSuccess: (request) => {
        notifySuccess(t('newRequest.created', { reference: request.reference }));
        void navigate(requestPath(request.id));
      },
    });
  };

  return (
    <Stack gap="md" maw={760}>
      <PageTitle>{t('newRequest.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select<Origin>
            label={t('field.origin')}
            required
            w={260}
            data={ORIGINS.map((origin) => ({ value: origin, label: t(`origin.${origin}`) }))}
            value={values.origin}
            onChange={(origin) => set('origin', origin)}
            error={errors.origin}
          />
          <Fieldset legend={t('newRequest.place')}>
            <Stack gap="sm">
              <TextInput
                label={t('field.address')}
                required
                autoComplete="off"
                value={values.address}
                onChange={(event) => set('address', event.currentTarget.value)}
                error={errors.address}
              />
              <Group grow align="flex-start">
                <NumberInput
                  label={t('field.latitude')}
                  required
                  decimalScale={6}
                  min={-90}
                  max={90}
                  hideControls
                  value={values.lat}
                  onChange={(lat) => set('lat', lat)}
                  error={errors.lat}
                />
                <NumberInput
                  label={t('field.longitude')}
                  required
                  decimalScale={6}
                  min={-180}
                  max={180}
                  hideControls
                  value={values.lon}
                  onChange={(lon) => set('lon', lon)}
                  error={errors.lon}
                  description={t('newRequest.coordinatesHelp')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              </Group>
            </Stack>
          </Fieldset>
          <Select
            label={t('field.category')}
            placeholder={t('newRequest.categoryPlaceholder')}
            searchable
            clearable
            data={categoryOptions(directory)}
            value={values.categoryId}
            onChange={(categoryId) => set('categoryId', categoryId)}
            error={errors.categoryId}
          />
          <Textarea
            label={t('field.description')}
            required
            autosize
            minRows={3}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={errors.description}
          />
          <Fieldset legend={t('field.requester')}>
            <Stack gap="sm">
              <TextInput
                label={t('field.requesterName')}
                description={t('newRequest.requesterHelp')}
                autoComplete="off"
                value={values.requesterName}
                onChange={(event) => set('requesterName', event.currentTarget.value)}
                error={errors['requester.name']}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('field.requesterEmail')}
                  type="email"
                  autoComplete="off"
                  value={values.requesterEmail}
                  onChange={(event) => set('requesterEmail', event.currentTarget.value)}
                  error={errors['requester.email']}
                />
                <TextInput
                  label={t('field.requesterPhone')}
                  type="tel"
                  autoComplete="off"
                  description={t('newRequest.phoneHelp')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={values.requesterPhone}
                  onChange={(event) => set('requesterPhone', event.currentTarget.value)}
                  error={errors['requester.phone']}
                />
              </Group>
            </Stack>
          </Fieldset>
          <FormError error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('newRequest.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
