import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers.js';
import type { Question } from './api/admin.js';

const question = (overrides: Partial<Question> & Pick<Question, 'code' | 'datatype'>): Question => ({
  required: false,
  description: overrides.code,
  ...overrides,
});

const choices = [
  { key: 'public', name: 'Mur public' },
  { key: 'prive', name: 'Mur privé' },
];

const QUESTIONS: Question[] = [
  question({ code: 'surface', datatype: 'number', required: true, description: 'Surface à traiter (m²)' }),
  question({ code: 'support', datatype: 'singlevaluelist', description: 'Support', values: choices }),
  question({ code: 'faces', datatype: 'multivaluelist', description: 'Faces', values: choices }),
  question({ code: 'vu', datatype: 'datetime', description: 'Vu le' }),
  question({ code: 'plaque', datatype: 'string', description: 'Plaque' }),
  question({ code: 'details', datatype: 'text', description: 'Détails' }),
];

describe('checkAnswers', () => {
  it('accepts answers of each type, and optional questions left out', () => {
    expect(checkAnswers(QUESTIONS, { surface: 4 })).toEqual([]);
    expect(
      checkAnswers(QUESTIONS, {
        surface: 0.5,
        support: 'prive',
        faces: ['public', 'prive'],
        vu: '2026-03-01T14:30',
        plaque: 'AB-123-CD',
        details: 'Sur deux lignes\nau marqueur',
      }),
    ).toEqual([]);
  });

  it('accepts a date and time with seconds and an offset', () => {
    expect(checkAnswers(QUESTIONS, { surface: 1, vu: '2026-03-01T14:30:00+01:00' })).toEqual([]);
    expect(checkAnswers(QUESTIONS, { surface: 1, vu: '2026-03-01T13:30:00Z' })).toEqual([]);
  });

  it('refuses a required question left out or blank, naming it as people read it', () => {
    const expected = [{ code: 'surface', message: '"Surface à traiter (m²)" needs an answer' }];
    expect(checkAnswers(QUESTIONS, {})).toEqual(expected);
    expect(checkAnswers(QUESTIONS, { surface: '  ' })).toEqual(expected);
  });

  it('takes blank answers to optional questions as no answer', () => {
    expect(checkAnswers(QUESTIONS, { surface: 2, support: '', faces: [], plaque: ' ' })).toEqual([]);
  });

  it('refuses an answer of another type than its question', () => {
    expect(
      checkAnswers(QUESTIONS, { surface: '4 m²', vu: 'hier soir', plaque: 12, details: ['a'], support: true }),
    ).toEqual([
      { code: 'surface', message: '"Surface à traiter (m²)" takes a number' },
      { code: 'support', message: '"Support" takes one of its choices: "public", "prive"' },
      { code: 'vu', message: '"Vu le" takes a date and time, e.g. 2026-03-01T14:30' },
      { code: 'plaque', message: '"Plaque" takes text' },
      { code: 'details', message: '"Détails" takes text' },
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(checkAnswers(QUESTIONS, { surface: 1, vu: '2026-02-30T10:00' })).toMatchObject([{ code: 'vu' }]);
  });

  it('refuses choices that are not among the keys of the question', () => {
    expect(checkAnswers(QUESTIONS, { surface: 1, support: 'Mur public', faces: ['public', 'toit', 'sol'] })).toEqual([
      { code: 'support', message: '"Support" has no choice "Mur public" (its choices: "public", "prive")' },
      { code: 'faces', message: '"Faces" has no choice "toit", "sol" (its choices: "public", "prive")' },
    ]);
  });

  it('refuses a single choice where a list is expected', () => {
    expect(checkAnswers(QUESTIONS, { surface: 1, faces: 'public' })).toEqual([
      { code: 'faces', message: '"Faces" takes a list of its choices: "public", "prive"' },
    ]);
  });

  it('refuses answers to questions the category does not ask, even inherited property names', () => {
    expect(checkAnswers(QUESTIONS, { surface: 1, couleur: 'rouge', constructor: 'x' })).toEqual([
      { code: 'couleur', message: 'the category asks no question "couleur"' },
      { code: 'constructor', message: 'the category asks no question "constructor"' },
    ]);
  });

  it('accepts no answers, and only no answers, to a category without questions', () => {
    expect(checkAnswers([], {})).toEqual([]);
    expect(checkAnswers([], { surface: 4 })).toEqual([
      { code: 'surface', message: 'the category asks no question "surface"' },
    ]);
  });
});
