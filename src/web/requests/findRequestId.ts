import { idSchema } from '../../core/api/common.js';
import { listRequests } from '../app/api.js';

/** The id of a request given by its id or its reference (e.g. 2026-00123); null if none has it. */
export async function findRequestId(idOrReference: string): Promise<string | null> {
  if (idSchema.safeParse(idOrReference).success) return idOrReference;
  const { items } = await listRequests({ q: idOrReference, limit: 20 });
  return items.find((request) => request.reference === idOrReference)?.id ?? null;
}
