/**
 * About 200 demo requests over the last 180 days, generated DETERMINISTICALLY: a seeded PRNG
 * (mulberry32) picks streets, categories, origins, requesters and texts, so every load gives the
 * same data set. The steps replay the real lifecycle (src/core/lifecycle.ts) and reach every
 * status: the most recent requests are new, most old ones are closed. DEMO DATA: requesters are
 * fictitious (e-mails at example.org).
 */
import type { HoldReason, Priority } from '../../src/core/lifecycle.js';
import type { Origin } from '../../src/core/origins.js';
import type { DemoCategory, DemoRequest, DemoStep } from '../types.js';
import { categoryTexts } from './descriptions.js';
import { categories } from './glossary.js';
import * as texts from './phrases.js';
import { seededRandom } from './random.js';
import { type DemoStreet, streets } from './streets.js';

const { rand, pick, chance, weighted, shuffle } = seededRandom(14118); // Caen's INSEE code.

const TOTAL = 200;
const MAX_DAYS_AGO = 180;
/** The most recent requests, still waiting for the dispatcher. */
const NEW_COUNT = 25;

function category(code: string): DemoCategory {
  const found = categories.find((c) => c.code === code);
  if (!found) throw new Error(`unknown category ${code}`);
  return found;
}

/** The company that gets the work orders of each category that needs a contractor. */
const CONTRACTOR_FOR: Record<string, string> = {
  'tag-graffiti': 'net-graff',
  'panne-eclairage-rue': 'clair-orne',
  'candelabre-endommage': 'clair-orne',
  'chaussee-deformee': 'bitum-orne',
};

/** How often each category is reported (default 1). */
const FREQUENCY: Record<string, number> = {
  'nid-de-poule': 6,
  'tag-graffiti': 6,
  'depot-sauvage': 6,
  'lampadaire-eteint': 5,
  'trottoir-degrade': 3,
  'dejections-canines': 3,
  'corbeille-pleine': 3,
  'bac-non-collecte': 3,
  'vehicule-ventouse': 3,
  'stationnement-genant': 2,
  'avaloir-bouche': 2,
  'arbre-dangereux': 2,
  elagage: 2,
  'feu-tricolore-panne': 2,
  'point-apport-volontaire-plein': 2,
  'verglas-neige': 0.5,
  'lampadaire-allume-jour': 0.5,
  'cimetiere-entretien': 0.5,
};

const URGENT = new Set([
  'feu-tricolore-panne',
  'obstacle-chaussee',
  'seringue-abandonnee',
  'verglas-neige',
  'candelabre-endommage',
]);
const HIGH = new Set(['arbre-dangereux', 'tampon-regard-descelle', 'panne-eclairage-rue', 'aire-de-jeux-degradee']);
const LOW = new Set([
  'marquage-au-sol-efface',
  'tonte',
  'elagage',
  'haie-debordante',
  'affichage-sauvage',
  'lampadaire-allume-jour',
  'bac-sur-trottoir',
  'cimetiere-entretien',
]);

function priorityFor(cat: DemoCategory): Priority {
  if (URGENT.has(cat.code)) return chance(0.7) ? 'urgent' : 'high';
  if (HIGH.has(cat.code)) return chance(0.7) ? 'high' : 'normal';
  if (LOW.has(cat.code)) return chance(0.8) ? 'low' : 'normal';
  return chance(0.15) ? 'high' : 'normal';
}

const contractorCategories = categories.filter((c) => c.needsContractor);
const wasteCategories = categories.filter((c) => c.familyCode === 'dechets');

function anyCategory(): DemoCategory {
  return weighted(categories.map((c) => [c, FREQUENCY[c.code] ?? 1] as const));
}

function contractorCategory(): DemoCategory {
  return weighted(contractorCategories.map((c) => [c, c.code === 'tag-graffiti' ? 4 : 1] as const));
}

const ORIGIN_WEIGHTS: readonly (readonly [Origin, number])[] = [
  ['web', 24],
  ['phone', 20],
  ['counter', 14],
  ['email', 10],
  ['field_technician', 14],
  ['open311', 8],
  ['elected_official', 5],
  ['department', 5],
];

