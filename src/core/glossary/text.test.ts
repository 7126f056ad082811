import { describe, expect, it } from 'vitest';
import { isMeaningful, normalise, singular, stem, words } from './text.js';

describe('normalise', () => {
  it('lowers case and removes accents and ligatures', () => {
    expect(normalise('Éclairage ÉTEINT, œuvre à Caen')).toBe('eclairage eteint, oeuvre a caen');
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, elisions included, keeping accents', () => {
    expect(words("L'éclairage de la rue n°12 — ne s’allume plus")).toEqual([
      'l',
      'éclairage',
      'de',
      'la',
      'rue',
      'n',
      '12',
      'ne',
      's',
      'allume',
      'plus',
    ]);
  });
});

describe('isMeaningful', () => {
  it('drops stop words and bare numbers, keeps the words of the problem', () => {
    expect(['dans', 'la', 'l', 'ca', 'etait', '12'].filter(isMeaningful)).toEqual([]);
    expect(['trou', 'route', 'lampadaire', 'a4'].filter(isMeaningful)).toEqual(['trou', 'route', 'lampadaire', 'a4']);
  });
});

describe('singular', () => {
  it.each([
    ['lampadaires', 'lampadaire'],
    ['feux', 'feu'],
    ['signaux', 'signal'],
    ['bus', 'bus'],
    ['impasse', 'impasse'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});

describe('stem', () => {
  it('brings the forms of a word together', () => {
    expect(new Set(['casse', 'cassee', 'cassees', 'casser', 'casses'].map(stem))).toEqual(new Set(['cass']));
    expect(stem('dangereux')).toBe(stem('dangereuse'));
    expect(stem('eteint')).toBe(stem('eteintes'));
  });

  it('leaves short words whole', () => {
    expect(stem('rue')).toBe('rue');
    expect(stem('bac')).toBe('bac');
  });
});
