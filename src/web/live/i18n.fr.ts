/** Labels of live updates (French, the reference). */
export const liveFr = {
  offline: 'Hors ligne : reconnexion…',
  offlineHint: 'Les listes ne se mettent plus à jour seules. Elles seront rechargées dès le retour de la connexion.',
};
