import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportProblem } from '../../../core/api/admin.js';
import { i18next } from '../../i18n/index.js';
import { notifySuccess } from '../../ui/notify.js';
import { useRefreshAdmin } from '../adminForm.js';
import { ImportRefused, UnreadableFile } from '../upload.js';
import { AdminFormError } from './AdminFormError.js';

export type ImportMutation = UseMutationResult<string, Error, File>;

/** "3 créées, 1 modifiée, 40 inchangées" */
export function describeCounts(counts: ImportCounts): string {
  const t = i18next.t;
  return [
    t('admin.import.created', { count: counts.created }),
    t('admin.import.updated', { count: counts.updated }),
    t('admin.import.unchanged', { count: counts.unchanged }),
  ].join(', ');
}

/** Sends a file; once imported, every list is refreshed and `describe` says what changed. */
export function useImportFile<R>(run: (file: File) => Promise<R>, describe: (result: R) => string): ImportMutation {
  const refresh = useRefreshAdmin();
  return useMutation({
    mutationFn: async (file: File) => describe(await run(file)),
    onSuccess: async (summary) => {
      await refresh();
      notifySuccess(summary);
    },
  });
}

/** The button that opens the file picker; choosing the same file again (once fixed) sends it again. */
export function ImportButton({ label, accept, mutation }: { label: string; accept: string; mutation: ImportMutation }) {
  const reset = useRef<() => void>(null);
  return (
    <FileButton
      resetRef={reset}
      accept={accept}
      onChange={(file) => {
        if (file) mutation.mutate(file);
        reset.current?.();
      }}
    >
      {(props) => (
        <Button
          {...props}
          variant="default"
          leftSection={<IconUpload aria-hidden size={16} />}
          loading={mutation.isPending}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
}

function where(problem: ImportProblem): string {
  const t = i18next.t;
  if (problem.row !== undefined) {
    return problem.column === undefined
      ? t('admin.import.row', { row: problem.row })
      : t('admin.import.rowColumn', { row: problem.row, column: problem.column });
  }
  if (problem.feature !== undefined) return t('admin.import.feature', { feature: problem.feature, path: problem.path });
  return problem.path;
}

/** What the last import did: its summary, or every problem of a refused file, where it is. */
export function ImportOutcome({ mutation }: { mutation: ImportMutation }) {
  const { t } = useTranslation();
  if (mutation.isSuccess) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
        <Text span fw={700} size="sm">
          {t('admin.import.done')}
        </Text>
        {' — '}
        {mutation.data}
      </Alert>
    );
  }
  const { error } = mutation;
  if (error instanceof UnreadableFile) {
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        {t(`admin.import.${error.reason}`)}
      </Alert>
    );
  }
  if (!(error instanceof ImportRefused)) return <AdminFormError error={error} />;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('admin.import.refused', { count: error.problems.length })}
    >
      <Stack gap="xs">
        <Text size="sm">{t('admin.import.nothingImported')}</Text>
        <List size="sm" spacing={4}>
          {error.problems.map((problem) => (
            <List.Item key={`${problem.path}:${problem.message}`}>
              <Text span fw={600} size="sm">
                {where(problem)}
              </Text>
              {' — '}
              {problem.message}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
