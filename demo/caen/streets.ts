/**
 * Real Caen addresses used by the demo requests, with APPROXIMATE coordinates (a few tens of
 * metres off at most; some from memory of the map), grouped by pôle de vie des quartiers. Each
 * point lies inside the simplified polygon of its territory (see organisation.ts). DEMO DATA.
 */

export interface DemoStreet {
  label: string;
  street: string;
  /** Null for places without a number (esplanades, squares). */
  housenumber: string | null;
  postcode: string;
  lat: number;
  lon: number;
  neighbourhood: string;
  territoryCode: string;
}

function at(
  territoryCode: string,
  neighbourhood: string,
  housenumber: string | null,
  street: string,
  lat: number,
  lon: number,
): DemoStreet {
  const label = `${housenumber ? `${housenumber} ` : ''}${street}, 14000 Caen`;
  return { label, street, housenumber, postcode: '14000', lat, lon, neighbourhood, territoryCode };
}

const CSO = 'centre-sud-ouest';
const NO = 'nord-ouest';
const NE = 'nord-est';
const RD = 'rive-droite';

export const streets: DemoStreet[] = [
  // Centre et Sud-Ouest.
  at(CSO, 'Centre', '12', 'Rue Saint-Pierre', 49.1838, -0.3633),
  at(CSO, 'Centre', '45', 'Rue de Bernières', 49.1824, -0.359),
  at(CSO, 'Centre', '24', 'Rue Jean Eudes', 49.1812, -0.3652),
  at(CSO, 'Centre', '20', 'Rue Écuyère', 49.1834, -0.3688),
  at(CSO, 'Centre', '5', 'Place Saint-Sauveur', 49.1838, -0.3712),
  at(CSO, 'Centre', '67', 'Rue Saint-Martin', 49.1827, -0.3728),
  at(CSO, 'Centre', null, 'Esplanade Jean-Marie Louvel', 49.181, -0.3725),
  at(CSO, 'Centre', '35', 'Rue Fred Scamaroni', 49.1782, -0.3695),
  at(CSO, 'Centre', '1', 'Rue de Courtonne', 49.1842, -0.3553),
  at(CSO, 'Saint-Jean', '80', 'Rue Saint-Jean', 49.1801, -0.3578),
  at(CSO, 'Saint-Jean', '16', 'Rue du 11 Novembre', 49.1777, -0.3578),
  at(CSO, 'Saint-Jean', '40', 'Avenue du 6 Juin', 49.1785, -0.354),
  at(CSO, 'Saint-Jean', '10', 'Quai Vendeuvre', 49.182, -0.356),
  at(CSO, "Presqu'île", '9', 'Cours Caffarelli', 49.1812, -0.3468),
  at(CSO, 'Saint-Ouen', '29', 'Boulevard Détolle', 49.1808, -0.3878),
  at(CSO, 'Venoix', null, 'Boulevard Georges Pompidou', 49.1797, -0.3966),
  at(CSO, 'Venoix', '120', 'Avenue Henry Chéron', 49.176, -0.4005),

  // Nord-Ouest.
  at(NO, 'Folie-Couvrechef', '4', 'Place de Würzburg', 49.2014, -0.3794),
  at(NO, 'Folie-Couvrechef', null, 'Esplanade Général Eisenhower', 49.1975, -0.384),
  at(NO, 'Chemin Vert', '15', 'Rue Karl Probst', 49.2002, -0.3903),
  at(NO, 'Chemin Vert', '40', 'Rue Karl Probst', 49.201, -0.3925),
  at(NO, 'Chemin Vert', '60', "Rue d'Authie", 49.196, -0.399),
  at(NO, 'Saint-Paul', '100', 'Avenue de Créully', 49.1935, -0.3815),
  at(NO, 'Saint-Paul', '180', 'Avenue de Créully', 49.1965, -0.3865),
  at(NO, 'Maladrerie', '150', 'Rue de Bayeux', 49.1872, -0.389),
  at(NO, 'Beaulieu', '250', 'Rue de Bayeux', 49.1885, -0.401),

  // Nord-Est.
  at(NE, 'Calvaire Saint-Pierre', '80', 'Rue de la Délivrande', 49.1955, -0.3615),
  at(NE, 'Calvaire Saint-Pierre', '160', 'Rue de la Délivrande', 49.2005, -0.363),
  at(NE, 'Côte de Nacre', null, 'Avenue de la Côte de Nacre', 49.2055, -0.356),
  at(NE, 'Côte de Nacre', '6', 'Boulevard Maréchal Juin', 49.214, -0.3655),
  at(NE, 'Pierre-Heuzé', '40', 'Rue de Lébisey', 49.196, -0.344),
  at(NE, 'Pierre-Heuzé', '120', 'Rue de Lébisey', 49.2, -0.34),
  at(NE, 'Pierre-Heuzé', '30', "Rue d'Hérouville", 49.1925, -0.348),
  at(NE, 'Pierre-Heuzé', '200', "Rue d'Hérouville", 49.197, -0.339),

  // Rive droite.
  at(RD, 'Vaucelles', '30', 'Rue de Vaucelles', 49.1745, -0.3535),
  at(RD, 'Vaucelles', '50', "Rue d'Auge", 49.1738, -0.3455),
  at(RD, 'Vaucelles', null, 'Place de la Gare', 49.1763, -0.3486),
  at(RD, 'Vaucelles', '92', 'Rue de Falaise', 49.1703, -0.3533),
  at(RD, 'Sainte-Thérèse', '20', 'Boulevard Dunois', 49.1745, -0.3405),
  at(RD, 'Sainte-Thérèse', '68', 'Avenue de Paris', 49.1727, -0.3329),
  at(RD, 'Sainte-Thérèse', '25', 'Avenue Guynemer', 49.1675, -0.3486),
  at(RD, 'Guérinière', '200', 'Rue de Falaise', 49.1625, -0.3475),
  at(RD, 'Guérinière', '321', 'Rue de Falaise', 49.1543, -0.3425),
  at(RD, 'Grâce de Dieu', '11', 'Place du Commerce', 49.1607, -0.3593),
  at(RD, 'Grâce de Dieu', '12', 'Rue Louis Lechatellier', 49.1656, -0.3615),
];
