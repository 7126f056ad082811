import { Alert, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../core/api/dispatch.js';
import { useDirectory } from '../app/directory.js';
import { useTemplates } from '../templates/queries.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf, InvalidForm } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { routeCategory } from './api.js';
import type { CategoryChoice } from './CategorySearch.js';
import { DecisionDialog } from './DecisionDialog.js';
import { DECISIONS, type Decision, KEY_OF_DECISION } from './decisions.js';
import { ProposalFields } from './ProposalFields.js';
import { acceptInput, initialProposalValues, type ProposalValues } from './proposal.js';
import { useDecision } from './queries.js';
import { RequestSummary } from './RequestSummary.js';
import { ShortcutLegend } from './ShortcutLegend.js';
import { useShortcuts } from './useShortcuts.js';

interface EvaluationPaneProps {
  item: InboxItem;
  /** "3 / 12", when the request is in the inbox's list. */
  position: string | null;
  onPrevious: () => void;
  onNext: () => void;
  /** A decision was applied: open the next request. */
  onDecided: () => void;
}

/** One new request and its proposal: read, adjust if needed, decide; the keyboard does it all. */
/** What each decision's button says. */
const LABEL_OF_DECISION = {
  reject: 'action.reject',
  redirect: 'action.redirect',
  duplicate: 'dispatch.duplicate',
} as const satisfies Record<Decision, string>;

export function EvaluationPane({ item, position, onPrevious, onNext, onDecided }: EvaluationPaneProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const { request, proposal } = item;
  const [values, setValues] = useState<ProposalValues>(() => initialProposalValues(proposal));
  const [dialog, setDialog] = useState<Decision | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const categoryRef = useRef<HTMLInputElement>(null);
  const accept = useDecision(request.id);
  const route = useMutation({ mutationFn: (categoryId: string) => routeCategory(categoryId, request) });
  const decided = request.status !== 'new';
  // Loaded now, so that R, O or D open on their templates at once.
  useTemplates('reject');
  useTemplates('redirect');
  useTemplates('duplicate');

  // Each request opens with the focus on its title: shortcuts work, screen readers hear which one.
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  const change = (patch: Partial<ProposalValues>) => setValues((current) => ({ ...current, ...patch }));

  const chooseCategory = ({ categoryId, words }: CategoryChoice) => {
    const usual = directory.categoryById.get(categoryId)?.departmentId ?? null;
    change({
      categoryId,
      categoryOrigin: 'dispatcher',
      words,
      departmentId: usual,
      departmentOrigin: 'category',
      deadline: '',
    });
    // A territory may route this category to another department (e.g. a neighbourhood hub).
    route.mutate(categoryId, {
      onSuccess: (answer) =>
        setValues((current) =>
          current.categoryId === categoryId && current.departmentOrigin === 'category'
            ? {
                ...current,
                departmentId: answer.department.id,
                departmentOrigin: answer.department.id === usual ? 'category' : 'territory',
              }
            : current,
        ),
    });
  };

  const submitAccept = (event?: FormEvent) => {
    event?.preventDefault();
    if (decided || accept.isPending) return;
    accept.mutate(acceptInput(values), {
      onSuccess: () => {
        notifySuccess(t('dispatch.accepted', { reference: request.reference }));
        onDecided();
      },
      onError: (error) => {
        if (error instanceof InvalidForm && error.fields.categoryId) categoryRef.current?.focus();
      },
    });
  };

  const open = (decision: Decision) => () => {
    if (!decided) setDialog(decision);
  };
  const suggestion = (rank: number) => () => {
    const chosen = proposal.suggestions[rank];
    if (!chosen || decided) return false;
    chooseCategory({ categoryId: chosen.categoryId, words: chosen.words });
    return true;
  };
  useShortcuts(
    {
      enter: () => submitAccept(),
      a: () => submitAccept(),
      ...Object.fromEntries(DECISIONS.map((decision) => [KEY_OF_DECISION[decision].toLowerCase(), open(decision)])),
      j: onNext,
      k: onPrevious,
      arrowdown: onNext,
      arrowup: onPrevious,
      '/': () => categoryRef.current?.focus(),
      '1': suggestion(0),
      '2': suggestion(1),
      '3': suggestion(2),
    },
    dialog === null,
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evaluation-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm">
            <Title order={2} size="h4" id="evaluation-title" ref={headingRef} tabIndex={-1}>
              {t('dispatch.requestTitle', { reference: request.reference })}
            </Title>
            <StatusBadge status={request.status} />
          </Group>
          <Group gap={4} wrap="nowrap">
            {position && (
              <Text size="sm" c="dimmed" mr={4}>
                {position}
              </Text>
            )}
            <Button
              size="xs"
              variant="default"
              onClick={onPrevious}
              aria-keyshortcuts="K ArrowUp"
              leftSection={<IconArrowUp aria-hidden size={14} />}
            >
              {t('dispatch.previous')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={onNext}
              aria-keyshortcuts="J ArrowDown"
              leftSection={<IconArrowDown aria-hidden size={14} />}
            >
              {t('dispatch.next')}
            </Button>
          </Group>
        </Group>

        <RequestSummary request={request} words={values.words} />

        {decided ? (
          <Alert variant="light" title={t('dispatch.alreadyDecided')}>
            {t('dispatch.alreadyDecidedHelp', { status: t(`status.${request.status}`) })}
          </Alert>
        ) : (
          <form onSubmit={submitAccept} noValidate aria-label={t('dispatch.proposal')}>
            <Stack gap="md">
              <ProposalFields
                values={values}
                proposal={proposal}
                errors={fieldErrorsOf(accept.error)}
                onCategory={chooseCategory}
                onChange={change}
                categoryRef={categoryRef}
              />
              <FormError error={accept.error} />
              <Group gap="sm">
                <Button
                  type="submit"
                  loading={accept.isPending}
                  aria-keyshortcuts="Enter A"
                  rightSection={<Kbd aria-hidden>⏎</Kbd>}
                >
                  {t('dispatch.accept')}
                </Button>
                {DECISIONS.map((decision) => (
                  <Button
                    key={decision}
                    variant="default"
                    onClick={open(decision)}
                    aria-keyshortcuts={KEY_OF_DECISION[decision]}
                    rightSection={<Kbd aria-hidden>{KEY_OF_DECISION[decision]}</Kbd>}
                  >
                    {t(LABEL_OF_DECISION[decision])}
                  </Button>
                ))}
              </Group>
            </Stack>
          </form>
        )}
        <ShortcutLegend />
      </Stack>
      <DecisionDialog decision={dialog} request={request} onClose={() => setDialog(null)} onDone={onDecided} />
    </Paper>
  );
}
