import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { transitionBody } from '../../core/api/requests.js';
import type { Action } from '../../core/lifecycle.js';
import { applyTransition } from '../app/api.js';
import { InvalidForm, parseForm } from '../ui/formErrors.js';
import { type ActionValues, toTransitionInput } from './actionForm.js';
import { findRequestId } from './findRequestId.js';
import { useRefreshRequest } from './queries.js';

/** Applies `action` to a request from its form's values, then refreshes what shows the request. */
export function useApplyAction(requestId: string, action: Action) {
  const { t } = useTranslation();
  const refresh = useRefreshRequest(requestId);

  // Agents know the other request by its reference; the API wants its id.
  const withDuplicateId = async (values: ActionValues): Promise<ActionValues> => {
    const given = values.duplicateOfId.trim();
    if (action !== 'mark_duplicate' || !given) return values;
    const duplicateOfId = await findRequestId(given);
    if (!duplicateOfId) throw new InvalidForm({ duplicateOfId: t('actionForm.duplicateNotFound') });
    return { ...values, duplicateOfId };
  };

  return useMutation({
    mutationFn: async (values: ActionValues) => {
      const input = toTransitionInput(action, await withDuplicateId(values));
      return applyTransition(requestId, parseForm(transitionBody, input));
    },
    onSuccess: refresh,
  });
}
