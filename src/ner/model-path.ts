// Where the shipped tagger weights live, resolved from this module's location so tsx, vitest and the CLI agree.
import { fileURLToPath } from 'node:url';

/** Absolute path of the gzipped CoNLL-2003 sentence-level tagger model. */
export const NER_MODEL_PATH = fileURLToPath(new URL('../../models/ner-conll2003.bin.gz', import.meta.url));

/** Absolute path of the document-level tagger model (sentence features plus document-features.ts). */
export const NER_DOCUMENT_MODEL_PATH = fileURLToPath(new URL('../../models/ner-conll2003-document.bin.gz', import.meta.url));
