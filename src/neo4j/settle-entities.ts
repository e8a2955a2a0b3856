// Incremental resolution against the stored graph. Entity ids come from root type and merge key, so an entity
// extracted today lands on the node of the same entity loaded last week, as it would in one extraction of both.
// What one extraction would decide from all mentions together (the name, the type and so the labels, the aliases,
// relations the schema allows between the final types, the confidence compounded over all statements) is decided
// here after a load, from every mention and statement Neo4j holds for the entities the load touched, by the same
// rules (document/merge-rules.ts, merge-across-documents.ts, build.ts). So loading articles day after day gives the graph loading them all at once gives,
// and no entity's type depends on which load came last. A relation the schema does not allow between its endpoints'
// decided types is withheld, not deleted: kept as a :WithheldRelation node with all that was stated of it, and
// restored when a later load changes a type back, so it is there exactly when the final types allow it, whatever the
// order of the loads. Every transaction here fails at once when the server is lost (run-transaction.ts).
import { decideEntity, settledConfidence } from '../document/merge-rules.js';
import { endpointsAllowed, isEntityType, isRelationType } from '../schema/schema.js';
import type { GraphSource } from '../document/graph-source.js';
import type { GraphDatabase } from './connection.js';
import type { RelationPropertyValue, RelationRow } from './graph-rows.js';
import { WITHHELD_PROPERTY_PREFIX, WITHHOLD_RELATIONS, restoreRelationsCypher } from './relation-statements.js';
import { mapField, mapsField, numberField, propertyValueField, stringField, stringsField, type Row } from './row-fields.js';
import { runInTransaction } from './run-transaction.js';
import { WITHHELD_RELATION_LABEL, assertIdentifier } from './schema-setup.js';

