import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../core/api/requests.js';
import { options, useDirectory } from '../app/directory.js';
import { useUser } from '../app/session.js';
import { renderTemplate, type TemplateContext } from '../templates/api.js';
import { useTemplates } from '../templates/queries.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { DuplicateChoice, type DuplicateOf } from './DuplicateChoice.js';
import { type Decision, decisionInput, TEMPLATE_KIND_OF_DECISION } from './decisions.js';
import { useDecision } from './queries.js';

interface DecisionDialogProps {
  decision: Decision | null;
  request: RequestDto;
  onClose: () => void;
  /** After the decision was applied: the next request opens. */
  onDone: () => void;
}

/** Reject, redirect or merge as duplicate: a template (1–9), its text to adjust, Enter to confirm. */
export function DecisionDialog({ decision, request, onClose, onDone }: DecisionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      size="lg"
      title={decision && t(`dispatch.decision.${decision}.title`, { reference: request.reference })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {decision && (
        <DecisionForm key={decision} decision={decision} request={request} onCancel={onClose} onDone={onDone} />
      )}
    </Modal>
  );
}

const isTextField = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'radio');

function DecisionForm({
  decision,
  request,
  onCancel,
  onDone,
}: {
  decision: Decision;
  request: RequestDto;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const user = useUser();
  const templates = useTemplates(TEMPLATE_KIND_OF_DECISION[decision]).data ?? [];
  const [pickedId, setPickedId] = useState<string | null>(null);
  const templateId = pickedId ?? templates[0]?.id ?? null;
  // Another body than the dispatcher's and the request's: when only one is left, it is the one.
  const otherBodies = directory.bodies.filter((body) => body.id !== user.bodyId && body.id !== request.bodyId);
  const [bodyId, setBodyId] = useState<string | null>(otherBodies.length === 1 ? (otherBodies[0]?.id ?? null) : null);
  const [duplicate, setDuplicate] = useState<DuplicateOf | null>(null);
  const [edited, setEdited] = useState<string | null>(null);
  // The dialog opens on the template, or on the body when one must be chosen first.
  const chooseBodyFirst = decision === 'redirect' && bodyId === null;
  const decide = useDecision(request.id);
  const errors = fieldErrorsOf(decide.error);

  const context: TemplateContext =
    decision === 'redirect'
      ? { bodyId: bodyId ?? undefined }
      : decision === 'duplicate'
        ? { departmentId: duplicate?.departmentId ?? undefined }
        : {};
  const rendered = useQuery({
    queryKey: ['dispatch-template', templateId, request.id, context],
    queryFn: () => renderTemplate(templateId ?? '', request.id, context),
    enabled: templateId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const text = edited ?? rendered.data?.text ?? '';

  const pick = (id: string) => {
    setPickedId(id);
    setEdited(null);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // Nothing to send yet: the template is still being prepared.
    if (!text && rendered.isFetching) return;
    decide.mutate(decisionInput(decision, { text, bodyId, duplicateOfId: duplicate?.id ?? null }), {
      onSuccess: () => {
        notifySuccess(t(`dispatch.decision.${decision}.done`, { reference: request.reference }));
        onDone();
      },
    });
  };

  // Enter confirms from anywhere but the text (Ctrl+Enter there); digits pick a template.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const typing = isTextField(event.target);
    if (event.key === 'Enter' && (!typing || event.ctrlKey || event.metaKey)) {
      if (event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      submit();
      return;
    }
    const digit = Number(event.key);
    const template = !typing && Number.isInteger(digit) && digit > 0 ? templates[digit - 1] : undefined;
    if (template) {
      event.preventDefault();
      pick(template.id);
    }
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="md">
        {decision === 'redirect' && (
          <Select
            label={t('actionForm.bodyId')}
            required
            data={options(otherBodies)}
            value={bodyId}
            onChange={setBodyId}
            error={errors.bodyId}
            data-autofocus={chooseBodyFirst || undefined}
          />
        )}
        {decision === 'duplicate' && (
          <DuplicateChoice request={request} onChange={setDuplicate} error={errors.duplicateOfId} />
        )}
        {templates.length > 0 ? (
          <Radio.Group label={t('dispatch.template')} value={templateId} onChange={pick}>
            <Stack gap={6} mt={6}>
              {templates.map((template, index) => (
                <Radio
                  key={template.id}
                  value={template.id}
                  label={`${index + 1}. ${template.title}`}
                  data-autofocus={(template.id === templateId && !chooseBodyFirst) || undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('templates.none')}
          </Text>
        )}
        <Textarea
          label={t(`dispatch.decision.${decision}.text`)}
          description={t('dispatch.textHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required={decision !== 'duplicate'}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setEdited(event.currentTarget.value)}
          error={errors.reason ?? errors.note}
          data-autofocus={templates.length === 0 || undefined}
        />
        {rendered.data && rendered.data.unfilled.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('templates.unfilled', { names: rendered.data.unfilled.map((name) => `{${name}}`).join(', ') })}
          </Text>
        )}
        <FormError error={decide.error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('dispatch.dialogKeys')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision === 'reject' ? 'red.9' : undefined}
              loading={decide.isPending || (!text && rendered.isFetching)}
            >
              {t(`dispatch.decision.${decision}.submit`)}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