/**
 * Where a request ends up. 'resumed' was put on hold then started again; the 'reopened_*' ones
 * went through closed first.
 */
type Scenario =
  | 'new'
  | 'accepted'
  | 'in_progress'
  | 'resumed'
  | 'on_hold'
  | 'awaiting_validation'
  | 'sent_to_contractor'
  | 'resolved'
  | 'closed'
  | 'rejected'
  | 'redirected'
  | 'duplicate'
  | 'reopened_accepted'
  | 'reopened_in_progress'
  | 'reopened_closed';

/** Final statuses that may be the original of a later duplicate (open all along). */
const OPEN_ALL_ALONG = new Set<Scenario>([
  'accepted',
  'in_progress',
  'resumed',
  'on_hold',
  'awaiting_validation',
  'sent_to_contractor',
]);

function quota(counts: Partial<Record<Scenario, number>>): Scenario[] {
  const list: Scenario[] = [];
  for (const [scenario, n] of Object.entries(counts) as [Scenario, number][]) {
    for (let i = 0; i < n; i++) list.push(scenario);
  }
  return shuffle(list);
}

/** Requests from the last weeks (after the new ones): mostly still open. */
const recentScenarios = quota({
  accepted: 13,
  in_progress: 12,
  resumed: 2,
  on_hold: 5,
  awaiting_validation: 6,
  sent_to_contractor: 5,
  resolved: 6,
  rejected: 2,
  redirected: 2,
  duplicate: 2,
});

/** Older requests: mostly closed. */
const oldScenarios = quota({
  closed: 68,
  resolved: 9,
  in_progress: 4,
  on_hold: 6,
  sent_to_contractor: 2,
  rejected: 8,
  redirected: 6,
  duplicate: 6,
  reopened_accepted: 3,
  reopened_in_progress: 3,
  reopened_closed: 5,
});

