// Where the shipped tagger weights live, resolved from this module's location so tsx, vitest and the CLI agree.
import { fileURLToPath } from 'node:url';

/** Absolute path of the gzipped CoNLL-2003 tagger model. */
export const NER_MODEL_PATH = fileURLToPath(new URL('../../models/ner-conll2003.bin.gz', import.meta.url));
