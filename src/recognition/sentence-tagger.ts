// The statistical CoNLL-2003 tagger (src/ner/tag-entities.ts) that recognition runs on every sentence. It is not
// optional: it is imported statically and its model read on first use, so a missing module or model file stops the
// command with its reason instead of quietly giving the graph of the rule layers alone.
import { taggerDocument, tagTokensWithScores } from '../ner/tag-entities.js';
import type { DocumentTagger } from './find-drafts.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { breaksName } from './name-breaking-verbs.js';

/**
 * Tags each sentence with IOB2 labels and the tagger's confidence in each. Under the rule document-tagger (on by
 * default) the document's sentences are read first, for the document model; with it off they are not read at all.
 * Under verb-ends-name no name runs on through a verb (name-breaking-verbs.ts).
 */
export const documentTagger: DocumentTagger = (sentences) => {
  const breaks = RECOGNITION_RULES.verbEndsName.on ? breaksName : undefined;
  if (!RECOGNITION_RULES.documentTagger.on) return (tokens) => tagTokensWithScores(tokens, undefined, breaks);
  const doc = taggerDocument(sentences);
  return (tokens) => tagTokensWithScores(tokens, doc, breaks);
};
