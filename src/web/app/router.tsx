import { createBrowserRouter, Navigate } from 'react-router';
import { adminRoute } from '../admin/routes.js';
import { LoginPage } from '../auth/LoginPage.js';
import { DispatchPage } from '../dispatch/DispatchPage.js';
import { GlossaryPage } from '../glossary/GlossaryPage.js';
import { RoutingMapPage } from '../glossary/RoutingMapPage.js';
import { NewRequestPage } from '../intake/NewRequestPage.js';
import { LiveUpdates } from '../live/LiveUpdates.js';
import { MapPage } from '../map/MapPage.js';
import { QueuePage } from '../queue/QueuePage.js';
import { RequestDetailPage } from '../requests/RequestDetailPage.js';
import { RequestsListPage } from '../requests/RequestsListPage.js';
import { TrackingPage } from '../tracking/TrackingPage.js';
import { ErrorState } from '../ui/ErrorState.js';
import { AppLayout } from './AppLayout.js';
import { RequirePermission } from './RequirePermission.js';
import { RouteError } from './RouteError.js';
import { RequireSession } from './session.js';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The requester's page: public, outside the back office.
  { path: '/suivi/:token', element: <TrackingPage /> },
  {
    element: (
      <RequireSession>
        <LiveUpdates>
          <AppLayout />
        </LiveUpdates>
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
            path: 'a-qualifier/:id?',
            element: (
              <RequirePermission permission="request.accept">
                <DispatchPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ma-file',
            element: (
              <RequirePermission permission="queue.read">
                <QueuePage />
              </RequirePermission>
            ),
          },
          { path: 'carte', element: <MapPage /> },
          {
            path: 'glossaire',
            element: (
              <RequirePermission permission="glossary.read">
                <GlossaryPage />
              </RequirePermission>
            ),
          },
          {
            path: 'glossaire/organigramme',
            element: (
              <RequirePermission permission="glossary.read">
                <RoutingMapPage />
              </RequirePermission>
            ),
          },
          adminRoute,
          { path: '*', element: <ErrorState reason="notFound" /> },
        ],
      },
    ],
  },
]);
