/** The words two descriptions of the same problem are likely to share. */
import { wordsOf } from '../geocoding/normalise.js';

/** Frequent French words that say nothing about the problem. */
const STOP_WORDS = new Set([
  'avec',
  'dans',
  'depuis',
  'devant',
  'elle',
  'elles',
  'encore',
  'entre',
  'etre',
  'fait',
  'leur',
  'mais',
  'merci',
  'nous',
  'pour',
  'plus',
  'sans',
  'sont',
  'sous',
  'tous',
  'tout',
  'toute',
  'tres',
  'vous',
  'jours',
  'semaine',
  'semaines',
  'niveau',
  'numero',
  'signale',
  'signalement',
]);

/** Words of four letters or more, not stop words, plural marks dropped ("lampadaires" = "lampadaire"). */
export function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 4 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.add(word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word);
  }
  return words;
}

/** The words of `a` also in `b`, and what share of the shorter text they are (0 to 1). */
export function sharedWords(a: Set<string>, b: Set<string>): { words: string[]; share: number } {
  const words = [...a].filter((w) => b.has(w));
  const shorter = Math.min(a.size, b.size);
  return { words, share: shorter === 0 ? 0 : words.length / shorter };
}
