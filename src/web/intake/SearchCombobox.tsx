import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useState } from 'react';

interface SearchComboboxProps<T> {
  /** The input's id, when focus has to move to it; a generated one otherwise. */
  id?: string;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  error?: ReactNode;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  value: string;
  onChange(value: string): void;
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  onPick(item: T): void;
  /** Title above the options, e.g. where they come from. */
  heading?: string;
  /** Said in the dropdown when a finished search found nothing; undefined shows no dropdown. */
  nothingFound?: string;
  /**
   * Enter picks the first option (address, category). Off where picking by mistake would be
   * wrong (a known requester while typing a new one): the agent then chooses with the arrows.
   */
  pickFirstOnEnter?: boolean;
  /** Enter with nothing to pick stays in the field instead of sending the whole form. */
  holdEnterWhenEmpty?: boolean;
  /** The search for what is typed is still on its way: Enter waits for its answer. */
  pending?: boolean;
}

/**
 * A text field whose suggestions come from a search as one types: arrow keys move, Enter picks,
 * Escape closes. Typing fast then Enter still picks the first answer to what was typed.
 */
export function SearchCombobox<T>(props: SearchComboboxProps<T>) {
  const { items, pending = false, pickFirstOnEnter = false, onPick, value } = props;
  const id = useId(props.id);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [armed, setArmed] = useState(false);
  const showEmpty = props.nothingFound !== undefined && items.length === 0;
  const opened = combobox.dropdownOpened;

  // The options render once the dropdown opens; select the first then, and when other options come
  // (not at every render, which would undo the agent's choice with the arrow keys).
  const optionKeys = items.map(props.itemKey).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the options change, not the store object
  useEffect(() => {
    if (pickFirstOnEnter && opened && optionKeys) combobox.selectFirstOption();
  }, [pickFirstOnEnter, opened, optionKeys]);

  useEffect(() => {
    if (!armed || pending) return;
    setArmed(false);
    const first = items[0];
    if (first) {
      onPick(first);
      combobox.closeDropdown();
    }
  }, [armed, pending, items, onPick, combobox]);

  const options = items.map((item) => (
    <Combobox.Option key={props.itemKey(item)} value={props.itemKey(item)}>
      {props.renderItem(item)}
    </Combobox.Option>
  ));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && props.holdEnterWhenEmpty && !pending && items.length === 0) {
      event.preventDefault();
      combobox.openDropdown();
      return;
    }
    if (!pickFirstOnEnter || event.key !== 'Enter' || !pending || !value.trim()) return;
    // Options shown are for what was typed before: do not let them be picked, wait for the answer.
    event.preventDefault();
    combobox.resetSelectedOption();
    setArmed(true);
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(key) => {
        const item = items.find((candidate) => props.itemKey(candidate) === key);
        if (item) onPick(item);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          id={id}
          ref={props.inputRef}
          label={props.label}
          description={props.description}
          placeholder={props.placeholder}
          required={props.required}
          error={props.error}
          autoFocus={props.autoFocus}
          autoComplete="off"
          value={value}
          onChange={(event) => {
            props.onChange(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
          rightSection={pending ? <Loader size="xs" aria-hidden /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={items.length === 0 && !showEmpty}>
        <Combobox.Options labelledBy={`${id}-label`}>
          {props.heading && items.length > 0 ? (
            <Combobox.Group label={props.heading}>{options}</Combobox.Group>
          ) : (
            options
          )}
          {showEmpty && <Combobox.Empty>{props.nothingFound}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
