import {
  Autocomplete,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Outcome } from '../../core/api/interventions.js';
import { useUser } from '../app/session.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { emptyIntervention, type InterventionValues } from './interventionForm.js';
import { useRecordIntervention } from './queries.js';

/** Units agents count work in; any other may be typed. */
const UNITS = ['m²', 'm', 'm³', 'unités', 'kg', 'sacs', 'heures'];

interface InterventionFormProps {
  requestId: string;
  /** Whether the request may be marked resolved now, with the work recorded. */
  canResolve: boolean;
  onDone: () => void;
}

/** What was done, when, how long, how much, with photos before and after; and whether it is finished. */
export function InterventionForm({ requestId, canResolve, onDone }: InterventionFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const [values, setValues] = useState<InterventionValues>(emptyIntervention);
  const record = useRecordIntervention(requestId);
  const errors = fieldErrorsOf(record.error);
  const set = <K extends keyof InterventionValues>(key: K, value: InterventionValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(values, {
      onSuccess: ({ request }) => {
        notifySuccess(
          t(request.status === 'resolved' && values.resolve ? 'interventions.savedResolved' : 'interventions.saved'),
        );
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('interventions.by', { name: user.name })}
        </Text>
        <div>
          <Text size="sm" fw={500} id="outcome-label" mb={4}>
            {t('interventions.outcome')}
          </Text>
          <SegmentedControl<Outcome>
            aria-labelledby="outcome-label"
            data={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`interventions.outcomes.${outcome}`) }))}
            value={values.outcome}
            onChange={(outcome) => set('outcome', outcome)}
          />
        </div>
        <Textarea
          label={t('interventions.notes')}
          description={t('interventions.notesHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
          data-autofocus
        />
        {values.outcome === 'not_done' && (
          <Textarea
            label={t('interventions.notDoneReason')}
            required
            autosize
            minRows={2}
            value={values.notDoneReason}
            onChange={(event) => set('notDoneReason', event.currentTarget.value)}
            error={errors.notDoneReason}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('interventions.doneAt')}
            required
            value={values.doneAt}
            onChange={(event) => set('doneAt', event.currentTarget.value)}
            error={errors.doneAt}
          />
          <NumberInput
            label={t('interventions.minutesSpent')}
            min={0}
            step={15}
            allowDecimal={false}
            value={values.minutesSpent}
            onChange={(minutes) => set('minutesSpent', minutes)}
            error={errors.minutesSpent}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('interventions.quantity')}
            min={0}
            decimalScale={2}
            value={values.quantity}
            onChange={(quantity) => set('quantity', quantity)}
            error={errors.quantity}
          />
          <Autocomplete
            label={t('interventions.unit')}
            data={UNITS}
            value={values.unit}
            onChange={(unit) => set('unit', unit)}
            error={errors.unit}
          />
        </Group>
        <Group grow align="flex-start">
          <FileInput
            label={t('interventions.photosBefore')}
            placeholder={t('interventions.photosPlaceholder')}
            multiple
            clearable
            accept="image/*"
            leftSection={<IconPhoto aria-hidden size={16} />}
            value={values.before}
            onChange={(files) => set('before', files)}
          />
          <FileInput
            label={t('interventions.photosAfter')}
            placeholder={t('interventions.photosPlaceholder')}
            description={t('interventions.photosAfterHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            multiple
            clearable
            accept="image/*"
            leftSection={<IconPhoto aria-hidden size={16} />}
            value={values.after}
            onChange={(files) => set('after', files)}
          />
        </Group>
        {canResolve && values.outcome === 'done' && (
          <Checkbox
            label={t('interventions.resolve')}
            checked={values.resolve}
            onChange={(event) => set('resolve', event.currentTarget.checked)}
          />
        )}
        <FormError error={record.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('interventions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