export interface SettleReport {
  /** Entities whose name, type or aliases changed once all their stored mentions were counted. */
  entitiesChanged: number;
  /** Relations whose confidence was compounded over all their stored statements. */
  relationsChanged: number;
  /** Relations withheld because the schema does not allow them between their endpoints' final types. */
  relationsWithheld: number;
  /** Withheld relations restored because their endpoints' types now allow them. */
  relationsRestored: number;
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

/** The relations at the entities, with everything stated of them (withholding one keeps it all). */
const READ_RELATIONS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS source, b.id AS target, a.type AS sourceType, b.type AS targetType, properties(r) AS properties`;

/** The withheld relations at the entities, with their endpoints' current types. */
const READ_WITHHELD = `
MATCH (w:${WITHHELD_RELATION_LABEL}) WHERE w.source IN $ids OR w.target IN $ids
MATCH (a:Entity {id: w.source})
MATCH (b:Entity {id: w.target})
RETURN w.relationType AS type, w.source AS source, w.target AS target, a.type AS sourceType, b.type AS targetType, properties(w) AS properties`;

// Found from their source node (an index lookup), not by scanning every relationship for the id.
const SET_CONFIDENCE = `
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
SET r.confidence = row.confidence`;

const SET_WITHHELD_CONFIDENCE = `
UNWIND $rows AS row
MATCH (w:${WITHHELD_RELATION_LABEL} {id: row.id})
SET w.confidence = row.confidence`;

/** A relation as stored (a relationship or a withheld node), with its endpoints' current types. */
interface StoredRelation {
  type: string;
  source: string;
  target: string;
  sourceType: string;
  targetType: string;
  properties: Row;
}

/** The fields of a stored relation that are not its plain properties. */
const RELATION_FIELDS = new Set(['id', 'confidence', 'statedConfidence', 'evidenceIds', 'documentIds']);
const WITHHELD_FIELDS = new Set([...RELATION_FIELDS, 'relationType', 'source', 'target']);

/** A stored relationship, or withheld relation, as the row the merge statements take (relation-statements.ts). */
function relationRowOf(stored: StoredRelation, withheld: boolean): RelationRow & { type: string } {
  const p = stored.properties;
  const properties: Record<string, RelationPropertyValue> = {};
  for (const key of Object.keys(p)) {
    if (withheld ? WITHHELD_FIELDS.has(key) || !key.startsWith(WITHHELD_PROPERTY_PREFIX) : RELATION_FIELDS.has(key)) continue;
    properties[withheld ? key.slice(WITHHELD_PROPERTY_PREFIX.length) : key] = propertyValueField(p, key);
  }
  return {
    type: stored.type,
    id: stringField(p, 'id'),
    source: stored.source,
    target: stored.target,
    confidence: numberField(p, 'confidence'),
    statedConfidence: p.statedConfidence === undefined || p.statedConfidence === null ? undefined : numberField(p, 'statedConfidence'),
    evidenceIds: p.evidenceIds === undefined || p.evidenceIds === null ? [] : stringsField(p, 'evidenceIds'),
    documentIds: p.documentIds === undefined || p.documentIds === null ? [] : stringsField(p, 'documentIds'),
    properties,
  };
}

/** A row of READ_RELATIONS or READ_WITHHELD. */
function storedRelationOf(row: Row): StoredRelation {
  return {
    type: stringField(row, 'type'),
    source: stringField(row, 'source'),
    target: stringField(row, 'target'),
    sourceType: stringField(row, 'sourceType'),
    targetType: stringField(row, 'targetType'),
    properties: mapField(row, 'properties'),
  };
}

/** A row of READ_ENTITY_VOTES. */
function entityVotesOf(row: Row): EntityVotes {
  return {
    id: stringField(row, 'id'),
    name: stringField(row, 'name'),
    type: stringField(row, 'type'),
    labels: stringsField(row, 'labels'),
    aliases: stringsField(row, 'aliases'),
    mergeKey: row.mergeKey === null || row.mergeKey === undefined ? null : stringField(row, 'mergeKey'),
    mergeReasons: stringsField(row, 'mergeReasons'),
    votes: mapsField(row, 'votes').map((vote) => ({ names: stringsField(vote, 'names'), types: stringsField(vote, 'types') })),
  };
}

/** Whether the schema allows the relation between its endpoints' current types (unknown types: as stated, allowed). */
function allowed(stored: StoredRelation): boolean {
  if (!isRelationType(stored.type) || !isEntityType(stored.sourceType) || !isEntityType(stored.targetType)) return true;
  return endpointsAllowed(stored.type, stored.sourceType, stored.targetType);
}

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
  const report: SettleReport = { entitiesChanged: 0, relationsChanged: 0, relationsWithheld: 0, relationsRestored: 0 };
  for (let start = 0; start < ids.length; start += SETTLE_BATCH) {
    const batch = ids.slice(start, start + SETTLE_BATCH);
    report.entitiesChanged += await settleNames(database, batch);
  }
  for (let start = 0; start < ids.length; start += SETTLE_BATCH) {
    const batch = ids.slice(start, start + SETTLE_BATCH);
    const { changed, withheld, restored } = await settleRelations(database, batch);
    report.relationsChanged += changed;
    report.relationsWithheld += withheld;
    report.relationsRestored += restored;
  }
  return report;
}

async function settleNames(database: GraphDatabase, ids: string[]): Promise<number> {
  const session = database.writeSession();
  try {
    const result = await runInTransaction(session, READ_ENTITY_VOTES, { ids });
    // Entities whose labels change are written in groups of the same label change (labels cannot be parameters).
    const groups = new Map<
      string,
      { remove: string[]; add: string[]; rows: { id: string; name: string; type: string; aliases: string[]; mergeReasons: string[] }[] }
    >();
    for (const record of result.records) {
      const entity = entityVotesOf(record.toObject());
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
      await runInTransaction(
        session,
        `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END,
    e.mergeReasons = CASE WHEN size(row.mergeReasons) > 0 THEN row.mergeReasons END
${labelChanges}`,
        { rows },
      );
      changed += rows.length;
    }
    return changed;
  } finally {
    await session.close();
  }
}

/**
 * Withholds the relations at the entities that their endpoints' types no longer allow, restores the withheld ones
 * they allow again, then compounds every one's confidence over all its statements (withheld ones too, so a relation
 * holds the same values whichever way it went between the two).
 */
async function settleRelations(database: GraphDatabase, ids: string[]): Promise<{ changed: number; withheld: number; restored: number }> {
  const session = database.writeSession();
  const read = async (cypher: string) => (await runInTransaction(session, cypher, { ids })).records.map((r) => storedRelationOf(r.toObject()));
  try {
    const withhold = (await read(READ_RELATIONS)).filter((r) => !allowed(r)).map((r) => relationRowOf(r, false));
    if (withhold.length) await runInTransaction(session, WITHHOLD_RELATIONS, { rows: withhold });
    const restore = new Map<string, RelationRow[]>();
    for (const stored of await read(READ_WITHHELD)) {
      if (!allowed(stored)) continue;
      const rows = restore.get(stored.type) ?? [];
      rows.push(relationRowOf(stored, true));
      restore.set(stored.type, rows);
    }
    for (const [type, rows] of restore) await runInTransaction(session, restoreRelationsCypher(assertIdentifier(type)), { rows });

    let changed = 0;
    for (const [cypher, setter, withheld] of [
      [READ_RELATIONS, SET_CONFIDENCE, false],
      [READ_WITHHELD, SET_WITHHELD_CONFIDENCE, true],
    ] as const) {
      const confidences: { id: string; source: string; target: string; confidence: number }[] = [];
      for (const stored of await read(cypher)) {
        const row = relationRowOf(stored, withheld);
        // One statement's confidence is as its document gave it; without the strongest statement's, nothing to compound.
        const confidence = settledConfidence(row.confidence, row.statedConfidence, row.evidenceIds.length);
        if (confidence !== row.confidence) confidences.push({ id: row.id, source: row.source, target: row.target, confidence });
      }
      if (confidences.length) await runInTransaction(session, setter, { rows: confidences });
      changed += confidences.length;
    }
    return { changed, withheld: withhold.length, restored: [...restore.values()].reduce((n, rows) => n + rows.length, 0) };
  } finally {
    await session.close();
  }
}
