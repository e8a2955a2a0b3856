// kg load against the real Neo4j: labels from the schema, provenance, idempotence, reuse of nodes across articles,
// and nothing written when a document fails validation.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { graphCounts, loadGraph } from '../../src/neo4j/load-graph.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { validateDocument } from '../../src/schema/validate-document.js';
import { labelsFor } from '../../src/schema/schema.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { clearGraph, openTestDatabase } from './test-database.js';
import { graphSnapshot } from './graph-snapshot.js';
import { itemAt } from '../../src/util/checked-index.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');

function extractText(source: string, content: string): GraphDocument {
  return extractGraph([{ source, format: 'txt', content }]).graph;
}

let database: GraphDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await clearGraph(database);
});

describe('kg load', () => {
  const article = fs.readFileSync(path.join(root, 'test', 'fixtures', 'articles', 'business-acquisition.txt'), 'utf8');

  it('writes every entity with all the labels its type implies, and every relation', async () => {
    const graph = extractText('acquisition.txt', article);
    expect(graph.relations.length).toBeGreaterThan(0);
    await loadGraph(database, graph);
    const counts = await graphCounts(database);
    expect(counts.entities).toBe(graph.entities.length);
    expect(counts.relations).toBe(graph.relations.length);
    const session = database.readSession();
    try {
      for (const entity of graph.entities) {
        const result = await session.run('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.name AS name, n.aliases AS aliases', { id: entity.id });
        expect([...itemAt(result.records, 0).get('labels')].sort()).toEqual([...labelsFor(entity.type)].sort());
        expect(itemAt(result.records, 0).get('name')).toBe(entity.name);
        // No aliases: no property (the bulk import cannot write an empty list either).
        expect(itemAt(result.records, 0).get('aliases')).toEqual(entity.aliases.length ? entity.aliases : null);
      }
    } finally {
      await session.close();
    }
  });

  it('leads from any relation to the sentence and the article that state it', async () => {
    const graph = extractText('acquisition.txt', article);
    await loadGraph(database, graph);
    const session = database.readSession();
    try {
      const result = await session.run(`
        MATCH (:Entity)-[r]->(:Entity)
        OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN r.evidenceIds
        RETURN r.id AS id, collect(s.text) AS quotes, collect(d.source) AS sources,
               all(x IN collect(substring(d.text, s.start, s.end - s.start) = s.text) WHERE x) AS offsetsPointAtQuotes`);
      expect(result.records.length).toBe(graph.relations.length);
      for (const record of result.records) {
        const relation = graph.relations.find((r) => r.id === record.get('id'))!;
        const expected = relation.evidence.map((e) => itemAt(graph.documents, 0).text.slice(e.start, e.end));
        expect([...record.get('quotes')].sort()).toEqual([...expected].sort());
        expect(record.get('sources')).toContain('acquisition.txt');
        // Offsets are integers into the article text, usable in Cypher as they are.
        expect(record.get('offsetsPointAtQuotes')).toBe(true);
      }
    } finally {
      await session.close();
    }
  });

  it('changes nothing when the same document is loaded twice', async () => {
    const graph = extractText('acquisition.txt', article);
    await loadGraph(database, graph);
    const first = await graphSnapshot(database);
    await loadGraph(database, graph, { batchSize: 3 });
    expect(await graphSnapshot(database)).toEqual(first);
  });

  it('reuses the node of an organisation a second article mentions, and keeps both articles as its sources', async () => {
    const first = extractText(
      'first.txt',
      'Halvorsen Robotics signed a contract with the Danish navy on Monday. Halvorsen Robotics said the deal was worth $40 million.',
    );
    const second = extractText('second.txt', 'Shares in Halvorsen Robotics rose after Norwegian investors backed the company, analysts at Brenner Bank said.');
    await loadGraph(database, first);
    await loadGraph(database, second);
    const session = database.readSession();
    try {
      const result = await session.run(
        `MATCH (n:Entity) WHERE n.name = 'Halvorsen Robotics' RETURN count(n) AS nodes, max(n.documentCount) AS documents, max(n.mergeKey) AS key`,
      );
      expect(itemAt(result.records, 0).get('nodes')).toBe(1);
      expect(itemAt(result.records, 0).get('documents')).toBe(2);
      expect(itemAt(result.records, 0).get('key')).toBe('halvorsen robotics');
    } finally {
      await session.close();
    }
  });

  it('loads a file read piece by piece (kg load) to the graph loading it whole gives', async () => {
    const graph = syntheticGraph({ relations: 300, seed: 17, relationsPerDocument: 9 });
    // Some evidence carries its sentence's text, some leaves it to the document, as hand-made documents may.
    graph.relations.forEach((relation, i) => {
      for (const evidence of relation.evidence)
        if (i % 2) evidence.text = graph.documents.find((d) => d.id === evidence.doc)!.text.slice(evidence.start, evidence.end);
    });
    expect(validateDocument(graph).errors).toEqual([]);
    await loadGraph(database, graph);
    const whole = await graphSnapshot(database);
    await clearGraph(database);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-')), 'graph.json');
    fs.writeFileSync(file, JSON.stringify(graph, null, 2));
    const { stdout } = await run(process.execPath, [kg, 'load', file, '--batch-size', '40'], { cwd: root });
    expect(stdout).toMatch(/300 relations/);
    expect(await graphSnapshot(database)).toEqual(whole);
    expect((await graphCounts(database)).sentences).toBeGreaterThan(0);
  });

  it('writes nothing when a document fails the schema, and says what was wrong', async () => {
    const good = extractText('acquisition.txt', article);
    await loadGraph(database, good);
    const before = await graphSnapshot(database);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
    const goodFile = path.join(dir, 'good.json');
    fs.writeFileSync(goodFile, JSON.stringify(extractText('other.txt', 'Orvik Shipping hired Dana Kaur as its chief executive.')));
    const bad = path.join(root, 'test', 'fixtures', 'bad-inputs', 'graph-offsets-out-of-range.json');
    // The good file comes first: it must not be written either, because the batch as a whole is refused.
    const failure = await run(process.execPath, [kg, 'load', goodFile, bad], { cwd: root }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toMatch(/graph-offsets-out-of-range\.json is not a valid graph document, nothing was loaded: .*outside the document text/);
    expect(await graphSnapshot(database)).toEqual(before);
  });

  it('loads and reloads any valid document to the same graph (property-based)', { timeout: 240_000 }, async () => {
    const nameArbitrary = fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(nameArbitrary, { minLength: 1, maxLength: 5 }),
        async (seed, relations, names) => {
          await clearGraph(database);
          const graph = syntheticGraph({ relations, seed, relationsPerDocument: 7 });
          // Names with quotes, braces, backslashes and Cypher keywords must arrive as data.
          graph.entities.forEach((entity, i) => {
            entity.aliases = [itemAt(names, i % names.length), `${itemAt(names, 0)}'}) DETACH DELETE n //`];
          });
          expect(validateDocument(graph).valid).toBe(true);
          await loadGraph(database, graph, { batchSize: 5 });
          const once = await graphSnapshot(database);
          await loadGraph(database, graph, { batchSize: 5 });
          expect(await graphSnapshot(database)).toEqual(once);
          const counts = await graphCounts(database);
          expect(counts.entities).toBe(graph.entities.length);
          expect(counts.relations).toBe(graph.relations.length);
        },
      ),
      { numRuns: 12, seed: 20261129 },
    );
  });
});
