// The Lucene query the viewer's search sends to the fulltext indexes: every word required, as a prefix or within one
// edit for words of four letters or more, Lucene's special characters escaped.
import { describe, expect, it } from 'vitest';
import { fuzzyLuceneQuery } from '../../src/neo4j/viewer-queries.js';

describe('fuzzyLuceneQuery', () => {
  it('requires every word as a prefix, or within one edit when it has four letters or more', () => {
    expect(fuzzyLuceneQuery('Bil Clintn')).toBe('(bil* AND (clintn* OR clintn~1)) OR "bil clintn"^3');
  });

  it('escapes Lucene syntax so a typed operator is a character', () => {
    expect(fuzzyLuceneQuery('T&G (US)')).toBe('(t\\&g* AND (\\(us\\)* OR \\(us\\)~1)) OR "t\\&g \\(us\\)"^3');
  });

  it('gives no query for blank text', () => {
    expect(fuzzyLuceneQuery('   ')).toBeNull();
  });
});
