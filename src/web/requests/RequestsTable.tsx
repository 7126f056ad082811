import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { RequestDto } from '../../core/api/requests.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { returnState } from '../app/returnState.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { Deadline } from './Deadline.js';
import { requestPath } from './paths.js';
import classes from './RequestsTable.module.css';

/** What one needs to decide without opening a request; the reference is the keyboard's way in. */
export function RequestsTable({ items }: { items: readonly RequestDto[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The detail page's "back" link returns to this list with its filters.
  const state = returnState(useLocation());
  const directory = useDirectory();
  const none = t('common.none');

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.reference')}</Table.Th>
            <Table.Th>{t('field.category')}</Table.Th>
            <Table.Th>{t('field.address')}</Table.Th>
            <Table.Th>{t('field.age')}</Table.Th>
            <Table.Th>{t('field.deadline')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('field.department')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((request) => (
            <Table.Tr
              key={request.id}
              onClick={() => navigate(requestPath(request.id), { state })}
              className={classes.row}
            >
              <Table.Td className={classes.fit}>
                <Anchor
                  component={Link}
                  to={requestPath(request.id)}
                  state={state}
                  fw={600}
                  onClick={(e) => e.stopPropagation()}
                >
                  {request.reference}
                </Anchor>
              </Table.Td>
              <Table.Td className={classes.text}>{nameOf(directory.categoryById, request.categoryId) ?? none}</Table.Td>
              <Table.Td className={classes.text}>{request.address}</Table.Td>
              <Table.Td className={classes.fit}>
                <RelativeTime iso={request.createdAt} />
              </Table.Td>
              <Table.Td>
                <Deadline deadline={request.deadline} status={request.status} />
              </Table.Td>
              <Table.Td className={classes.fit}>
                <StatusBadge status={request.status} />
              </Table.Td>
              <Table.Td>{nameOf(directory.departmentById, request.departmentId) ?? none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
