// Incremental resolution against the stored graph. Entity ids come from root type and merge key, so an entity
// extracted today lands on the node of the same entity loaded last week, as it would in one extraction of both.
// What one extraction would decide from all mentions together (the name, the type and so the labels, the aliases,
// relations the schema allows between the final types, the confidence compounded over all statements) is decided
// here after a load, from every mention and statement Neo4j holds for the entities the load touched, by the same
// rules (document/merge-rules.ts, merge-across-documents.ts, build.ts). So loading articles day after day gives the graph loading them all at once gives,
// and no entity's type depends on which load came last.
import { decideEntity, settledConfidence } from '../document/merge-rules.js';
import { endpointsAllowed, isEntityType, type RelationTypeName } from '../schema/schema.js';
import type { GraphSource } from '../document/graph-source.js';
import type { GraphDatabase } from './connection.js';
import { assertIdentifier } from './schema-setup.js';

export interface SettleReport {
  /** Entities whose name, type or aliases changed once all their stored mentions were counted. */
  entitiesChanged: number;
  /** Relations whose confidence was compounded over all their stored statements. */
  relationsChanged: number;
  /** Relations removed because the schema does not allow them between their endpoints' final types. */
  relationsRemoved: number;
}

const SETTLE_BATCH = 1000;

/** Every mention of each entity, with its vote for name and type (bulk-loaded mentions vote for the node's own). */
const READ_ENTITY_VOTES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
WITH e, collect(m) AS mentions
RETURN e.id AS id, e.name AS name, e.type AS type, labels(e) AS labels, coalesce(e.aliases, []) AS aliases,
       e.mergeKey AS mergeKey, coalesce(e.mergeReasons, []) AS mergeReasons,
       [m IN mentions | {names: coalesce(m.names, [i IN range(1, m.count) | e.name]), types: coalesce(m.types, [i IN range(1, m.count) | e.type])}] AS votes`;

/** The relations at the entities, with what deciding their confidence and whether the schema allows them needs. */
const READ_RELATIONS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, a.type AS sourceType, b.type AS targetType, r.confidence AS confidence,
       r.statedConfidence AS stated, size(coalesce(r.evidenceIds, [])) AS statements`;

// Found from their source node (an index lookup), not by scanning every relationship for the id.
const SET_CONFIDENCE = `
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
SET r.confidence = row.confidence`;

const REMOVE_RELATIONS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
DELETE r`;

interface EntityVotes {
  id: string;
  name: string;
  type: string;
  labels: string[];
  aliases: string[];
  mergeKey: string | null;
  mergeReasons: string[];
  votes: { names: string[]; types: string[] }[];
}

/** The ids of a graph source's entities: what a load of it touched. */
export async function entityIdsOf(source: GraphSource): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const element of source.elements(['entities'])) if (element.list === 'entities') ids.add(element.value.id);
  return ids;
}

/** Decides the touched entities' names, types, labels and aliases, then their relations, from all stored evidence. */
export async function settleEntities(database: GraphDatabase, entityIds: Iterable<string>): Promise<SettleReport> {
  const ids = [...new Set(entityIds)].sort();
  const report: SettleReport = { entitiesChanged: 0, relationsChanged: 0, relationsRemoved: 0 };
  for (let start = 0; start < ids.length; start += SETTLE_BATCH) {
    const batch = ids.slice(start, start + SETTLE_BATCH);
    report.entitiesChanged += await settleNames(database, batch);
  }
  for (let start = 0; start < ids.length; start += SETTLE_BATCH) {
    const batch = ids.slice(start, start + SETTLE_BATCH);
    const { changed, removed } = await settleRelations(database, batch);
    report.relationsChanged += changed;
    report.relationsRemoved += removed;
  }
  return report;
}

async function settleNames(database: GraphDatabase, ids: string[]): Promise<number> {
  const session = database.writeSession();
  try {
    const result = await session.executeRead((tx) => tx.run(READ_ENTITY_VOTES, { ids }));
    // Entities whose labels change are written in groups of the same label change (labels cannot be parameters).
    const groups = new Map<
      string,
      { remove: string[]; add: string[]; rows: { id: string; name: string; type: string; aliases: string[]; mergeReasons: string[] }[] }
    >();
    for (const record of result.records) {
      const entity = record.toObject() as EntityVotes;
      const { name, type, labels: wanted, aliases, mergeReasons } = decideEntity(entity);
      const remove = entity.labels.filter((l) => l !== 'Entity' && isEntityType(l) && !wanted.includes(l));
      const add = wanted.filter((l) => !entity.labels.includes(l));
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
      if (
        name === entity.name &&
        type === entity.type &&
        !remove.length &&
        !add.length &&
        same(aliases, entity.aliases) &&
        same(mergeReasons, entity.mergeReasons)
      )
        continue;
      const key = `${remove.join(':')}|${add.join(':')}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { remove, add, rows: [] }));
      group.rows.push({ id: entity.id, name, type, aliases, mergeReasons });
    }
    let changed = 0;
    for (const { remove, add, rows } of groups.values()) {
      const labelChanges = [
        remove.length ? `REMOVE e:${remove.map(assertIdentifier).join(':')}` : '',
        add.length ? `SET e:${add.map(assertIdentifier).join(':')}` : '',
      ].join('\n');
      await session.executeWrite((tx) =>
        tx.run(
          `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END,
    e.mergeReasons = CASE WHEN size(row.mergeReasons) > 0 THEN row.mergeReasons END
${labelChanges}`,
          { rows },
        ),
      );
      changed += rows.length;
    }
    return changed;
  } finally {
    await session.close();
  }
}

async function settleRelations(database: GraphDatabase, ids: string[]): Promise<{ changed: number; removed: number }> {
  const session = database.writeSession();
  try {
    const result = await session.executeRead((tx) => tx.run(READ_RELATIONS, { ids }));
    const removed: { id: string; source: string; target: string }[] = [];
    const confidences: { id: string; source: string; target: string; confidence: number }[] = [];
    for (const record of result.records) {
      const r = record.toObject() as {
        id: string;
        source: string;
        target: string;
        type: string;
        sourceType: string;
        targetType: string;
        confidence: number;
        stated: number | null;
        statements: number | { toNumber(): number };
      };
      if (isEntityType(r.sourceType) && isEntityType(r.targetType) && !endpointsAllowed(r.type as RelationTypeName, r.sourceType, r.targetType)) {
        removed.push({ id: r.id, source: r.source, target: r.target });
        continue;
      }
      const statements = typeof r.statements === 'number' ? r.statements : r.statements.toNumber();
      // One statement's confidence is as its document gave it; without the strongest statement's, nothing to compound.
      const confidence = settledConfidence(r.confidence, r.stated, statements);
      if (confidence !== r.confidence) confidences.push({ id: r.id, source: r.source, target: r.target, confidence });
    }
    if (removed.length) await session.executeWrite((tx) => tx.run(REMOVE_RELATIONS, { rows: removed }));
    if (confidences.length) await session.executeWrite((tx) => tx.run(SET_CONFIDENCE, { rows: confidences }));
    return { changed: confidences.length, removed: removed.length };
  } finally {
    await session.close();
  }
}
