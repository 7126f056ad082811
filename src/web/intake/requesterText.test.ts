import { describe, expect, it } from 'vitest';
import { lookUpQuery, parseRequester, requesterText } from './requesterText.js';

describe('parseRequester', () => {
  it.each([
    ['Jeanne Martin jeanne.martin@example.org', 'Jeanne Martin', 'jeanne.martin@example.org', ''],
    ['Jeanne Martin, 06 12 34 56 78', 'Jeanne Martin', '', '06 12 34 56 78'],
    ['jeanne@example.org - Jean-Pierre Lebrun', 'Jean-Pierre Lebrun', 'jeanne@example.org', ''],
    ['Paul Durand <paul@example.org> +33 6.12.34.56.78', 'Paul Durand', 'paul@example.org', '+33 6.12.34.56.78'],
    ['Résidence 3, Mme Léa Roux 0231000000', 'Résidence 3 Mme Léa Roux', '', '0231000000'],
    ['Hélène Dupré', 'Hélène Dupré', '', ''],
    ['06 12 34 56 78', '', '', '06 12 34 56 78'],
    ['  ', '', '', ''],
  ])('reads %j as a name, an e-mail and a phone number', (text, name, email, phone) => {
    expect(parseRequester(text)).toEqual({ name, email, phone });
  });

  it('reads back the text it writes for a known requester', () => {
    const parts = { name: 'Jeanne Martin', email: 'jeanne@example.org', phone: '06 12 34 56 78' };
    expect(parseRequester(requesterText(parts))).toEqual(parts);
    expect(requesterText({ name: 'Jeanne Martin', email: '', phone: '' })).toBe('Jeanne Martin');
  });

  it('looks up by the contact first, then by the name', () => {
    expect(lookUpQuery(parseRequester('Jeanne 06 12 34 56 78'))).toBe('06 12 34 56 78');
    expect(lookUpQuery(parseRequester('Jeanne jeanne@example.org 06 12 34 56 78'))).toBe('jeanne@example.org');
    expect(lookUpQuery(parseRequester('Jeanne Mar'))).toBe('Jeanne Mar');
  });
});
