/**
 * Table types for Kysely. Portable column choices: ids are text UUIDs, instants are ISO-8601 UTC
 * text (they sort as they compare), calendar days are YYYY-MM-DD text, booleans are 0/1 integers,
 * structured values are JSON text. Services never see rows: each feature maps them to API objects.
 * Columns that hold one of a core union are typed with it: the database is written only through
 * these types, so what is read back is trusted (no re-check, exhaustive switches work).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AuditAction, AuditedEntity } from '../../core/api/admin.js';
import type { Locale } from '../../core/api/auth.js';
import type { Outcome } from '../../core/api/interventions.js';
import type { PhotoKind } from '../../core/api/photos.js';
import type { Channel } from '../../core/api/requests.js';
import type { EventType } from '../../core/events.js';
import type { HoldReason, Priority, Status } from '../../core/lifecycle.js';
import type { MessageKind, MessageStatus } from '../../core/notify.js';
import type { Origin } from '../../core/origins.js';
import type { Role } from '../../core/roles.js';
import type { TemplateKind } from '../../core/templates.js';

export type Flag = 0 | 1;

export interface BodiesTable {
  id: string;
  code: string;
  name: string;
}

export interface TerritoriesTable {
  id: string;
  code: string;
  name: string;
  /** GeoJSON Polygon or MultiPolygon geometry. */
  geojson: string;
  min_lat: number;
  max_lat: number;
  min_lon: number;
  max_lon: number;
}

export interface DepartmentsTable {
  id: string;
  body_id: string;
  code: string;
  name: string;
  territory_id: string | null;
  is_hub: Flag;
  emits: Flag;
  receives: Flag;
  email: string | null;
}

export interface ContractorsTable {
  id: string;
  code: string;
  name: string;
  email: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  body_id: string | null;
  department_id: string | null;
  contractor_id: string | null;
  locale: Locale;
  disabled: Generated<Flag>;
  created_at: string;
}

