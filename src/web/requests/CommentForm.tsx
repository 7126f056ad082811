import { Button, Group, Stack, Switch, Textarea } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplatePicker } from '../templates/TemplatePicker.js';
import { FormError } from '../ui/FormError.js';
import { fieldErrorsOf } from '../ui/formErrors.js';
import { notifySuccess } from '../ui/notify.js';
import { useAddComment } from './queries.js';

/** A comment on the request, internal unless the agent may and chooses to show it to the requester. */
export function CommentForm({ requestId, canCommentPublic }: { requestId: string; canCommentPublic: boolean }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [isPublic, setPublic] = useState(false);
  const comment = useAddComment(requestId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate(
      { body, public: canCommentPublic && isPublic },
      {
        onSuccess: () => {
          setBody('');
          setPublic(false);
          notifySuccess(t('comment.added'));
        },
      },
    );
  };

  // Enter makes a new line in a comment; Ctrl+Enter (⌘+Enter) sends it.
  const sendOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TemplatePicker kind="comment" requestId={requestId} onPick={setBody} />
        <Textarea
          label={t('comment.label')}
          autosize
          minRows={2}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={sendOnCtrlEnter}
          error={fieldErrorsOf(comment.error).body}
        />
        <FormError error={comment.error} />
        <Group justify="space-between">
          {canCommentPublic ? (
            <Switch
              label={t('comment.public')}
              checked={isPublic}
              onChange={(event) => setPublic(event.currentTarget.checked)}
            />
          ) : (
            <span />
          )}
          <Button type="submit" variant="default" loading={comment.isPending}>
            {t('comment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
