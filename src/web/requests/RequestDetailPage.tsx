import { Anchor, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { returnPath } from '../app/returnState.js';
import { InterventionsPanel } from '../interventions/InterventionsPanel.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { PageTitle } from '../ui/PageTitle.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { CommentForm } from './CommentForm.js';
import { useRequestDetail } from './queries.js';
import { RequestActions } from './RequestActions.js';
import { RequestFacts } from './RequestFacts.js';
import { RequestTimeline } from './RequestTimeline.js';

/** One request: the actions allowed now on top, facts on the left, history on the right. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const detail = useRequestDetail(id);

  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const { request, events, allowedActions, canComment, canCommentPublic } = detail.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={returnPath(location.state)} size="sm">
        <Group gap={4}>
          <IconArrowLeft aria-hidden size={14} />
          {t('detail.back')}
        </Group>
      </Anchor>
      <Group gap="sm">
        <PageTitle>{t('detail.title', { reference: request.reference })}</PageTitle>
        <StatusBadge status={request.status} size="lg" />
      </Group>
      <RequestActions request={request} allowed={allowedActions} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md" component="section" aria-labelledby="facts-title">
              <Title order={2} size="h5" mb="sm" id="facts-title">
                {t('detail.facts')}
              </Title>
              <RequestFacts request={request} />
            </Paper>
            <InterventionsPanel request={request} allowedActions={allowedActions} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
            <Stack gap="md">
              <Title order={2} size="h5" id="timeline-title">
                {t('detail.timeline')}
              </Title>
              <RequestTimeline events={events} />
              {canComment && <CommentForm requestId={request.id} canCommentPublic={canCommentPublic} />}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
