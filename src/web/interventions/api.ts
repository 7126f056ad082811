/** The work recorded on a request. */
import {
  type Intervention,
  interventionListResponse,
  type RecordInterventionBody,
  recordInterventionResponse,
} from '../../core/api/interventions.js';
import { apiFetch } from '../app/http.js';

const path = (requestId: string) => `/requests/${encodeURIComponent(requestId)}/interventions`;

export async function listInterventions(requestId: string): Promise<Intervention[]> {
  return interventionListResponse.parse(await apiFetch('GET', path(requestId))).items;
}

export async function recordIntervention(requestId: string, body: RecordInterventionBody) {
  return recordInterventionResponse.parse(await apiFetch('POST', path(requestId), body));
}
