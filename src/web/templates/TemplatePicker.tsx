import { Select, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateKind } from '../../core/templates.js';
import { renderTemplate, type TemplateContext } from './api.js';
import { useTemplates } from './queries.js';

interface TemplatePickerProps {
  kind: TemplateKind;
  requestId: string;
  context?: TemplateContext;
  /** Receives the template's text, rendered for the request, to put in the field it fills. */
  onPick: (text: string) => void;
}

/** "Start from a template": picks one and hands its rendered text over; nothing when there is none. */
export function TemplatePicker({ kind, requestId, context, onPick }: TemplatePickerProps) {
  const { t } = useTranslation();
  const templates = useTemplates(kind);
  const [picked, setPicked] = useState<string | null>(null);
  const render = useMutation({
    mutationFn: (templateId: string) => renderTemplate(templateId, requestId, context),
    onSuccess: (preview) => onPick(preview.text),
  });
  const items = templates.data ?? [];
  if (items.length === 0) return null;

  return (
    <div>
      <Select
        size="xs"
        label={t('templates.pick')}
        placeholder={t('templates.pickPlaceholder')}
        searchable
        data={items.map((template) => ({ value: template.id, label: template.title }))}
        value={picked}
        onChange={(id) => {
          setPicked(id);
          if (id) render.mutate(id);
        }}
        error={render.isError ? t('templates.renderFailed') : undefined}
      />
      {render.data && render.data.unfilled.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('templates.unfilled', { names: render.data.unfilled.map((name) => `{${name}}`).join(', ') })}
        </Text>
      )}
    </div>
  );
}
