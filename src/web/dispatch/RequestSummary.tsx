import { Anchor, DataList, Group, Highlight, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestDto } from '../../core/api/requests.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { PhotoStrip } from '../interventions/PhotoStrip.js';
import { useRequestPhotos } from '../interventions/queries.js';
import { requestPath } from '../requests/paths.js';
import { RelativeTime } from '../ui/RelativeTime.js';

/** Who asked and how they want to hear back; the name only for roles that may read it. */
function Requester({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const origin = t(`origin.${request.origin}`);
  const { requester } = request;
  if (!requester) return origin;
  const channel = t(`dispatch.channel.${requester.channel}`);
  return `${origin} · ${requester.name} · ${channel}`;
}

/** What the dispatcher reads to decide: the words of the requester, the photos, the place, the origin. */
export function RequestSummary({ request, words }: { request: RequestDto; words: readonly string[] }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const photos = useRequestPhotos(request.id);

  return (
    <>
      <Paper withBorder p="sm" bg="gray.0">
        <Highlight component="p" size="sm" m={0} highlight={[...words]} style={{ whiteSpace: 'pre-wrap' }}>
          {request.description}
        </Highlight>
      </Paper>
      <PhotoStrip photos={photos.data ?? []} />
      <DataList labelWidth="7rem" size="sm" gap={4}>
        <DataList.Item>
          <DataList.ItemLabel>{t('field.address')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {request.address}
            {request.territoryId && (
              <Text span c="dimmed" size="sm">
                {' · '}
                {nameOf(directory.territoryById, request.territoryId)}
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('dispatch.receivedFrom')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Requester request={request} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('field.createdAt')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Group gap="xs">
              <RelativeTime iso={request.createdAt} />
              <Anchor component={Link} to={requestPath(request.id)} size="sm">
                {t('dispatch.openRequest')}
              </Anchor>
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </>
  );
}
