// CoNLL-2003 `valid` through the whole CLI: one .txt per -DOCSTART- document (tokens joined by spaces, one sentence a
// line), scored by exact character span against the PER/ORG/LOC gold (MISC is not scored). The tagger alone is
// scored on the same sentences for comparison.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConllDocument } from '../../src/ner/conll-reader.js';
import { taggerDocument, tagTokens } from '../../src/ner/tag-entities.js';
import { coarseType, documentOf, type GraphIndex } from './graph-index.js';
import { TypedCounter } from './prf.js';
import { prfRows, type Row } from './rows.js';
import { charSpan, layoutTokens, tokenSpans, type TokenText } from './token-text.js';

export const CORE_TYPES = ['PER', 'ORG', 'LOC'] as const;

/** The file name of document n of a CoNLL split. */
export function conllFileName(split: string, n: number): string {
  return `${split}-${String(n).padStart(3, '0')}.txt`;
}

/** Writes each document as a text file into `dir`; returns the layouts in document order. */
export function writeConllDocuments(docs: readonly ConllDocument[], split: string, dir: string): TokenText[] {
  mkdirSync(dir, { recursive: true });
  return docs.map((doc, n) => {
    const layout = layoutTokens(doc.sentences.map((s) => s.tokens));
    writeFileSync(join(dir, conllFileName(split, n)), layout.text);
    return layout;
  });
}

/** Gold PER/ORG/LOC spans of a document as character keys of its layout. */
export function goldSpans(doc: ConllDocument, layout: TokenText): { type: string; key: string }[] {
  return doc.sentences.flatMap((s, i) =>
    tokenSpans(s.tags)
      .filter((span) => (CORE_TYPES as readonly string[]).includes(span.type))
      .map((span) => {
        const c = charSpan(s.tokens, layout.starts[i]!, span.start, span.end);
        return { type: span.type, key: `${c.start}:${c.end}` };
      }),
  );
}

/** Scores the extracted graph against every document's gold: overall and per type. */
export function scoreConllExtraction(docs: readonly ConllDocument[], layouts: readonly TokenText[], split: string, index: GraphIndex): TypedCounter {
  const counter = new TypedCounter();
  docs.forEach((doc, n) => {
    const docId = documentOf(index, conllFileName(split, n), layouts[n]!.text);
    const predicted = (docId ? (index.mentionsByDoc.get(docId) ?? []) : []).flatMap((m) => {
      const type = coarseType(m.entity.type);
      return type ? [{ type, key: `${m.start}:${m.end}` }] : [];
    });
    counter.add(goldSpans(doc, layouts[n]!), predicted);
  });
  return counter;
}

/** Table rows of a CoNLL span score: P/R/F1 over PER/ORG/LOC, then F1 per type. */
export function conllRows(set: string, counter: TypedCounter): Row[] {
  return [...prfRows(set, 'PER/ORG/LOC', counter.score(CORE_TYPES)), ...CORE_TYPES.map((t) => ({ set, measure: `${t} F1`, value: counter.score([t]).f1 }))];
}

/** The shipped tagger alone on the same sentences (token spans, PER/ORG/LOC), each document read first for the document model when asked. */
export function scoreTaggerAlone(docs: readonly ConllDocument[], documentModel: boolean): TypedCounter {
  const counter = new TypedCounter();
  for (const doc of docs) {
    const context = documentModel ? taggerDocument(doc.sentences.map((s) => s.tokens)) : undefined;
    for (const s of doc.sentences) {
      const keyed = (tags: readonly string[]) => tokenSpans(tags).map((t) => ({ type: t.type, key: `${t.start}:${t.end}` }));
      counter.add(keyed(s.tags), keyed(tagTokens(s.tokens, context)));
    }
  }
  return counter;
}
