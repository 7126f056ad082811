import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState.js';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** Short values (a code, a badge) keep to one line. */
  nowrap?: boolean;
}

/** A list of things with their columns and, last, the actions on each; designed when empty. */
export function AdminTable<T extends { id: string }>({
  caption,
  items,
  columns,
  actions,
  empty,
  minWidth = 560,
}: {
  caption: string;
  items: readonly T[];
  columns: readonly Column<T>[];
  actions?: (item: T) => ReactNode;
  empty: { title: string; description: string };
  minWidth?: number;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <EmptyState title={empty.title} description={empty.description} />;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
            {actions && (
              <Table.Th>
                <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              {columns.map((column) => (
                <Table.Td key={column.header} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(item)}
                </Table.Td>
              ))}
              {actions && <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{actions(item)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
