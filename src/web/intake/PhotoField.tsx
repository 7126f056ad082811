import { ActionIcon, Alert, Button, FileButton, Group, Image, Kbd, Loader, Stack, Text } from '@mantine/core';
import { IconCamera, IconMapPin, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/http.js';
import { errorMessageKey } from '../ui/errorMessage.js';
import type { LatLon } from './api.js';
import type { PendingPhoto } from './intakeForm.js';
import { useUploadPhotos } from './queries.js';

/** What the server accepts (checked again there, by content). */
const ACCEPTED = 'image/jpeg,image/png,image/webp,image/heic,image/heif';
const MAX_PHOTOS = 10;

interface PhotoFieldProps {
  photos: readonly PendingPhoto[];
  onAdd(photos: PendingPhoto[]): void;
  onRemove(id: string): void;
  /** Set when no position is known yet: a photo's GPS is then offered as the place. */
  onUsePosition?: (position: LatLon) => void;
  /** The add button's id, so that focus and the form's shortcut can reach it. */
  buttonId: string;
  /** The form's shortcut to the add button, shown on it. */
  keyShortcut: string;
}

/** Why an upload failed, in the agent's words: the file, its size, or the usual reasons. */
function uploadError(error: unknown): 'photoType' | 'photoSize' | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 415 || error.status === 400) return 'photoType';
  return error.status === 413 ? 'photoSize' : null;
}

/** Photos of the problem, sent as soon as they are chosen; thumbnails once the server has them. */
export function PhotoField({ photos, onAdd, onRemove, onUsePosition, buttonId, keyShortcut }: PhotoFieldProps) {
  const { t } = useTranslation();
  const upload = useUploadPhotos();
  const located = onUsePosition ? photos.find((photo) => photo.gps) : undefined;
  const failure = upload.error ? uploadError(upload.error) : null;

  const resetInput = useRef<() => void>(null);

  const send = (files: File[]) => {
    // Emptied at once, so that choosing the same file again (after removing it) is seen as a choice.
    resetInput.current?.();
    if (files.length === 0) return;
    upload.mutate(files.slice(0, MAX_PHOTOS - photos.length), {
      onSuccess: (stored, sent) =>
        onAdd(
          stored.map((photo, index) => ({
            id: photo.id,
            thumbnailUrl: photo.thumbnailUrl,
            gps: photo.gps,
            // The server answers in the order the files were sent.
            file: sent[index] as File,
          })),
        ),
    });
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby="intake-photos-label">
      <div>
        <Text id="intake-photos-label" size="sm" fw={500}>
          {t('intake.photos')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('intake.photosHelp')}
        </Text>
      </div>
      {photos.length > 0 && (
        <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {photos.map((photo, index) => (
            <Group key={photo.id} component="li" gap={2} align="flex-start" wrap="nowrap">
              <Image
                src={photo.thumbnailUrl}
                alt={t('intake.photoAlt', { number: index + 1 })}
                w={72}
                h={72}
                radius="sm"
                fit="cover"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('intake.removePhoto', { number: index + 1 })}
                onClick={() => onRemove(photo.id)}
              >
                <IconX aria-hidden size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Group>
      )}
      <Group gap="xs">
        <FileButton
          onChange={send}
          resetRef={resetInput}
          accept={ACCEPTED}
          multiple
          inputProps={{ 'aria-label': t('intake.photos') }}
        >
          {(props) => (
            <Button
              {...props}
              // While photos are sent the button stays focusable and does nothing: a disabled one
              // would drop the keyboard's focus to the page.
              onClick={() => !upload.isPending && props.onClick()}
              data-disabled={upload.isPending || undefined}
              aria-disabled={upload.isPending || undefined}
              id={buttonId}
              type="button"
              variant="default"
              leftSection={upload.isPending ? <Loader size={16} aria-hidden /> : <IconCamera aria-hidden size={16} />}
              rightSection={
                <Kbd size="xs" aria-hidden>
                  {keyShortcut}
                </Kbd>
              }
              aria-keyshortcuts={keyShortcut}
              disabled={photos.length >= MAX_PHOTOS}
            >
              {t('intake.addPhotos')}
            </Button>
          )}
        </FileButton>
        {upload.isError && (
          <Text size="sm" c="red.9" role="alert">
            {failure ? t(`intake.${failure}`) : t(`errors.${errorMessageKey(upload.error)}`)}
          </Text>
        )}
      </Group>
      {located?.gps && onUsePosition && (
        <Alert variant="light" color="blue" icon={<IconMapPin aria-hidden />} p="xs">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('intake.photoPosition')}</Text>
            <Button
              type="button"
              size="compact-sm"
              variant="light"
              onClick={() => onUsePosition(located.gps as LatLon)}
            >
              {t('intake.usePhotoPosition')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
