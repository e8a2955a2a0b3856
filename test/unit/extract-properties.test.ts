// Property-based checks of the extractor: any text in gives a valid graph document whose offsets lie inside the
// text, and the same text always gives the same document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { validateDocument } from '../../src/schema/validate-document.js';

const newsWords = [
  'Acme',
  'Corp',
  'said',
  'the',
  'Ministry',
  'of',
  'Health',
  'in',
  'Oslo',
  'Jane',
  'Doe',
  'Mr',
  "'s",
  '’s',
  '.',
  ',',
  '“',
  '”',
  '(',
  ')',
  'provided',
  'services',
  'to',
  'and',
  'told',
  'Reuters',
  'on',
  'Monday',
  'was',
  'not',
  'acquired',
  'by',
  'Globex',
  'Inc',
  '\n',
  '\n\n',
  '🚀',
  'Zürich',
  'Ünal',
  'شركة',
  'מנהל',
];
const newsLike = fc.array(fc.constantFrom(...newsWords), { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), newsLike);

describe('extractGraph on any text', () => {
  it('returns a valid graph document with offsets inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('txt', 'md', 'html') as fc.Arbitrary<'txt' | 'md' | 'html'>, (content, format) => {
        const { graph } = extractGraph([{ source: 'prop.txt', format, content }]);
        expect(validateDocument(graph).errors).toEqual([]);
        for (const doc of graph.documents) {
          for (const entity of graph.entities) {
            for (const m of entity.mentions.filter((x) => x.doc === doc.id)) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(doc.text.length);
              expect(m.start).toBeLessThan(m.end);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('gives the same document for the same text, byte for byte', () => {
    fc.assert(
      fc.property(newsLike, (content) => {
        const first = JSON.stringify(extractGraph([{ source: 'a.txt', format: 'txt', content }]).graph);
        const second = JSON.stringify(extractGraph([{ source: 'a.txt', format: 'txt', content }]).graph);
        expect(second).toBe(first);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
