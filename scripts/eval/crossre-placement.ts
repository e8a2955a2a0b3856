// Places CrossRE news sentences on the CoNLL-2003 documents they were taken from (CrossRE's sentences are CoNLL-2003
// sentences, token for token, in order), and splits them by document into a tuning part and a held-out part.
import { readFileSync } from 'node:fs';
import type { ConllDocument } from '../../src/ner/conll-reader.js';

/** One CrossRE line: spans are inclusive token indices. */
export interface CrossreSentence {
  readonly doc_key: string;
  readonly sentence: string[];
  readonly ner: [number, number, string][];
  readonly relations: [number, number, number, number, string, ...unknown[]][];
}

export interface PlacedSentence {
  readonly crossre: CrossreSentence;
  /** Index of the CoNLL document and of the sentence inside it. */
  readonly doc: number;
  readonly sentence: number;
}

/** Reads CrossRE JSONL files in the order given. */
export function readCrossre(paths: readonly string[]): CrossreSentence[] {
  return paths.flatMap((p) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as CrossreSentence),
  );
}

/**
 * Finds each CrossRE sentence in the CoNLL documents, scanning forward from the previous match (the sentences keep
 * CoNLL's order). Throws when one cannot be found, naming it, since scoring it anywhere else would be wrong.
 */
export function placeSentences(sentences: readonly CrossreSentence[], docs: readonly ConllDocument[]): PlacedSentence[] {
  const flat = docs.flatMap((d, doc) => d.sentences.map((s, sentence) => ({ doc, sentence, key: s.tokens.join(' ') })));
  const placed: PlacedSentence[] = [];
  let at = 0;
  for (const crossre of sentences) {
    const key = crossre.sentence.join(' ');
    let i = at;
    while (i < flat.length && flat[i]!.key !== key) i++;
    if (i === flat.length)
      throw new Error(`eval: CrossRE sentence ${crossre.doc_key} ("${key.slice(0, 60)}") is not in the CoNLL documents after the previous one`);
    placed.push({ crossre, doc: flat[i]!.doc, sentence: flat[i]!.sentence });
    at = i + 1;
  }
  return placed;
}

/** The fixed held-out part: sentences of CoNLL documents with an odd index. No training or rule-writing reads them. */
export function isHeldOut(placed: PlacedSentence): boolean {
  return placed.doc % 2 === 1;
}
