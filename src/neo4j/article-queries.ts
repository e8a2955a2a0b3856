// The Cypher behind the viewer's articles and time: the articles of an entity or a relation, one article with every
// mention and relation evidence in it (the reader), and articles per publication day (the timeline). READ sessions,
// values as parameters only.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from './connection.js';
import type { ArticleEvidence, ArticleMention, ArticleSummary, ArticleText, EntityRef, Timeline } from '../viewer/viewer-data.js';
import { entityRefField, mapsField, optionalListField, rowsOf, stringField, stringsField, type Row } from './row-fields.js';

async function read(database: GraphDatabase, cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const session = database.readSession();
  try {
    const result = await session.run(cypher, params, { timeout: 20_000 });
    return rowsOf(result.records);
  } finally {
    await session.close();
  }
}

function summary(row: Row): ArticleSummary {
  return {
    id: String(row.id),
    source: String(row.source),
    hits: Number(row.hits ?? 0),
    ...(row.title ? { title: String(row.title) } : {}),
    ...(row.published ? { published: String(row.published) } : {}),
  };
}

/** Articles mentioning an entity, newest first (undated last), with the number of mentions in each. */
export async function entityArticles(database: GraphDatabase, id: string, limit = 200): Promise<ArticleSummary[]> {
  const rows = await read(
    database,
    `MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
     RETURN d.id AS id, d.source AS source, d.title AS title, d.published AS published, coalesce(m.count, size(coalesce(m.starts, []))) AS hits
     ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT $limit`,
    { id, limit: neo4j.int(limit) },
  );
  return rows.map(summary);
}

/** Articles stating a relation, newest first, with the number of its evidence sentences in each. */
export async function relationArticles(database: GraphDatabase, id: string, limit = 200): Promise<ArticleSummary[]> {
  const rows = await read(
    database,
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id
     WITH r LIMIT 1
     MATCH (d:Document) WHERE d.id IN coalesce(r.documentIds, [])
     OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) WHERE s.id IN coalesce(r.evidenceIds, [])
     RETURN d.id AS id, d.source AS source, d.title AS title, d.published AS published, count(s) AS hits
     ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT $limit`,
    { id, limit: neo4j.int(limit) },
  );
  return rows.map(summary);
}

/** One article with its text, the mentions of every entity in it and the evidence sentences of every relation in it. */
export async function articleText(database: GraphDatabase, id: string): Promise<ArticleText | null> {
  const rows = await read(
    database,
    `MATCH (d:Document {id: $id})
     OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
     RETURN d.id AS id, d.source AS source, d.title AS title, d.published AS published, d.text AS text,
            collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name, type: e.type, starts: m.starts, ends: m.ends} END) AS mentions`,
    { id },
  );
  const [row] = rows;
  if (!row) return null;
  const mentions: ArticleMention[] = [];
  for (const m of mapsField(row, 'mentions')) {
    const entity: EntityRef = { id: stringField(m, 'id'), name: stringField(m, 'name'), type: stringField(m, 'type') };
    const ends = optionalListField(m, 'ends');
    (optionalListField(m, 'starts') ?? []).forEach((start, i) => mentions.push({ entity, start: Number(start), end: Number(ends?.[i] ?? start) }));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Relations are reached from the entities the article mentions, so the cost follows the article, not the graph.
  const evidenceRows = await read(
    database,
    `MATCH (d:Document {id: $id})<-[:MENTIONED_IN]-(a:Entity)-[r]->(b:Entity)
     WHERE d.id IN coalesce(r.documentIds, [])
     MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) WHERE s.id IN coalesce(r.evidenceIds, [])
     RETURN r.id AS relationId, type(r) AS relationType, {id: a.id, name: a.name, type: a.type} AS source,
            {id: b.id, name: b.name, type: b.type} AS target, s.start AS start, s.end AS end
     ORDER BY start, relationId`,
    { id },
  );
  const evidence = evidenceRows.map((r): ArticleEvidence => ({
    relationId: stringField(r, 'relationId'),
    relationType: stringField(r, 'relationType'),
    source: entityRefField(r, 'source'),
    target: entityRefField(r, 'target'),
    start: Number(r.start),
    end: Number(r.end),
  }));
  return {
    id: String(row.id),
    source: String(row.source),
    text: String(row.text ?? ''),
    mentions,
    evidence,
    ...(row.title ? { title: String(row.title) } : {}),
    ...(row.published ? { published: String(row.published) } : {}),
  };
}

/** Articles per publication day, for the timeline. */
export async function articleTimeline(database: GraphDatabase): Promise<Timeline> {
  const rows = await read(
    database,
    `MATCH (d:Document) WHERE d.published IS NOT NULL
     WITH substring(toString(d.published), 0, 10) AS day RETURN day, count(*) AS count ORDER BY day`,
  );
  return { articles: rows.map((r) => ({ day: String(r.day), count: Number(r.count) })) };
}

/**
 * The shortest chain of relations between two entities (either direction, at most `maxHops`), as the ids of the
 * entities on it, in order; empty when there is none. Only entity-to-entity relationships count: mentions join
 * entities to articles, not to each other.
 */
export async function shortestPathIds(database: GraphDatabase, from: string, to: string, maxHops = 6): Promise<string[]> {
  const rows = await read(
    database,
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[*..${Math.max(1, Math.min(10, Math.floor(maxHops)))}]-(b))
     WHERE all(n IN nodes(p) WHERE n:Entity)
     RETURN [n IN nodes(p) | n.id] AS ids`,
    { from, to },
  );
  const [row] = rows;
  return row ? stringsField(row, 'ids') : [];
}
