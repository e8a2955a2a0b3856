// The generated news corpus used by the extraction benchmark: the same seed gives the same articles, and the
// articles vary.
import { describe, expect, it } from 'vitest';
import { pastTense, syntheticArticles } from '../../src/synthetic/synthetic-articles.js';
import { itemAt } from '../../src/util/checked-index.js';

describe('syntheticArticles', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    const a = syntheticArticles({ articles: 5, seed: 3 });
    expect(syntheticArticles({ articles: 5, seed: 3 })).toEqual(a);
    expect(syntheticArticles({ articles: 5, seed: 4 })[0]?.text).not.toBe(a[0]?.text);
  });

  it('writes a headline, a dateline and several paragraphs per article', () => {
    const article = itemAt(syntheticArticles({ articles: 1, seed: 1, paragraphs: 5 }), 0);
    const blocks = article.text.trim().split('\n\n');
    expect(blocks).toHaveLength(6);
    expect(blocks[1]).toMatch(/^[A-Z ]+ \((Monday|Tuesday|Wednesday|Thursday|Friday)\) - /);
    expect(article.words).toBeGreaterThan(60);
  });

  it('puts the past tense of schema verbs into the prose', () => {
    expect(pastTense('acquire')).toBe('acquired');
    expect(pastTense('spy')).toBe('spied');
    expect(pastTense('sell')).toBe('sold');
  });
});
