/**
 * The Caen demo data set.
 *
 * DEMO DATA, simplified, modelled on public facts about Caen: the city and the urban community
 * Caen la mer (household waste), the four pôles de vie des quartiers (Nord-Ouest, Nord-Est,
 * Centre et Sud-Ouest, Rive droite), real street names with approximate coordinates. The
 * territory polygons are simplified shapes, not the official boundaries; the departments are a
 * plausible organisation, not the city's actual organisation chart; people, requesters and
 * contractor companies are fictitious. The requests are generated deterministically.
 */
import type { DemoDataSet } from '../types.js';
import { categories, families } from './glossary.js';
import { bodies, contractors, departments, territories, users } from './organisation.js';
import { requests } from './requests.js';

export const caenDemo: DemoDataSet = {
  bodies,
  territories,
  departments,
  families,
  categories,
  contractors,
  users,
  requests,
};
