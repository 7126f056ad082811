/**
 * Category suggestion from a description, explainable: each category gets a profile, the weighted
 * average of the texts known to belong to it (its glossary entry, and the descriptions of past
 * requests the dispatcher filed under it), as TF-IDF vectors over normalised word stems (a word
 * under a negation kept apart: "ne s'allume plus" is not "allumé") plus character trigrams (so a
 * typo still shares most of its trigrams with the right word). A description is scored by cosine
 * similarity against every profile; the words of the description that contributed most to a score
 * are given back as the reason. Pure: no I/O.
 */
import { isMeaningful, normalise, stem, words } from '../../core/glossary/text.js';

export interface GlossaryEntry {
  categoryId: string;
  name: string;
  description: string;
  synonyms: string[];
  familyName: string;
}

/** A request the dispatcher accepted, with the category finally kept. */
export interface PastDecision {
  categoryId: string;
  description: string;
}

export interface Suggestion {
  categoryId: string;
  name: string;
  /** Cosine similarity, 0 to 1. */
  score: number;
  /** The words of the description that made the category match, strongest first. */
  words: string[];
}

type Vector = Map<string, number>;

interface Profile {
  categoryId: string;
  name: string;
  vector: Vector;
}

export interface SuggestionModel {
  profiles: Profile[];
  idf: Map<string, number>;
}

/** Within a glossary entry, a name says more than a synonym, which says more than the prose. */
const FIELD_WEIGHTS = { name: 3, synonyms: 2, description: 1, familyName: 0.5 };
/** A glossary entry counts like this many past requests: a prior that real decisions outgrow. */
const GLOSSARY_WEIGHT = 10;
/** The share of a word's weight carried by its character trigrams rather than its stem. */
const TRIGRAM_SHARE = 0.5;
/** A word must bring this share of a suggestion's score to be named as a reason. */
const REASON_SHARE = 0.1;
const MAX_REASONS = 5;

interface WordFeatures {
  /** The word as written in the text (lower case, accents kept). */
  word: string;
  features: Vector;
}

type Featurize = (key: string) => Vector;

