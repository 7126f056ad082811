import { Anchor, Group, Image } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhotoDto } from '../../core/api/photos.js';

/** Thumbnails that open the full photo; each named for screen readers by its kind and rank. */
export function PhotoStrip({ photos, size = 96 }: { photos: readonly PhotoDto[]; size?: number }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <Group gap="xs">
      {photos.map((photo, index) => (
        <Anchor key={photo.id} href={photo.url} target="_blank" rel="noopener">
          <Image
            src={photo.thumbnailUrl}
            alt={t(`interventions.photoAlt.${photo.kind}`, { rank: index + 1 })}
            w={size}
            h={size}
            fit="cover"
            radius="sm"
          />
        </Anchor>
      ))}
    </Group>
  );
}
