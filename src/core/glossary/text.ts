/**
 * French text as the glossary compares it: what a citizen says and what the glossary writes must
 * meet whatever the accents, the case, the plural or the little words around them. Shared by the
 * server (search index, suggestions) and the web (highlighting the words that matched).
 */

/** Lower case, accents and ligatures removed: "Éclairage œuvre" → "eclairage oeuvre". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * Words that say nothing about the problem: articles, pronouns, prepositions, auxiliaries,
 * negations and the like, written as `normalise` writes them. Elided forms (l', d', qu') are
 * split off by the tokenizer and end up here as single letters.
 */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a à ai aie aient ais ait as au aucun aussi autre aux avait avec avez avoir avons ayant
   apres avant c ca ce ceci cela celle celles celui cet cette ceux chez ci comme comment d dans de des deja
   depuis devant donc dont du elle elles en encore entre est et etaient etait ete etes etre eu
   eux fait faire faut il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi mon
   ici n ne ni nos notre nous on ont ou par pas pendant peu peut plus pour pourquoi puis qu quand que quel
   quelle quelles quels qui quoi s sa sans se sera ses si son sont sous sur t ta te tes toi ton
   tous tout toute toutes tres trop tu un une vers voici voila vos votre vous y`
    .split(/\s+/)
    .map(normalise),
);

/** The words of a text as written (lower case, accents kept), in order: for showing them back. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a normalised word carries meaning: not a stop word, not a bare number. */
export function isMeaningful(word: string): boolean {
  return !FRENCH_STOP_WORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * Singular of a normalised word: "lampadaires" → "lampadaire", "feux" → "feu",
 * "signaux" → "signal". Short words ("bus", "gaz") are left alone.
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`;
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s') || word.endsWith('x')) return word.slice(0, -1);
  return word;
}

/** Endings removed by `stem`, longest first so "ement" wins over "ent" and "e". */
const SUFFIXES = ['issement', 'ement', 'ation', 'ateur', 'ique', 'able', 'ment', 'ant', 'ent', 'eur', 'ee', 'er', 'e'];
/** Shortest stem kept: below it the ending is part of the word ("rue", "bac"). */
const MIN_STEM = 3;

/**
 * A light French stemmer: singular, then one common ending off, so that "cassé", "cassée",
 * "cassées" and "casser" meet on "cass", and "dangereux" and "dangereuse" on "dangereu".
 * Deliberately crude and predictable: the suggestion shows which words matched.
 */
export function stem(word: string): string {
  const one = singular(word);
  if (one.endsWith('euse') && one.length - 2 >= MIN_STEM) return one.slice(0, -2);
  for (const suffix of SUFFIXES) {
    if (one.endsWith(suffix) && one.length - suffix.length >= MIN_STEM) return one.slice(0, -suffix.length);
  }
  return one;
}
