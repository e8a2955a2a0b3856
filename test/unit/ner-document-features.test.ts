// Pins the tagger's document features: what a word's other occurrences in the same document say about it, with the
// token's own occurrence and lines whose casing says nothing (all capitals, Title Case) left out.
import { describe, expect, it } from 'vitest';
import { documentContext, documentFeatures, documentSentence, wordEvidence, type WordEvidence } from '../../src/ner/document-features.js';
import { MAX_FEATURES_PER_TOKEN, viewTokenFeatures } from '../../src/ner/features.js';
import { DOCUMENT_MODEL_MIN_SENTENCES, taggerDocument, tagTokens, tagTokensWithScores } from '../../src/ner/tag-entities.js';
import { documentTagger } from '../../src/recognition/sentence-tagger.js';
import { breaksName } from '../../src/recognition/name-breaking-verbs.js';
import { switchRules } from '../../src/rules/rule-switch.js';

const toks = (s: string): string[] => s.split(' ');

/** The evidence of the first token `word` of sentence `at` in the document of `sentences`. */
function evidence(sentences: string[], at: number, word: string): WordEvidence | undefined {
  const views = sentences.map((s) => viewTokenFeatures(toks(s)));
  const v = views[at]!;
  return wordEvidence(documentContext(views), v, documentSentence(v), v.words.indexOf(word));
}

describe('wordEvidence', () => {
  it('finds a word of an all-capitals headline written capitalised mid-sentence in the body', () => {
    const e = evidence(['QUARRELL WINS AGAIN', 'The crowd cheered as Tomas Quarrell won .'], 0, 'QUARRELL');
    expect(e).toMatchObject({ capitalisedMidSentence: true, lowerCase: false, anywhere: true, runRoles: 0b1000, lefts: ['as'], rights: ['won'] });
  });

  it('finds a sentence-initial word written in lower case elsewhere', () => {
    const e = evidence(['Bright lights filled the hall .', 'The room was bright and warm .'], 0, 'Bright');
    expect(e).toMatchObject({ capitalisedMidSentence: false, lowerCase: true, anywhere: true });
  });

  it('reads a lone word that elsewhere opens a longer run with the run’s last word', () => {
    const e = evidence(['Analysts at Dorrell Keswin Inc expected less .', 'Keswin said profits doubled .'], 1, 'Keswin');
    expect(e).toMatchObject({ capitalisedMidSentence: true, runRoles: 0b0100, runEnds: ['inc'], lefts: ['at'], rights: ['expected'] });
  });

  it('leaves the token’s own occurrence out: a one-sentence document gives no evidence', () => {
    const e = evidence(['Shares in Pell Ostrava Corp rose on Friday .'], 0, 'Ostrava');
    expect(e).toEqual({ capitalisedMidSentence: false, lowerCase: false, anywhere: false, runRoles: 0, runEnds: [], lefts: [], rights: [] });
  });

  it('counts a second occurrence in the same sentence', () => {
    const e = evidence(['Ostrava rose , and Ostrava said more .'], 0, 'Ostrava');
    expect(e).toMatchObject({ capitalisedMidSentence: true, anywhere: true, runRoles: 0b0001, lefts: ['and'], rights: ['said'] });
  });

  it('takes no evidence from lines in capitals or in Title Case', () => {
    const e = evidence(['Marlow Rises as Prices Fall Again', 'MARLOW RISES', 'Marlow fell .'], 2, 'Marlow');
    expect(e).toMatchObject({ capitalisedMidSentence: false, anywhere: false, runRoles: 0 });
  });

  it('gives no runs or neighbours for an acronym in running text', () => {
    const e = evidence(['The CEO said so .', 'Our new CEO Ann Lake agreed .'], 0, 'CEO');
    expect(e).toMatchObject({ capitalisedMidSentence: true, runRoles: 0, runEnds: [], lefts: [], rights: [] });
  });

  it('has nothing to say about a token without letters', () => {
    expect(evidence(['Prices rose 12 % .', 'They rose 12 % again .'], 0, '12')).toBeUndefined();
  });
});

