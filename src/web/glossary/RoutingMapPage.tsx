import { Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoutingMap } from '../../core/api/glossary.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { PageTitle } from '../ui/PageTitle.js';
import { categorySheetPath, GLOSSARY_PATH } from './paths.js';
import classes from './print.module.css';
import { useRoutingMap } from './queries.js';

type FamilyMap = RoutingMap['families'][number];

function FamilyTable({ family, problems }: FamilyMap) {
  const { t } = useTranslation();
  const titleId = `routing-${family.id}`;
  return (
    <section aria-labelledby={titleId} className={classes.keepTogether}>
      <Title order={2} size="h4" id={titleId}>
        {family.name}
      </Title>
      <Text size="sm" c="dimmed" mb={4}>
        {family.body.name}
        {family.description && ` · ${family.description}`}
      </Text>
      <Table withTableBorder striped verticalSpacing={4} layout="fixed" aria-labelledby={titleId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%">{t('glossary.problem')}</Table.Th>
            <Table.Th w={28} aria-hidden />
            <Table.Th w="36%">{t('glossary.actsDepartment')}</Table.Th>
            <Table.Th>{t('glossary.overrides')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem) => (
            <Table.Tr key={problem.category.id} className={classes.keepTogether}>
              <Table.Td>
                <Anchor component={Link} to={categorySheetPath(problem.category.id)} size="sm">
                  {problem.category.name}
                </Anchor>
              </Table.Td>
              <Table.Td aria-hidden>
                <IconArrowRight size={14} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {problem.department.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {problem.body.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {problem.overrides.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                ) : (
                  <List size="sm" spacing={0}>
                    {problem.overrides.map((override) => (
                      <List.Item key={override.territory.id}>
                        {t('glossary.override', {
                          territory: override.territory.name,
                          department: override.department.name,
                        })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/**
 * "Organigramme fonctionnel inversé": per family, from each problem to the department and body
 * that act, with the territories where another one does. A reference page, printable.
 */
export function RoutingMapPage() {
  const { t } = useTranslation();
  const routingMap = useRoutingMap();

  if (routingMap.isPending) return <Loading />;
  if (routingMap.isError) return <ErrorState error={routingMap.error} onRetry={() => void routingMap.refetch()} />;
  const { families } = routingMap.data;

  return (
    <Stack gap="lg" className={classes.printable}>
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('glossary.routingMapTitle')}</PageTitle>
          <Text size="sm" c="dimmed">
            {t('glossary.routingMapSubtitle')}
          </Text>
        </div>
        <Group gap="xs" className={classes.screenOnly}>
          <Button component={Link} to={GLOSSARY_PATH} variant="subtle">
            {t('glossary.backToGlossary')}
          </Button>
          <Button leftSection={<IconPrinter aria-hidden size={18} />} onClick={() => window.print()}>
            {t('glossary.print')}
          </Button>
        </Group>
      </Group>
      {families.length === 0 ? (
        <EmptyState title={t('glossary.emptyTitle')} description={t('glossary.emptyText')} />
      ) : (
        <>
          <Group gap="xs" component="nav" aria-label={t('glossary.families')} className={classes.screenOnly}>
            {families.map(({ family }) => (
              <Anchor key={family.id} href={`#routing-${family.id}`} size="sm">
                {family.name}
              </Anchor>
            ))}
          </Group>
          {families.map((entry) => (
            <FamilyTable key={entry.family.id} {...entry} />
          ))}
        </>
      )}
    </Stack>
  );
}
