// What the entity tagger's two models must have been trained for (src/models/model-metadata.ts): the feature set of
// features.ts (and, for the document model, document-features.ts), the frozen feature lexicons of lexicon.ts and the
// tag set.
import type { ModelIdentity } from '../models/model-metadata.js';
import { sha256OfData } from '../models/model-metadata.js';
import { LEXICON_CLASSES, lexiconEntries } from './lexicon.js';
import { TAGS } from './tags.js';

/** Raised whenever features.ts changes the features a sentence gives, so that older models are refused. */
export const TAGGER_FEATURE_SET = 'ner-features/1';

/** Raised whenever document-features.ts (or features.ts) changes the features the document model reads. */
export const TAGGER_DOCUMENT_FEATURE_SET = `${TAGGER_FEATURE_SET}+ner-document-features/1`;

/** Which of the tagger's models: the sentence-level one, or the one that also reads the rest of the document. */
export type TaggerModelKind = 'sentence' | 'document';

const identities = new Map<TaggerModelKind, ModelIdentity>();

/** The identity of one of the tagger's models, computed once. */
export function taggerModelIdentity(kind: TaggerModelKind = 'sentence'): ModelIdentity {
  let identity = identities.get(kind);
  if (!identity) {
    identity = {
      name: kind === 'sentence' ? 'ner' : 'ner-document',
      retrain: 'npm run train:ner',
      featureSet: kind === 'sentence' ? TAGGER_FEATURE_SET : TAGGER_DOCUMENT_FEATURE_SET,
      lexiconSha256: sha256OfData({ classes: LEXICON_CLASSES, entries: lexiconEntries() }),
      schemaSha256: sha256OfData({ tags: TAGS }),
    };
    identities.set(kind, identity);
  }
  return identity;
}
