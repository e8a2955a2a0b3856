// The extraction pipeline, read top to bottom as its list of stages. Pure: ingest happens before, writing after.
import type { GraphDocument } from '../document/graph-document.js';
import { buildGraph, type BuildReport } from './build.js';
import { cleanInput } from './clean.js';
import { recogniseMentions } from './recognise.js';
import { extractRelations } from './relate.js';
import { resolveEntities } from './resolve.js';
import { segmentDocument } from './segment.js';
import type { CleanDocument, InputFailure, RawInput } from './stage-types.js';

export interface ExtractOptions {
  /** ISO day the articles were published, when the inputs do not say; the reference for relative dates. */
  published?: string;
}

export interface ExtractResult {
  graph: GraphDocument;
  report: BuildReport & { tokens: number; skipped: InputFailure[] };
}

/** Turns raw inputs into one graph document. */
export function extractGraph(inputs: RawInput[], options: ExtractOptions = {}): ExtractResult {
  const skipped: InputFailure[] = [];
  const cleaned = dedupeDocuments(inputs.map((input) => cleanInput(input, options.published))).filter((doc) => {
    if (doc.text.trim() !== '') return true;
    skipped.push({ source: doc.source, reason: 'has no article text once scripts, styles and navigation are removed' });
    return false;
  });
  const segmented = cleaned.map(segmentDocument);
  const mentions = segmented.flatMap(recogniseMentions);
  const entities = resolveEntities(mentions);
  const relations = segmented.flatMap((doc) => extractRelations(doc, entities));
  const { graph, report } = buildGraph(cleaned, entities, relations);
  const tokens = segmented.reduce((sum, doc) => sum + doc.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
  return { graph, report: { ...report, tokens, skipped } };
}

/** The same article given twice (two paths, same text) is one document. */
function dedupeDocuments(documents: CleanDocument[]): CleanDocument[] {
  const seen = new Set<string>();
  return documents.filter((d) => !seen.has(d.id) && seen.add(d.id));
}
