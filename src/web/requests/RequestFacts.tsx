import { Anchor, DataList, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestDto } from '../../core/api/requests.js';
import { can } from '../../core/permissions.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { useUser } from '../app/session.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { Deadline } from './Deadline.js';
import { requestPath } from './paths.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Who asked, or why it is not shown (nobody given, or personal data this role may not read). */
function RequesterFact({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const { requester } = request;
  if (!requester) {
    return t(can(user, 'request.read_personal_data', request) ? 'detail.noRequester' : 'detail.hiddenRequester');
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{requester.name}</Text>
      {requester.email && (
        <Anchor size="sm" href={`mailto:${requester.email}`}>
          {requester.email}
        </Anchor>
      )}
      {requester.phone && (
        <Anchor size="sm" href={`tel:${requester.phone.replace(/[^+0-9]/g, '')}`}>
          {requester.phone}
        </Anchor>
      )}
    </Stack>
  );
}

/** The facts of a request, as a description list. */
export function RequestFacts({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const none = t('common.none');
  const coordinates = `${request.lat.toFixed(6)}, ${request.lon.toFixed(6)}`;

  return (
    <DataList labelWidth="9rem" withDivider>
      <Fact label={t('field.reference')}>{request.reference}</Fact>
      <Fact label={t('field.status')}>
        <StatusBadge status={request.status} />
      </Fact>
      {request.holdReason && <Fact label={t('field.holdReason')}>{t(`holdReason.${request.holdReason}`)}</Fact>}
      {request.duplicateOfId && (
        <Fact label={t('field.duplicateOf')}>
          <Anchor component={Link} to={requestPath(request.duplicateOfId)}>
            {t('detail.openDuplicate')}
          </Anchor>
        </Fact>
      )}
      <Fact label={t('field.category')}>{nameOf(directory.categoryById, request.categoryId) ?? none}</Fact>
      <Fact label={t('field.department')}>{nameOf(directory.departmentById, request.departmentId) ?? none}</Fact>
      <Fact label={t('field.body')}>{nameOf(directory.bodyById, request.bodyId) ?? none}</Fact>
      {request.contractorId && (
        <Fact label={t('field.contractor')}>{nameOf(directory.contractorById, request.contractorId)}</Fact>
      )}
      <Fact label={t('field.priority')}>{t(`priority.${request.priority}`)}</Fact>
      <Fact label={t('field.deadline')}>
        <Deadline deadline={request.deadline} status={request.status} />
      </Fact>
      <Fact label={t('field.address')}>{request.address}</Fact>
      <Fact label={t('field.coordinates')}>{coordinates}</Fact>
      <Fact label={t('field.territory')}>{nameOf(directory.territoryById, request.territoryId) ?? none}</Fact>
      <Fact label={t('field.origin')}>{t(`origin.${request.origin}`)}</Fact>
      <Fact label={t('field.createdAt')}>
        <RelativeTime iso={request.createdAt} />
      </Fact>
      <Fact label={t('field.requester')}>
        <RequesterFact request={request} />
      </Fact>
      <Fact label={t('field.description')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {request.description}
        </Text>
      </Fact>
    </DataList>
  );
}
