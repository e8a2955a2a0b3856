// The Cypher behind `kg export` (and `kg query --format graph`): picking a subgraph — all entities, one entity's
// neighbourhood, or whatever a read-only query returns — as element ids, then fetching those nodes and relationships
// with every property and its Neo4j type, plus the provenance the loader keeps beside them (evidence sentences,
// documents, IN_DOCUMENT and MENTIONED_IN). Every value is a parameter; ids travel in batches with UNWIND.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from './connection.js';
import type { ExportGraph, PropertyGraph, PropertyNode, PropertyRelationship } from '../export/property-graph.js';
import { sortPropertyGraph } from '../export/property-graph.js';
import { GraphCollector, collectElementIds, toJsonValue } from './query-values.js';
import { runGuardedStatement, type QueryOptions } from './run-read-query.js';
import { DOCUMENT_LABEL, ENTITY_FULLTEXT_INDEX, SENTENCE_LABEL } from './schema-setup.js';
import { walkNeighbourhood } from '../viewer/ego-network.js';
import { mapField, rowsOf, stringPairsField, stringsField, type Row } from './row-fields.js';

const BATCH = 1000;

/** Restricts a selection: entity labels (any of) and relationship types (any of); empty means no restriction. */
export interface TypeFilter {
  entityTypes: string[];
  relationTypes: string[];
}

/** Node and relationship element ids of a subgraph, before their properties are fetched. */
export interface ExportSelection {
  nodes: string[];
  relationships: string[];
  /** True when a query selection stopped at its row limit. */
  truncated?: boolean;
}

export interface ExportProgress {
  stage: 'nodes' | 'relationships' | 'provenance';
  done: number;
  total: number;
}

export interface EntityCandidate {
  elementId: string;
  id: string;
  name: string;
  type: string;
  aliases: string[];
  score: number;
}

/** `lossless`: integers as neo4j Integers (queryDriver), for stored values a user may have written beyond 2^53. */
async function read(database: GraphDatabase, cypher: string, params: Record<string, unknown>, lossless = false): Promise<Row[]> {
  const session = lossless ? database.queryDriver.session({ database: database.settings.database, defaultAccessMode: 'READ' }) : database.readSession();
  try {
    const result = await session.run(cypher, params);
    return rowsOf(result.records);
  } finally {
    await session.close();
  }
}

async function readBatched(
  database: GraphDatabase,
  cypher: string,
  ids: string[],
  extra: Record<string, unknown> = {},
  onBatch?: (done: number) => void,
  lossless = false,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    rows.push(...(await read(database, cypher, { ...extra, ids: ids.slice(i, i + BATCH) }, lossless)));
    onBatch?.(Math.min(i + BATCH, ids.length));
  }
  return rows;
}

