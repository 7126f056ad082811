import { Navigate, type RouteObject } from 'react-router';
import { RequirePermission } from '../app/RequirePermission.js';
import { RouteError } from '../app/RouteError.js';
import { AdminLayout } from './AdminLayout.js';
import { AuditPage } from './audit/AuditPage.js';
import { CategoryEditorPage } from './glossary/CategoryEditorPage.js';
import { GlossaryAdminPage } from './glossary/GlossaryAdminPage.js';
import { MessagesPage } from './messages/MessagesPage.js';
import { BodiesPage } from './organisation/BodiesPage.js';
import { ContractorsPage } from './organisation/ContractorsPage.js';
import { DepartmentsPage } from './organisation/DepartmentsPage.js';
import { TerritoriesPage } from './organisation/TerritoriesPage.js';
import { ADMIN_SECTIONS } from './sections.js';
import { TemplatesPage } from './templates/TemplatesPage.js';
import { UsersPage } from './users/UsersPage.js';

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
        { path: ADMIN_SECTIONS.contractors.segment, element: <ContractorsPage /> },
        { path: ADMIN_SECTIONS.users.segment, element: <UsersPage /> },
        { path: ADMIN_SECTIONS.glossary.segment, element: <GlossaryAdminPage /> },
        { path: `${ADMIN_SECTIONS.glossary.segment}/categories/:id`, element: <CategoryEditorPage /> },
        { path: ADMIN_SECTIONS.templates.segment, element: <TemplatesPage /> },
        { path: ADMIN_SECTIONS.messages.segment, element: <MessagesPage /> },
        { path: ADMIN_SECTIONS.audit.segment, element: <AuditPage /> },
      ],
    },
  ],
};