function trigrams(word: string): string[] {
  const padded = `_${word}_`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * The features of a word's key (see `wordKeys`): its stem, negated or not, and its trigrams
 * sharing a weight. A typo in a negated word still meets the right word through its trigrams.
 */
function featuresOfWord(key: string): Vector {
  const negated = key.startsWith('!');
  const plain = negated ? key.slice(1) : key;
  const features: Vector = new Map([[`w:${negated ? '!' : ''}${stem(plain)}`, 1 - TRIGRAM_SHARE]]);
  const grams = trigrams(plain);
  for (const gram of grams) addTo(features, `g:${gram}`, TRIGRAM_SHARE / grams.length);
  return features;
}

/** Words repeat from one text to the next: training computes each word's features once. */
function memoised(featurize: Featurize): Featurize {
  const known = new Map<string, Vector>();
  return (key) => {
    let features = known.get(key);
    if (!features) {
      features = featurize(key);
      known.set(key, features);
    }
    return features;
  };
}

/** Words that negate the next meaningful word, normalised. */
const NEGATIONS = new Set(['ne', 'n', 'pas', 'non', 'sans']);

/**
 * The key of each normalised word: null for a word that says nothing, the word itself, or "!word"
 * under a negation, so that "ne s'allume plus", "pas vidée", "sans plaque" do not match
 * "allumé", "vidée", "plaque" but match the same negations in the glossary.
 */
function wordKeys(plainWords: string[]): (string | null)[] {
  let negated = false;
  return plainWords.map((plain) => {
    if (NEGATIONS.has(plain)) {
      negated = true;
      return null;
    }
    if (plain.length < 2 || !isMeaningful(plain)) return null;
    const key = negated ? `!${plain}` : plain;
    negated = false;
    return key;
  });
}

/** Each meaningful word of a description with its features, to score and to explain. */
function wordFeatures(text: string): WordFeatures[] {
  const written = words(text);
  return wordKeys(written.map(normalise)).flatMap((key, i) =>
    key ? [{ word: written[i] ?? key, features: featuresOfWord(key) }] : [],
  );
}

function addTo(vector: Vector, key: string, value: number): void {
  vector.set(key, (vector.get(key) ?? 0) + value);
}

function addScaled(target: Vector, source: Vector, factor: number): void {
  for (const [key, value] of source) addTo(target, key, value * factor);
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Adds `source` reduced to length `weight`, so a long text does not outweigh a short one. */
function addWithLength(target: Vector, source: Vector, weight: number): void {
  const length = norm(source);
  if (length > 0) addScaled(target, source, weight / length);
}

function termFrequencies(text: string, featurize: Featurize): Vector {
  const vector: Vector = new Map();
  for (const key of wordKeys(words(normalise(text)))) if (key) addScaled(vector, featurize(key), 1);
  return vector;
}

function glossaryVector(entry: GlossaryEntry, featurize: Featurize): Vector {
  const vector: Vector = new Map();
  addScaled(vector, termFrequencies(entry.name, featurize), FIELD_WEIGHTS.name);
  for (const synonym of entry.synonyms) {
    addScaled(vector, termFrequencies(synonym, featurize), FIELD_WEIGHTS.synonyms);
  }
  addScaled(vector, termFrequencies(entry.description, featurize), FIELD_WEIGHTS.description);
  addScaled(vector, termFrequencies(entry.familyName, featurize), FIELD_WEIGHTS.familyName);
  return vector;
}

/**
 * Builds the profiles: every text of a category counts with the same length whatever its size,
 * weighted as a glossary entry or a past request. Decisions for categories absent from the
 * glossary (since removed) are ignored.
 */
export function trainSuggestionModel(glossary: GlossaryEntry[], decisions: PastDecision[]): SuggestionModel {
  const featurize = memoised(featuresOfWord);
  const sums = new Map<string, Vector>();
  for (const entry of glossary) {
    const sum: Vector = new Map();
    addWithLength(sum, glossaryVector(entry, featurize), GLOSSARY_WEIGHT);
    sums.set(entry.categoryId, sum);
  }
  for (const decision of decisions) {
    const sum = sums.get(decision.categoryId);
    if (sum) addWithLength(sum, termFrequencies(decision.description, featurize), 1);
  }

  // A feature found in few categories tells them apart; one found in all tells nothing.
  const documentFrequency = new Map<string, number>();
  for (const sum of sums.values()) for (const key of sum.keys()) addTo(documentFrequency, key, 1);
  const idf = new Map([...documentFrequency].map(([key, df]) => [key, Math.log(sums.size / df)]));

  const profiles = glossary.map((entry) => {
    const weighted: Vector = new Map();
    for (const [key, value] of sums.get(entry.categoryId) ?? []) {
      const w = value * (idf.get(key) ?? 0);
      if (w > 0) weighted.set(key, w);
    }
    const profile: Vector = new Map();
    addWithLength(profile, weighted, 1);
    return { categoryId: entry.categoryId, name: entry.name, vector: profile };
  });
  return { profiles, idf };
}

/** The `limit` categories closest to a description, with the words that made each match. */
export function suggestCategories(model: SuggestionModel, description: string, limit = 3): Suggestion[] {
  const perWord = wordFeatures(description).map(({ word, features }) => ({
    word,
    features: new Map([...features].map(([key, tf]) => [key, tf * (model.idf.get(key) ?? 0)])),
  }));
  const query: Vector = new Map();
  for (const { features } of perWord) addScaled(query, features, 1);
  const length = norm(query);
  if (length === 0) return [];

  const scored = model.profiles.map((profile) => {
    const contributions = new Map<string, number>();
    let score = 0;
    for (const { word, features } of perWord) {
      let contribution = 0;
      for (const [key, value] of features) contribution += (value / length) * (profile.vector.get(key) ?? 0);
      score += contribution;
      addTo(contributions, word, contribution);
    }
    return { profile, score, contributions };
  });

  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ profile, score, contributions }) => ({
      categoryId: profile.categoryId,
      name: profile.name,
      score: Math.round(score * 1000) / 1000,
      words: [...contributions]
        .filter(([, c]) => c >= score * REASON_SHARE)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_REASONS)
        .map(([word]) => word),
    }));
}
