import { Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { adminRoute } from '../admin/routes.js';
import { LoginPage } from '../auth/LoginPage.js';
import { LiveUpdates } from '../live/LiveUpdates.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { AppLayout } from './AppLayout.js';
import { lazyPage } from './lazyPage.js';
import { RequirePermission } from './RequirePermission.js';
import { RouteError } from './RouteError.js';
import { RequireSession } from './session.js';

// The sign-in page stays in the first chunk: it is where most visits start.
const TrackingPage = lazyPage(() => import('../tracking/TrackingPage.js'), 'TrackingPage');
const RequestsListPage = lazyPage(() => import('../requests/RequestsListPage.js'), 'RequestsListPage');
const NewRequestPage = lazyPage(() => import('../intake/NewRequestPage.js'), 'NewRequestPage');
const RequestDetailPage = lazyPage(() => import('../requests/RequestDetailPage.js'), 'RequestDetailPage');
const DispatchPage = lazyPage(() => import('../dispatch/DispatchPage.js'), 'DispatchPage');
const QueuePage = lazyPage(() => import('../queue/QueuePage.js'), 'QueuePage');
const MapPage = lazyPage(() => import('../map/MapPage.js'), 'MapPage');
const GlossaryPage = lazyPage(() => import('../glossary/GlossaryPage.js'), 'GlossaryPage');
const RoutingMapPage = lazyPage(() => import('../glossary/RoutingMapPage.js'), 'RoutingMapPage');

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The requester's page: public, outside the back office.
  {
    path: '/suivi/:token',
    element: (
      <Suspense fallback={<Loading />}>
        <TrackingPage />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
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
