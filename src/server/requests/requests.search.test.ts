import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais, testDatabaseUrl } from '../../../test/helpers/relais.js';
import { filteredRequests } from './requests.repository.js';
import { searchTerms } from './search.repository.js';

let t: TestRelais;
let dispatcher: Client;

beforeAll(async () => {
  t = await createTestRelais();
  dispatcher = await actAs(t.app, t.relais.db, 'dispatcher');
});
afterAll(() => t.close());

const search = async (q: string, client = dispatcher) => {
  const res = await client.get(`/api/requests?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((r: { id: string }) => r.id);
};

const setRequester = (id: string, name: string | null) =>
  t.relais.db.updateTable('requests').set({ requester_name: name }).where('id', '=', id).execute();

describe('text search over requests', () => {
  it('ignores accents and case: "eclairage" finds "Éclairage", "ÉCLAIRAGE" finds "éclairage"', async () => {
    const upper = await makeRequest(t.relais.db, { description: 'Éclairage public en panne' });
    const lower = await makeRequest(t.relais.db, { description: "Plus d'éclairage dans l'impasse" });
    expect(await search('eclairage')).toEqual([lower.id, upper.id]);
    expect(await search('ÉCLAIRAGE')).toEqual([lower.id, upper.id]);
  });

  it('matches word prefixes: "lampad" finds "lampadaire"', async () => {
    const made = await makeRequest(t.relais.db, { description: 'Lampadaire clignotant devant la boulangerie' });
    expect(await search('lampad')).toEqual([made.id]);
    // The prefix must start a word: the middle of one does not count.
    expect(await search('padaire')).toEqual([]);
  });

  it('requires every word, each anywhere: description, address or reference', async () => {
    const both = await makeRequest(t.relais.db, {
      description: 'Banc arraché',
      address: '3 rue des Chanoines, Caen',
    });
    await makeRequest(t.relais.db, { description: 'Banc arraché', address: '9 place Fontette, Caen' });
    expect(await search('banc chanoines')).toEqual([both.id]);
    expect(await search('chanoines')).toEqual([both.id]);
  });

  it('finds a request by its exact reference, not its neighbours', async () => {
    const db = t.relais.db;
    const wanted = await makeRequest(db, { description: 'Grille tordue' });
    const neighbour = await makeRequest(db, { description: 'Grille tordue' });
    await db.updateTable('requests').set({ reference: '2031-00123' }).where('id', '=', wanted.id).execute();
    await db.updateTable('requests').set({ reference: '2031-00124' }).where('id', '=', neighbour.id).execute();
    expect(await search('2031-00123')).toEqual([wanted.id]);
    expect(await search('2031-00124')).toEqual([neighbour.id]);
  });

  it('follows changes: a new description is found, the old one no longer', async () => {
    const db = t.relais.db;
    const made = await makeRequest(db, { description: 'Corbeille débordante' });
    await db.updateTable('requests').set({ description: 'Abribus vandalisé' }).where('id', '=', made.id).execute();
    expect(await search('corbeille')).toEqual([]);
    expect(await search('abribus')).toEqual([made.id]);
  });

  it('searches the requester name only for readers who may see personal data', async () => {
    const db = t.relais.db;
    const made = await makeRequest(db, { description: 'Potelet couché' });
    await setRequester(made.id, 'Éloïse Quentrec');
    const analyst = await actAs(t.app, db, 'analyst');
    expect(await search('eloise quentrec')).toEqual([made.id]);
    expect(await search('quentrec', analyst)).toEqual([]);
    expect(await search('potelet', analyst)).toEqual([made.id]);
    // Once anonymised, the name is no longer found.
    await setRequester(made.id, null);
    expect(await search('quentrec')).toEqual([]);
  });

  it.runIf(testDatabaseUrl !== null)('uses the GIN index on PostgreSQL', async () => {
    const query = filteredRequests(t.relais.db, { text: 'lampad', textInPersonalData: false }).compile();
    const plan = await t.relais.db.transaction().execute(async (trx) => {
      // On a nearly empty table the planner rightly prefers a scan: forbid it to see if the index fits.
      await sql`set local enable_seqscan = off`.execute(trx);
      return trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
      );
    });
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('request_search_document_idx');
  });
});

describe('searchTerms', () => {
  it('cuts at anything but letters and digits, and drops single letters but not digits', () => {
    expect(searchTerms("Lampadaire l'église, 4 rue d'Auge (2031-00123)")).toEqual([
      'Lampadaire',
      'église',
      '4',
      'rue',
      'Auge',
      '2031',
      '00123',
    ]);
  });
});