/** Failed sign-ins in a row for one e-mail typed, and until when its next attempt is refused. */
export interface SignInThrottlesTable {
  email: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database does not yield usable sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface FamiliesTable {
  id: string;
  body_id: string;
  code: string;
  name: string;
  description: string;
}

export interface CategoriesTable {
  id: string;
  family_id: string;
  code: string;
  name: string;
  description: string;
  /** JSON array of strings. */
  synonyms: string;
  department_id: string;
  deadline_days: number;
  needs_validation: Flag;
  needs_contractor: Flag;
  /** JSON array of steps. */
  procedure: string;
  active: Generated<Flag>;
  /** JSON array of extra questions, typed like Open311 service attributes. */
  questions: Generated<string>;
  /** How far apart two open reports of this category may be and still be the same problem. */
  duplicate_radius_m: Generated<number>;
}

export interface CategoryRoutesTable {
  category_id: string;
  territory_id: string;
  department_id: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface RequestsTable {
  id: string;
  reference: string;
  status: Status;
  origin: Origin;
  description: string;
  address: string;
  lat: number;
  lon: number;
  body_id: string | null;
  department_id: string | null;
  category_id: string | null;
  territory_id: string | null;
  contractor_id: string | null;
  priority: Priority;
  deadline: string | null;
  hold_reason: HoldReason | null;
  duplicate_of_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  requester_phone: string | null;
  /** How the requester wants to be told: email, sms, or none. */
  requester_channel: Channel | null;
  requester_consent: Generated<Flag>;
  /** JSON object: answers to the category's extra questions. */
  answers: Generated<string>;
  tracking_token: string;
  /** SHA-256 of the creation payload, to tell a retried submission from a conflicting one. */
  payload_hash: string;
  created_by_id: string | null;
  created_at: string;
  updated_at: string;
  /** The colleague of the department in charge who has the request, if any. */
  assignee_id: string | null;
  /** The language messages to the requester are written in (fr, en). */
  requester_locale: Generated<Locale>;
}

export interface RequestEventsTable {
  id: string;
  request_id: string;
  type: EventType;
  at: string;
  actor_id: string | null;
  from_status: Status | null;
  to_status: Status | null;
  public: Flag;
  /** JSON object: what changed. */
  data: string;
}

export interface RequestFollowersTable {
  id: string;
  request_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  channel: Channel | null;
  created_at: string;
  consent: Generated<Flag>;
}

/** The local address index, imported from the BAN's CSV (see src/server/geocoding). */
export interface AddressesTable {
  id: string;
  label: string;
  housenumber: string | null;
  street: string;
  postcode: string;
  city: string;
  citycode: string;
  lat: number;
  lon: number;
  /** Normalised label: lower case, no accents or punctuation, one space between words. */
  search: string;
}

export interface PhotosTable {
  id: string;
  /** Null while pending: uploaded with the intake form before the request exists. */
  request_id: string | null;
  kind: PhotoKind;
  /** SHA-256 of the stored bytes, the key in the file store. */
  hash: string;
  thumb_hash: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  gps_lat: number | null;
  gps_lon: number | null;
  created_by_id: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  at: string;
  /** Table name of what changed, e.g. categories. */
  entity: AuditedEntity;
  entity_id: string;
  action: AuditAction;
  before: string | null;
  after: string | null;
}

export interface ResponseTemplatesTable {
  id: string;
  code: string;
  kind: TemplateKind;
  title: string;
  body_fr: string;
  body_en: string;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface SavedViewsTable {
  id: string;
  user_id: string;
  name: string;
  screen: string;
  /** JSON object: the list's query parameters. */
  query: string;
  created_at: string;
}

export interface InterventionsTable {
  id: string;
  request_id: string;
  done_at: string;
  done_by_id: string;
  /** Null when a city team did the work. */
  contractor_id: string | null;
  notes: string;
  quantity: number | null;
  unit: string | null;
  minutes_spent: number | null;
  outcome: Outcome;
  not_done_reason: string | null;
  /** JSON array of photo ids. */
  photo_ids: string;
  created_at: string;
}

/** The transactional outbox: messages written with the event that causes them, sent by a worker. */
export interface OutboxTable {
  id: string;
  /** email, sms or webhook. */
  kind: MessageKind;
  recipient: string;
  subject: string | null;
  body_text: string;
  body_html: string | null;
  request_id: string | null;
  event_id: string | null;
  /** For messages no event causes (the daily digest): what makes them unique. */
  dedupe_key: string | null;
  locale: Locale;
  /** pending, sending, sent, failed, dead or kept (see core/notify.ts). */
  status: MessageStatus;
  attempts: Generated<number>;
  /** When the next attempt is due; while sending, when the worker's claim runs out. */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** An administrator's choice of whether public events of one type tell the requester. */
export interface RequesterNoticesTable {
  id: string;
  /** One of core/notify.ts NOTICE_EVENT_TYPES; a type without a row keeps its default. */
  event_type: EventType;
  tells_requester: Flag;
}

export interface Database {
  bodies: BodiesTable;
  territories: TerritoriesTable;
  departments: DepartmentsTable;
  contractors: ContractorsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttles: SignInThrottlesTable;
  families: FamiliesTable;
  categories: CategoriesTable;
  counters: CountersTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  category_routes: CategoryRoutesTable;
  request_followers: RequestFollowersTable;
  audit_log: AuditLogTable;
  response_templates: ResponseTemplatesTable;
  saved_views: SavedViewsTable;
  interventions: InterventionsTable;
  addresses: AddressesTable;
  photos: PhotosTable;
  outbox: OutboxTable;
  requester_notices: RequesterNoticesTable;
}

export type UserRow = Selectable<UsersTable>;
export type RequestRow = Selectable<RequestsTable>;
export type NewRequestRow = Insertable<RequestsTable>;
export type RequestUpdate = Updateable<RequestsTable>;
export type RequestEventRow = Selectable<RequestEventsTable>;
export type NewRequestEventRow = Insertable<RequestEventsTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type DepartmentRow = Selectable<DepartmentsTable>;
export type TerritoryRow = Selectable<TerritoriesTable>;
export type AddressRow = Selectable<AddressesTable>;
export type PhotoRow = Selectable<PhotosTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
