import type { ReactNode } from 'react';
import { can, type Permission } from '../../core/permissions.js';
import { ErrorState } from '../ui/ErrorState.js';
import { useUser } from './session.js';

/** Shows its children only to roles that hold `permission`. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const user = useUser();
  return can(user, permission) ? children : <ErrorState reason="forbidden" />;
}
