// The per-document work of parallel extraction (parallel-extract.ts), wherever it runs: segments and recognises
// the documents it is given and keeps them, then extracts their relations once entities are resolved across all
// documents. Runs the same stage functions as extractGraph, so the results are the same.
import { recogniseDocument } from './extract-graph.js';
import { extractRelations } from './relate.js';
import { segmentDocument } from './segment.js';
import type { CleanDocument, MentionCandidate, RelationCandidate, ResolvedEntity, SegmentedDocument } from './stage-types.js';
import { itemAt, valueAt } from '../util/checked-index.js';

/**
 * A resolved entity as one document sees it. A mention the worker recognised itself is sent as its index into that
 * document's mentions (so it stays the same object); one that resolution created (a nominal or pronoun mention found
 * by coreference) is sent whole.
 */
export type EntityView = Omit<ResolvedEntity, 'mentions'> & { mentions: (number | MentionCandidate)[] };

export type ToWorker = { kind: 'recognise'; index: number; doc: CleanDocument } | { kind: 'relate'; index: number; entities: EntityView[] };

export type FromWorker =
  { kind: 'recognised'; index: number; mentions: MentionCandidate[]; tokens: number } | { kind: 'related'; index: number; relations: RelationCandidate[] };

/** A handler of requests that keeps, between the two, the documents it recognised. */
export function documentWorker(): (request: ToWorker) => FromWorker {
  const held = new Map<number, { segmented: SegmentedDocument; mentions: MentionCandidate[] }>();
  return (request) => {
    if (request.kind === 'recognise') {
      const segmented = segmentDocument(request.doc);
      const { mentions, tokens } = recogniseDocument(segmented);
      held.set(request.index, { segmented, mentions });
      return { kind: 'recognised', index: request.index, mentions, tokens };
    }
    const { segmented, mentions } = valueAt(held, request.index);
    held.delete(request.index);
    const entities = request.entities.map((e) => ({ ...e, mentions: e.mentions.map((k) => (typeof k === 'number' ? itemAt(mentions, k) : k)) }));
    return { kind: 'related', index: request.index, relations: extractRelations(segmented, entities) };
  };
}
