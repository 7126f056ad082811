import { Alert, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../core/api/auth.js';
import { formatDay, renderTemplate, type TemplateValues, unknownPlaceholders } from '../../../core/templates.js';

/** An example request: what the placeholders become when an agent answers with the template. */
function sampleValues(locale: Locale): TemplateValues {
  return {
    reference: '2026-00123',
    department: 'Direction de la voirie',
    body: 'Ville de Caen',
    category: 'Nid-de-poule',
    deadline: formatDay('2026-12-15', locale),
    address: '12 rue Saint-Pierre, 14000 Caen',
  };
}

/** The text as the requester would read it, rendered by the same function as the server's. */
export function TemplatePreview({ text, locale }: { text: string; locale: Locale }) {
  const { t } = useTranslation();
  const unknown = unknownPlaceholders(text);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} id="template-preview">
        {t('admin.templates.preview', { language: t(`language.${locale}`) })}
      </Text>
      <Paper withBorder p="sm" bg="gray.0" aria-labelledby="template-preview" role="region">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text.trim() ? renderTemplate(text, sampleValues(locale)) : t('admin.templates.previewEmpty')}
        </Text>
      </Paper>
      {unknown.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('admin.templates.unknown', { names: unknown.map((name) => `{${name}}`).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
