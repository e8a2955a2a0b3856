// Pins IOB2 span reading, exact-span scoring, CoNLL parsing, the model file's round trip and blending two models.
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/ner/conll-reader.js';
import { blendModels, buildModel, deserialiseModel, rowOf, serialiseModel } from '../../src/ner/ner-model.js';
import { SpanCounter } from '../../src/ner/span-metrics.js';
import { NUM_TAGS, spansFromTags } from '../../src/ner/tags.js';

describe('spansFromTags', () => {
  it('reads B/I runs as spans and opens a span at a stray I- tag, as conlleval does', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
  });
});

describe('SpanCounter', () => {
  it('counts only exact spans of the right type as matches', () => {
    const c = new SpanCounter();
    c.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-ORG']);
    expect(c.score(['PER'])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(c.score(['LOC'])).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    c.add(['B-LOC'], ['B-LOC']);
    expect(c.score(['LOC']).recall).toBe(0.5);
  });
});

describe('parseConll', () => {
  it('splits documents at -DOCSTART- and keeps only token and NER columns', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nRome NNP B-NP B-LOC\nwins VBZ B-VP O\n\n-DOCSTART- -X- -X- O\n\nAda NNP B-NP B-PER\n');
    expect(docs).toEqual([{ sentences: [{ tokens: ['Rome', 'wins'], tags: ['B-LOC', 'O'] }] }, { sentences: [{ tokens: ['Ada'], tags: ['B-PER'] }] }]);
  });
});

describe('model file', () => {
  it('round-trips weights within rounding and is byte-identical for the same weights', () => {
    const keys = new Uint32Array([42, 7, 99]);
    const weights = new Float32Array(3 * NUM_TAGS).map((_, i) => ((i * 37) % 11) - 5);
    const trans = new Float32Array((NUM_TAGS + 1) * NUM_TAGS).map((_, i) => (i % 5) - 2);
    const a = serialiseModel(keys, weights, trans, 0.01);
    expect(serialiseModel(keys, weights, trans, 0.01).equals(a)).toBe(true);
    const m = deserialiseModel(a);
    const ref = buildModel(keys, weights, trans);
    for (const k of keys) {
      const r = rowOf(m, k);
      const r0 = rowOf(ref, k);
      for (let t = 0; t < NUM_TAGS; t++) {
        expect(m.weights[r * NUM_TAGS + t]).toBeCloseTo(ref.weights[r0 * NUM_TAGS + t]!, 2);
      }
    }
    expect(rowOf(m, 1234)).toBe(-1);
    expect(Array.from(m.transitions)).toEqual(Array.from(trans));
  });
});

describe('blendModels', () => {
  const T = NUM_TAGS;
  const rows = (...values: number[][]) => Float32Array.from(values.flatMap((v) => Array.from({ length: T }, (_, t) => v[t % v.length]!)));
  const transitions = (x: number) => new Float32Array((T + 1) * T).fill(x);

  it('weighs each feature row and the transitions w to 1 − w, a feature one model lacks counting zero there', () => {
    const a = buildModel(Uint32Array.from([11, 22]), rows([1, 2], [4]), transitions(2));
    const b = buildModel(Uint32Array.from([22, 33]), rows([8], [-2, 6]), transitions(-1));
    const m = blendModels(a, b, 0.25);
    const row = (key: number) => Array.from(m.weights.subarray(rowOf(m, key) * T, rowOf(m, key) * T + 2));
    expect(row(11)).toEqual([0.25, 0.5]);
    expect(row(22)).toEqual([7, 7]);
    expect(row(33)).toEqual([-1.5, 4.5]);
    expect(rowOf(m, 44)).toBe(-1);
    expect(m.transitions[0]).toBeCloseTo(-0.25);
  });
});
