import { Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/http.js';
import { errorMessageKey } from '../ui/errorMessage.js';
import { notifySuccess } from '../ui/notify.js';
import { useDeleteView, useSavedViews, useSaveView } from './queries.js';

type ViewQuery = Record<string, string | string[]>;

/** The same filters whatever the order their parameters were written in. */
const sameQuery = (a: ViewQuery, b: ViewQuery) => {
  const canonical = (query: ViewQuery) => JSON.stringify(Object.entries(query).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
};

interface SavedViewsProps {
  screen: string;
  /** The filters in use now, as a view keeps them. */
  current: ViewQuery;
  onApply: (query: ViewQuery) => void;
}

/** Named sets of filters of one screen: apply one, save the current filters, delete the one in use. */
export function SavedViews({ screen, current, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = useSavedViews(screen);
  const save = useSaveView(screen);
  const remove = useDeleteView(screen);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const items = views.data ?? [];
  const active = items.find((view) => sameQuery(view.query, current)) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, query: current },
      {
        onSuccess: (view) => {
          notifySuccess(t('queue.views.saved', { name: view.name }));
          setSaving(false);
          setName('');
        },
      },
    );
  };
  const saveError = save.error
    ? save.error instanceof ApiError && save.error.status === 409
      ? t('queue.views.nameTaken')
      : t(`errors.${errorMessageKey(save.error)}`)
    : undefined;

  return (
    <Group gap="xs" align="flex-end">
      <Select
        size="xs"
        w={240}
        label={t('queue.views.label')}
        placeholder={items.length > 0 ? t('queue.views.choose') : t('queue.views.none')}
        data={items.map((view) => ({ value: view.id, label: view.name }))}
        value={active?.id ?? null}
        onChange={(id) => {
          const view = items.find((candidate) => candidate.id === id);
          if (view) onApply(view.query);
        }}
        disabled={items.length === 0}
      />
      <Popover opened={saving} onChange={setSaving} trapFocus position="bottom-start" withArrow>
        <Popover.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDeviceFloppy aria-hidden size={14} />}
            onClick={() => setSaving((open) => !open)}
          >
            {t('queue.views.save')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <form onSubmit={submit} noValidate>
            <Stack gap="xs" w={260}>
              <TextInput
                size="xs"
                label={t('queue.views.name')}
                placeholder={t('queue.views.namePlaceholder')}
                required
                data-autofocus
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={saveError}
              />
              <Button size="xs" type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t('queue.views.saveSubmit')}
              </Button>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
      {active && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          c="red.9"
          leftSection={<IconTrash aria-hidden size={14} />}
          loading={remove.isPending}
          onClick={() => remove.mutate(active.id)}
        >
          {t('queue.views.delete', { name: active.name })}
        </Button>
      )}
    </Group>
  );
}
