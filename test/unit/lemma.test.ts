import { describe, expect, it } from 'vitest';
import { isParticiple, lemmaCandidates, lemmatise } from '../../src/relations/lemma.js';

describe('the verb lemmatiser', () => {
  it('reads irregular forms from its table and strips plain suffixes otherwise', () => {
    expect(lemmaCandidates('Sold')[0]).toBe('sell');
    expect(lemmaCandidates('stopped')).toEqual(['stopped', 'stopp', 'stop', 'stoppe']);
    expect(lemmatise('hiring', (lemma) => lemma === 'hire')).toBe('hire');
  });

  it('answers words that name properties of an object like any other word', () => {
    // A table held as a plain object once answered these with Object's own members.
    expect(lemmaCandidates('constructor')).toEqual(['constructor']);
    expect(lemmaCandidates('__proto__')).toEqual(['__proto__']);
    expect(isParticiple('constructor')).toBe(false);
    expect(isParticiple('held')).toBe(true);
  });
});
