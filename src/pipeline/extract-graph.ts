// The extraction pipeline, read top to bottom as its list of stages. Pure: ingest happens before, writing after.
// Documents are cleaned, segmented and recognised one by one, entities are resolved across all of them, then each
// document's relations are extracted and the graph is built. The per-document halves are exported so that worker
// threads (parallel-extract.ts) can run them on shares of the documents and give the same graph.
import type { GraphDocument } from '../document/graph-document.js';
import { buildGraph, type BuildReport } from './build.js';
import { cleanInput } from './clean.js';
import { recogniseMentions } from './recognise.js';
import { extractRelations } from './relate.js';
import { mergeMentionsAcrossDocuments } from './merge-across-documents.js';
import { segmentDocument } from './segment.js';
import type { CleanDocument, InputFailure, MentionCandidate, RawInput, RelationCandidate, ResolvedEntity, SegmentedDocument } from './stage-types.js';
import { itemAt } from '../util/checked-index.js';

export interface ExtractOptions {
  /** ISO day the articles were published, when the inputs do not say; the reference for relative dates. */
  published?: string;
  /** Told after each document is recognised and after each is related. */
  onProgress?: (progress: ExtractProgress) => void;
}

/** How far extraction has got: documents recognised and related so far, of `total`, and their tokens. */
export interface ExtractProgress {
  total: number;
  recognised: number;
  related: number;
  tokensRecognised: number;
  tokensRelated: number;
}

export interface ExtractResult {
  graph: GraphDocument;
  report: BuildReport & { tokens: number; skipped: InputFailure[]; duplicates: DuplicateInput[] };
}

/** An input whose text is the same as an earlier input's: it adds nothing and is merged into `of`. */
export interface DuplicateInput {
  source: string;
  of: string;
}

/** One document after the stages that need only itself. */
export interface RecognisedDocument {
  mentions: MentionCandidate[];
  tokens: number;
}

/** Turns raw inputs into one graph document. */
export function extractGraph(inputs: RawInput[], options: ExtractOptions = {}): ExtractResult {
  const { documents, skipped, duplicates } = keepDocuments(inputs.map((input) => cleanInput(input, options.published)));
  const progress: ExtractProgress = { total: documents.length, recognised: 0, related: 0, tokensRecognised: 0, tokensRelated: 0 };
  const segmented: (SegmentedDocument | undefined)[] = documents.map(segmentDocument);
  const recognised = segmented.map((doc) => {
    const result = recogniseDocument(doc!);
    progress.recognised++;
    progress.tokensRecognised += result.tokens;
    options.onProgress?.({ ...progress });
    return result;
  });
  const entities = mergeMentionsAcrossDocuments(recognised.flatMap((r) => r.mentions));
  const views = entitiesByDocument(entities);
  const relations = documents.flatMap((doc, i) => {
    const sentences = segmented[i]!;
    // Sentences are let go once related: on a long article they are most of the memory.
    segmented[i] = undefined;
    const found = extractRelations(sentences, views.get(doc.id) ?? []);
    progress.related++;
    progress.tokensRelated += itemAt(recognised, i).tokens;
    options.onProgress?.({ ...progress });
    return found;
  });
  return finishGraph(documents, recognised, entities, relations, skipped, duplicates);
}

/** Recognises one segmented document's mentions and counts its tokens. */
export function recogniseDocument(doc: SegmentedDocument): RecognisedDocument {
  return { mentions: recogniseMentions(doc), tokens: doc.sentences.reduce((n, s) => n + s.tokens.length, 0) };
}

/**
 * The cleaned documents that go into the graph, in input order: the first of each text (the same article given
 * twice, by two paths, is one document), and only those with article text left once cleaned.
 */
export function keepDocuments(cleaned: CleanDocument[]): { documents: CleanDocument[]; skipped: InputFailure[]; duplicates: DuplicateInput[] } {
  const firstSource = new Map<string, string>();
  const skipped: InputFailure[] = [];
  const duplicates: DuplicateInput[] = [];
  const documents = cleaned
    .filter((doc) => {
      const first = firstSource.get(doc.id);
      if (first === undefined) return firstSource.set(doc.id, doc.source);
      if (doc.text.trim() !== '') duplicates.push({ source: doc.source, of: first });
      return false;
    })
    .filter((doc) => {
      if (doc.text.trim() !== '') return true;
      skipped.push({ source: doc.source, reason: 'has no article text once scripts, styles and navigation are removed' });
      return false;
    });
  return { documents, skipped, duplicates };
}

/**
 * Each document's view of the resolved entities: those it mentions, in resolution order, each with only its
 * mentions in that document. Relation extraction reads nothing else, so a document is related without walking
 * every mention of every document.
 */
export function entitiesByDocument(entities: ResolvedEntity[]): Map<string, ResolvedEntity[]> {
  const views = new Map<string, ResolvedEntity[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let view = views.get(mention.doc);
      if (!view) views.set(mention.doc, (view = []));
      let last = view[view.length - 1];
      if (last?.id !== entity.id) view.push((last = { ...entity, mentions: [] }));
      last.mentions.push(mention);
    }
  }
  return views;
}

/** Builds the graph from the kept documents, their recognition results (same order), entities and relations. */
export function finishGraph(
  documents: CleanDocument[],
  recognised: RecognisedDocument[],
  entities: ResolvedEntity[],
  relations: RelationCandidate[],
  skipped: InputFailure[],
  duplicates: DuplicateInput[],
): ExtractResult {
  const { graph, report } = buildGraph(documents, entities, relations);
  const tokens = recognised.reduce((sum, r) => sum + r.tokens, 0);
  return { graph, report: { ...report, tokens, skipped, duplicates } };
}
