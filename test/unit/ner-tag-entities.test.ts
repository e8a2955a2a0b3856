// Pins the CoNLL-2003 tagger's behaviour on short sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { spansFromTags } from '../../src/ner/tags.js';
import { tagTokens, tagTokensWithScores } from '../../src/ner/tag-entities.js';

const toks = (s: string): string[] => s.split(' ');
const spans = (s: string): string[] => ((t) => spansFromTags(tagTokens(t)).map((x) => `${x.type}:${t.slice(x.start, x.end).join(' ')}`))(toks(s));

describe('tagTokens', () => {
  it('tags a two-word person name as B-PER I-PER', () => {
    expect(tagTokens(toks('Yesterday Helena Marquardt told reporters she would resign .'))).toEqual(['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('tags a company name ending in an organisation suffix as one ORG span', () => {
    expect(spans('Shares in Brackwater Logistics Inc fell sharply on Monday .')).toEqual(['ORG:Brackwater Logistics Inc']);
  });

  it('tags a city and a country as locations', () => {
    expect(spans('The delegation flew from Lisbon to Kenya last week .')).toEqual(['LOC:Lisbon', 'LOC:Kenya']);
  });

  it('keeps adjacent entities of different types apart at the B/I boundary', () => {
    const tags = tagTokens(toks('Ravi Anand of Dunmore Holdings Ltd spoke in Madrid .'));
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O']);
  });

  it('gives one tag per token and never an I- tag that does not continue its type', () => {
    const tokens = toks('Officials in Oslo and Stockholm met the Nordic Council on Friday .');
    const tags = tagTokens(tokens);
    expect(tags).toHaveLength(tokens.length);
    tags.forEach((tag, i) => {
      if (tag.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tag.slice(2));
    });
  });

  it('is deterministic: the same tokens get the same tags', () => {
    const tokens = toks('Governor Alma Reyes visited Portugal and met officials of the Harbour Authority .');
    expect(tagTokens(tokens)).toEqual(tagTokens([...tokens]));
  });

  it('reads curly quotes and apostrophes as straight ones', () => {
    const curly = toks('“ Prices will rise , ” said Tomas Lindgren , whose firm ’s profits fell .');
    const straight = toks('" Prices will rise , " said Tomas Lindgren , whose firm \'s profits fell .');
    expect(tagTokens(curly)).toEqual(tagTokens(straight));
    expect(spans(curly.join(' '))).toEqual(['PER:Tomas Lindgren']);
  });

  it('returns nothing for no tokens', () => {
    expect(tagTokens([])).toEqual([]);
  });
});

describe('tagTokensWithScores', () => {
  it('returns the same tags as tagTokens with a confidence in [0, 1] per token', () => {
    const tokens = toks('Mr Okafor joined Pelham Securities Ltd in June .');
    const { tags, scores } = tagTokensWithScores(tokens);
    expect(tags).toEqual(tagTokens(tokens));
    expect(scores).toHaveLength(tokens.length);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
