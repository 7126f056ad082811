/** Labels of response templates (French, the reference). */
export const templatesFr = {
  pick: 'Partir d’un modèle de réponse',
  pickPlaceholder: 'Choisir un modèle',
  renderFailed: 'Le modèle n’a pas pu être préparé. Écrivez le texte vous-même ou réessayez.',
  unfilled: 'À compléter dans le texte : {{names}}',
  none: 'Aucun modèle pour cette décision : écrivez le texte.',
};
