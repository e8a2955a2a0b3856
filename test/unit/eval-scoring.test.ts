// The evaluation's scoring pieces: token layout, IOB spans, exact-match counting, CrossRE placement, split and labels.
import { describe, expect, it } from 'vitest';
import type { ConllDocument } from '../../src/ner/conll-reader.js';
import { goldSpans } from '../../scripts/eval/conll2003-set.js';
import { isHeldOut, placeSentences, type CrossreSentence } from '../../scripts/eval/crossre-placement.js';
import { matchesGold, readLabelMap, type LabelMap } from '../../scripts/eval/crossre-set.js';
import { TypedCounter } from '../../scripts/eval/prf.js';
import { charSpan, layoutTokens, tokenSpans } from '../../scripts/eval/token-text.js';
import { relationTypes } from '../../src/schema/schema.js';

const doc = (...sentences: [string, string][][]): ConllDocument => ({
  sentences: sentences.map((s) => ({ tokens: s.map((t) => t[0]), tags: s.map((t) => t[1]) })),
});

describe('token layout', () => {
  it('joins tokens with spaces and sentences with newlines, recording each token offset', () => {
    const layout = layoutTokens([
      ['LONDON', '1996-12-06'],
      ['Ada', 'Lovelace', 'spoke', '.'],
    ]);
    expect(layout.text).toBe('LONDON 1996-12-06\nAda Lovelace spoke .\n');
    expect(layout.starts).toEqual([
      [0, 7],
      [18, 22, 31, 37],
    ]);
    expect(layout.lines[1]).toEqual({ start: 18, end: 38 });
    expect(charSpan(['Ada', 'Lovelace', 'spoke', '.'], layout.starts[1]!, 0, 2)).toEqual({ start: 18, end: 30 });
  });
});

describe('IOB spans', () => {
  it('reads IOB2 spans and starts a new span at B- or a change of type', () => {
    expect(tokenSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  it('gives gold PER/ORG/LOC spans as character keys and leaves MISC out', () => {
    const d = doc([
      ['Germans', 'B-MISC'],
      ['beat', 'O'],
      ['Bayern', 'B-ORG'],
      ['Munich', 'I-ORG'],
    ]);
    const layout = layoutTokens(d.sentences.map((s) => s.tokens));
    expect(goldSpans(d, layout)).toEqual([{ type: 'ORG', key: '13:26' }]);
  });
});

describe('exact-match counting', () => {
  it('counts true positives, false positives and misses per type, duplicates once', () => {
    const counter = new TypedCounter();
    counter.add(
      [
        { type: 'PER', key: '0:3' },
        { type: 'ORG', key: '5:9' },
      ],
      [
        { type: 'PER', key: '0:3' },
        { type: 'PER', key: '0:3' },
        { type: 'LOC', key: '5:9' },
      ],
    );
    expect(counter.score(['PER'])).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    const all = counter.score();
    expect(all).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(all.precision).toBeCloseTo(0.5);
    expect(all.recall).toBeCloseTo(0.5);
  });

  it('scores zero rather than dividing by zero when nothing is predicted', () => {
    const counter = new TypedCounter();
    counter.add([{ type: 'LOC', key: '1:2' }], []);
    expect(counter.score()).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('CrossRE placement and split', () => {
  const docs = [
    doc(
      [['CRICKET', 'O']],
      [
        ['Kent', 'B-ORG'],
        ['won', 'O'],
      ],
    ),
    doc(
      [
        ['Kent', 'B-ORG'],
        ['won', 'O'],
      ],
      [['Rain', 'O']],
    ),
  ];
  const line = (key: string, sentence: string[]): CrossreSentence => ({ doc_key: key, sentence, ner: [], relations: [] });

  it('places repeated sentences in order, each after the previous match', () => {
    const placed = placeSentences([line('a', ['Kent', 'won']), line('b', ['Kent', 'won']), line('c', ['Rain'])], docs);
    expect(placed.map((p) => [p.doc, p.sentence])).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(placed.map(isHeldOut)).toEqual([false, true, true]);
  });

  it('refuses a sentence the documents do not hold, naming it', () => {
    expect(() => placeSentences([line('news-dev-9', ['Surrey', 'lost'])], docs)).toThrow(/news-dev-9/);
  });
});

describe('CrossRE labels', () => {
  const map: LabelMap = {
    labels: {
      role: { types: ['WORKS_FOR'], direction: 'same' },
      opposite: { types: ['IN_CONFLICT_WITH'], direction: 'either' },
      artifact: { types: ['DEVELOPED'], direction: 'reverse' },
    },
  };
  const a = { start: 0, end: 4 };
  const b = { start: 10, end: 14 };

  it('matches type and direction as the map says', () => {
    expect(matchesGold(map, { label: 'role', head: a, tail: b }, 'WORKS_FOR', a, b)).toBe(true);
    expect(matchesGold(map, { label: 'role', head: a, tail: b }, 'WORKS_FOR', b, a)).toBe(false);
    expect(matchesGold(map, { label: 'role', head: a, tail: b }, 'LOCATED_IN', a, b)).toBe(false);
    expect(matchesGold(map, { label: 'opposite', head: a, tail: b }, 'IN_CONFLICT_WITH', b, a)).toBe(true);
    expect(matchesGold(map, { label: 'artifact', head: a, tail: b }, 'DEVELOPED', b, a)).toBe(true);
    expect(matchesGold(map, { label: 'artifact', head: a, tail: b }, 'DEVELOPED', a, b)).toBe(false);
  });

  it('maps labels only onto relation types the schema defines', () => {
    const known = new Set<string>(relationTypes.map((t) => t.name));
    const mapped = Object.values(readLabelMap().labels).flatMap((l) => l.types);
    expect(mapped.length).toBeGreaterThan(0);
    expect(mapped.filter((t) => !known.has(t))).toEqual([]);
  });
});
