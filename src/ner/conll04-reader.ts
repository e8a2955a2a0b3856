// Reads the CoNLL04 relation corpus (JSON list of {tokens, entities}) as extra tagger training data in the CoNLL-2003
// tag set. Its sentences are long news-wire prose about people, places and organisations, the text the pipeline sees;
// CoNLL-2003 alone left single unknown names (a small town, a newspaper) typed by guesswork.
import { readFileSync } from 'node:fs';
import type { ConllDocument, ConllSentence } from './conll-reader.js';
import { isRecord, isStringList } from '../util/json-shapes.js';

/** How CoNLL04's "Other" spans are tagged: MISC, or O (mostly dates and quantities; MISC measured better on CoNLL04 dev). */
export type OtherAs = 'MISC' | 'O';

const TYPE_MAP: Readonly<Record<string, string>> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC' };

interface Conll04Sample {
  readonly tokens: string[];
  readonly entities: { readonly type: string; readonly start: number; readonly end: number }[];
}

function isConll04Sample(value: unknown): value is Conll04Sample {
  return (
    isRecord(value) &&
    isStringList(value.tokens) &&
    Array.isArray(value.entities) &&
    value.entities.every((e: unknown) => isRecord(e) && typeof e.type === 'string' && Number.isInteger(e.start) && Number.isInteger(e.end))
  );
}

/** Parses CoNLL04 JSON into one document of IOB2-tagged sentences; throws naming the sample on a malformed span. */
export function parseConll04(json: string, otherAs: OtherAs): ConllDocument[] {
  const samples: unknown = JSON.parse(json);
  if (!Array.isArray(samples)) throw new Error('ner: CoNLL04 file is not a JSON list of samples');
  const sentences: ConllSentence[] = samples.map((sample: unknown, n) => {
    if (!isConll04Sample(sample)) throw new Error(`ner: CoNLL04 sample ${n} is not {tokens: [strings], entities: [{type, start, end}]}`);
    const tags = sample.tokens.map(() => 'O');
    for (const e of sample.entities) {
      if (!(e.start >= 0 && e.end > e.start && e.end <= sample.tokens.length)) {
        throw new Error(`ner: CoNLL04 sample ${n} has an entity span ${e.start}..${e.end} outside its tokens`);
      }
      const tag = TYPE_MAP[e.type] ?? (e.type === 'Other' ? otherAs : undefined);
      if (tag === undefined) throw new Error(`ner: CoNLL04 sample ${n} has unknown entity type "${e.type}"`);
      if (tag === 'O') continue;
      for (let i = e.start; i < e.end; i++) tags[i] = `${i === e.start ? 'B' : 'I'}-${tag}`;
    }
    return { tokens: sample.tokens, tags };
  });
  return [{ sentences }];
}

/** Reads and parses a CoNLL04 split. */
export function readConll04(path: string, otherAs: OtherAs): ConllDocument[] {
  return parseConll04(readFileSync(path, 'utf8'), otherAs);
}

/** A CoNLL04 sentence as article text: tokens joined by single spaces, with each token's start offset. */
export function joinTokens(tokens: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const token of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += token;
  }
  return { text, starts };
}