/** Lucene phrase for a name: inside quotes only `"` and `\` are special, so any name is searched as plain words. */
function fulltextPhrase(name: string): string {
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const FIND_ENTITY = `
CALL {
  MATCH (e:Entity {id: $name}) RETURN e, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes($index, $phrase, {limit: $limit}) YIELD node, score
  RETURN node AS e, score
}
WITH e, max(score) AS score
RETURN elementId(e) AS elementId, e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, score
ORDER BY score DESC, e.name, e.id
LIMIT $limit`;

/** Entities whose id is `name`, or whose name or aliases contain it as a phrase (fulltext index), best first. */
export async function findEntityCandidates(database: GraphDatabase, name: string, limit = 20): Promise<EntityCandidate[]> {
  if (name.trim() === '') return [];
  const rows = await read(database, FIND_ENTITY, { name, phrase: fulltextPhrase(name), index: ENTITY_FULLTEXT_INDEX, limit: neo4j.int(limit) });
  return rows.map((row) => ({
    elementId: String(row.elementId),
    id: String(row.id),
    name: String(row.name),
    type: String(row.type),
    aliases: stringsField(row, 'aliases'),
    score: Number(row.score),
  }));
}

const ALL_ENTITIES = `
MATCH (e:Entity) WHERE size($labels) = 0 OR any(l IN labels(e) WHERE l IN $labels)
RETURN elementId(e) AS id ORDER BY id`;

const ALL_FACTS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
RETURN elementId(r) AS id, elementId(a) AS a, elementId(b) AS b ORDER BY id`;

/** Every entity and every relationship between entities, within the filter. With relation types only, the nodes are
 * those the kept relationships join. */
export async function selectAll(database: GraphDatabase, filter: TypeFilter): Promise<ExportSelection> {
  const params = { labels: filter.entityTypes, types: filter.relationTypes };
  const facts = await read(database, ALL_FACTS, params);
  const relationships = facts.map((row) => String(row.id));
  if (filter.relationTypes.length > 0 && filter.entityTypes.length === 0) {
    const nodes = [...new Set(facts.flatMap((row) => [String(row.a), String(row.b)]))].sort();
    return { nodes, relationships };
  }
  const nodes = (await read(database, ALL_ENTITIES, params)).map((row) => String(row.id));
  return { nodes, relationships };
}

const NEIGHBOURS = `
UNWIND $ids AS id
MATCH (a:Entity) WHERE elementId(a) = id
MATCH (a)-[r]-(b:Entity)
WHERE (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(b) WHERE l IN $labels))
RETURN DISTINCT elementId(b) AS id`;

const FACTS_AMONG = `
UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity) WHERE elementId(a) = id AND elementId(b) IN $all AND (size($types) = 0 OR type(r) IN $types)
RETURN elementId(r) AS id`;

/** The entities within `depth` hops of one entity (through relationships and entities the filter keeps) and every
 * relationship among them (the induced subgraph, as ego networks usually are). */
export async function selectNeighbourhood(database: GraphDatabase, entityElementId: string, depth: number, filter: TypeFilter): Promise<ExportSelection> {
  const params = { labels: filter.entityTypes, types: filter.relationTypes };
  const neighbours = async (frontier: string[]) => (await readBatched(database, NEIGHBOURS, frontier, params)).map((row) => String(row.id));
  const nodes = (await walkNeighbourhood(entityElementId, depth, neighbours)).ids.sort();
  const relationships = (await readBatched(database, FACTS_AMONG, nodes, { ...params, all: nodes })).map((row) => String(row.id));
  return { nodes, relationships: [...new Set(relationships)].sort() };
}

/** The nodes and relationships a user's statement returns (read-only unless allowed), with relationship endpoints. */
export async function selectByQuery(database: GraphDatabase, cypher: string, params: Record<string, unknown>, options: QueryOptions): Promise<ExportSelection> {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  const run = await runGuardedStatement(database.queryDriver, database.settings.database, cypher, params, options, (record) => {
    for (const value of record.values()) collectElementIds(value, nodes, relationships);
  });
  return { nodes: [...nodes].sort(), relationships: [...relationships].sort(), truncated: run.truncated };
}

const FETCH_NODES = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties,
       [k IN keys(n) | [k, valueType(n[k])]] AS types`;

const FETCH_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH ()-[r]->() WHERE elementId(r) = id
RETURN elementId(r) AS elementId, type(r) AS type, elementId(startNode(r)) AS start, elementId(endNode(r)) AS end,
       properties(r) AS properties, [k IN keys(r) | [k, valueType(r[k])]] AS types`;

const EVIDENCE = `
UNWIND $ids AS sid
MATCH (s:${SENTENCE_LABEL} {id: sid})
OPTIONAL MATCH (s)-[i:IN_DOCUMENT]->(d:${DOCUMENT_LABEL})
RETURN elementId(s) AS s, elementId(i) AS i, elementId(d) AS d`;

const MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity)-[m:MENTIONED_IN]->(d:${DOCUMENT_LABEL}) WHERE elementId(e) = id
RETURN elementId(m) AS m, elementId(d) AS d`;

function convertProperties(properties: Record<string, unknown>, collector: GraphCollector) {
  const out: PropertyNode['properties'] = {};
  for (const key of Object.keys(properties).sort()) out[key] = toJsonValue(properties[key], collector);
  return out;
}

