/** The new request form's values and how they become the API's body. */
import type { Origin } from '../../core/origins.js';

export interface NewRequestValues {
  origin: Origin | null;
  address: string;
  /** Number inputs give '' while empty. */
  lat: number | string;
  lon: number | string;
  categoryId: string | null;
  description: string;
  requesterName: string;
  requesterEmail: string;
  requesterPhone: string;
}

export const EMPTY_NEW_REQUEST: NewRequestValues = {
  origin: null,
  address: '',
  lat: '',
  lon: '',
  categoryId: null,
  description: '',
  requesterName: '',
  requesterEmail: '',
  requesterPhone: '',
};

const numberOrUndefined = (value: number | string) => (typeof value === 'number' ? value : undefined);
const textOrNull = (value: string) => value.trim() || null;

/** The body to check with `createRequestBody`; a requester is sent only when something was typed. */
export function toCreateBody(id: string, values: NewRequestValues): unknown {
  const hasRequester = [values.requesterName, values.requesterEmail, values.requesterPhone].some((v) => v.trim());
  return {
    id,
    origin: values.origin ?? undefined,
    address: values.address,
    lat: numberOrUndefined(values.lat),
    lon: numberOrUndefined(values.lon),
    categoryId: values.categoryId,
    description: values.description,
    requester: hasRequester
      ? {
          name: values.requesterName,
          email: textOrNull(values.requesterEmail),
          phone: textOrNull(values.requesterPhone),
        }
      : null,
  };
}
