/** Which origin the form starts with: the one this browser used last, else the role's usual one. */
import { ORIGINS, type Origin } from '../../core/origins.js';
import type { Role } from '../../core/roles.js';

const STORAGE_KEY = 'relais.intake.origin';

/** Reception agents register at the counter, field technicians report from the street. */
function usualOrigin(role: Role): Origin {
  switch (role) {
    case 'field_technician':
      return 'field_technician';
    case 'department_agent':
    case 'manager':
      return 'department';
    default:
      return 'counter';
  }
}

export function initialOrigin(role: Role): Origin {
  const stored = localStorage.getItem(STORAGE_KEY);
  return ORIGINS.find((origin) => origin === stored) ?? usualOrigin(role);
}

export function rememberOrigin(origin: Origin): void {
  localStorage.setItem(STORAGE_KEY, origin);
}
