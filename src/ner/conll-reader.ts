// Reads CoNLL-2003 files (`token POS chunk NER`, IOB2, -DOCSTART- between documents) into documents of sentences.
// Only the token and NER columns are kept: the pipeline has no POS tagger, so POS and chunk are never features.
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** Parses CoNLL-2003 text into documents; throws with the line number on a malformed line. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const flushSentence = (): void => {
    if (sentence.tokens.length > 0) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushSentence();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (cols.length < 2) throw new Error(`ner: CoNLL line ${n + 1} has no NER column: "${line}"`);
    sentence.tokens.push(cols[0]!);
    sentence.tags.push(cols[cols.length - 1]!);
  }
  flushSentence();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}

/** Reads and parses a CoNLL-2003 file. */
export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}
