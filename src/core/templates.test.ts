import { describe, expect, it } from 'vitest';
import { formatDay, renderTemplate, unfilledPlaceholders, unknownPlaceholders } from './templates.js';

describe('renderTemplate', () => {
  it('fills every placeholder that has a value, as often as it appears', () => {
    expect(
      renderTemplate('Demande {reference} ({address}) : {department}. Rappel : {reference}.', {
        reference: '2026-00123',
        address: '12 rue Saint-Pierre',
        department: 'Voirie',
      }),
    ).toBe('Demande 2026-00123 (12 rue Saint-Pierre) : Voirie. Rappel : 2026-00123.');
  });

  it('leaves unknown placeholders, and known ones without a value, visible as written', () => {
    expect(renderTemplate('{reference} relève de {body}, voir {referance}', { reference: '2026-00001' })).toBe(
      '2026-00001 relève de {body}, voir {referance}',
    );
  });

  it('does not mistake inherited object properties for placeholders', () => {
    expect(renderTemplate('{constructor} {toString}', { reference: 'x' })).toBe('{constructor} {toString}');
  });

  it('keeps braces that hold no placeholder name', () => {
    expect(renderTemplate('{ } {1} {}', { reference: 'x' })).toBe('{ } {1} {}');
  });

  it('inserts values literally, even those that look like placeholders or replacement patterns', () => {
    expect(renderTemplate('{address}', { address: '$& {reference}', reference: 'R' })).toBe('$& {reference}');
  });
});

describe('unknownPlaceholders and unfilledPlaceholders', () => {
  it('names each unknown placeholder once, in order', () => {
    expect(unknownPlaceholders('{referance} {reference} {adresse} {referance}')).toEqual(['referance', 'adresse']);
  });

  it('names the placeholders a rendering would leave, known or not', () => {
    expect(unfilledPlaceholders('{reference} {body} {oops}', { reference: 'R' })).toEqual(['body', 'oops']);
  });
});

describe('formatDay', () => {
  it('writes a deadline as French and English readers read it', () => {
    expect(formatDay('2027-01-15', 'fr')).toBe('15 janvier 2027');
    expect(formatDay('2027-01-15', 'en')).toBe('15 January 2027');
  });
});