describe('documentFeatures', () => {
  it('gives a token different features when its word is capitalised elsewhere in the document', () => {
    const headline = viewTokenFeatures(toks('QUARRELL WINS AGAIN'));
    const features = (views: ReturnType<typeof viewTokenFeatures>[]): number[] => {
      const out = new Uint32Array(MAX_FEATURES_PER_TOKEN);
      return Array.from(out.subarray(0, documentFeatures(documentContext(views), headline, documentSentence(headline), 0, out, 0)));
    };
    const alone = features([headline]);
    const withBody = features([headline, viewTokenFeatures(toks('The crowd cheered as Tomas Quarrell won .'))]);
    expect(alone).toHaveLength(1);
    expect(withBody.length).toBeGreaterThan(1);
    expect(withBody[0]).not.toBe(alone[0]);
  });
});

describe('tagging with the document model', () => {
  it('reads a lone word as the organisation it is named as elsewhere in the document', () => {
    const sentences = [
      'Fenwick said the deal was done .',
      'Shares of Fenwick Industries Ltd rose 4 percent .',
      'Analysts at Fenwick Industries Ltd expected the price to hold .',
    ].map(toks);
    expect(tagTokens(sentences[0]!, taggerDocument([sentences[0]!], 1))[0]).toBe('B-PER');
    expect(tagTokens(sentences[0]!, taggerDocument(sentences, 1))[0]).toBe('B-ORG');
  });

  it('reads a name in an all-capitals headline as the person the article names', () => {
    const sentences = ['BRENNICK TAKES OVER AT HALVORSEN', 'Marta Brennick was named chief executive of Halvorsen Corp on Monday .'].map(toks);
    expect(tagTokens(sentences[0]!, taggerDocument(sentences, 1))[0]).toBe('B-PER');
  });

  it('leaves a document shorter than the cut-off to the sentence model', () => {
    const sentences = ['Fenwick said the deal was done .', 'Shares of Fenwick Industries Ltd rose 4 percent .'].map(toks);
    expect(sentences.length).toBeLessThan(DOCUMENT_MODEL_MIN_SENTENCES);
    expect(taggerDocument(sentences).context).toBeUndefined();
    expect(tagTokens(sentences[0]!, taggerDocument(sentences))).toEqual(tagTokens(sentences[0]!));
  });

  it('reads a document of the cut-off length with the document model', () => {
    const sentences = Array.from({ length: DOCUMENT_MODEL_MIN_SENTENCES }, (_, i) => toks(`Fenwick Industries Ltd opened plant ${i} .`));
    expect(taggerDocument(sentences).context).toBeDefined();
  });
});

describe('the rule document-tagger', () => {
  const sentences = [
    'Fenwick said the deal was done .',
    'Shares of Fenwick Industries Ltd rose 4 percent .',
    'Analysts at Fenwick Industries Ltd expected the price to hold .',
    'The deal closes in March .',
  ].map(toks);

  it('tags a long document with the document model unless document-tagger is off', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(DOCUMENT_MODEL_MIN_SENTENCES);
    try {
      switchRules({ off: ['document-tagger'] });
      let read = 0;
      const off = documentTagger(
        (function* () {
          for (const s of sentences) {
            read++;
            yield s;
          }
        })(),
      );
      expect(read).toBe(0);
      expect(off(sentences[0]!)).toEqual(tagTokensWithScores(sentences[0]!, undefined, breaksName));
      expect(tagTokens(sentences[0]!)[0]).toBe('B-PER');

      switchRules({});
      const on = documentTagger(sentences);
      expect(on(sentences[0]!)).toEqual(tagTokensWithScores(sentences[0]!, taggerDocument(sentences), breaksName));
      expect(tagTokens(sentences[0]!, taggerDocument(sentences))[0]).toBe('B-ORG');
    } finally {
      switchRules();
    }
  });
});
