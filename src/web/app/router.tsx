import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../auth/LoginPage.js';
import { InboxPage } from '../requests/InboxPage.js';
import { NewRequestPage } from '../requests/NewRequestPage.js';
import { RequestDetailPage } from '../requests/RequestDetailPage.js';
import { RequestsListPage } from '../requests/RequestsListPage.js';
import { ErrorState } from '../ui/ErrorState.js';
import { AppLayout } from './AppLayout.js';
import { RequirePermission } from './RequirePermission.js';
import { RouteError } from './RouteError.js';
import { RequireSession } from './session.js';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      {
        // Errors stay inside the shell, so the header and navigation remain usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/demandes" replace /> },
          { path: 'demandes', element: <RequestsListPage /> },
          {
            path: 'demandes/nouvelle',
            element: (
              <RequirePermission permission="request.create">
                <NewRequestPage />
              </RequirePermission>
            ),
          },
          { path: 'demandes/:id', element: <RequestDetailPage /> },
          {
            path: 'a-qualifier',
            element: (
              <RequirePermission permission="request.accept">
                <InboxPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <ErrorState reason="notFound" /> },
        ],
      },
    ],
  },
]);
