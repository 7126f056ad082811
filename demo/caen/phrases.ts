/**
 * French texts of the demo requests besides the descriptions: opening and closing words, notes
 * and reasons of the lifecycle steps, comments, and the fictitious requesters' names. DEMO DATA.
 */

/** Opening words of the description, by origin (agents write for the requester). */
export const originPrefixes: Record<string, string[]> = {
  field_technician: ['Constat lors de la tournée du pôle. ', 'Vu sur place par le technicien de pôle. '],
  elected_official: [
    'Signalé par une habitante lors de la permanence de quartier. ',
    "Remonté par l'élu de quartier. ",
  ],
  department: ['Signalement interne. ', 'Signalé par un agent de la Ville. '],
  phone: ['Appel SOS Rue. ', ''],
  counter: ['Habitant reçu au pôle. ', ''],
};

/** Words a citizen adds at the end. */
export const citizenSuffixes: string[] = [
  '',
  '',
  " Merci d'avance.",
  ' Cela dure depuis plusieurs jours.',
  " Des enfants passent par là pour aller à l'école.",
  " C'est dangereux surtout le soir.",
  " J'ai déjà appelé la semaine dernière.",
  ' Photo envoyée par mail.',
];

/** Notes of the "hold" step, by situation. */
export const holdNotes = {
  electricNetwork: 'Intervention préalable du gestionnaire du réseau électrique nécessaire.',
  coOwnership: 'En attente de la réponse du syndic de copropriété.',
  facadeOwner: "En attente de l'accord du propriétaire de la façade.",
  networkWorks: 'Chantier de réseau en cours sur la zone : intervention après sa fin.',
  nesting: 'Intervention programmée à la période adaptée (hors nidification).',
  lateMowing: 'Zone en fauche tardive : tonte prévue après la floraison.',
  dryWeather: 'Marquage reporté : il faut plusieurs jours de temps sec.',
  sparePart: 'Pièce de rechange commandée chez le fabricant.',
  binStock: 'Bacs de ce volume en rupture de stock, livraison attendue.',
  pound: 'Fourrière saturée : enlèvement programmé la semaine prochaine.',
  budget: [
    "Réfection inscrite au programme de travaux de l'an prochain.",
    'En attente de crédits sur le budget de renouvellement.',
  ],
  noAccess: 'Accès impossible : déménagement en cours dans la rue.',
};

export const rejectReasons: string[] = [
  "Terrain privé : l'entretien relève du propriétaire, qui a été informé.",
  'Après vérification sur place, aucun problème constaté.',
  'Voie privée de la copropriété : à voir avec le syndic.',
  "Demande déjà satisfaite lors d'une intervention récente.",
];

export const redirectReasons: string[] = [
  'La collecte des déchets ménagers relève de la Communauté urbaine Caen la mer.',
  "Bacs et points d'apport volontaire : compétence de Caen la mer, demande transmise.",
  'Transmis à la direction des déchets de Caen la mer.',
];

export const reopenReasons: string[] = [
  'Le demandeur signale que le problème est réapparu.',
  'Intervention incomplète constatée par le technicien de pôle.',
  "Le problème est revenu quelques jours après l'intervention.",
];

export const publicComments: string[] = [
  'Votre demande a bien été transmise au service concerné.',
  'Une équipe interviendra dans les prochains jours.',
  'Merci pour votre signalement.',
  "L'intervention est programmée la semaine prochaine.",
];

export const internalComments: string[] = [
  'Photo transmise par le demandeur, à vérifier sur place.',
  'Secteur déjà signalé le mois dernier, voir avec le pôle.',
  'Prévoir une nacelle.',
  'Intervention à coordonner avec le marché.',
  "Demandeur rappelé pour préciser l'emplacement exact.",
  'Même problème signalé en face, à traiter en une seule fois.',
];

export const duplicateComments: string[] = [
  "Même signalement qu'une demande déjà en cours à cet endroit.",
  'Doublon : le problème est déjà signalé et suivi.',
];

/** Fictitious requesters. */
export const firstNames: string[] = (
  'Marie, Jean, Camille, Louis, Chloé, Hugo, Léa, Nicolas, Manon, Thomas, Inès, Antoine, Sarah, Julien, Emma, ' +
  'Mathieu, Anne, Yannick, Sylvie, Bernard, Monique, Karim, Fatima, Gaëlle, Hervé, Océane, Benoît, Aurélie, ' +
  'Dominique, Lucas'
).split(', ');

export const lastNames: string[] = (
  'Lefebvre, Martin, Lecomte, Hébert, Letellier, Lemarchand, Vautier, Duhamel, Guillouet, Lepetit, Fouquet, ' +
  'Hamon, Lecanu, Madeleine, Onfroy, Pichon, Osmont, Lebailly, Savary, Benali, Da Silva, Nguyen, Lesage, Quesnel, ' +
  'Renouf, Tessier, Varin, Yver'
).split(', ');
