/** Where a request came from (origine / canal). */
export const ORIGINS = [
  'counter',
  'phone',
  'email',
  'field_technician',
  'elected_official',
  'department',
  'web',
  'open311',
] as const;
export type Origin = (typeof ORIGINS)[number];
