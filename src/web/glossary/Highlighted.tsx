import { Mark } from '@mantine/core';
import { normalise, singular } from '../../core/glossary/text.js';

/** Splits a text into words and what lies between them, keeping each piece's position. */
function pieces(text: string): { at: number; text: string; word: boolean }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu)].map((m) => ({
    at: m.index,
    text: m[0],
    word: /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

/**
 * The text with the words that matched marked. `terms` are written as the glossary compares
 * them (no accents, lower case, singular), so "Lampadaires" is marked for the term "lampadaire".
 */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  const wanted = new Set(terms);
  return pieces(text).map((piece) =>
    piece.word && wanted.has(singular(normalise(piece.text))) ? (
      <Mark key={piece.at}>{piece.text}</Mark>
    ) : (
      <span key={piece.at}>{piece.text}</span>
    ),
  );
}
