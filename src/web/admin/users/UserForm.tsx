import { Group, PasswordInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../core/api/admin.js';
import { LOCALES, type Locale } from '../../../core/api/auth.js';
import { ROLES, type Role } from '../../../core/roles.js';
import { options } from '../../app/directory.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { useEntityList } from '../queries.js';
import { FormModal } from '../ui/FormModal.js';
import { NameField } from '../ui/fields.js';

interface UserValues {
  name: string;
  email: string;
  password: string;
  role: Role | null;
  bodyId: string | null;
  departmentId: string | null;
  contractorId: string | null;
  locale: Locale;
}

/**
 * Creates a user with a first password (`user` null), or changes a user's name, role and scopes.
 * The scopes offered follow the role: a contractor belongs to a company, a department agent to a
 * department, which belongs to the body chosen.
 */
export function UserForm({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const departments = useEntityList(adminApi.departments);
  const contractors = useEntityList(adminApi.contractors);
  const form = useEntityForm({
    api: adminApi.users,
    item: user,
    initial: (): UserValues => ({
      name: user?.name ?? '',
      email: user?.email ?? '',
      password: '',
      role: user?.role ?? null,
      bodyId: user?.bodyId ?? null,
      departmentId: user?.departmentId ?? null,
      contractorId: user?.contractorId ?? null,
      locale: user?.locale ?? 'fr',
    }),
    // Only a new user gets an e-mail and a first password: a change keeps them (a reset changes the password).
    toInput: ({ email, password, ...fields }) => (user ? fields : { ...fields, email, password }),
    onSaved: onClose,
  });
  const { values, set, setValues, errors } = form;

  const changeRole = (role: Role | null) =>
    setValues((current) => ({
      ...current,
      role,
      contractorId: role === 'contractor' ? current.contractorId : null,
    }));
  // A department belongs to one body: choosing it chooses the body too.
  const changeDepartment = (departmentId: string | null) =>
    setValues((current) => ({
      ...current,
      departmentId,
      bodyId: departments.find((d) => d.id === departmentId)?.bodyId ?? current.bodyId,
    }));
  const changeBody = (bodyId: string | null) =>
    setValues((current) => ({
      ...current,
      bodyId,
      departmentId: departments.some((d) => d.id === current.departmentId && (bodyId === null || d.bodyId === bodyId))
        ? current.departmentId
        : null,
    }));

  return (
    <FormModal
      title={user ? t('admin.users.edit', { name: user.name }) : t('admin.users.new')}
      form={form}
      onClose={onClose}
      size="lg"
    >
      <NameField autoComplete="off" {...form.text('name')} />
      {!user && (
        <Group grow align="flex-start">
          <TextInput
            label={t('admin.users.email')}
            description={t('admin.users.emailHelp')}
            type="email"
            required
            autoComplete="off"
            {...form.text('email')}
          />
          <PasswordInput
            label={t('admin.users.password')}
            description={t('admin.users.passwordHelp')}
            required
            autoComplete="new-password"
            {...form.text('password')}
          />
        </Group>
      )}
      <Group grow align="flex-start">
        <Select<Role>
          label={t('admin.users.role')}
          required
          data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={values.role}
          onChange={changeRole}
          error={errors.role}
        />
        <Select<Locale>
          label={t('admin.users.locale')}
          required
          allowDeselect={false}
          data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
          value={values.locale}
          onChange={(locale) => locale && set('locale', locale)}
          error={errors.locale}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('admin.field.body')}
          description={t('admin.users.bodyHelp')}
          placeholder={t('admin.allBodies')}
          clearable
          data={options(bodies)}
          value={values.bodyId}
          onChange={changeBody}
          error={errors.bodyId}
        />
        <Select
          label={t('admin.users.department')}
          description={t('admin.users.departmentHelp')}
          required={values.role === 'department_agent'}
          clearable
          searchable
          data={options(departments.filter((d) => values.bodyId === null || d.bodyId === values.bodyId))}
          value={values.departmentId}
          onChange={changeDepartment}
          error={errors.departmentId}
        />
      </Group>
      {values.role === 'contractor' && (
        <Select
          label={t('admin.users.contractor')}
          required
          data={options(contractors)}
          {...form.select('contractorId')}
        />
      )}
    </FormModal>
  );
}
