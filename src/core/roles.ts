/** The roles of DOMAIN.md. Scopes (body, department, contractor company) live on the user. */
export const ROLES = [
  'reception_agent',
  'field_technician',
  'dispatcher',
  'department_agent',
  'manager',
  'contractor',
  'administrator',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the signed-in user, reduced to what permissions look at. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  bodyId: string | null;
  departmentId: string | null;
  contractorId: string | null;
}
