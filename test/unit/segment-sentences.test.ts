// Sentence splitting: where a full stop ends a sentence and where it belongs to an abbreviation or an initial.
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/pipeline/clean.js';
import { MAX_SENTENCE_TOKENS, segmentDocument } from '../../src/pipeline/segment.js';
import { switchRules } from '../../src/rules/rule-switch.js';

const sentences = (content: string) =>
  segmentDocument(cleanInput({ source: 'test.txt', format: 'txt', content })).sentences.map((s) => s.tokens.map((t) => t.text).join(' '));

describe('segmentDocument', () => {
  it('keeps a title or body after a dotted acronym in the sentence ("U.S. Ambassador Jane Doe")', () => {
    expect(sentences('On Friday, U.S. Ambassador Vernon A. Walters displayed photographs.')).toHaveLength(1);
    expect(sentences('Troops of the U.S. Army landed there.')).toHaveLength(1);
  });
  it('still ends a sentence at a dotted acronym before a word that opens sentences, and never at an initial', () => {
    expect(sentences('The firm grew fast in the U.S. The Brellow board said so.')).toHaveLength(2);
    expect(sentences('Sales doubled in the U.S. But margins fell.')).toHaveLength(2);
    expect(sentences('Walter R. Mears wrote it. He left.')).toHaveLength(2);
  });
  it('keeps a dotted acronym in the sentence of the name after it', () => {
    const text = 'Prices of U.S. Treasuries fell as the U.N. Security Council met.';
    expect(sentences(text)).toHaveLength(1);
    try {
      switchRules({ off: ['acronym-before-name'] });
      expect(sentences(text)).toHaveLength(3);
    } finally {
      switchRules();
    }
  });
  it('treats CR-only line endings (old Mac files) as line breaks: the same sentences, headline and dateline as LF', () => {
    const lf = 'Calder Resources agrees sale\n\nLONDON, May 2 (Reuters) - Norvik will buy Calder Resources\nShares rose 4%\n';
    const cr = lf.replace(/\n/g, '\r');
    expect(sentences(cr)).toEqual(sentences(lf));
    expect(sentences(cr)).toHaveLength(3);
    const [lfDocument, crDocument] = [lf, cr].map((content) => cleanInput({ source: 'test.txt', format: 'txt', content }));
    expect(crDocument!.title).toBe('Calder Resources agrees sale');
    expect(crDocument!.published).toBe(lfDocument!.published);
    expect(crDocument!.text).toBe(cr);
  });
  it('cuts a text with no full stop for pages into sentences of at most MAX_SENTENCE_TOKENS, after a clause break', () => {
    // A pasted list: 600 names and places joined by commas, one semicolon, no full stop.
    const items = Array.from({ length: 600 }, (_, k) => (k % 2 ? `Tallow Town ${k}` : `Iris Brook`));
    items[50] += ' ;';
    const text = items.join(' , ');
    const doc = segmentDocument(cleanInput({ source: 'list.txt', format: 'txt', content: text }));
    const lengths = doc.sentences.map((s) => s.tokens.length);
    expect(lengths.length).toBeGreaterThan(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // Every token stays, once, in order, with its offsets; every cut but the last follows a semicolon or a comma.
    const whole = segmentDocument(cleanInput({ source: 'list.txt', format: 'txt', content: text.replace(/ ;| ,/g, ' x') }));
    expect(doc.sentences.flatMap((s) => s.tokens.map((t) => t.start))).toEqual(whole.sentences.flatMap((s) => s.tokens.map((t) => t.start)));
    for (const s of doc.sentences.slice(0, -1)) expect([';', ',']).toContain(s.tokens[s.tokens.length - 1]!.text);
    // The semicolon in the window is preferred to the commas after it.
    expect(doc.sentences[0]!.tokens[doc.sentences[0]!.tokens.length - 1]!.text).toBe(';');
    expect(doc.sentences.map((s) => s.index)).toEqual(doc.sentences.map((_, k) => k));
  });
  it('leaves a long news sentence whole', () => {
    const long = `The minister , who ${'met the leaders of the region and '.repeat(15)}left , said the talks would go on .`;
    expect(sentences(long)).toEqual([long]);
  });
});
