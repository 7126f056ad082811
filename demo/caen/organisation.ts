/**
 * Demo organisation modelled on Caen: the city, the urban community Caen la mer, the four
 * "pôles de vie des quartiers", the departments that emit and receive requests, three invented
 * contractors and one demo user per role. DEMO DATA: names of people and companies are fictitious.
 */
import type { DemoBody, DemoContractor, DemoDepartment, DemoTerritory, DemoUser } from '../types.js';

export const bodies: DemoBody[] = [
  { code: 'ville-caen', name: 'Ville de Caen' },
  { code: 'caen-la-mer', name: 'Communauté urbaine Caen la mer' },
];

/*
 * SIMPLIFIED polygons, NOT the official boundaries: four shapes around the real neighbourhood
 * groups of each pôle de vie des quartiers. Neighbouring shapes share their edges exactly, so they
 * do not overlap, and together they roughly cover the city. The Orne is drawn as one line running
 * south-west to north-east (O1..O8 below): the rive droite lies south-east of it. Real boundaries
 * can be imported as GeoJSON. Coordinates are [lon, lat] (GeoJSON order), rings counter-clockwise
 * and closed (first point == last point).
 */
type Point = [number, number];

/** The Orne, from Louvigny (south-west) to the port (north-east). */
const O1: Point = [-0.425, 49.156];
const O2: Point = [-0.395, 49.163];
const O3: Point = [-0.378, 49.1705];
const O4: Point = [-0.362, 49.1745];
const O5: Point = [-0.35, 49.1775];
const O6: Point = [-0.338, 49.181];
const O7: Point = [-0.326, 49.189];
const O8: Point = [-0.315, 49.196];

/** The northern edge of the centre: Beaulieu, Saint-Paul, north of the château, Saint-Gilles. */
const C1: Point = [-0.425, 49.182];
const C2: Point = [-0.395, 49.183];
const C3: Point = [-0.38, 49.188];
const C4: Point = [-0.368, 49.1895];
const C5: Point = [-0.345, 49.1895];

/** Outer corners of the demo area. */
const NORTH = 49.218;
const SOUTH = 49.145;

export const territories: DemoTerritory[] = [
  {
    // Chemin Vert, Folie-Couvrechef, Maladrerie, Saint-Paul, Beaulieu.
    code: 'nord-ouest',
    name: 'Nord-Ouest',
    polygon: [[C1, C2, C3, C4, [-0.368, NORTH], [-0.425, NORTH], C1]],
  },
  {
    // Calvaire Saint-Pierre, Pierre-Heuzé, Côte de Nacre.
    code: 'nord-est',
    name: 'Nord-Est',
    polygon: [[C4, C5, O7, O8, [-0.315, NORTH], [-0.368, NORTH], C4]],
  },
  {
    // Centre, Saint-Jean, Presqu'île, Saint-Ouen, Venoix.
    code: 'centre-sud-ouest',
    name: 'Centre et Sud-Ouest',
    polygon: [[O1, O2, O3, O4, O5, O6, O7, C5, C4, C3, C2, C1, O1]],
  },
  {
    // Vaucelles, Sainte-Thérèse, Guérinière, Grâce de Dieu.
    code: 'rive-droite',
    name: 'Rive droite',
    polygon: [[O1, [-0.4, SOUTH], [-0.33, SOUTH], [-0.315, 49.165], O8, O7, O6, O5, O4, O3, O2, O1]],
  },
];

/** A department of the city that both emits and receives requests. */
function city(code: string, name: string, email?: string): DemoDepartment {
  return { code, bodyCode: 'ville-caen', name, emits: true, receives: true, ...(email ? { email } : {}) };
}

/** A department of Caen la mer. */
function community(code: string, name: string, emits = true, receives = true): DemoDepartment {
  return { code, bodyCode: 'caen-la-mer', name, emits, receives };
}

/** A pôle de vie des quartiers: a hub covering one territory. */
function hub(territoryCode: string, name: string): DemoDepartment {
  return {
    code: `pole-${territoryCode}`,
    bodyCode: 'ville-caen',
    name,
    territoryCode,
    emits: true,
    receives: true,
    email: `pole.${territoryCode}@demo.relais.local`,
  };
}

