// The statistical CoNLL-2003 tagger (src/ner/tag-entities.ts), loaded when it is present so that recognition
// still runs on its rule layers alone in a checkout without trained weights.
import type { SentenceTagger } from './find-drafts.js';

const modulePath = '../ner/tag-entities.js';
let loaded: SentenceTagger | undefined;
try {
  const module = (await import(modulePath)) as { tagTokens?: SentenceTagger };
  loaded = typeof module.tagTokens === 'function' ? module.tagTokens : undefined;
} catch {
  loaded = undefined;
}

/** Tags one sentence's tokens with IOB2 labels, or undefined when no tagger is installed. */
export const sentenceTagger: SentenceTagger | undefined = loaded;
