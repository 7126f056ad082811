/**
 * Demo glossary modelled on Caen: families of intervention and the precise categories, each with
 * the department in charge and its procedure sheet. DEMO DATA. The categories are kept in a few
 * files by domain; this module assembles them.
 */
import type { DemoCategory, DemoFamily } from '../types.js';
import { cleanlinessCategories } from './categories-cleanliness.js';
import { facilitiesCategories } from './categories-facilities.js';
import { greenCategories } from './categories-green.js';
import { streetCategories } from './categories-street.js';

export const families: DemoFamily[] = [
  {
    code: 'voirie',
    bodyCode: 'ville-caen',
    name: 'Voirie',
    description:
      'Chaussées, trottoirs, bordures et pistes cyclables du domaine public communal : nids-de-poule, déformations, revêtements dégradés, obstacles et viabilité hivernale.',
  },
  {
    code: 'eclairage-public',
    bodyCode: 'ville-caen',
    name: 'Éclairage public',
    description:
      "Lampadaires, candélabres et réseau d'éclairage des rues, places et parcs : pannes, horaires d'allumage, supports endommagés.",
  },
  {
    code: 'signalisation',
    bodyCode: 'ville-caen',
    name: 'Signalisation et feux',
    description: 'Feux tricolores et feux piétons, panneaux de police et de direction, marquage au sol des chaussées.',
  },
  {
    code: 'proprete',
    bodyCode: 'ville-caen',
    name: 'Propreté urbaine',
    description:
      "Tags et graffitis, affichage sauvage, dépôts sauvages, déjections canines, corbeilles de rue et salissures de l'espace public (ligne SOS Rue).",
  },
  {
    code: 'espaces-verts',
    bodyCode: 'ville-caen',
    name: 'Espaces verts',
    description:
      "Parcs, jardins et squares, arbres d'alignement, pelouses, haies, aires de jeux et cimetières communaux.",
  },
  {
    code: 'mobilier-urbain',
    bodyCode: 'ville-caen',
    name: 'Mobilier urbain',
    description:
      "Bancs, potelets, bornes, barrières, arceaux à vélos, fontaines et autres équipements installés sur l'espace public.",
  },
  {
    code: 'assainissement',
    bodyCode: 'ville-caen',
    name: 'Assainissement et eaux pluviales',
    description:
      "Avaloirs et grilles d'eaux pluviales, tampons de regards, eaux stagnantes sur la voie publique. Les réseaux d'eaux usées relèvent de Caen la mer.",
  },
  {
    code: 'stationnement',
    bodyCode: 'ville-caen',
    name: 'Stationnement',
    description:
      'Véhicules ventouses, épaves et stationnements gênants (police municipale), horodateurs du stationnement payant.',
  },
  {
    code: 'batiments',
    bodyCode: 'ville-caen',
    name: 'Bâtiments et équipements municipaux',
    description:
      'Écoles, gymnases, salles, toilettes publiques, équipements sportifs et autres bâtiments de la Ville : dégradations, pannes, sécurité.',
  },
  {
    code: 'dechets',
    bodyCode: 'caen-la-mer',
    name: 'Déchets ménagers',
    description:
      "Collecte des ordures ménagères et du tri, bacs roulants, points d'apport volontaire (verre, emballages, papiers) et encombrants : compétence de la Communauté urbaine Caen la mer.",
  },
];

export const categories: DemoCategory[] = [
  ...streetCategories,
  ...cleanlinessCategories,
  ...greenCategories,
  ...facilitiesCategories,
];
