/**
 * The administration API (/api/admin and the templates' admin routes), each answer checked
 * against the shared core schemas. Inputs are checked by the same schemas before they leave, so a
 * form's mistakes are shown in French without a round trip (see `adminForm.ts`).
 */
import { z } from 'zod';
import { addressIndexSchema } from '../../core/api/addresses.js';
import {
  type AuditedEntity,
  adminBodySchema,
  adminCategorySchema,
  adminContractorSchema,
  adminDepartmentSchema,
  adminFamilySchema,
  adminTerritorySchema,
  adminUserSchema,
  auditListResponse,
  bodyInput,
  bodyPatch,
  categoryInput,
  categoryPatch,
  contractorInput,
  contractorPatch,
  departmentInput,
  departmentPatch,
  familyInput,
  familyPatch,
  passwordResetBody,
  territoryInput,
  territoryPatch,
  userInput,
  userPatch,
} from '../../core/api/admin.js';
import {
  messageListResponse,
  messageSchema,
  type NoticesPatch,
  noticeListResponse,
} from '../../core/api/notifications.js';
import {
  createTemplateBody,
  type ResponseTemplate,
  templateListResponse,
  templateSchema,
  updateTemplateBody,
} from '../../core/api/templates.js';
import type { MessageStatus } from '../../core/notify.js';
import { apiFetch } from '../app/http.js';
import { parseAdminForm } from './adminForm.js';

/** List, create, change (only what the input names) and remove one kind of thing. */
export interface EntityApi<Dto extends { id: string }> {
  /** Its query key, under ['admin']. */
  key: readonly ['admin', string];
  list(): Promise<Dto[]>;
  create(input: unknown): Promise<Dto>;
  update(id: string, input: unknown): Promise<Dto>;
  /** Deletes, or for categories deactivates; 409 while something still uses it. */
  remove(id: string): Promise<void>;
}

function entityApi<Dto extends { id: string }>(
  path: string,
  dto: z.ZodType<Dto>,
  input: z.ZodType,
  patch: z.ZodType,
): EntityApi<Dto> {
  const list = z.array(dto);
  const one = (id: string) => `/admin/${path}/${encodeURIComponent(id)}`;
  return {
    key: ['admin', path],
    list: async () => list.parse(await apiFetch('GET', `/admin/${path}`)),
    create: async (values) => dto.parse(await apiFetch('POST', `/admin/${path}`, parseAdminForm(input, values))),
    update: async (id, values) => dto.parse(await apiFetch('PATCH', one(id), parseAdminForm(patch, values))),
    remove: async (id) => {
      await apiFetch('DELETE', one(id));
    },
  };
}

export const adminApi = {
  bodies: entityApi('bodies', adminBodySchema, bodyInput, bodyPatch),
  departments: entityApi('departments', adminDepartmentSchema, departmentInput, departmentPatch),
  territories: entityApi('territories', adminTerritorySchema, territoryInput, territoryPatch),
  families: entityApi('families', adminFamilySchema, familyInput, familyPatch),
  categories: entityApi('categories', adminCategorySchema, categoryInput, categoryPatch),
  contractors: entityApi('contractors', adminContractorSchema, contractorInput, contractorPatch),
  users: entityApi('users', adminUserSchema, userInput, userPatch),
  templates: {
    key: ['admin', 'templates'],
    list: async () => templateListResponse.parse(await apiFetch('GET', '/admin/templates')).items,
    create: async (values) =>
      templateSchema.parse(await apiFetch('POST', '/admin/templates', parseAdminForm(createTemplateBody, values))),
    update: async (id, values) =>
      templateSchema.parse(
        await apiFetch(
          'PATCH',
          `/admin/templates/${encodeURIComponent(id)}`,
          parseAdminForm(updateTemplateBody, values),
        ),
      ),
    remove: async (id) => {
      await apiFetch('DELETE', `/admin/templates/${encodeURIComponent(id)}`);
    },
  } satisfies EntityApi<ResponseTemplate>,
};

const userPath = (id: string, action: 'disable' | 'enable' | 'password') =>
  `/admin/users/${encodeURIComponent(id)}/${action}`;

/** Disabling ends every session of the user at once (server side, in the same transaction). */
export async function setUserDisabled(id: string, disabled: boolean) {
  return adminUserSchema.parse(await apiFetch('POST', userPath(id, disabled ? 'disable' : 'enable')));
}

export async function resetPassword(id: string, values: unknown): Promise<void> {
  await apiFetch('POST', userPath(id, 'password'), parseAdminForm(passwordResetBody, values));
}

type Params = Record<string, string | undefined>;
const searchOf = (params: Params) =>
  new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value ? [[key, value]] : []))).toString();

/** One page of the audit log, newest first; `cursor` is the previous page's `nextCursor`. */
export async function listAudit(query: { entity?: AuditedEntity | undefined; cursor?: string | undefined }) {
  return auditListResponse.parse(await apiFetch('GET', `/admin/audit?${searchOf(query)}`));
}

/** One page of the outbox, newest first. */
export async function listMessages(query: { status?: MessageStatus | undefined; cursor?: string | undefined }) {
  return messageListResponse.parse(await apiFetch('GET', `/admin/messages?${searchOf(query)}`));
}

/**
 * Puts a dead message back in the queue; 409 when it is no longer dead (sent, or put back by
 * someone else meanwhile).
 */
export async function resendMessage(id: string) {
  return messageSchema.parse(await apiFetch('POST', `/admin/messages/${encodeURIComponent(id)}/resend`));
}

/** Which public request events tell the requester, per event type, with their defaults. */
export async function listNotices() {
  return noticeListResponse.parse(await apiFetch('GET', '/admin/notices'));
}

/** Changes which events tell the requester; answers every event type as it now is. */
export async function changeNotices(changes: NoticesPatch) {
  return noticeListResponse.parse(await apiFetch('PATCH', '/admin/notices', changes));
}

/** What the local address index holds: a total, and the communes by name. */
export async function getAddressIndex() {
  return addressIndexSchema.parse(await apiFetch('GET', '/admin/addresses'));
}

/** Where the exports download from: plain links, the session cookie goes with them. */
export const EXPORT_URLS = {
  glossary: '/api/admin/glossary.csv',
  territories: '/api/admin/territories.geojson',
  addresses: '/api/admin/addresses.csv',
} as const;
