// Training-data augmentation for casing: CoNLL headlines are ALL CAPS, while news text elsewhere writes headlines in
// Title Case. Each all-caps training sentence gets a Title Case twin with the same tags, so the tagger also sees
// names among capitalised ordinary words.
import type { ConllDocument } from './conll-reader.js';

const MINOR = new Set('a|an|the|of|to|in|on|at|for|and|or|but|by|with|as|from|over|into|vs|v'.split('|'));

function titleCase(token: string, first: boolean): string {
  const lower = token.toLowerCase();
  if (!first && MINOR.has(lower)) return lower;
  return token.charAt(0) + lower.slice(1);
}

function isAllCapsSentence(tokens: readonly string[]): boolean {
  let cased = 0;
  for (const t of tokens) {
    if (t.toLowerCase() === t.toUpperCase()) continue;
    if (t !== t.toUpperCase()) return false;
    cased++;
  }
  return cased >= 3;
}

/** Documents with a Title Case copy appended after each all-caps sentence. */
export function withTitleCaseCopies(docs: readonly ConllDocument[]): ConllDocument[] {
  return docs.map((d) => ({
    sentences: d.sentences.flatMap((s) => (isAllCapsSentence(s.tokens) ? [s, { tokens: s.tokens.map((t, i) => titleCase(t, i === 0)), tags: s.tags }] : [s])),
  }));
}
