// What the entity tagger's model must have been trained for (src/models/model-metadata.ts): the feature set of
// features.ts, the frozen feature lexicons of lexicon.ts and the tag set.
import type { ModelIdentity } from '../models/model-metadata.js';
import { sha256OfData } from '../models/model-metadata.js';
import { LEXICON_CLASSES, lexiconEntries } from './lexicon.js';
import { TAGS } from './tags.js';

/** Raised whenever features.ts changes the features a sentence gives, so that older models are refused. */
export const TAGGER_FEATURE_SET = 'ner-features/1';

let identity: ModelIdentity | undefined;

/** The tagger's identity, computed once. */
export function taggerModelIdentity(): ModelIdentity {
  identity ??= {
    name: 'ner',
    retrain: 'npm run train:ner',
    featureSet: TAGGER_FEATURE_SET,
    lexiconSha256: sha256OfData({ classes: LEXICON_CLASSES, entries: lexiconEntries() }),
    schemaSha256: sha256OfData({ tags: TAGS }),
  };
  return identity;
}