function typeMap(types: [string, string][]): Record<string, string> {
  return Object.fromEntries(types.sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface Fetched {
  nodes: Map<string, PropertyNode>;
  relationships: Map<string, PropertyRelationship>;
}

/** Fetches nodes and relationships by element id; relationship endpoints are rewritten to node keys afterwards. */
/** The loader's id is an element's stable key; one without an id (or sharing one already used) keeps Neo4j's elementId. */
function stableKey(properties: Record<string, unknown>, elementId: string, used: Set<string>): string {
  let key = typeof properties.id === 'string' ? properties.id : elementId;
  if (used.has(key)) key = elementId;
  used.add(key);
  return key;
}

async function fetchElements(
  database: GraphDatabase,
  nodeIds: string[],
  relationshipIds: string[],
  into: Fetched,
  keys: Map<string, string>,
  progress: (p: ExportProgress) => void,
  stage: ExportProgress['stage'],
): Promise<void> {
  const collector = new GraphCollector();
  const usedKeys = new Set([...keys.values()]);
  // Properties are read losslessly and converted by toJsonValue: an integer beyond 2^53 is exported exactly, as text.
  const nodeRows = await readBatched(
    database,
    FETCH_NODES,
    nodeIds,
    {},
    (done) => progress({ stage: stage === 'provenance' ? stage : 'nodes', done, total: nodeIds.length }),
    true,
  );
  for (const row of nodeRows) {
    const elementId = String(row.elementId);
    const properties = mapField(row, 'properties');
    const key = stableKey(properties, elementId, usedKeys);
    keys.set(elementId, key);
    into.nodes.set(elementId, {
      id: key,
      labels: stringsField(row, 'labels').sort(),
      properties: convertProperties(properties, collector),
      propertyTypes: typeMap(stringPairsField(row, 'types')),
    });
  }
  const relationshipRows = await readBatched(
    database,
    FETCH_RELATIONSHIPS,
    relationshipIds,
    {},
    (done) => progress({ stage: stage === 'provenance' ? stage : 'relationships', done, total: relationshipIds.length }),
    true,
  );
  const usedRelationshipKeys = new Set([...into.relationships.values()].map((r) => r.id));
  for (const row of relationshipRows) {
    const elementId = String(row.elementId);
    const properties = mapField(row, 'properties');
    const key = stableKey(properties, elementId, usedRelationshipKeys);
    into.relationships.set(elementId, {
      id: key,
      type: String(row.type),
      start: String(row.start),
      end: String(row.end),
      properties: convertProperties(properties, collector),
      propertyTypes: typeMap(stringPairsField(row, 'types')),
    });
  }
}

function resolveEndpoints(relationships: Iterable<PropertyRelationship>, keys: Map<string, string>): void {
  for (const r of relationships) {
    r.start = keys.get(r.start) ?? r.start;
    r.end = keys.get(r.end) ?? r.end;
  }
}

/** Fetches a selection with every property and its type, and the provenance that keeps each fact's quote and article. */
export async function fetchExportGraph(database: GraphDatabase, selection: ExportSelection, onProgress?: (p: ExportProgress) => void): Promise<ExportGraph> {
  const progress = onProgress ?? (() => {});
  const keys = new Map<string, string>();
  const selected: Fetched = { nodes: new Map(), relationships: new Map() };
  // Endpoints of selected relationships belong to the selection, so the subgraph has no loose ends.
  const relationshipEnds = await readBatched(
    database,
    `UNWIND $ids AS id MATCH (a)-[r]->(b) WHERE elementId(r) = id RETURN elementId(a) AS a, elementId(b) AS b`,
    selection.relationships,
  );
  const nodeIds = [...new Set([...selection.nodes, ...relationshipEnds.flatMap((row) => [String(row.a), String(row.b)])])].sort();
  await fetchElements(database, nodeIds, selection.relationships, selected, keys, progress, 'nodes');

  const sentenceIds = new Set<string>();
  for (const r of selected.relationships.values()) {
    const evidence = r.properties.evidenceIds;
    if (Array.isArray(evidence)) for (const id of evidence) if (typeof id === 'string') sentenceIds.add(id);
  }
  const entityIds = [...selected.nodes.entries()].filter(([, n]) => n.labels.includes('Entity')).map(([elementId]) => elementId);
  const extraNodes = new Set<string>();
  const extraRelationships = new Set<string>();
  for (const row of await readBatched(database, EVIDENCE, [...sentenceIds].sort())) {
    extraNodes.add(String(row.s));
    if (row.i != null) {
      extraRelationships.add(String(row.i));
      extraNodes.add(String(row.d));
    }
  }
  for (const row of await readBatched(database, MENTIONS, entityIds)) {
    extraRelationships.add(String(row.m));
    extraNodes.add(String(row.d));
  }
  const provenance: Fetched = { nodes: new Map(), relationships: new Map() };
  await fetchElements(
    database,
    [...extraNodes].filter((id) => !selected.nodes.has(id)).sort(),
    [...extraRelationships].filter((id) => !selected.relationships.has(id)).sort(),
    provenance,
    keys,
    progress,
    'provenance',
  );
  resolveEndpoints(selected.relationships.values(), keys);
  resolveEndpoints(provenance.relationships.values(), keys);
  const graph = (fetched: Fetched): PropertyGraph =>
    sortPropertyGraph({ nodes: [...fetched.nodes.values()], relationships: [...fetched.relationships.values()] });
  return { selected: graph(selected), provenance: graph(provenance) };
}
