/**
 * French texts for the demo requests, per category: what requesters write (several templates)
 * and what agents note when the work is done. `{lieu}` in a template is replaced by a place near
 * the address ("devant le n° 12"...). The other texts are in phrases.ts. DEMO DATA.
 */

export interface CategoryTexts {
  /** What the requester says. */
  texts: string[];
  /** What the agent notes when resolving. */
  notes: string[];
}

export const categoryTexts: Record<string, CategoryTexts> = {
  'nid-de-poule': {
    texts: [
      "Gros nid-de-poule {lieu}, les voitures font des écarts pour l'éviter.",
      'Trou dans la chaussée {lieu}, environ 30 cm de large et assez profond. Mon pneu a éclaté dedans hier soir.',
      'Plusieurs trous sur la piste cyclable {lieu}, dangereux à vélo surtout la nuit.',
      'Depuis le gel, un trou se creuse {lieu} et il grandit à chaque pluie.',
    ],
    notes: ["Nid-de-poule rebouché à l'enrobé à froid.", "Reprise à l'enrobé à chaud sur 2 m²."],
  },
  'chaussee-deformee': {
    texts: [
      "La chaussée s'affaisse {lieu}, il y a une vraie cuvette où l'eau stagne.",
      'Ornières importantes {lieu} au niveau du passage des bus, les deux-roues sont déséquilibrés.',
      'Bourrelet et fissures sur toute la largeur de la rue {lieu}, ça tape sous la voiture.',
    ],
    notes: [
      "Réfection de la chaussée réalisée par l'entreprise sur 25 m².",
      'Rabotage et reprise de la couche de roulement.',
    ],
  },
  'trottoir-degrade': {
    texts: [
      'Le trottoir est soulevé par les racines {lieu}, ma mère a failli tomber avec son déambulateur.',
      'Plusieurs pavés descellés {lieu}, ça bouge quand on marche dessus.',
      'Trottoir défoncé {lieu} depuis les travaux, impossible de passer avec une poussette.',
    ],
    notes: ['Pavés reposés et rejointoyés.', 'Enrobé du trottoir repris sur 4 m².'],
  },
  'bordure-descellee': {
    texts: [
      'Une bordure de trottoir est sortie de son logement {lieu}, elle dépasse sur la chaussée.',
      'Le caniveau est cassé {lieu} et des morceaux de béton traînent.',
      "La bordure du bateau d'accès est arrachée {lieu}.",
    ],
    notes: ['Bordure remise en place et scellée.', 'Deux éléments de bordure remplacés.'],
  },
  'obstacle-chaussee': {
    texts: [
      'Un chargement de parpaings est tombé sur la chaussée {lieu}, les voitures roulent dessus.',
      'Grosse branche tombée en travers de la voie {lieu}.',
      'Des barrières de chantier renversées sur la route {lieu}, danger.',
    ],
    notes: ["Chaussée dégagée par l'astreinte voirie.", 'Débris évacués et chaussée balayée.'],
  },
  'verglas-neige': {
    texts: [
      'Plaque de verglas sur le trottoir {lieu}, une personne âgée a glissé ce matin.',
      "La rue n'a pas été salée et ça glisse beaucoup dans la descente {lieu}.",
      "Les marches de l'escalier public sont gelées {lieu}.",
    ],
    notes: ['Salage réalisé.', 'Trottoir déneigé et salé.'],
  },
  'lampadaire-eteint': {
    texts: [
      "Le lampadaire {lieu} ne s'allume plus depuis une semaine, la rue est très sombre.",
      "Lampadaire en panne {lieu}, il clignote puis s'éteint.",
      'Le réverbère {lieu} est éteint, on ne voit rien en rentrant du travail le soir.',
    ],
    notes: ['Lampe remplacée, point lumineux rallumé.', 'Appareillage défectueux changé, contrôle de nuit OK.'],
  },
  'panne-eclairage-rue': {
    texts: [
      "Toute la rue est dans le noir depuis deux soirs, aucun lampadaire ne s'allume {lieu}.",
      "Plus d'éclairage public dans le secteur {lieu}, c'est inquiétant pour les piétons.",
      "Panne complète de l'éclairage sur une centaine de mètres {lieu}.",
    ],
    notes: [
      "Câble souterrain réparé par l'entreprise, secteur rallumé.",
      "Protection de l'armoire remplacée, éclairage rétabli.",
    ],
  },
  'lampadaire-allume-jour': {
    texts: [
      'Les lampadaires restent allumés toute la journée {lieu}.',
      "L'éclairage est allumé en plein après-midi {lieu}, quel gaspillage.",
    ],
    notes: ["Horloge astronomique de l'armoire reprogrammée.", 'Cellule photoélectrique remplacée.'],
  },
  'candelabre-endommage': {
    texts: [
      'Un lampadaire a été percuté par une voiture {lieu}, il penche dangereusement.',
      'La trappe du lampadaire est ouverte {lieu} et on voit les fils électriques.',
      "Mât d'éclairage tordu {lieu} depuis un accident la nuit dernière.",
    ],
    notes: ["Mât remplacé par l'entreprise et remis en service.", 'Porte de visite remplacée, câbles protégés.'],
  },
  'feu-tricolore-panne': {
    texts: [
      "Les feux du carrefour {lieu} clignotent orange depuis ce matin, c'est dangereux aux heures de pointe.",
      "Le feu piéton {lieu} reste au rouge, le bouton d'appel ne fonctionne plus.",
      'Feu tricolore éteint {lieu}, les voitures passent sans savoir qui a la priorité.',
    ],
    notes: ['Carte du contrôleur de carrefour remplacée, cycles vérifiés.', "Bouton d'appel piéton changé."],
  },
  'panneau-arrache': {
    texts: [
      'Le panneau stop {lieu} est couché par terre.',
      "Panneau sens interdit tourné dans le mauvais sens {lieu}, des voitures s'engagent à contresens.",
      'Panneau de direction tordu et à moitié arraché {lieu}.',
    ],
    notes: ['Panneau reposé sur un support neuf.', 'Panneau redressé et refixé.'],
  },
  'marquage-au-sol-efface': {
    texts: [
      "Le passage piéton {lieu} est presque effacé, les automobilistes ne s'arrêtent plus.",
      'La ligne de stop est invisible {lieu}.',
      'Le marquage de la bande cyclable a disparu {lieu}.',
    ],
    notes: ['Passage piéton repeint.', 'Marquage refait à la résine.'],
  },
  'panneau-masque': {
    texts: [
      'Le panneau cédez-le-passage est caché par les branches {lieu}.',
      'On ne voit plus le feu en arrivant {lieu}, un arbre le masque.',
    ],
    notes: ['Branches taillées, panneau dégagé.', 'Riverain contacté, haie taillée.'],
  },
  'tag-graffiti': {
    texts: [
      'Grand tag sur le mur {lieu}, environ 3 m de long.',
      'Des tags injurieux ont été faits cette nuit sur la façade {lieu}, il y a des enfants qui passent.',
      "Le mur vient d'être tagué {lieu}, à nouveau.",
      "Graffitis sur l'abri et le transformateur {lieu}.",
    ],
    notes: ['Tag effacé par hydrogommage (6 m²).', 'Graffitis recouverts par peinture assortie à la façade.'],
  },
  'affichage-sauvage': {
    texts: [
      'Affiches de concert collées partout sur les poteaux {lieu}.',
      'Des autocollants recouvrent le panneau et la vitrine vide {lieu}.',
      'Affichage sauvage sur le mur {lieu}, des couches et des couches.',
    ],
    notes: ['Affiches retirées et support nettoyé.', 'Autocollants décollés.'],
  },
  'depot-sauvage': {
    texts: [
      'Un matelas et un sommier ont été abandonnés sur le trottoir {lieu}.',
      'Dépôt de sacs poubelles et de cartons {lieu} depuis plusieurs jours, ça attire les rats.',
      "Gravats et pots de peinture déposés au pied de l'arbre {lieu}.",
      "Quelqu'un a laissé un frigo et une machine à laver {lieu}.",
    ],
    notes: ["Dépôt enlevé par l'équipe propreté.", 'Dépôt enlevé, indices transmis à la police municipale.'],
  },
  'dejections-canines': {
    texts: [
      "Le trottoir {lieu} est couvert de crottes de chien, c'est insupportable.",
      'Beaucoup de déjections canines sur la pelouse {lieu} où jouent les enfants.',
    ],
    notes: ['Passage de la laveuse et nettoyage du trottoir.', 'Zone nettoyée, distributeur de sacs installé.'],
  },
  'corbeille-pleine': {
    texts: [
      "La poubelle de rue {lieu} déborde, les déchets s'envolent.",
      'Corbeille pleine {lieu} depuis le week-end, les goélands éventrent les sacs.',
      'La corbeille {lieu} a été renversée et tout est par terre.',
    ],
    notes: ['Corbeille vidée et abords nettoyés.', 'Corbeille vidée, fréquence de passage augmentée.'],
  },
  'seringue-abandonnee': {
    texts: [
      'Une seringue par terre {lieu}, près du banc.',
      "Plusieurs seringues dans le massif {lieu}, à côté de l'école.",
    ],
    notes: ['Seringues ramassées avec collecteur, abords inspectés.'],
  },
  'verre-brise': {
    texts: [
      "Beaucoup de verre cassé sur le trottoir {lieu} après la soirée d'hier.",
      "Une grande tache d'huile sur la chaussée {lieu}, les scooters glissent.",
      'Bouteilles cassées sur la piste cyclable {lieu}.',
    ],
    notes: ['Verre balayé.', 'Absorbant répandu puis chaussée lavée.'],
  },
  'arbre-dangereux': {
    texts: [
      'Une grosse branche pend {lieu} après le coup de vent, elle peut tomber sur les passants.',
      'Un arbre penche de plus en plus {lieu}, les racines soulèvent la terre.',
      'Arbre tombé en travers du trottoir {lieu}.',
    ],
    notes: ["Branche cassée retirée par l'équipe d'élagage.", 'Arbre abattu et évacué, remplacement programmé.'],
  },
  elagage: {
    texts: [
      "Les branches de l'arbre {lieu} touchent mes fenêtres et ma gouttière.",
      "L'arbre {lieu} cache complètement le lampadaire, le trottoir est dans le noir.",
      'Demande de taille des tilleuls {lieu}, ils sont devenus très hauts.',
    ],
    notes: ['Taille réalisée.', 'Élagage de remise au gabarit effectué.'],
  },
  'haie-debordante': {
    texts: [
      'La haie {lieu} déborde sur la moitié du trottoir, on doit marcher sur la route.',
      'Ronces qui envahissent le trottoir {lieu}.',
    ],
    notes: ['Haie taillée.', 'Propriétaire contacté, haie taillée par ses soins.'],
  },
  tonte: {
    texts: [
      "L'herbe du square {lieu} n'a pas été tondue depuis longtemps.",
      'Herbes hautes sur le talus {lieu}, on ne voit plus les voitures en sortant.',
    ],
    notes: ['Tonte réalisée.', 'Fauchage du talus effectué.'],
  },
  'aire-de-jeux-degradee': {
    texts: [
      "Le toboggan de l'aire de jeux {lieu} est fendu, un enfant s'est coupé.",
      'Une chaîne de la balançoire est cassée {lieu}.',
      "Le sol souple de l'aire de jeux {lieu} est arraché par endroits.",
    ],
    notes: ['Jeu réparé et contrôlé avant réouverture.', 'Chaîne de balançoire remplacée.'],
  },
  'chenilles-processionnaires': {
    texts: [
      'Des nids de chenilles processionnaires dans les pins {lieu}.',
      'Chenilles en file indienne sur le trottoir {lieu}, mon chien a été piqué.',
    ],
    notes: ['Nids retirés par échenillage.', 'Nids retirés et écopièges posés sur les pins.'],
  },
  'cimetiere-entretien': {
    texts: [
      "Le robinet près de l'entrée du cimetière ne fonctionne plus.",
      "Les allées du cimetière sont envahies d'herbe.",
    ],
    notes: ['Robinet réparé.', 'Allées désherbées.'],
  },
  'banc-casse': {
    texts: ['Le banc {lieu} a deux lattes cassées.', "Banc descellé {lieu}, il bascule quand on s'assoit."],
    notes: ['Lattes remplacées.', 'Banc rescellé.'],
  },
  'potelet-arrache': {
    texts: [
      'Un potelet est arraché {lieu}, il reste une tige métallique qui dépasse.',
      'La barrière de protection est couchée sur le trottoir {lieu}.',
    ],
    notes: ['Potelet remplacé.', 'Barrière redressée et refixée.'],
  },
  'arceau-velo-endommage': {
    texts: [
      "Un vélo sans roues est attaché à l'arceau {lieu} depuis des mois.",
      'Arceau à vélos tordu {lieu}, on ne peut plus attacher son vélo.',
    ],
    notes: ['Vélo-épave enlevé après affichage.', 'Arceau remplacé.'],
  },
  'fontaine-hors-service': {
    texts: [
      "La fontaine à boire {lieu} ne donne plus d'eau.",
      'La fontaine {lieu} fuit en continu, il y a une flaque permanente.',
    ],
    notes: ['Fontaine réparée et remise en service.', 'Joint changé, fuite supprimée.'],
  },
  'avaloir-bouche': {
    texts: [
      "La grille d'égout {lieu} est bouchée par les feuilles, la rue est inondée à chaque averse.",
      "L'eau ne s'évacue plus {lieu}, le caniveau déborde sur le trottoir.",
    ],
    notes: ['Avaloir curé.', "Avaloir et branchement curés à l'hydrocureuse."],
  },
  'tampon-regard-descelle': {
    texts: [
      "La plaque d'égout {lieu} claque à chaque voiture, on ne dort plus la nuit.",
      'Plaque de regard cassée {lieu}, un trou est visible.',
    ],
    notes: ['Tampon recalé.', 'Tampon remplacé.'],
  },
  'eau-stagnante': {
    texts: [
      'Grande flaque permanente {lieu}, on est obligé de marcher sur la chaussée.',
      "Après chaque pluie, l'eau stagne {lieu} pendant des jours.",
    ],
    notes: ['Avaloir voisin curé, écoulement rétabli.', 'Pente reprise avec la voirie.'],
  },
  'vehicule-ventouse': {
    texts: [
      "Une voiture n'a pas bougé depuis au moins un mois {lieu}, les pneus sont à plat.",
      'Épave de véhicule sans plaques {lieu}.',
      'Une camionnette est garée au même endroit depuis des semaines {lieu}.',
    ],
    notes: ['Véhicule enlevé par la fourrière.', 'Le propriétaire a déplacé le véhicule après avis.'],
  },
  'horodateur-panne': {
    texts: [
      "L'horodateur {lieu} refuse les cartes bancaires.",
      "Écran éteint sur l'horodateur {lieu}, impossible de payer.",
    ],
    notes: ['Lecteur de carte remplacé.', 'Rouleau de tickets changé, appareil remis en service.'],
  },
  'stationnement-genant': {
    texts: [
      'Des voitures sont garées tous les jours sur le trottoir {lieu}, les poussettes doivent passer sur la route.',
      'Un véhicule stationne régulièrement devant ma sortie de garage {lieu}.',
    ],
    notes: ['Passage de la police municipale, véhicules verbalisés.', 'Potelets posés avec la voirie.'],
  },
  'batiment-municipal-degrade': {
    texts: [
      "Une vitre de l'école est cassée {lieu}.",
      'Fuite au plafond de la salle municipale {lieu} quand il pleut.',
    ],
    notes: ['Vitre remplacée par les ateliers municipaux.', 'Couverture réparée, fuite stoppée.'],
  },
  'toilettes-publiques-hs': {
    texts: [
      'Les toilettes publiques {lieu} sont fermées depuis plusieurs jours.',
      'Sanitaire public bouché et très sale {lieu}.',
    ],
    notes: ['Sanitaire débouché et nettoyé.', 'Porte automatique réparée.'],
  },
  'equipement-sportif-degrade': {
    texts: ['Le panier de basket du city-stade {lieu} est arraché.', 'Le filet du but de foot est déchiré {lieu}.'],
    notes: ['Panier remplacé.', 'Filets changés.'],
  },
  'bac-non-collecte': {
    texts: [
      "Ma poubelle n'a pas été vidée ce matin alors qu'elle était sortie à l'heure.",
      "Les bacs jaunes de la rue n'ont pas été collectés cette semaine.",
      "Le camion poubelle n'est pas passé {lieu}.",
    ],
    notes: ['Rattrapage de collecte effectué.', 'Collecte réalisée lors de la tournée de rattrapage.'],
  },
  'bac-casse': {
    texts: [
      'Le couvercle de mon bac est cassé, les goélands éventrent les sacs.',
      "Une roue de ma poubelle s'est cassée pendant la collecte.",
      'Mon bac a disparu après le passage des éboueurs.',
    ],
    notes: ['Bac réparé.', 'Nouveau bac livré.'],
  },
  'point-apport-volontaire-plein': {
    texts: [
      "Le conteneur à verre {lieu} est plein, les bouteilles s'entassent au pied.",
      'La colonne à emballages {lieu} déborde depuis plusieurs jours.',
    ],
    notes: ['Levée du conteneur effectuée et abords nettoyés.'],
  },
  'collecte-encombrants': {
    texts: [
      'Je souhaite faire enlever un canapé et une armoire.',
      "Mes encombrants n'ont pas été ramassés au rendez-vous prévu.",
    ],
    notes: ['Encombrants collectés au rendez-vous.'],
  },
  'bac-sur-trottoir': {
    texts: [
      'Des bacs restent sur le trottoir {lieu} toute la semaine, on ne peut plus passer.',
      "Les poubelles de l'immeuble ne sont jamais rentrées {lieu}.",
    ],
    notes: ['Courrier de rappel envoyé au syndic, bacs rentrés.'],
  },
};
