/** Text as searches compare it: lower case, no accents, no punctuation, one space between words. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function wordsOf(text: string): string[] {
  const normalised = normalise(text);
  return normalised ? normalised.split(' ') : [];
}
