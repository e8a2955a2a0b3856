// The Cypher behind the viewer's API (`kg serve`): overview, search, entity and relation details with their evidence,
// 1-hop expansion and ego networks. Every value is a parameter; the only text spliced into Cypher is a relation type
// checked against graph-schema/. All run in READ sessions. Relations here are entity-to-entity relationships only
// (MENTIONED_IN and IN_DOCUMENT join entities and sentences to documents and are never drawn).
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from './connection.js';
import { ENTITY_FULLTEXT_INDEX, SENTENCE_FULLTEXT_INDEX, assertIdentifier } from './schema-setup.js';
import { isRelationType, relationType } from '../schema/schema.js';
import type { EntityDetails, EvidenceSentence, RelationDetails, SearchHit, ViewerGraphData, ViewerRelation } from '../viewer/viewer-data.js';
import { groupRelations, sentenceHighlights } from '../viewer/viewer-data.js';
import { searchEgoNetwork, subgraphCounts, type NeighbourhoodStore } from '../viewer/ego-network.js';
import type { Entity, Evidence, GraphDocument, Mention, Relation, SourceDocument } from '../document/graph-document.js';
import {
  entityRefField,
  entityTypeField,
  mapField,
  mapsField,
  numberField,
  optionalListField,
  relationTypeField,
  rowsOf,
  stringField,
  stringsField,
  viewerEntityField,
  type Row,
} from './row-fields.js';

async function read(database: GraphDatabase, cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const session = database.readSession();
  try {
    const result = await session.run(cypher, params, { timeout: 20_000 });
    return rowsOf(result.records);
  } finally {
    await session.close();
  }
}

const ENTITY_MAP = `{id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, []), mentionCount: coalesce(e.mentionCount, 0), documentCount: coalesce(e.documentCount, 0)}`;
/** A relation with the publication day of the earliest of its articles, which places it on the timeline when it has no date of its own. */
const RELATION_MAP = `{id: r.id, source: a.id, target: b.id, type: type(r), confidence: coalesce(r.confidence, 0), date: r.date, negated: r.negated, verb: r.verb, object: r.object,
  published: COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.documentIds, []) AND d.published IS NOT NULL RETURN d.published ORDER BY d.published LIMIT 1 }[0]}`;

function toRelation(r: Row): ViewerRelation {
  const relation: ViewerRelation = {
    id: stringField(r, 'id'),
    source: stringField(r, 'source'),
    target: stringField(r, 'target'),
    type: stringField(r, 'type'),
    confidence: Number(r.confidence),
  };
  if (r.date != null) relation.date = String(r.date);
  if (r.published != null) relation.published = String(r.published).slice(0, 10);
  if (r.negated != null) relation.negated = Boolean(r.negated);
  if (r.verb != null) relation.verb = String(r.verb);
  if (r.object != null) relation.object = String(r.object);
  return relation;
}

/** Totals per entity type and per relation type in the whole graph. */
async function countsByType(database: GraphDatabase): Promise<ViewerGraphData['counts']> {
  // Two read sessions at once: the driver's pool gives each its own connection.
  const [entityRows, relationRows] = await Promise.all([
    read(database, `MATCH (e:Entity) RETURN e.type AS type, count(*) AS n`),
    read(database, `MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n`),
  ]);
  const entityTypes = Object.fromEntries(entityRows.map((row) => [String(row.type), Number(row.n)]));
  const relationTypes = Object.fromEntries(relationRows.map((row) => [String(row.type), Number(row.n)]));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return { entities: sum(entityTypes), relations: sum(relationTypes), entityTypes, relationTypes };
}

