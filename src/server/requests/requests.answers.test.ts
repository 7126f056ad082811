/** Answers to a category's extra questions, checked by the server when a request is registered. */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory } from '../../../test/helpers/factories.js';
import { actAs, type Client } from '../../../test/helpers/http.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';

let t: TestRelais;
let reception: Client;
let graffiti: { id: string };
let pothole: { id: string };

const walls = [
  { key: 'public', name: 'Mur public' },
  { key: 'prive', name: 'Mur privé visible de la rue' },
];

beforeAll(async () => {
  t = await createTestRelais();
  reception = await actAs(t.app, t.relais.db, 'reception_agent');
  graffiti = await makeCategory(t.relais.db, {
    name: 'Tag ou graffiti',
    questions: [
      { code: 'surface', datatype: 'number', required: true, description: 'Surface à traiter (m²)' },
      { code: 'support', datatype: 'singlevaluelist', required: false, description: 'Support', values: walls },
      { code: 'faces', datatype: 'multivaluelist', required: false, description: 'Faces taguées', values: walls },
      { code: 'vu', datatype: 'datetime', required: false, description: 'Vu le' },
      { code: 'texte', datatype: 'string', required: false, description: 'Texte du tag' },
      { code: 'details', datatype: 'text', required: false, description: 'Précisions' },
    ],
  });
  pothole = await makeCategory(t.relais.db);
});
afterAll(() => t.close());

const submit = (categoryId: string | null, answers: Record<string, unknown>, id = uuidv7()) =>
  reception.post('/api/requests', {
    id,
    origin: 'counter',
    description: 'Un tag sur le mur de la boulangerie',
    address: '10 rue Saint-Pierre, Caen',
    lat: 49.1838,
    lon: -0.3633,
    categoryId,
    answers,
  });

/** Submits, expects 400, and checks that nothing was registered under the id. */
async function refused(categoryId: string | null, answers: Record<string, unknown>) {
  const id = uuidv7();
  const res = await submit(categoryId, answers, id);
  expect(res.statusCode, res.body).toBe(400);
  expect((await reception.get(`/api/requests/${id}`)).statusCode).toBe(404);
  return res.json() as { message: string; issues: { path: string; message: string }[] };
}

describe('POST /api/requests with answers to extra questions', () => {
  it('returns 201 and keeps answers of every type that fit the questions', async () => {
    const answers = {
      surface: 4.5,
      support: 'prive',
      faces: ['public', 'prive'],
      vu: '2026-03-01T14:30',
      texte: 'JR',
      details: 'Peinture fraîche,\nsur la vitrine aussi',
    };
    const res = await submit(graffiti.id, answers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().answers).toEqual(answers);
    expect((await reception.get(`/api/requests/${res.json().id}`)).json().request.answers).toEqual(answers);
  });

  it('returns 201 with only the required answer, optional questions left blank', async () => {
    const res = await submit(graffiti.id, { surface: 2, support: '', faces: [] });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('returns 400 naming the required question left out, beside its field', async () => {
    const body = await refused(graffiti.id, { support: 'public' });
    expect(body.message).toBe('answers.surface: "Surface à traiter (m²)" needs an answer');
    expect(body.issues).toEqual([
      { path: 'body.answers.surface', message: '"Surface à traiter (m²)" needs an answer' },
    ]);
  });

  it('returns 400 naming the question for text where a number is asked', async () => {
    const body = await refused(graffiti.id, { surface: '4 m²' });
    expect(body.issues).toEqual([{ path: 'body.answers.surface', message: '"Surface à traiter (m²)" takes a number' }]);
  });

  it('returns 400 for a date and time that is not one', async () => {
    const body = await refused(graffiti.id, { surface: 1, vu: 'hier soir' });
    expect(body.issues.map((i) => i.path)).toEqual(['body.answers.vu']);
    expect(body.message).toContain('"Vu le" takes a date and time');
  });

  it('returns 400 for a number where text is asked', async () => {
    const body = await refused(graffiti.id, { surface: 1, texte: 12 });
    expect(body.issues).toEqual([{ path: 'body.answers.texte', message: '"Texte du tag" takes text' }]);
  });

  it('returns 400 for a choice outside the list, single or multiple, naming the allowed keys', async () => {
    const body = await refused(graffiti.id, { surface: 1, support: 'Mur public', faces: ['public', 'toit'] });
    expect(body.issues).toEqual([
      {
        path: 'body.answers.support',
        message: '"Support" has no choice "Mur public" (its choices: "public", "prive")',
      },
      { path: 'body.answers.faces', message: '"Faces taguées" has no choice "toit" (its choices: "public", "prive")' },
    ]);
    expect(body.message).toBe(body.issues.map((i) => `${i.path.replace(/^body\./, '')}: ${i.message}`).join('; '));
  });

  it('returns 400 for a single value where a list is asked', async () => {
    const body = await refused(graffiti.id, { surface: 1, faces: 'public' });
    expect(body.issues.map((i) => i.path)).toEqual(['body.answers.faces']);
  });

  it('returns 400 for an answer to a question the category does not ask', async () => {
    const body = await refused(graffiti.id, { surface: 1, couleur: 'rouge' });
    expect(body.issues).toEqual([{ path: 'body.answers.couleur', message: 'the category asks no question "couleur"' }]);
  });

  it('returns 201 without answers for a category without questions, 400 with any', async () => {
    expect((await submit(pothole.id, {})).statusCode).toBe(201);
    const body = await refused(pothole.id, { profondeur: 10 });
    expect(body.message).toBe('answers.profondeur: the category asks no question "profondeur"');
  });

  it('returns 400 for answers without a category, 201 without either', async () => {
    const body = await refused(null, { surface: 4 });
    expect(body.message).toMatch(/^answers: /);
    expect(body.issues.map((i) => i.path)).toEqual(['body.answers']);
    expect((await submit(null, {})).statusCode).toBe(201);
  });
});
