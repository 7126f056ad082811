import { ActionIcon, Group, Menu, Stack } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../core/api/admin.js';
import { ROLES, type Role } from '../../../core/roles.js';
import { useUser } from '../../app/session.js';
import { adminApi, setUserDisabled } from '../api.js';
import { byName, matchesSearch, namesOf } from '../names.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { ChoiceFilter, SearchFilter } from '../ui/ListFilters.js';
import { NameCell } from '../ui/NameCell.js';
import { NewButton } from '../ui/NewButton.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { StateBadge } from '../ui/StateBadge.js';
import { PasswordForm } from './PasswordForm.js';
import { UserForm } from './UserForm.js';

type Dialog =
  | { kind: 'edit'; user: AdminUser | null }
  | { kind: 'password'; user: AdminUser }
  | { kind: 'disable' | 'enable'; user: AdminUser };

/** Who may sign in, with which role and scopes; disabling someone ends their sessions at once. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const users = useEntityList(adminApi.users);
  const bodyNames = namesOf(useEntityList(adminApi.bodies));
  const departmentNames = namesOf(useEntityList(adminApi.departments));
  const contractorNames = namesOf(useEntityList(adminApi.contractors));
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  // The narrowest scope says it all: a department belongs to its body.
  const scopeOf = (user: AdminUser) =>
    (user.contractorId && contractorNames.get(user.contractorId)) ||
    (user.departmentId && departmentNames.get(user.departmentId)) ||
    (user.bodyId && bodyNames.get(user.bodyId)) ||
    t('admin.users.noScope');
  const shown = users
    .filter((user) => (role === null || user.role === role) && matchesSearch(search, user.name, user.email))
    .sort(byName);

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.users.title')} description={t('admin.users.description')}>
        <NewButton label={t('admin.users.new')} onClick={() => setDialog({ kind: 'edit', user: null })} />
      </SectionHeader>
      <Group gap="sm" align="flex-end">
        <SearchFilter label={t('admin.filterUsers')} value={search} onChange={setSearch} />
        <ChoiceFilter<Role>
          label={t('admin.users.role')}
          placeholder={t('admin.users.allRoles')}
          data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          value={role}
          onChange={setRole}
        />
      </Group>
      <AdminTable
        caption={t('admin.users.title')}
        items={shown}
        minWidth={700}
        columns={[
          { header: t('admin.field.name'), cell: (user) => <NameCell name={user.name} detail={user.email} /> },
          { header: t('admin.users.role'), cell: (user) => t(`role.${user.role}`) },
          { header: t('admin.users.scope'), cell: scopeOf },
          {
            header: t('admin.users.state'),
            nowrap: true,
            cell: (user) => (
              <StateBadge on={!user.disabled} offColor="red">
                {t(user.disabled ? 'admin.users.stateDisabled' : 'admin.users.stateActive')}
              </StateBadge>
            ),
          },
        ]}
        actions={(user) => (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('admin.users.actionsFor', { name: user.name })}>
                <IconDots aria-hidden size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconPencil aria-hidden size={16} />}
                onClick={() => setDialog({ kind: 'edit', user })}
              >
                {t('admin.edit')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconKey aria-hidden size={16} />}
                onClick={() => setDialog({ kind: 'password', user })}
              >
                {t('admin.users.resetPassword')}
              </Menu.Item>
              {user.id !== me.id &&
                (user.disabled ? (
                  <Menu.Item
                    leftSection={<IconUserCheck aria-hidden size={16} />}
                    onClick={() => setDialog({ kind: 'enable', user })}
                  >
                    {t('admin.users.enable')}
                  </Menu.Item>
                ) : (
                  <Menu.Item
                    color="red"
                    leftSection={<IconUserOff aria-hidden size={16} />}
                    onClick={() => setDialog({ kind: 'disable', user })}
                  >
                    {t('admin.users.disable')}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        )}
        empty={{ title: t('admin.users.emptyTitle'), description: t('admin.users.emptyDescription') }}
      />
      {dialog?.kind === 'edit' && <UserForm user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <PasswordForm user={dialog.user} onClose={close} />}
      {(dialog?.kind === 'disable' || dialog?.kind === 'enable') && (
        <ConfirmModal
          title={t(`admin.users.${dialog.kind}Title`, { name: dialog.user.name })}
          message={t(`admin.users.${dialog.kind}Message`)}
          confirmLabel={t(`admin.users.${dialog.kind}`)}
          color={dialog.kind === 'disable' ? 'red' : 'blue'}
          done={t(`admin.users.${dialog.kind}Done`, { name: dialog.user.name })}
          run={() => setUserDisabled(dialog.user.id, dialog.kind === 'disable')}
          onClose={close}
        />
      )}
    </Stack>
  );
}
