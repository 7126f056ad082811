import type { templatesFr } from './i18n.fr.js';

export const templatesEn: typeof templatesFr = {
  pick: 'Start from a response template',
  pickPlaceholder: 'Choose a template',
  renderFailed: 'The template could not be prepared. Write the text yourself or try again.',
  unfilled: 'To complete in the text: {{names}}',
  none: 'No template for this decision: write the text.',
};
