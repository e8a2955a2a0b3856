// Pins the CoNLL04 reader that adds CoNLL04 train to the tagger's training data: entity spans become IOB2 tags in
// the CoNLL-2003 tag set, "Other" follows the chosen mapping, and a malformed span is refused with its sample number.
import { describe, expect, it } from 'vitest';
import { parseConll04 } from '../../src/ner/conll04-reader.js';

const SAMPLE = JSON.stringify([
  {
    tokens: ['Anna', 'Berg', 'of', 'Norsk', 'Hydro', 'flew', 'to', 'Oslo', 'on', 'Monday', '.'],
    entities: [
      { type: 'Peop', start: 0, end: 2 },
      { type: 'Org', start: 3, end: 5 },
      { type: 'Loc', start: 7, end: 8 },
      { type: 'Other', start: 9, end: 10 },
    ],
  },
]);

describe('CoNLL04 reader', () => {
  it('maps Peop/Org/Loc/Other spans to PER/ORG/LOC/MISC IOB2 tags over the given tokens', () => {
    const [doc] = parseConll04(SAMPLE, 'MISC');
    expect(doc!.sentences[0]!.tags).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O', 'B-MISC', 'O']);
    expect(doc!.sentences[0]!.tokens[3]).toBe('Norsk');
  });

  it('leaves Other spans untagged when asked to', () => {
    const [doc] = parseConll04(SAMPLE, 'O');
    expect(doc!.sentences[0]!.tags[9]).toBe('O');
  });

  it('refuses a span outside the sentence, naming the sample', () => {
    const bad = JSON.stringify([{ tokens: ['Oslo'], entities: [{ type: 'Loc', start: 0, end: 2 }] }]);
    expect(() => parseConll04(bad, 'MISC')).toThrow(/sample 0/);
  });
});
