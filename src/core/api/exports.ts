import { z } from 'zod';
import { LOCALES } from './auth.js';
import { listRequestsQuery } from './requests.js';

/** The list's filters, without paging (the export is every page), and the language of the headers. */
export const exportRequestsQuery = listRequestsQuery.omit({ cursor: true, limit: true }).extend({
  lang: z.enum(LOCALES).default('fr'),
});
