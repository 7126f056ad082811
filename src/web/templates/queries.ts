import { useQuery } from '@tanstack/react-query';
import type { TemplateKind } from '../../core/templates.js';
import { queryKeys } from '../app/queryKeys.js';
import { listTemplates } from './api.js';

/** The active templates of a kind; they change rarely (administrators edit them). */
export function useTemplates(kind: TemplateKind) {
  return useQuery({
    queryKey: queryKeys.templates(kind),
    queryFn: () => listTemplates(kind),
    staleTime: 5 * 60_000,
  });
}
