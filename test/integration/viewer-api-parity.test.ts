// The viewer API answers the same over an opened graph file (src/viewer/graph-document-api.ts) as over Neo4j
// (src/neo4j/viewer-queries.ts, article-queries.ts) on the same graph: the fixture articles are extracted and loaded,
// and the file is that graph as kg export writes it, so that what the load settles (names, types, compounded
// confidences) is in both. Overview, entity and relation details with evidence, articles, the reader, the timeline,
// ego networks and shortest paths.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { articleText, articleTimeline, entityArticles, relationArticles, shortestPathIds } from '../../src/neo4j/article-queries.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { egoNetwork, entityDetails, graphOverview, pathGraph, relationEvidence, searchEntities } from '../../src/neo4j/viewer-queries.js';
import { fetchExportGraph, selectAll } from '../../src/neo4j/export-queries.js';
import { toGraphDocument } from '../../src/export/to-graph-document.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { GraphDocumentApi } from '../../src/viewer/graph-document-api.js';
import { clearGraph, openTestDatabase } from './test-database.js';

const articles = path.resolve(import.meta.dirname, '..', 'fixtures', 'articles');
const days = ['2024-03-01', '2024-03-01', '2024-03-02', '2024-03-04', '2024-03-05', '2024-03-05'];

/** The fixture articles as one graph, each dated so that the timeline and the relations' days have something to show. */
function fixtureGraph(): GraphDocument {
  const inputs = fs
    .readdirSync(articles)
    .sort()
    .map((name, i) => ({
      source: name,
      format: 'txt' as const,
      content: fs.readFileSync(path.join(articles, name), 'utf8'),
      published: `${days[i % days.length]}T08:00:00Z`,
    }));
  return extractGraph(inputs).graph;
}

let database: GraphDatabase;
let graph: GraphDocument;
let offline: GraphDocumentApi;

beforeAll(async () => {
  database = await openTestDatabase();
  await clearGraph(database);
  await loadGraph(database, fixtureGraph());
  graph = toGraphDocument(await fetchExportGraph(database, await selectAll(database, { entityTypes: [], relationTypes: [] }))).document;
  offline = new GraphDocumentApi(graph);
});
afterAll(async () => {
  await database?.close();
});

describe('the viewer API over an opened file and over Neo4j', () => {
  it('has a graph with relations across several articles to compare on', () => {
    expect(graph.documents.length).toBeGreaterThan(3);
    expect(graph.relations.length).toBeGreaterThan(10);
  });

  it('gives the same overview, whole and capped', async () => {
    expect(await offline.overview(2000, 6000)).toEqual(await graphOverview(database, 2000, 6000));
    expect(await offline.overview(5, 3)).toEqual(await graphOverview(database, 5, 3));
  });

  it('gives the same details, evidence and articles for every entity and relation', async () => {
    for (const entity of graph.entities) {
      expect(await offline.entity(entity.id), entity.name).toEqual(await entityDetails(database, entity.id));
      expect(await offline.articles({ entity: entity.id })).toEqual(await entityArticles(database, entity.id));
    }
    for (const relation of graph.relations) {
      expect(await offline.relation(relation.id), relation.id).toEqual(await relationEvidence(database, relation.id, relation.type));
      expect(await offline.articles({ relation: relation.id })).toEqual(await relationArticles(database, relation.id));
    }
    expect(await offline.entity('no-such-entity')).toBeNull();
    expect(await entityDetails(database, 'no-such-entity')).toBeNull();
  });

  it('gives the same article text, mentions, evidence and timeline', async () => {
    for (const document of graph.documents) expect(await offline.article(document.id), document.source).toEqual(await articleText(database, document.id));
    expect(await offline.timeline()).toEqual(await articleTimeline(database));
  });

  it('gives the same ego networks at every depth and cap', async () => {
    for (const entity of graph.entities.slice(0, 25)) {
      for (const [depth, limit] of [
        [1, 200],
        [2, 500],
        [2, 4],
        [3, 10],
      ] as const) {
        expect(await offline.ego(entity.id, depth, limit), `${entity.name} depth ${depth} cap ${limit}`).toEqual(
          await egoNetwork(database, entity.id, depth, limit),
        );
      }
    }
    expect(await offline.ego('no-such-entity', 1)).toEqual(await egoNetwork(database, 'no-such-entity', 1));
  });

  it('finds shortest paths of the same length, each a chain of relations', async () => {
    // Endpoints of relations, so that most pairs are linked, some by chains of several relations.
    const ids = [...new Set(graph.relations.flatMap((r) => [r.source, r.target]))].sort().slice(0, 14);
    const linked = new Set(graph.relations.map((r) => [r.source, r.target].sort().join('|')));
    let found = 0;
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        const server = await shortestPathIds(database, from, to);
        const { path: chain, graph: pathData } = await offline.path(from, to);
        expect(chain.length, `${from} → ${to}`).toBe(server.length);
        if (chain.length === 0) continue;
        found++;
        expect([chain[0], chain[chain.length - 1]]).toEqual([from, to]);
        for (let i = 1; i < chain.length; i++) expect(linked.has([chain[i - 1], chain[i]].sort().join('|'))).toBe(true);
        expect(pathData).toEqual(await pathGraph(database, chain));
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds an entity by its full name offline as the fulltext index does', async () => {
    for (const entity of graph.entities.slice(0, 30)) {
      const offlineIds = (await offline.search(entity.name)).map((hit) => hit.id);
      const serverIds = (await searchEntities(database, entity.name)).map((hit) => hit.id);
      expect(offlineIds, entity.name).toContain(entity.id);
      expect(serverIds, entity.name).toContain(entity.id);
    }
  });
});