/** Relations whose both endpoints are among `ids`, most confident first, at most `limit`. */
async function relationsAmong(database: GraphDatabase, ids: string[], limit: number): Promise<ViewerRelation[]> {
  const rows = await read(
    database,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
     RETURN ${RELATION_MAP} AS r ORDER BY r.confidence DESC, r.id LIMIT $limit`,
    { ids, limit: neo4j.int(limit) },
  );
  return rows.map((row) => toRelation(mapField(row, 'r')));
}

/**
 * The graph the viewer opens with: the `entityLimit` most-mentioned entities and the relations among them (at most
 * `relationLimit`), plus totals of the whole graph.
 */
export async function graphOverview(database: GraphDatabase, entityLimit = 2000, relationLimit = 6000): Promise<ViewerGraphData> {
  // The totals and the entities do not depend on each other: asked at once, the overview waits for the longer of the
  // two instead of both (the relations need the entities).
  const [counts, rows] = await Promise.all([
    countsByType(database),
    read(database, `MATCH (e:Entity) RETURN ${ENTITY_MAP} AS e ORDER BY e.mentionCount DESC, e.id LIMIT $limit`, {
      limit: neo4j.int(entityLimit),
    }),
  ]);
  const entities = rows.map((row) => viewerEntityField(row, 'e'));
  const relations = await relationsAmong(
    database,
    entities.map((e) => e.id),
    relationLimit,
  );
  const truncated = entities.length < counts.entities || relations.length < counts.relations;
  return { entities, relations, counts, truncated };
}

/** Escapes Lucene's special characters so user text is searched as text. */
function luceneTerm(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/**
 * A Lucene query where every word of `text` must match, as a prefix or, for words of four letters or more, within one
 * edit (Lucene's fuzzy `~1`: "Clintn" finds "Clinton"); the words as a phrase rank first. Null when there is no word.
 */
export function fuzzyLuceneQuery(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return null;
  const term = (word: string) => {
    const t = luceneTerm(word);
    return word.length >= 4 ? `(${t}* OR ${t}~1)` : `${t}*`;
  };
  return `(${words.map(term).join(' AND ')}) OR "${words.map(luceneTerm).join(' ')}"^3`;
}

/** Autocomplete over names and aliases through the fulltext index: every word of `text` as a prefix or fuzzy. */
export async function searchEntities(database: GraphDatabase, text: string, limit = 10): Promise<SearchHit[]> {
  const query = fuzzyLuceneQuery(text);
  if (!query) return [];
  const rows = await read(
    database,
    // Ranked and cut before the rows are built: a short prefix can match thousands of names.
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
     WITH e, score ORDER BY score DESC, coalesce(e.mentionCount, 0) DESC LIMIT $limit
     RETURN ${ENTITY_MAP} AS e, score`,
    { index: ENTITY_FULLTEXT_INDEX, query, limit: neo4j.int(limit) },
  );
  return rows.map((row) => {
    const e = viewerEntityField(row, 'e');
    return { kind: 'entity', id: e.id, name: e.name, type: e.type, aliases: e.aliases, score: Number(row.score) };
  });
}

/**
 * Relations whose evidence sentence matches `text` (the sentence fulltext index, fuzzy as names are): each hit is the
 * relation with the sentence that states it. A database loaded before the sentence index existed gives no hits.
 */
