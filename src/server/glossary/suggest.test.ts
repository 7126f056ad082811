/**
 * How well the suggestion finds the category a dispatcher would keep. Trained on the demo glossary
 * (demo/caen) and, as past decisions, three quarters of the labelled set; measured on the other
 * quarter (every 4th description), which it never saw. Floors are the measured values minus a
 * small margin: a change that makes suggestions worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { categories, families } from '../../../demo/caen/glossary.js';
import { type LabelledDescription, labelled } from '../../../test/fixtures/suggestions/labelled.js';
import { type PastDecision, type SuggestionModel, suggestCategories, trainSuggestionModel } from './suggest.js';

const familyName = new Map(families.map((f) => [f.code, f.name]));
const glossary = categories.map((c) => ({
  categoryId: c.code,
  name: c.name,
  description: c.description,
  synonyms: c.synonyms,
  familyName: familyName.get(c.familyCode) ?? '',
}));

const heldOut = labelled.filter((_, i) => i % 4 === 3);
const pastDecisions: PastDecision[] = labelled
  .filter((_, i) => i % 4 !== 3)
  .map((l) => ({ categoryId: l.categoryCode, description: l.text }));

function accuracy(model: SuggestionModel, items: LabelledDescription[]) {
  let top1 = 0;
  let top3 = 0;
  for (const item of items) {
    const ids = suggestCategories(model, item.text, 3).map((s) => s.categoryId);
    if (ids[0] === item.categoryCode) top1 += 1;
    if (ids.includes(item.categoryCode)) top3 += 1;
  }
  return { top1: top1 / items.length, top3: top3 / items.length };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('category suggestion accuracy on held-out descriptions', () => {
  it('uses a labelled set of at least 300 descriptions covering every demo category', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labelled.map((l) => l.categoryCode))).toEqual(new Set(categories.map((c) => c.code)));
  });

  it('finds the right category in the top 3 for at least 90 % with past decisions (top 1 at least 75 %)', () => {
    const result = accuracy(trainSuggestionModel(glossary, pastDecisions), heldOut);
    console.log(
      `suggestion, glossary + ${pastDecisions.length} past decisions, ${heldOut.length} held out: ` +
        `top-1 ${percent(result.top1)}, top-3 ${percent(result.top3)}`,
    );
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.top1).toBeGreaterThanOrEqual(0.75);
  });

  it('finds the right category in the top 3 for at least 90 % from the glossary alone (top 1 at least 68 %)', () => {
    const result = accuracy(trainSuggestionModel(glossary, []), heldOut);
    console.log(
      `suggestion, glossary alone, ${heldOut.length} held out: top-1 ${percent(result.top1)}, top-3 ${percent(result.top3)}`,
    );
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.top1).toBeGreaterThanOrEqual(0.68);
  });
});

describe('suggestCategories', () => {
  const model = trainSuggestionModel(glossary, pastDecisions);

  it('names the words of the description that made a category match, as the citizen wrote them', () => {
    const [first] = suggestCategories(model, 'Le réverbère devant chez moi est éteint depuis lundi');
    expect(first?.categoryId).toBe('lampadaire-eteint');
    expect(first?.words).toContain('réverbère');
    expect(first?.words).not.toContain('devant');
  });

  it('tells a negated word from its affirmative: "ne s\'allume plus" is a light out, not one on by day', () => {
    const [first] = suggestCategories(trainSuggestionModel(glossary, []), "Le lampadaire ne s'allume plus");
    expect(first?.categoryId).toBe('lampadaire-eteint');
  });

  it('tolerates typos and missing accents', () => {
    expect(suggestCategories(model, 'pubelle pas vidé par les eboueur')[0]?.categoryId).toBe('bac-non-collecte');
  });

  it('learns from past decisions: a word only dispatchers met points to their category', () => {
    const before = trainSuggestionModel(glossary, []);
    const after = trainSuggestionModel(glossary, [
      { categoryId: 'tag-graffiti', description: 'fresque vandalisée' },
      { categoryId: 'tag-graffiti', description: 'fresque abîmée par des tags' },
    ]);
    expect(suggestCategories(before, 'la fresque')[0]?.categoryId).not.toBe('tag-graffiti');
    expect(suggestCategories(after, 'la fresque')[0]?.categoryId).toBe('tag-graffiti');
  });

  it('ignores decisions for categories no longer in the glossary', () => {
    const model = trainSuggestionModel(glossary, [{ categoryId: 'gone', description: 'fresque' }]);
    expect(suggestCategories(model, 'fresque').map((s) => s.categoryId)).not.toContain('gone');
  });

  it('suggests nothing for a description made of stop words only', () => {
    expect(suggestCategories(model, 'il y a de la')).toEqual([]);
  });
});
