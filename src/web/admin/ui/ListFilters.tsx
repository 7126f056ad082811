import { type ComboboxItem, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/** Narrows a list loaded whole as one types (see `matchesSearch`). */
export function SearchFilter({
  label,
  placeholder,
  value,
  onChange,
  width = 260,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  width?: number;
}) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch aria-hidden size={16} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={width}
    />
  );
}

/** Keeps the items of one choice; cleared, the placeholder says all are shown. */
export function ChoiceFilter<V extends string>({
  label,
  placeholder,
  data,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  data: ComboboxItem<V>[];
  value: V | null;
  onChange: (value: V | null) => void;
}) {
  return (
    <Select<V>
      label={label}
      placeholder={placeholder}
      clearable
      data={data}
      value={value}
      onChange={onChange}
      w={260}
    />
  );
}
