/**
 * The shape of the demo data set. Codes are stable, human-readable keys (the loader turns them
 * into ids); everything here is DEMO DATA modelled on Caen's public organisation.
 */
import type { HoldReason, Priority } from '../src/core/lifecycle.js';
import type { Origin } from '../src/core/origins.js';
import type { Role } from '../src/core/roles.js';

export interface DemoBody {
  code: string;
  name: string;
}

/** A simplified polygon around a real neighbourhood group: [lon, lat] rings, GeoJSON order. */
export interface DemoTerritory {
  code: string;
  name: string;
  polygon: [number, number][][];
}

export interface DemoDepartment {
  code: string;
  bodyCode: string;
  name: string;
  /** A hub (pôle de vie des quartiers) covers one territory. */
  territoryCode?: string;
  emits: boolean;
  receives: boolean;
  email?: string;
}

export interface DemoFamily {
  code: string;
  bodyCode: string;
  name: string;
  description: string;
}

export interface DemoCategory {
  code: string;
  familyCode: string;
  name: string;
  description: string;
  /** Words a citizen or an agent would use for it. */
  synonyms: string[];
  departmentCode: string;
  deadlineDays: number;
  needsValidation: boolean;
  needsContractor: boolean;
  /** The procedure sheet: steps in order. */
  procedure: string[];
}

export interface DemoContractor {
  code: string;
  name: string;
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  bodyCode?: string;
  departmentCode?: string;
  contractorCode?: string;
}

/** One step a demo request went through, applied by the loader with the real lifecycle. */
export type DemoStep =
  | { action: 'accept'; priority: Priority }
  | { action: 'start' }
  | { action: 'hold'; reason: HoldReason; note: string }
  | { action: 'submit_for_validation'; contractorCode: string }
  | { action: 'validate' }
  | { action: 'resolve'; note: string }
  | { action: 'close' }
  | { action: 'reopen'; reason: string }
  | { action: 'reject'; reason: string }
  | { action: 'redirect'; bodyCode: string; reason: string }
  | { action: 'mark_duplicate' }
  | { action: 'comment'; body: string; public: boolean };

export interface DemoRequest {
  origin: Origin;
  /** Days before "now" the request was received; steps follow, a few hours to days apart. */
  daysAgo: number;
  address: string;
  lat: number;
  lon: number;
  description: string;
  categoryCode: string;
  requester: { name: string; email?: string; phone?: string } | null;
  steps: DemoStep[];
}

export interface DemoDataSet {
  bodies: DemoBody[];
  territories: DemoTerritory[];
  departments: DemoDepartment[];
  families: DemoFamily[];
  categories: DemoCategory[];
  contractors: DemoContractor[];
  users: DemoUser[];
  requests: DemoRequest[];
}
