// The statistical CoNLL-2003 tagger (src/ner/tag-entities.ts) that recognition runs on every sentence. It is not
// optional: it is imported statically and its model read on first use, so a missing module or model file stops the
// command with its reason instead of quietly giving the graph of the rule layers alone.
import { tagTokensWithScores } from '../ner/tag-entities.js';
import type { SentenceTagger } from './find-drafts.js';

/** Tags one sentence's tokens with IOB2 labels and the tagger's confidence in each. */
export const sentenceTagger: SentenceTagger = tagTokensWithScores;