export async function searchEvidence(database: GraphDatabase, text: string, limit = 5): Promise<SearchHit[]> {
  const query = fuzzyLuceneQuery(text);
  if (!query) return [];
  let rows: Row[];
  try {
    rows = await read(
      database,
      // The sentence's relations are found from the entities its article mentions, not by scanning every relation.
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS s, score
       WITH s, score ORDER BY score DESC LIMIT $scan
       MATCH (s)-[:IN_DOCUMENT]->(:Document)<-[:MENTIONED_IN]-(a:Entity)-[r]->(b:Entity)
       WHERE s.id IN coalesce(r.evidenceIds, [])
       WITH s, score, r, a, b ORDER BY score DESC, r.confidence DESC LIMIT $limit
       RETURN r.id AS id, type(r) AS type, a.id AS sourceId, a.name AS source, b.name AS target, s.text AS sentence, score`,
      { index: SENTENCE_FULLTEXT_INDEX, query, scan: neo4j.int(limit * 4), limit: neo4j.int(limit) },
    );
  } catch (error) {
    if (error instanceof Error && /no such fulltext schema index/i.test(error.message)) return [];
    throw error;
  }
  return rows.map((row) => ({
    kind: 'relation' as const,
    id: String(row.id),
    name: `${row.source} — ${String(row.type).replace(/_/g, ' ').toLowerCase()} — ${row.target}`,
    type: String(row.type),
    aliases: [],
    score: Number(row.score),
    sentence: String(row.sentence),
    entityId: String(row.sourceId),
  }));
}

/** Returns, per relation, its endpoints, properties and evidence sentences with the endpoints' mentions in them. */
const RELATION_DETAILS_RETURN = `
OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN coalesce(r.evidenceIds, [])
OPTIONAL MATCH (a)-[ma:MENTIONED_IN]->(d)
OPTIONAL MATCH (b)-[mb:MENTIONED_IN]->(d)
WITH a, r, b, s, d, ma, mb ORDER BY d.id, s.start
RETURN {id: a.id, name: a.name, type: a.type} AS source, {id: b.id, name: b.name, type: b.type} AS target,
       r.id AS id, type(r) AS type, properties(r) AS properties,
       collect(CASE WHEN s IS NULL THEN null ELSE {text: s.text, start: s.start, end: s.end,
         article: {id: d.id, source: d.source, title: d.title, published: d.published},
         aStarts: ma.starts, aEnds: ma.ends, bStarts: mb.starts, bEnds: mb.ends} END) AS evidence`;

const HIDDEN_PROPERTIES = new Set(['id', 'confidence', 'evidenceIds', 'documentIds']);

function ranges(starts: unknown, ends: unknown, role: 'source' | 'target') {
  const s = Array.isArray(starts) ? starts : [];
  const e = Array.isArray(ends) ? ends : [];
  return s.map((start, i) => ({ start: Number(start), end: Number(e[i]), role }));
}

function toRelationDetails(row: Row): RelationDetails {
  const properties = mapField(row, 'properties');
  const kept: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (HIDDEN_PROPERTIES.has(key) || value == null) continue;
    kept[key] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
  }
  // The strongest statement's confidence says something only where merging statements made the relation's own differ.
  if (kept.statedConfidence === properties.confidence) delete kept.statedConfidence;
  const seen = new Set<string>();
  const evidence: EvidenceSentence[] = [];
  for (const item of mapsField(row, 'evidence')) {
    const article = mapField(item, 'article');
    const key = `${article.id}:${item.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = { start: Number(item.start), end: Number(item.end) };
    evidence.push({
      text: String(item.text),
      ...sentence,
      article: {
        id: String(article.id),
        source: String(article.source),
        ...(article.title ? { title: String(article.title) } : {}),
        ...(article.published ? { published: String(article.published) } : {}),
      },
      highlights: sentenceHighlights(sentence, [...ranges(item.aStarts, item.aEnds, 'source'), ...ranges(item.bStarts, item.bEnds, 'target')]),
    });
  }
  const type = String(row.type);
  return {
    id: String(row.id),
    type,
    family: isRelationType(type) ? relationType(type).family : 'generic',
    source: entityRefField(row, 'source'),
    target: entityRefField(row, 'target'),
    confidence: Number(properties.confidence ?? 0),
    properties: kept,
    evidence,
  };
}

/** One relation with all its evidence; `type` (when known) lets Neo4j use the relation type's id index. */
export async function relationEvidence(database: GraphDatabase, id: string, type?: string): Promise<RelationDetails | null> {
  const pattern = type && isRelationType(type) ? `[r:${assertIdentifier(type)} {id: $id}]` : `[r]`;
  const rows = await read(database, `MATCH (a:Entity)-${pattern}->(b:Entity) WHERE r.id = $id WITH a, r, b LIMIT 1 ${RELATION_DETAILS_RETURN}`, { id });
  const [row] = rows;
  return row ? toRelationDetails(row) : null;
}

/** An entity with its aliases, mention count and every relation touching it, grouped by type, with evidence. */
export async function entityDetails(database: GraphDatabase, id: string, relationLimit = 300): Promise<EntityDetails | null> {
  const entityRows = await read(database, `MATCH (e:Entity {id: $id}) RETURN ${ENTITY_MAP} AS e, coalesce(e.documentCount, 0) AS documentCount`, { id });
  const [entityRow] = entityRows;
  if (!entityRow) return null;
  const rows = await read(
    database,
    `MATCH (e:Entity {id: $id})-[r]-(:Entity)
     WITH DISTINCT r ORDER BY r.confidence DESC, r.id LIMIT $limit
     MATCH (a:Entity)-[r]->(b:Entity) ${RELATION_DETAILS_RETURN}`,
    { id, limit: neo4j.int(relationLimit) },
  );
  return {
    entity: { ...viewerEntityField(entityRow, 'e'), documentCount: Number(entityRow.documentCount) },
    relationGroups: groupRelations(rows.map(toRelationDetails)),
  };
}

/** Entities one hop from any of `ids` (at most `limit`, strongest relations first). */
async function neighbourIds(database: GraphDatabase, ids: string[], limit: number): Promise<string[]> {
  const rows = await read(
    database,
    `MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $ids AND NOT b.id IN $ids
     WITH b, max(r.confidence) AS strength ORDER BY strength DESC, b.id LIMIT $limit RETURN b.id AS id`,
    { ids, limit: neo4j.int(limit) },
  );
  return rows.map((row) => String(row.id));
}

async function subgraph(database: GraphDatabase, ids: string[], relationLimit: number): Promise<ViewerGraphData> {
  const rows = await read(database, `MATCH (e:Entity) WHERE e.id IN $ids RETURN ${ENTITY_MAP} AS e ORDER BY e.id`, { ids });
  const entities = rows.map((row) => viewerEntityField(row, 'e'));
  const relations = await relationsAmong(database, ids, relationLimit);
  return { entities, relations, truncated: relations.length >= relationLimit, counts: subgraphCounts(entities, relations) };
}

/** The entities of a path and the relations among them, in the viewer's shape. */
export function pathGraph(database: GraphDatabase, ids: string[]): Promise<ViewerGraphData> {
  return subgraph(database, ids, ids.length * 20);
}

/** The ego-network search's questions (src/viewer/ego-network.ts) answered in Cypher. */
function neighbourhoodStore(database: GraphDatabase): NeighbourhoodStore {
  return {
    hasEntity: async (id) => (await read(database, `MATCH (e:Entity {id: $id}) RETURN e.id AS id`, { id })).length > 0,
    neighbourIds: (ids, limit) => neighbourIds(database, ids, limit),
    subgraph: (ids, relationLimit) => subgraph(database, ids, relationLimit),
  };
}

/**
 * The ego network of `id` (src/viewer/ego-network.ts): every entity within `depth` (1-3) hops and the relations
 * among them, capped at `entityLimit` entities. Depth 1 is the "expand" of one node.
 */
export function egoNetwork(database: GraphDatabase, id: string, depth: number, entityLimit = 500): Promise<ViewerGraphData> {
  return searchEgoNetwork(neighbourhoodStore(database), id, depth, entityLimit);
}

/**
 * A graph document (the interchange format) for the given entities and relations, read back from Neo4j: entities with
 * their mentions, relations with their evidence offsets, and the articles those point into. The viewer's JSON export.
 */
export async function graphDocumentOf(database: GraphDatabase, entityIds: string[], relationIds: string[]): Promise<GraphDocument> {
  const entityRows = await read(
    database,
    `MATCH (e:Entity) WHERE e.id IN $ids
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
     WITH e, m, d ORDER BY d.id
     RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
            collect(CASE WHEN d IS NULL THEN null ELSE {doc: d.id, starts: m.starts, ends: m.ends, kinds: m.kinds} END) AS mentions
     ORDER BY id`,
    { ids: entityIds },
  );
  const relationRows = await read(
    database,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids AND a.id IN $entities AND b.id IN $entities
     OPTIONAL MATCH (s:Sentence) WHERE s.id IN coalesce(r.evidenceIds, [])
     WITH a, r, b, s ORDER BY s.documentId, s.start
     RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties,
            collect(CASE WHEN s IS NULL THEN null ELSE {doc: s.documentId, start: s.start, end: s.end, text: s.text} END) AS evidence
     ORDER BY id`,
    { ids: relationIds, entities: entityIds },
  );
  const entities: Entity[] = entityRows.map((row) => {
    const mentions: Mention[] = [];
    for (const m of mapsField(row, 'mentions')) {
      const ends = optionalListField(m, 'ends');
      const kinds = optionalListField(m, 'kinds');
      (optionalListField(m, 'starts') ?? []).forEach((start, i) => {
        const kind = kinds?.[i];
        mentions.push({
          doc: stringField(m, 'doc'),
          start: Number(start),
          end: Number(ends?.[i] ?? start),
          ...(kind === 'name' || kind === 'nominal' || kind === 'pronoun' ? { kind } : {}),
        });
      });
    }
    return { id: String(row.id), name: String(row.name), type: entityTypeField(row, 'type'), aliases: stringsField(row, 'aliases'), mentions };
  });
  const relations: Relation[] = relationRows
    .map((row) => {
      const properties = mapField(row, 'properties');
      const kept: Record<string, string | number | boolean> = {};
      for (const [key, value] of Object.entries(properties)) {
        if (!HIDDEN_PROPERTIES.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) kept[key] = value;
      }
      return {
        id: String(row.id),
        source: String(row.source),
        target: String(row.target),
        type: relationTypeField(row, 'type'),
        properties: kept,
        confidence: Number(properties.confidence ?? 0),
        evidence: mapsField(row, 'evidence').map((e): Evidence => ({
          doc: stringField(e, 'doc'),
          start: numberField(e, 'start'),
          end: numberField(e, 'end'),
          text: stringField(e, 'text'),
        })),
      };
    })
    .filter((r) => r.evidence.length > 0);
  const documentIds = [...new Set([...entities.flatMap((e) => e.mentions.map((m) => m.doc)), ...relations.flatMap((r) => r.evidence.map((e) => e.doc))])];
  const documentRows = await read(
    database,
    `MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.source AS source, d.title AS title, d.published AS published, d.text AS text ORDER BY id`,
    { ids: documentIds },
  );
  const documents: SourceDocument[] = documentRows.map((row) => ({
    id: String(row.id),
    source: String(row.source),
    text: String(row.text ?? ''),
    ...(row.title ? { title: String(row.title) } : {}),
    ...(row.published ? { published: String(row.published) } : {}),
  }));
  return { version: 1, documents, entities, relations };
}
