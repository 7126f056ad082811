import type { Selectable } from 'kysely';
import type { ResponseTemplate } from '../../core/api/templates.js';
import type { ResponseTemplatesTable } from '../db/schema.js';

export function toTemplateDto(row: Selectable<ResponseTemplatesTable>): ResponseTemplate {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    title: row.title,
    bodyFr: row.body_fr,
    bodyEn: row.body_en,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
