/**
 * The requests list as a spreadsheet: the same filters and the same visibility as the list, every
 * page of it, streamed so that a year of requests never sits in memory. Personal data columns are
 * there only for readers allowed to see them.
 */
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../core/api/auth.js';
import type { RequestDto } from '../../core/api/requests.js';
import { CODE_LABELS } from '../../core/labels.js';
import { reachOf } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import { readsPersonalData } from '../auth/need-to-know.js';
import type { Relais } from '../context.js';
import { protectCell } from '../csv-cell.js';
import { type RequestsFilterQuery, readableFilters } from '../requests/list-filters.js';
import { toRequestDto } from '../requests/requests.mapper.js';
import { listRequests } from '../requests/requests.repository.js';
import { directoryNames } from './names.repository.js';

const PAGE = 1000;

const HEADERS: Record<Locale, { common: string[]; personal: string[] }> = {
  fr: {
    common: [
      'Référence',
      'Créée le',
      'Statut',
      'Origine',
      'Priorité',
      'Échéance',
      'Organisme',
      'Direction',
      'Territoire',
      'Catégorie',
      'Adresse',
      'Latitude',
      'Longitude',
      'Description',
    ],
    personal: ['Demandeur', 'E-mail', 'Téléphone'],
  },
  en: {
    common: [
      'Reference',
      'Created at',
      'Status',
      'Origin',
      'Priority',
      'Deadline',
      'Body',
      'Department',
      'Territory',
      'Category',
      'Address',
      'Latitude',
      'Longitude',
      'Description',
    ],
    personal: ['Requester', 'E-mail', 'Phone'],
  },
};

/** Local wall-clock time of the city, as a spreadsheet reads it: "2026-11-28 17:05". */
const parisTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});

type Names = Awaited<ReturnType<typeof directoryNames>>;

function cellsOf(r: RequestDto, names: Names, locale: Locale, personal: boolean): string[] {
  const labels = CODE_LABELS[locale];
  const name = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? '') : '');
  // Text typed by people may start like a formula; coordinates are numbers and must stay numbers.
  const text = (...cells: (string | null | undefined)[]) => cells.map((cell) => protectCell(cell ?? ''));
  return [
    ...text(
      r.reference,
      parisTime.format(new Date(r.createdAt)),
      labels.status[r.status],
      labels.origin[r.origin],
      labels.priority[r.priority],
      r.deadline,
      name(names.bodies, r.bodyId),
      name(names.departments, r.departmentId),
      name(names.territories, r.territoryId),
      name(names.categories, r.categoryId),
      r.address,
    ),
    String(r.lat),
    String(r.lon),
    ...text(r.description),
    ...(personal ? text(r.requester?.name, r.requester?.email, r.requester?.phone) : []),
  ];
}

/**
 * The CSV lines of the requests `actor` may read that match `query`, newest first: ";"-separated
 * and with a byte-order mark, as French spreadsheet programs expect.
 */
export async function* requestsCsv(
  relais: Relais,
  actor: Actor,
  query: RequestsFilterQuery,
  locale: Locale,
): AsyncGenerator<string> {
  authorize(actor, 'request.read');
  // The columns are there for whoever may read some requesters; each row fills them if in reach.
  const personal = reachOf(actor, 'request.read_personal_data') !== undefined;
  const filters = readableFilters(actor, query);
  const names = await directoryNames(relais.db);
  const headers = HEADERS[locale];
  const write = (rows: string[][]) => stringify(rows, { delimiter: ';', record_delimiter: '\r\n' });
  yield `\uFEFF${write([personal ? [...headers.common, ...headers.personal] : headers.common])}`;
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const page = await listRequests(relais.db, filters, after, PAGE);
    if (page.length === 0) return;
    yield write(page.map((row) => cellsOf(toRequestDto(row, readsPersonalData(actor, row)), names, locale, personal)));
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}
