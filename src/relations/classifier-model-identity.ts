// What the relation classifier's model must have been trained for (src/models/model-metadata.ts): the feature set
// of pair-features.ts, the signal words its features look up (each type's signal verbs and nouns; WORKS_FOR's nouns
// are the role nouns), and the classes and type-pair labels it encodes. The schema's phrases and titles are read by
// the patterns only, so adding one leaves the model valid.
import type { ModelIdentity } from '../models/model-metadata.js';
import { sha256OfData } from '../models/model-metadata.js';
import { relationTypes } from '../schema/schema.js';
import { PAIR_LABELS } from './pair-features.js';
import { CLASSES } from './relation-classifier.js';

/** Raised whenever pair-features.ts changes the features a pair gives, so that older models are refused. */
export const PAIR_FEATURE_SET = 'relation-pair-features/2';

let identity: ModelIdentity | undefined;

/** The classifier's identity, computed once. */
export function classifierModelIdentity(): ModelIdentity {
  identity ??= {
    name: 'relations',
    retrain: 'npm run train:relations',
    featureSet: PAIR_FEATURE_SET,
    lexiconSha256: sha256OfData(relationTypes.map((type) => ({ name: type.name, verbs: type.signals.verbs, nouns: type.signals.nouns }))),
    schemaSha256: sha256OfData({ classes: CLASSES, pairLabels: PAIR_LABELS }),
  };
  return identity;
}
