// Sentence splitting: where a full stop ends a sentence and where it belongs to an abbreviation or an initial.
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/pipeline/clean.js';
import { segmentDocument } from '../../src/pipeline/segment.js';

const sentences = (content: string) =>
  segmentDocument(cleanInput({ source: 'test.txt', format: 'txt', content })).sentences.map((s) => s.tokens.map((t) => t.text).join(' '));

describe('segmentDocument', () => {
  it('keeps a title or body after a dotted acronym in the sentence ("U.S. Ambassador Jane Doe")', () => {
    expect(sentences('On Friday, U.S. Ambassador Vernon A. Walters displayed photographs.')).toHaveLength(1);
    expect(sentences('Troops of the U.S. Army landed there.')).toHaveLength(1);
  });
  it('still ends a sentence at a dotted acronym before a new one, and never at an initial', () => {
    expect(sentences('The firm grew fast in the U.S. Brellow Inc said so.')).toHaveLength(2);
    expect(sentences('Walter R. Mears wrote it. He left.')).toHaveLength(2);
  });
});
