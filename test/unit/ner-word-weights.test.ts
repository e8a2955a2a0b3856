// The tagger's per-word weight sums give exactly the emission scores of adding every feature's row one by one.
import { readFileSync } from 'node:fs';
import { addRow } from '../../src/ner/weight-rows.js';
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES_PER_TOKEN, tokenFeatures, viewTokenFeatures } from '../../src/ner/features.js';
import { NER_MODEL_PATH } from '../../src/ner/model-path.js';
import { deserialiseModel, rowOf, type NerModel } from '../../src/ner/ner-model.js';
import { NUM_TAGS } from '../../src/ner/tags.js';
import { WordWeights } from '../../src/ner/word-weights.js';

const model = deserialiseModel(readFileSync(NER_MODEL_PATH));

/** Emissions the plain way: every feature of every token, looked up and added in turn. */
function reference(m: NerModel, tokens: string[]): Float64Array {
  const view = viewTokenFeatures(tokens);
  const em = new Float64Array(tokens.length * NUM_TAGS);
  const buf = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  for (let i = 0; i < tokens.length; i++) {
    const k = tokenFeatures(view, i, buf);
    for (let f = 0; f < k; f++) {
      const r = rowOf(m, buf[f]!);
      if (r < 0) continue;
      addRow(em, i * NUM_TAGS, m.weights, r * NUM_TAGS, NUM_TAGS);
    }
  }
  return em;
}

const sentences = [
  'Yesterday Helena Marquardt told reporters she would resign .',
  'SHARES IN BRACKWATER LOGISTICS INC FELL SHARPLY ON MONDAY',
  'Ravi Anand of Dunmore Holdings Ltd spoke in Madrid .',
  '“ Prices will rise , ” said Tomas Lindgren , whose firm ’s profits fell 12.5 % .',
  'Governor Alma Reyes visited Portugal and met officials of the Harbour Authority Corp .',
  'x',
  'Zürich-based Ünal AG and the U.S. Ministry of Finance in São Paulo',
];

describe('WordWeights', () => {
  it('gives the same emission scores as adding each feature row in turn, bit for bit', () => {
    const weights = new WordWeights(model);
    // Twice over, so the second pass reads every word from the cache.
    for (const sentence of [...sentences, ...sentences]) {
      const tokens = sentence.split(' ');
      const em = new Float64Array(tokens.length * NUM_TAGS);
      weights.emissionsOf(viewTokenFeatures(tokens), em);
      expect(Array.from(em)).toEqual(Array.from(reference(model, tokens)));
    }
  });

  it('gives a word the same scores whatever sentence it was first seen in', () => {
    const first = new WordWeights(model);
    const second = new WordWeights(model);
    first.emissionsOf(viewTokenFeatures('Pelham Securities hired Okafor .'.split(' ')), new Float64Array(5 * NUM_TAGS));
    const tokens = 'Mr Okafor joined Pelham Securities in June .'.split(' ');
    const a = new Float64Array(tokens.length * NUM_TAGS);
    const b = new Float64Array(tokens.length * NUM_TAGS);
    first.emissionsOf(viewTokenFeatures(tokens), a);
    second.emissionsOf(viewTokenFeatures(tokens), b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
