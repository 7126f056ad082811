import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The name of what is edited: the first field, where a dialog puts the cursor. */
export function NameField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput label={t('admin.field.name')} required data-autofocus {...props} />;
}

/** The stable code imports and exports know an item by; its description says what it is for. */
export function CodeField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput label={t('admin.field.code')} description={t('admin.field.codeHelp')} required {...props} />;
}
