import { Button, Grid, Group, Select, Stack, Switch, Tabs, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../core/api/auth.js';
import type { ResponseTemplate } from '../../../core/api/templates.js';
import {
  PLACEHOLDERS,
  type Placeholder,
  TEMPLATE_KINDS,
  type TemplateKind,
  unknownPlaceholders,
} from '../../../core/templates.js';
import { i18next } from '../../i18n/index.js';
import { InvalidForm } from '../../ui/formErrors.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField } from '../ui/fields.js';
import { TemplatePreview } from './TemplatePreview.js';

const BODY = { fr: 'bodyFr', en: 'bodyEn' } as const satisfies Record<Locale, string>;

interface TemplateValues {
  code: string;
  kind: TemplateKind | null;
  title: string;
  bodyFr: string;
  bodyEn: string;
  active: boolean;
}

/** The server refuses unknown placeholders (a typo would reach the requester as written). */
function checkPlaceholders(values: TemplateValues): void {
  const fields: Record<string, string> = {};
  for (const locale of LOCALES) {
    const unknown = unknownPlaceholders(values[BODY[locale]]);
    if (unknown.length > 0) {
      fields[BODY[locale]] = i18next.t('admin.templates.unknown', { names: unknown.map((n) => `{${n}}`).join(', ') });
    }
  }
  if (Object.keys(fields).length > 0) throw new InvalidForm(fields);
}

/** Writes a response template in French and English, with its placeholders and a live preview. */
export function TemplateForm({ template, onClose }: { template: ResponseTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>('fr');
  const bodies = useRef<Partial<Record<Locale, HTMLTextAreaElement | null>>>({});
  const form = useEntityForm({
    api: adminApi.templates,
    item: template,
    initial: (): TemplateValues => ({
      code: template?.code ?? '',
      kind: template?.kind ?? null,
      title: template?.title ?? '',
      bodyFr: template?.bodyFr ?? '',
      bodyEn: template?.bodyEn ?? '',
      active: template?.active ?? true,
    }),
    toInput: (values) => {
      checkPlaceholders(values);
      return values;
    },
    onSaved: onClose,
  });
  const { values, set, errors } = form;

  /** Puts `{name}` where the cursor is in the text of the open tab. */
  const insert = (name: Placeholder) => {
    const field = BODY[locale];
    const area = bodies.current[locale];
    const text = values[field];
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    const token = `{${name}}`;
    set(field, text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <FormModal
      title={template ? t('admin.templates.edit') : t('admin.templates.new')}
      form={form}
      onClose={onClose}
      size="xl"
    >
      <Group grow align="flex-start">
        <TextInput label={t('admin.templates.titleField')} required data-autofocus {...form.text('title')} />
        <Select<TemplateKind>
          label={t('admin.templates.kind')}
          description={t('admin.templates.kindHelp')}
          required
          data={TEMPLATE_KINDS.map((kind) => ({ value: kind, label: t(`admin.templateKind.${kind}`) }))}
          {...form.select('kind')}
        />
      </Group>
      <Group grow align="flex-start">
        <CodeField
          description={t('admin.templates.codeHelp')}
          value={values.code}
          // The server takes lower-case codes only: type them as they will be kept.
          onChange={(event) => set('code', event.currentTarget.value.toLowerCase())}
          error={errors.code}
        />
        <Switch
          label={t('admin.templates.active')}
          description={t('admin.templates.activeHelp')}
          mt="lg"
          {...form.checkbox('active')}
        />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Tabs value={locale} onChange={(value) => setLocale(value === 'en' ? 'en' : 'fr')}>
            <Tabs.List>
              {LOCALES.map((l) => (
                <Tabs.Tab
                  key={l}
                  value={l}
                  rightSection={
                    errors[BODY[l]] ? (
                      <IconAlertCircle
                        aria-label={t('admin.templates.tabError')}
                        size={16}
                        color="var(--mantine-color-error)"
                      />
                    ) : null
                  }
                >
                  {t(`language.${l}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LOCALES.map((l) => (
              <Tabs.Panel key={l} value={l} pt="xs">
                <Textarea
                  ref={(element) => {
                    bodies.current[l] = element;
                  }}
                  label={t(l === 'fr' ? 'admin.templates.bodyFr' : 'admin.templates.bodyEn')}
                  description={l === 'en' ? t('admin.templates.bodyEnHelp') : undefined}
                  required={l === 'fr'}
                  autosize
                  minRows={6}
                  {...form.text(BODY[l])}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
          <Stack gap={4} mt="xs">
            <Text size="xs" c="dimmed" id="placeholders-label">
              {t('admin.templates.placeholders')}
            </Text>
            <Group gap={6} role="group" aria-labelledby="placeholders-label">
              {PLACEHOLDERS.map((name) => (
                <Tooltip key={name} label={t(`admin.placeholder.${name}`)}>
                  <Button size="compact-xs" variant="default" onClick={() => insert(name)} ff="monospace">
                    {`{${name}}`}
                  </Button>
                </Tooltip>
              ))}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TemplatePreview text={values[BODY[locale]]} locale={locale} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
