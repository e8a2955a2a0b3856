// The rows of several graph documents folded into one set, by the same rules `kg load` applies when it loads them one
// after another: the first name and type of an entity stay, every other name becomes an alias, lists are unions,
// confidence is the maximum, later values of plain properties win. The bulk import writes these rows once, so its graph
// is the graph `kg load` would give. Pure: no driver, no files.
import type { GraphDocument } from '../document/graph-document.js';
import { labelsFor } from '../schema/schema.js';
import type { DocumentRow, EntityRow, MentionRow, RelationRow, SentenceRow } from './graph-rows.js';
import { graphRows } from './graph-rows.js';

/** One entity node as it ends after every load: labels are the union of what each document implied. */
export interface BulkEntity extends EntityRow {
  labels: Set<string>;
  aliases: string[];
  /** Sum of mention counts and number of documents; undefined when no document mentions it (kg load sets none). */
  mentionCount?: number;
  documentCount?: number;
}

export interface BulkRelation extends RelationRow {
  type: string;
}

export interface BulkRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  entities: BulkEntity[];
  mentions: MentionRow[];
  relations: BulkRelation[];
}

function unionInto(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

/** Folds the rows of `graphs`, in load order, into the final state of each node and relationship. */
export function bulkRows(graphs: GraphDocument[]): BulkRows {
  const documents = new Map<string, DocumentRow>();
  const sentences = new Map<string, SentenceRow>();
  const entities = new Map<string, BulkEntity>();
  const names = new Map<string, string[]>();
  const mentions = new Map<string, MentionRow>();
  const relations = new Map<string, BulkRelation>();
  for (const graph of graphs) {
    const rows = graphRows(graph);
    for (const row of rows.documents) documents.set(row.id, row);
    for (const row of rows.sentences) sentences.set(row.id, row);
    for (const [labels, list] of rows.entitiesByLabels) {
      for (const row of list) {
        let entity = entities.get(row.id);
        if (!entity) {
          entity = { ...row, labels: new Set(), aliases: [], mergeReasons: [] };
          entities.set(row.id, entity);
          names.set(row.id, []);
        }
        for (const label of labels.split(':')) entity.labels.add(label);
        entity.mergeKey ??= row.mergeKey;
        unionInto(names.get(row.id)!, row.names);
        unionInto(entity.mergeReasons, row.mergeReasons);
      }
    }
    for (const row of rows.mentions) mentions.set(`${row.entity}|${row.doc}`, row);
    for (const [type, list] of rows.relationsByType) {
      for (const row of list) {
        const existing = relations.get(row.id);
        if (!existing) {
          relations.set(row.id, { ...row, type, properties: { ...row.properties }, evidenceIds: [...row.evidenceIds], documentIds: [...row.documentIds] });
          continue;
        }
        Object.assign(existing.properties, row.properties);
        existing.confidence = Math.max(existing.confidence, row.confidence);
        unionInto(existing.evidenceIds, row.evidenceIds);
        unionInto(existing.documentIds, row.documentIds);
      }
    }
  }
  for (const entity of entities.values()) entity.aliases = names.get(entity.id)!.filter((name) => name !== entity.name);
  for (const mention of mentions.values()) {
    const entity = entities.get(mention.entity);
    if (!entity) continue;
    entity.mentionCount = (entity.mentionCount ?? 0) + mention.count;
    entity.documentCount = (entity.documentCount ?? 0) + 1;
  }
  return {
    documents: [...documents.values()],
    sentences: [...sentences.values()],
    entities: [...entities.values()],
    mentions: [...mentions.values()],
    relations: [...relations.values()],
  };
}

/** The label set of an entity in a stable order (schema lineage order first), used to group CSV files. */
export function labelKey(entity: BulkEntity): string {
  const ordered = labelsFor(entity.type).filter((label) => entity.labels.has(label));
  for (const label of [...entity.labels].sort()) if (!ordered.includes(label)) ordered.push(label);
  return ordered.join(':');
}
