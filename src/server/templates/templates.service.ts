/**
 * Response templates: administrators write them; the dispatcher and the departments pick one
 * for a decision and see it rendered for the request at hand.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type {
  CreateTemplateBody,
  PreviewTemplateBody,
  ResponseTemplate,
  TemplatePreview,
  UpdateTemplateBody,
} from '../../core/api/templates.js';
import type { Actor } from '../../core/roles.js';
import type { TemplateKind, TemplateValues } from '../../core/templates.js';
import {
  formatDay,
  PLACEHOLDERS,
  renderTemplate,
  unfilledPlaceholders,
  unknownPlaceholders,
} from '../../core/templates.js';
import { adminTransaction } from '../admin/change.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { findRequest } from '../requests/requests.repository.js';
import { toTemplateDto } from './templates.mapper.js';
import {
  deleteTemplate,
  findName,
  findRequestNames,
  findTemplate,
  findTemplateByCode,
  insertTemplate,
  listTemplates,
  updateTemplate,
} from './templates.repository.js';

/** A typo in a placeholder would reach citizens as "{referance}": refused when saving. */
function checkPlaceholders(fields: { bodyFr?: string | undefined; bodyEn?: string | undefined }): void {
  for (const [field, text] of Object.entries(fields)) {
    const unknown = text === undefined ? [] : unknownPlaceholders(text);
    if (unknown.length > 0) {
      const known = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
      throw badRequest(`${field}: unknown placeholder ${unknown.map((u) => `{${u}}`).join(', ')} (known: ${known})`);
    }
  }
}

async function checkCodeFree(db: Kysely<Database>, code: string, id: string | null): Promise<void> {
  const existing = await findTemplateByCode(db, code);
  if (existing && existing.id !== id) throw conflict(`code: a template with the code "${code}" already exists`);
}

async function requireTemplate(db: Kysely<Database>, id: string) {
  const row = await findTemplate(db, id);
  if (!row) throw notFound(`Template ${id}`);
  return row;
}

/** True when `patch` sets no field to another value than the template has. */
const changesNothing = (before: ResponseTemplate, patch: UpdateTemplateBody) =>
  (Object.keys(patch) as (keyof UpdateTemplateBody)[]).every((k) => patch[k] === undefined || patch[k] === before[k]);

/** All templates, inactive ones included, for the administration screen. */
export async function listAllTemplates(relais: Relais, actor: Actor): Promise<ResponseTemplate[]> {
  authorize(actor, 'admin.manage');
  return (await listTemplates(relais.db, { activeOnly: false })).map(toTemplateDto);
}

/** The active templates (of one kind), to answer with. */
export async function listActiveTemplates(
  relais: Relais,
  actor: Actor,
  kind: TemplateKind | undefined,
): Promise<ResponseTemplate[]> {
  authorize(actor, 'templates.read');
  return (await listTemplates(relais.db, { kind, activeOnly: true })).map(toTemplateDto);
}

/** Creates a template; it appears in the administration's audit log, written in the same transaction. */
export async function createTemplate(
  relais: Relais,
  actor: Actor,
  input: CreateTemplateBody,
  now = new Date(),
): Promise<ResponseTemplate> {
  authorize(actor, 'admin.manage');
  checkPlaceholders({ bodyFr: input.bodyFr, bodyEn: input.bodyEn });
  return adminTransaction(relais, actor, async ({ trx, audit }) => {
    await checkCodeFree(trx, input.code, null);
    const id = uuidv7();
    const at = now.toISOString();
    await insertTemplate(trx, {
      id,
      code: input.code,
      kind: input.kind,
      title: input.title,
      body_fr: input.bodyFr,
      body_en: input.bodyEn,
      active: input.active ? 1 : 0,
      created_at: at,
      updated_at: at,
    });
    const after = toTemplateDto(await requireTemplate(trx, id));
    await audit({ entity: 'response_templates', entityId: id, action: 'create', before: null, after });
    return after;
  });
}

/** Changes what `patch` names, with its audit row; a patch that changes nothing writes nothing. */
export async function changeTemplate(
  relais: Relais,
  actor: Actor,
  id: string,
  patch: UpdateTemplateBody,
  now = new Date(),
): Promise<ResponseTemplate> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async ({ trx, audit }) => {
    const before = toTemplateDto(await requireTemplate(trx, id));
    checkPlaceholders({ bodyFr: patch.bodyFr, bodyEn: patch.bodyEn });
    if (changesNothing(before, patch)) return before;
    if (patch.code !== undefined) await checkCodeFree(trx, patch.code, id);
    await updateTemplate(trx, id, {
      code: patch.code,
      kind: patch.kind,
      title: patch.title,
      body_fr: patch.bodyFr,
      body_en: patch.bodyEn,
      active: patch.active === undefined ? undefined : patch.active ? 1 : 0,
      updated_at: now.toISOString(),
    });
    const after = toTemplateDto(await requireTemplate(trx, id));
    await audit({ entity: 'response_templates', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Deleting is safe: events keep the text as it was sent, not a link to the template. */
export async function removeTemplate(relais: Relais, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'admin.manage');
  await adminTransaction(relais, actor, async ({ trx, audit }) => {
    const before = toTemplateDto(await requireTemplate(trx, id));
    // Someone else's deletion may have come first: its audit row is the one that counts.
    if (!(await deleteTemplate(trx, id))) throw notFound(`Template ${id}`);
    await audit({ entity: 'response_templates', entityId: id, action: 'delete', before, after: null });
  });
}

async function nameOf(relais: Relais, table: 'bodies' | 'departments' | 'categories', id: string, field: string) {
  const name = await findName(relais.db, table, id);
  if (name === undefined) throw badRequest(`${field}: nothing has the id ${id}`);
  return name;
}

/** The placeholders' values: the request's, then what the decision being prepared will set. */
async function valuesFor(relais: Relais, actor: Actor, input: PreviewTemplateBody): Promise<TemplateValues> {
  const values: TemplateValues = {};
  let deadline = input.deadline;
  if (input.requestId) {
    const row = await findRequest(relais.db, input.requestId);
    if (!row) throw notFound(`Request ${input.requestId}`);
    authorize(actor, 'request.read', scopeOf(row));
    const names = await findRequestNames(relais.db, input.requestId);
    values.reference = row.reference;
    values.address = row.address;
    values.department = names?.department_name ?? undefined;
    values.body = names?.body_name ?? undefined;
    values.category = names?.category_name ?? undefined;
    deadline ??= row.deadline ?? undefined;
  }
  if (input.bodyId) values.body = await nameOf(relais, 'bodies', input.bodyId, 'bodyId');
  if (input.departmentId) values.department = await nameOf(relais, 'departments', input.departmentId, 'departmentId');
  if (input.categoryId) values.category = await nameOf(relais, 'categories', input.categoryId, 'categoryId');
  if (deadline) values.deadline = formatDay(deadline, input.locale);
  return values;
}

export async function previewTemplate(
  relais: Relais,
  actor: Actor,
  input: PreviewTemplateBody,
): Promise<TemplatePreview> {
  authorize(actor, 'templates.read');
  let text = input.text ?? '';
  if (input.templateId) {
    const template = await requireTemplate(relais.db, input.templateId);
    // A template not yet translated is shown in French rather than empty.
    text = input.locale === 'en' && template.body_en ? template.body_en : template.body_fr;
  }
  const values = await valuesFor(relais, actor, input);
  return { text: renderTemplate(text, values), unfilled: unfilledPlaceholders(text, values) };
}