export const departments: DemoDepartment[] = [
  // Pôles de vie des quartiers (hubs).
  hub('nord-ouest', 'Pôle de vie des quartiers Nord-Ouest'),
  hub('nord-est', 'Pôle de vie des quartiers Nord-Est'),
  hub('centre-sud-ouest', 'Pôle de vie des quartiers Centre et Sud-Ouest'),
  hub('rive-droite', 'Pôle de vie des quartiers Rive droite'),

  // The central site: the SOS Rue line and the dispatchers.
  city('sos-rue', 'Site central — Cellule SOS Rue', 'sos-rue@demo.relais.local'),

  // Public space (espace public) and technical departments of the city.
  city('voirie', 'Voirie — Chaussées et trottoirs', 'service.voirie@demo.relais.local'),
  city('eclairage-public', 'Éclairage public', 'service.eclairage@demo.relais.local'),
  city('signalisation', 'Signalisation et feux tricolores'),
  city('proprete-urbaine', 'Propreté urbaine', 'service.proprete@demo.relais.local'),
  city('espaces-verts', 'Espaces verts, paysage et biodiversité'),
  city('arbres', 'Patrimoine arboré — Élagage'),
  city('aires-de-jeux', 'Aires de jeux et équipements de proximité'),
  city('mobilier-urbain', 'Mobilier urbain'),
  city('assainissement', 'Assainissement et eaux pluviales'),
  city('stationnement', 'Stationnement payant et horodateurs'),
  city('police-municipale', 'Police municipale'),
  city('batiments', 'Bâtiments municipaux — Maintenance'),
  city('ateliers-municipaux', 'Ateliers municipaux (régie des travaux)'),
  city('sports', 'Direction des sports'),
  city('cimetieres', 'Cimetières'),
  city('mobilite', 'Mobilité et déplacements'),
  city('domaine-public', 'Occupation du domaine public'),
  city('hygiene-sante', 'Hygiène et santé environnementale'),
  city('logistique-evenements', 'Logistique et événements'),

  // City departments that report problems but do not handle them.
  { code: 'education', bodyCode: 'ville-caen', name: 'Éducation — Écoles', emits: true, receives: false },
  {
    code: 'cabinet-du-maire',
    bodyCode: 'ville-caen',
    name: 'Cabinet du maire — Élus de quartier',
    emits: true,
    receives: false,
  },
  {
    code: 'relation-usagers',
    bodyCode: 'ville-caen',
    name: "Relation aux usagers — Accueil de l'Hôtel de Ville",
    emits: true,
    receives: false,
  },

  // Caen la mer.
  community('direction-dechets', "Direction des déchets — Collecte, bacs et points d'apport volontaire"),
  community('dechetteries', 'Déchetteries communautaires'),
  community('eau-potable', 'Eau potable'),
  community('assainissement-collectif', 'Assainissement collectif (réseaux)'),
  community('mobilites-transports', 'Mobilités et transports urbains'),
  community('accueil-caen-la-mer', 'Accueil et relation usagers Caen la mer', true, false),
];

/** Invented companies: any likeness to a real firm is unintended. */
export const contractors: DemoContractor[] = [
  { code: 'net-graff', name: "Net'Graff Normandie" },
  { code: 'clair-orne', name: "Clair'Orne Éclairage Maintenance" },
  { code: 'bitum-orne', name: "Bitum'Orne Travaux Publics" },
];

/**
 * One user per role first (the demo accounts shown at start-up), then a few more agents and the
 * users of the other two contractors. Fictitious people.
 */
export const users: DemoUser[] = [
  {
    email: 'accueil@demo.relais.local',
    name: 'Nathalie Lebrun',
    role: 'reception_agent',
    bodyCode: 'ville-caen',
    departmentCode: 'pole-centre-sud-ouest',
  },
  {
    email: 'technicien@demo.relais.local',
    name: 'Julien Marie',
    role: 'field_technician',
    bodyCode: 'ville-caen',
    departmentCode: 'pole-nord-est',
  },
  {
    email: 'dispatch@demo.relais.local',
    name: 'Sophie Hamel',
    role: 'dispatcher',
    bodyCode: 'ville-caen',
    departmentCode: 'sos-rue',
  },
  {
    email: 'voirie@demo.relais.local',
    name: 'Thomas Lefèvre',
    role: 'department_agent',
    bodyCode: 'ville-caen',
    departmentCode: 'voirie',
  },
  { email: 'responsable@demo.relais.local', name: 'Catherine Duval', role: 'manager', bodyCode: 'ville-caen' },
  {
    email: 'prestataire@demo.relais.local',
    name: 'Kévin Guérin',
    role: 'contractor',
    contractorCode: 'net-graff',
  },
  { email: 'admin@demo.relais.local', name: 'Isabelle Roussel', role: 'administrator', bodyCode: 'ville-caen' },
  { email: 'analyste@demo.relais.local', name: 'Pierre Lemonnier', role: 'analyst', bodyCode: 'ville-caen' },

  // More agents.
  {
    email: 'eclairage@demo.relais.local',
    name: 'Marc Leroux',
    role: 'department_agent',
    bodyCode: 'ville-caen',
    departmentCode: 'eclairage-public',
  },
  {
    email: 'dechets@demo.relais.local',
    name: 'Élodie Lecoq',
    role: 'department_agent',
    bodyCode: 'caen-la-mer',
    departmentCode: 'direction-dechets',
  },
  {
    email: 'eclairage.prestataire@demo.relais.local',
    name: 'Damien Hue',
    role: 'contractor',
    contractorCode: 'clair-orne',
  },
  {
    email: 'travaux.prestataire@demo.relais.local',
    name: 'Laurent Bréard',
    role: 'contractor',
    contractorCode: 'bitum-orne',
  },
  {
    email: 'responsable.caenlamer@demo.relais.local',
    name: 'François Lemaître',
    role: 'manager',
    bodyCode: 'caen-la-mer',
  },
];
