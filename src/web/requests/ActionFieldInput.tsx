import type { ComboboxData } from '@mantine/core';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import { type Action, HOLD_REASONS, PRIORITIES } from '../../core/lifecycle.js';
import { categoryOptions, type DirectoryIndex, options } from '../app/directory.js';
import { useUser } from '../app/session.js';
import { useColleagues } from '../queue/queries.js';
import { TemplatePicker } from '../templates/TemplatePicker.js';
import { templatedFieldOf } from '../templates/templateKinds.js';
import type { ActionValues, FieldSpec } from './actionForm.js';

interface ActionFieldInputProps {
  action: Action;
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  directory: DirectoryIndex;
  /** The modal puts the focus here when it opens. */
  first: boolean;
  /** The request and the form's values, to fill a response template's placeholders. */
  request: RequestDto;
  values: ActionValues;
}

/** One field of an action's form, with the input that suits it. */
export function ActionFieldInput({
  action,
  spec,
  value,
  error,
  onChange,
  directory,
  first,
  request,
  values,
}: ActionFieldInputProps) {
  const { t } = useTranslation();
  const user = useUser();
  const colleagues = useColleagues(spec.name === 'assigneeId' ? request.departmentId : null).data ?? [];
  const templated = templatedFieldOf(action);
  const common = {
    label: t(action === 'hold' && spec.name === 'reason' ? 'actionForm.holdReason' : `actionForm.${spec.name}`),
    // A nullable field left blank is a valid answer (e.g. nobody), so it is not marked required.
    required: spec.required && !spec.nullable,
    error,
  };
  // A searchable select opens its list on focus and would hide the form: only text fields take it.
  const autofocus = { 'data-autofocus': first || undefined };
  const select = (data: ComboboxData, placeholder?: string) => (
    <Select
      {...common}
      data={data}
      placeholder={placeholder}
      searchable
      clearable={!common.required}
      value={value || null}
      onChange={(selected) => onChange(selected ?? '')}
    />
  );
  const text = (props: { type?: 'date'; description?: string } = {}) => (
    <TextInput
      {...common}
      {...autofocus}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
  const longText = () => {
    const area = (
      <Textarea
        {...common}
        {...autofocus}
        autosize
        minRows={2}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
    if (templated?.field !== spec.name) return area;
    return (
      <Stack gap={4}>
        <TemplatePicker
          kind={templated.kind}
          requestId={request.id}
          context={{ bodyId: values.bodyId || undefined }}
          onPick={onChange}
        />
        {area}
      </Stack>
    );
  };

  switch (spec.name) {
    case 'categoryId':
      return select(categoryOptions(directory));
    case 'departmentId':
      return select(options(directory.departments.filter((department) => department.receives)));
    case 'priority':
      return select(PRIORITIES.map((priority) => ({ value: priority, label: t(`priority.${priority}`) })));
    case 'deadline':
      return text({ type: 'date', description: t('actionForm.deadlineHelp') });
    case 'until':
      return text({ type: 'date' });
    case 'reason':
      return action === 'hold'
        ? select(HOLD_REASONS.map((reason) => ({ value: reason, label: t(`holdReason.${reason}`) })))
        : longText();
    case 'contractorId':
      return select(options(directory.contractors));
    case 'bodyId':
      return select(options(directory.bodies));
    case 'duplicateOfId':
      return text({ description: t('actionForm.duplicateOfIdHelp') });
    case 'assigneeId':
      return select(
        [
          { value: user.id, label: t('actionForm.assignToMe', { name: user.name }) },
          ...colleagues
            .filter((colleague) => colleague.id !== user.id)
            .map((colleague) => ({ value: colleague.id, label: colleague.name })),
        ],
        t('actionForm.assigneeIdPlaceholder'),
      );
    case 'note':
      return longText();
    default: {
      const unknownField: never = spec.name;
      throw new Error(`no input for action field ${String(unknownField)}`);
    }
  }
}
