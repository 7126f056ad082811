import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminDepartment, AdminTerritory } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import type { FieldErrors } from '../../ui/formErrors.js';
import { ListEditor } from '../ui/ListEditor.js';
import type { RouteValues } from './categoryForm.js';

/** Territories where another department acts for this category (e.g. a hub's own team). */
export function RoutesEditor({
  routes,
  onChange,
  errors,
  territories,
  departments,
}: {
  routes: RouteValues[];
  onChange: (routes: RouteValues[]) => void;
  errors: FieldErrors;
  territories: readonly AdminTerritory[];
  departments: readonly AdminDepartment[];
}) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('admin.category.routes')}
      description={t('admin.category.routesHelp')}
      items={routes}
      onChange={onChange}
      create={() => ({ territoryId: null, departmentId: null })}
      addLabel={t('admin.category.addRoute')}
      itemName={(index) => t('admin.category.routeName', { number: index + 1 })}
      emptyText={t('admin.category.noRoute')}
    >
      {(route, index, update) => (
        <Group grow align="flex-start">
          <Select
            label={t('admin.category.routeTerritory', { number: index + 1 })}
            required
            searchable
            data={options(territories)}
            value={route.territoryId}
            onChange={(territoryId) => update({ ...route, territoryId })}
            error={errors[`routes.${index}.territoryId`] ?? errors[`routes.${index}`]}
          />
          <Select
            label={t('admin.category.routeDepartment', { number: index + 1 })}
            required
            searchable
            data={options(departments)}
            value={route.departmentId}
            onChange={(departmentId) => update({ ...route, departmentId })}
            error={errors[`routes.${index}.departmentId`]}
          />
        </Group>
      )}
    </ListEditor>
  );
}
