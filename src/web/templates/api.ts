/** Response templates as agents use them: the active ones of a kind, rendered for a request. */
import {
  type PreviewTemplateBody,
  previewResponse,
  type ResponseTemplate,
  type TemplatePreview,
  templateListResponse,
} from '../../core/api/templates.js';
import type { TemplateKind } from '../../core/templates.js';
import { apiFetch } from '../app/http.js';

export async function listTemplates(kind: TemplateKind): Promise<ResponseTemplate[]> {
  return templateListResponse.parse(await apiFetch('GET', `/templates?kind=${kind}`)).items;
}

/** What the decision being prepared will set, so the text can name it before it is applied. */
export type TemplateContext = Pick<PreviewTemplateBody, 'bodyId' | 'departmentId' | 'categoryId' | 'deadline'>;

/**
 * A template with its placeholders filled for a request. In French: the text goes to the
 * requester, and the city writes to its citizens in French whatever language the agent reads.
 */
export async function renderTemplate(
  templateId: string,
  requestId: string,
  context: TemplateContext = {},
): Promise<TemplatePreview> {
  const body = { templateId, requestId, locale: 'fr', ...context };
  return previewResponse.parse(await apiFetch('POST', '/templates/preview', body));
}