function slug(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

function phone(): string {
  const pair = () => String(Math.floor(rand() * 100)).padStart(2, '0');
  return `06 ${pair()} ${pair()} ${pair()} ${pair()}`;
}

function requesterFor(origin: Origin): DemoRequest['requester'] {
  if (origin === 'field_technician' || origin === 'department') return null;
  const first = pick(texts.firstNames);
  const last = pick(texts.lastNames);
  const name = `${first} ${last}`;
  const email = `${slug(first)}.${slug(last)}${chance(0.3) ? Math.floor(rand() * 90 + 10) : ''}@example.org`;
  switch (origin) {
    case 'phone':
      return { name, phone: phone() };
    case 'counter':
      return chance(0.6) ? { name, phone: phone() } : { name, email };
    case 'web':
      return chance(0.25) ? { name, email, phone: phone() } : { name, email };
    default:
      return { name, email };
  }
}

function describe(cat: DemoCategory, origin: Origin, street: DemoStreet): string {
  const entry = categoryTexts[cat.code];
  if (!entry) throw new Error(`no texts for category ${cat.code}`);
  const n = street.housenumber;
  const lieu = n
    ? pick([`devant le n° ${n}`, `à hauteur du n° ${n}`, `en face du n° ${n}`, `au niveau du n° ${n}`])
    : pick(['à cet endroit', 'à proximité', "près de l'arrêt de bus"]);
  const body = pick(entry.texts).replace('{lieu}', lieu);
  const prefixes = texts.originPrefixes[origin];
  const prefix = prefixes ? pick(prefixes) : '';
  const isCitizen = ['counter', 'phone', 'email', 'web', 'open311'].includes(origin);
  const suffix = isCitizen ? pick(texts.citizenSuffixes) : '';
  // No "dangerous" twice, no "for days" twice.
  const repeats = ['dangereu', 'jours'].some((w) => body.includes(w) && suffix.includes(w));
  return `${prefix}${body}${repeats ? '' : suffix}`;
}

function holdStep(cat: DemoCategory): DemoStep {
  const notes = texts.holdNotes;
  const hold = (reason: HoldReason, note: string): DemoStep => ({ action: 'hold', reason, note });
  switch (cat.familyCode) {
    case 'voirie':
    case 'assainissement':
      return chance(0.5) ? hold('budget', pick(notes.budget)) : hold('third_party', notes.networkWorks);
    case 'eclairage-public':
      return hold('third_party', notes.electricNetwork);
    case 'signalisation':
      return cat.code === 'marquage-au-sol-efface' ? hold('season', notes.dryWeather) : hold('other', notes.sparePart);
    case 'proprete':
      return chance(0.5) ? hold('third_party', notes.facadeOwner) : hold('other', notes.noAccess);
    case 'espaces-verts':
      if (cat.code === 'tonte') return hold('season', notes.lateMowing);
      if (cat.departmentCode === 'arbres') return hold('season', notes.nesting);
      return hold('other', notes.sparePart);
    case 'stationnement':
      return cat.code === 'horodateur-panne' ? hold('other', notes.sparePart) : hold('third_party', notes.pound);
    case 'dechets':
      return hold('other', notes.binStock);
    default:
      return chance(0.5) ? hold('third_party', notes.coOwnership) : hold('other', notes.sparePart);
  }
}

function resolveStep(cat: DemoCategory): DemoStep {
  return { action: 'resolve', note: pick(categoryTexts[cat.code]?.notes ?? ['Intervention réalisée.']) };
}

/** The steps from acceptance to resolution, through the contractor when the category needs one. */
function workUntilResolved(cat: DemoCategory): DemoStep[] {
  const contractorCode = CONTRACTOR_FOR[cat.code];
  if (cat.needsContractor && contractorCode && chance(0.85)) {
    return [{ action: 'submit_for_validation', contractorCode }, { action: 'validate' }, resolveStep(cat)];
  }
  if (chance(0.15)) return [{ action: 'start' }, holdStep(cat), { action: 'start' }, resolveStep(cat)];
  // Quick jobs are resolved straight from acceptance.
  return chance(0.85) ? [{ action: 'start' }, resolveStep(cat)] : [resolveStep(cat)];
}

function stepsFor(scenario: Scenario, cat: DemoCategory): DemoStep[] {
  const accept: DemoStep = { action: 'accept', priority: priorityFor(cat) };
  const contractorCode = CONTRACTOR_FOR[cat.code] ?? 'net-graff';
  const submit: DemoStep = { action: 'submit_for_validation', contractorCode };
  const closed = (): DemoStep[] => [accept, ...workUntilResolved(cat), { action: 'close' }];
  const reopen: DemoStep = { action: 'reopen', reason: pick(texts.reopenReasons) };
  switch (scenario) {
    case 'new':
      return chance(0.1) ? [{ action: 'comment', body: pick(texts.internalComments), public: false }] : [];
    case 'accepted':
      return [accept];
    case 'in_progress':
      return [accept, { action: 'start' }];
    case 'resumed':
      return [accept, holdStep(cat), { action: 'start' }];
    case 'on_hold':
      return chance(0.5) ? [accept, holdStep(cat)] : [accept, { action: 'start' }, holdStep(cat)];
    case 'awaiting_validation':
      return chance(0.5) ? [accept, submit] : [accept, { action: 'start' }, submit];
    case 'sent_to_contractor':
      return [accept, submit, { action: 'validate' }];
    case 'resolved':
      return [accept, ...workUntilResolved(cat)];
    case 'closed':
      return closed();
    case 'rejected':
      return chance(0.5)
        ? [{ action: 'reject', reason: pick(texts.rejectReasons) }]
        : [accept, { action: 'reject', reason: pick(texts.rejectReasons) }];
    case 'redirected':
      return [{ action: 'redirect', bodyCode: 'caen-la-mer', reason: pick(texts.redirectReasons) }];
    case 'duplicate':
      return [{ action: 'comment', body: pick(texts.duplicateComments), public: false }, { action: 'mark_duplicate' }];
    case 'reopened_accepted':
      return [...closed(), reopen];
    case 'reopened_in_progress':
      return [...closed(), reopen, { action: 'start' }];
    case 'reopened_closed':
      return [...closed(), reopen, { action: 'start' }, resolveStep(cat), { action: 'close' }];
  }
}

/** Adds a public and/or an internal comment after acceptance, now and then. */
function withComments(steps: DemoStep[]): DemoStep[] {
  if (steps[0]?.action !== 'accept') return steps;
  const extra: DemoStep[] = [];
  if (chance(0.25)) extra.push({ action: 'comment', body: pick(texts.publicComments), public: true });
  if (chance(0.2)) extra.push({ action: 'comment', body: pick(texts.internalComments), public: false });
  return [steps[0], ...extra, ...steps.slice(1)];
}

/** A few metres around a point. */
function jitter(value: number, metres: number, metresPerDegree: number): number {
  return Math.round((value + ((rand() - 0.5) * 2 * metres) / metresPerDegree) * 1e6) / 1e6;
}
const M_PER_DEG_LAT = 111_200;
const M_PER_DEG_LON = 111_200 * Math.cos((49.18 * Math.PI) / 180);

/** Territory of each request, in order: the centre gets more reports than the others. */
const territorySequence = shuffle(
  (
    [
      ['centre-sud-ouest', 0.36],
      ['rive-droite', 0.26],
      ['nord-ouest', 0.2],
      ['nord-est', 0.18],
    ] as const
  ).flatMap(([code, share]) => Array.from({ length: Math.round(share * TOTAL) }, () => code as string)),
);

function pickStreet(i: number): DemoStreet {
  const territoryCode = territorySequence[i] ?? 'centre-sud-ouest';
  return pick(streets.filter((s) => s.territoryCode === territoryCode));
}

interface Draft {
  scenario: Scenario;
  request: DemoRequest;
}

function generate(): DemoRequest[] {
  const drafts: Draft[] = [];
  // Index 0 is the most recent: ages grow with the index, denser in recent weeks.
  for (let i = 0; i < TOTAL; i++) {
    const u = (i + rand()) / TOTAL;
    const daysAgo = Math.min(MAX_DAYS_AGO, Math.floor(MAX_DAYS_AGO * u ** 1.6));
    const scenario: Scenario =
      i < NEW_COUNT
        ? 'new'
        : i < NEW_COUNT + recentScenarios.length
          ? (recentScenarios[i - NEW_COUNT] as Scenario)
          : (oldScenarios[i - NEW_COUNT - recentScenarios.length] ?? 'closed');
    const cat =
      scenario === 'awaiting_validation' || scenario === 'sent_to_contractor'
        ? contractorCategory()
        : scenario === 'redirected'
          ? pick(wasteCategories)
          : anyCategory();
    const origin: Origin =
      scenario === 'redirected' ? pick(['phone', 'counter', 'web', 'email'] as const) : weighted(ORIGIN_WEIGHTS);
    const street = pickStreet(i);
    drafts.push({
      scenario,
      request: {
        origin,
        daysAgo,
        address: street.label,
        lat: jitter(street.lat, 8, M_PER_DEG_LAT),
        lon: jitter(street.lon, 8, M_PER_DEG_LON),
        description: describe(cat, origin, street),
        categoryCode: cat.code,
        requester: requesterFor(origin),
        steps: withComments(stepsFor(scenario, cat)),
      },
    });
  }

  // A duplicate reports again, a few metres away, a problem already open: copy an older request
  // that stays open, so the loader links it to that one.
  drafts.forEach((draft, i) => {
    if (draft.scenario !== 'duplicate') return;
    const candidates = drafts.filter(
      (d, j) => j > i && OPEN_ALL_ALONG.has(d.scenario) && d.request.daysAgo > draft.request.daysAgo,
    );
    if (candidates.length === 0) {
      draft.scenario = 'rejected';
      draft.request.steps = [{ action: 'reject', reason: pick(texts.rejectReasons) }];
      return;
    }
    const original = pick(candidates).request;
    const cat = category(original.categoryCode);
    const street = streets.find((s) => s.label === original.address) ?? pick(streets);
    draft.request.categoryCode = cat.code;
    draft.request.address = original.address;
    draft.request.lat = jitter(original.lat, 4, M_PER_DEG_LAT);
    draft.request.lon = jitter(original.lon, 4, M_PER_DEG_LON);
    draft.request.description = describe(cat, draft.request.origin, street);
  });

  // Oldest first, as they were received.
  return drafts.map((d) => d.request).reverse();
}

export const requests: DemoRequest[] = generate();
