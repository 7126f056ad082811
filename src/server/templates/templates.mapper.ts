import type { Selectable } from 'kysely';
import type { ResponseTemplate } from '../../core/api/templates.js';
import { TEMPLATE_KINDS } from '../../core/templates.js';
import type { ResponseTemplatesTable } from '../db/schema.js';

export function toTemplateDto(row: Selectable<ResponseTemplatesTable>): ResponseTemplate {
  const kind = TEMPLATE_KINDS.find((k) => k === row.kind);
  if (!kind) throw new Error(`unexpected template kind in database: ${row.kind}`);
  return {
    id: row.id,
    code: row.code,
    kind,
    title: row.title,
    bodyFr: row.body_fr,
    bodyEn: row.body_en,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
