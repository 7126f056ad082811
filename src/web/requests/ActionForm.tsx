import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import type { Action } from '../../core/lifecycle.js';
import { useDirectory } from '../app/directory.js';
import { useUser } from '../app/session.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { ActionFieldInput } from './ActionFieldInput.js';
import { type ActionField, actionFields, initialActionValues } from './actionForm.js';
import { useApplyAction } from './useApplyAction.js';

/** The form of one action on one request, with only the fields that action takes. */
export function ActionForm({ action, request, onDone }: { action: Action; request: RequestDto; onDone: () => void }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const user = useUser();
  const [values, setValues] = useState(() => initialActionValues(request, directory, user.id));
  const submission = useApplyAction(request.id, action);
  const errors = fieldErrorsOf(submission.error);

  const change = (field: ActionField, value: string) =>
    setValues((current) => {
      // The category's department is the usual one in charge: propose it, the agent may change it.
      const department = field === 'categoryId' ? directory.categoryById.get(value)?.departmentId : undefined;
      return { ...current, [field]: value, ...(department ? { departmentId: department } : {}) };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submission.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('actionForm.done', { action: t(`action.${action}`) }));
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {actionFields(action).map((spec, index) => (
          <ActionFieldInput
            key={spec.name}
            action={action}
            spec={spec}
            value={values[spec.name]}
            error={errors[spec.name]}
            onChange={(value) => change(spec.name, value)}
            directory={directory}
            first={index === 0}
            request={request}
            values={values}
          />
        ))}
        <FormError error={submission.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submission.isPending}>
            {t('actionForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
