import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../app/lazyPage.js';
import { RequirePermission } from '../app/RequirePermission.js';
import { RouteError } from '../app/RouteError.js';
import { ADMIN_SECTIONS } from './sections.js';

const AdminLayout = lazyPage(() => import('./AdminLayout.js'), 'AdminLayout');
const BodiesPage = lazyPage(() => import('./organisation/BodiesPage.js'), 'BodiesPage');
const DepartmentsPage = lazyPage(() => import('./organisation/DepartmentsPage.js'), 'DepartmentsPage');
const TerritoriesPage = lazyPage(() => import('./organisation/TerritoriesPage.js'), 'TerritoriesPage');
const AddressesPage = lazyPage(() => import('./addresses/AddressesPage.js'), 'AddressesPage');
const ContractorsPage = lazyPage(() => import('./organisation/ContractorsPage.js'), 'ContractorsPage');
const UsersPage = lazyPage(() => import('./users/UsersPage.js'), 'UsersPage');
const GlossaryAdminPage = lazyPage(() => import('./glossary/GlossaryAdminPage.js'), 'GlossaryAdminPage');
const CategoryEditorPage = lazyPage(() => import('./glossary/CategoryEditorPage.js'), 'CategoryEditorPage');
const TemplatesPage = lazyPage(() => import('./templates/TemplatesPage.js'), 'TemplatesPage');
const NoticesPage = lazyPage(() => import('./notices/NoticesPage.js'), 'NoticesPage');
const MessagesPage = lazyPage(() => import('./messages/MessagesPage.js'), 'MessagesPage');
const AuditPage = lazyPage(() => import('./audit/AuditPage.js'), 'AuditPage');

/** /administration and its pages, for administrators only. */
export const adminRoute: RouteObject = {
  path: 'administration',
  element: (
    <RequirePermission permission="admin.manage">
      <AdminLayout />
    </RequirePermission>
  ),
  children: [
    {
      // A page that fails keeps the administration's navigation around it.
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to={ADMIN_SECTIONS.bodies.segment} replace /> },
        { path: ADMIN_SECTIONS.bodies.segment, element: <BodiesPage /> },
        { path: ADMIN_SECTIONS.departments.segment, element: <DepartmentsPage /> },
        { path: ADMIN_SECTIONS.territories.segment, element: <TerritoriesPage /> },
        { path: ADMIN_SECTIONS.addresses.segment, element: <AddressesPage /> },
        { path: ADMIN_SECTIONS.contractors.segment, element: <ContractorsPage /> },
        { path: ADMIN_SECTIONS.users.segment, element: <UsersPage /> },
        { path: ADMIN_SECTIONS.glossary.segment, element: <GlossaryAdminPage /> },
        { path: `${ADMIN_SECTIONS.glossary.segment}/categories/:id`, element: <CategoryEditorPage /> },
        { path: ADMIN_SECTIONS.templates.segment, element: <TemplatesPage /> },
        { path: ADMIN_SECTIONS.notices.segment, element: <NoticesPage /> },
        { path: ADMIN_SECTIONS.messages.segment, element: <MessagesPage /> },
        { path: ADMIN_SECTIONS.audit.segment, element: <AuditPage /> },
      ],
    },
  ],
};
