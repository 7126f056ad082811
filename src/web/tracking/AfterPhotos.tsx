import { Anchor, Image, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackingPhotoUrl } from './api.js';

/** Photos of the work done; one that cannot be loaded is left out rather than shown broken. */
export function AfterPhotos({ token, photoIds }: { token: string; photoIds: readonly string[] }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const shown = photoIds.filter((id) => !failed.has(id));
  if (shown.length === 0) return null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tracking-photos">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tracking-photos">
          {t('tracking.photos')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {shown.map((id, index) => (
            <Anchor key={id} href={trackingPhotoUrl(token, id, 'full')} target="_blank" rel="noopener">
              <Image
                src={trackingPhotoUrl(token, id, 'thumbnail')}
                alt={t('tracking.photoAlt', { rank: index + 1 })}
                radius="sm"
                fit="cover"
                h={140}
                onError={() => setFailed((current) => new Set([...current, id]))}
              />
            </Anchor>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
