// Loads do not depend on order (docs/graph-model.md, document/merge-rules.ts): three partitions of one corpus, each
// extracted on its own and overlapping (one article in two of them, read from another place, with another date and
// restated relations), loaded by kg load one after another in every order, and folded by kg load --bulk in three
// orders, give one graph: the same checksum over every node and relationship with their properties. Every entity has
// the labels of its one type only, and an id reused for another thing is refused with nothing stored changed. Two
// organisations change root type on the way in some orders and not in others (typeFlips): a relation the
// intermediate type does not allow is withheld and comes back when the type does, so it is there exactly when the
// final types allow it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, GraphDocument, Relation } from '../../src/document/graph-document.js';
import { documentId, entityId, normaliseName, relationId } from '../../src/document/ids.js';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { startLocalServer, stopLocalServer } from '../../src/db/local-neo4j-server.js';
import { localConnectionSettings, openGraphDatabase, type GraphDatabase } from '../../src/neo4j/connection.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import type { RawInput } from '../../src/pipeline/stage-types.js';
import { isEntityType, labelsFor } from '../../src/schema/schema.js';
import { graphSnapshot } from '../integration/graph-snapshot.js';
import { clearGraph } from '../integration/test-database.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-order-'));

function corpus(): RawInput[] {
  return ['test/fixtures/articles', 'test/fixtures/news-pages', 'examples'].flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const file = path.join(folder, f);
        return { source: file, format: 'txt' as const, content: fs.readFileSync(path.join(root, file), 'utf8') };
      }),
  );
}

/** An entity mentioned `count` times in `doc` (its votes: `type`), its id from `root` and name, as kg extract makes it. */
function mentioned(name: string, type: Entity['type'], root: string, doc: { id: string; text: string }, count: number): Entity {
  const starts = [...doc.text.matchAll(new RegExp(name, 'g'))].map((m) => m.index).slice(0, count);
  expect(starts).toHaveLength(count);
  return {
    id: entityId(root, normaliseName(name)),
    name,
    type,
    aliases: [],
    mentions: starts.map((start) => ({ doc: doc.id, start, end: start + name.length, kind: 'name' as const })),
  };
}

function worksFor(person: Entity, organisation: Entity, doc: { id: string; text: string }, confidence: number): Relation {
  const start = doc.text.indexOf(person.name);
  const end = doc.text.indexOf('.', start) + 1;
  return {
    id: relationId(person.id, 'WORKS_FOR', organisation.id),
    source: person.id,
    target: organisation.id,
    type: 'WORKS_FOR',
    properties: {},
    confidence,
    evidence: [{ doc: doc.id, start, end, text: doc.text.slice(start, end) }],
  };
}

/**
 * Two organisations whose type depends on which partitions are loaded so far. Korvane: one Company mention in the
 * first partition (with a person working for it), two Location ones in the second, two Company ones in the third:
 * a Company in the end (3 to 2), but a Location between the first two partitions in some orders, where WORKS_FOR is
 * not allowed. Belvue: one Company mention and a person working for it in the first and third partitions (stated
 * twice, with other confidences), three Location ones in the second: a Location in the end, a Company on the way.
 */
function addTypeFlips(graphs: GraphDocument[]): void {
  const texts = [
    'Ilse Marrow works for Korvane. Tomas Reed works for Belvue.',
    'Flights left Korvane for Belvue. Korvane and Belvue lie on one river; Belvue is the larger.',
    'Korvane hired staff. Korvane reported profits. Tomas Reed joined Belvue.',
  ];
  const docs = texts.map((text, k) => ({ id: documentId(text), source: `type-flips/part-${k}.txt`, text }));
  const org = (name: string, type: Entity['type'], k: number, count: number) => mentioned(name, type, 'Organization', docs[k]!, count);
  const ilse = mentioned('Ilse Marrow', 'Person', 'Person', docs[0]!, 1);
  const tomas = [0, 2].map((k) => mentioned('Tomas Reed', 'Person', 'Person', docs[k]!, 1));
  const korvane = [org('Korvane', 'Company', 0, 1), org('Korvane', 'Location', 1, 2), org('Korvane', 'Company', 2, 2)];
  const belvue = [org('Belvue', 'Company', 0, 1), org('Belvue', 'Location', 1, 3), org('Belvue', 'Company', 2, 1)];
  const added: [Entity[], Relation[]][] = [
    [
      [ilse, tomas[0]!, korvane[0]!, belvue[0]!],
      [worksFor(ilse, korvane[0]!, docs[0]!, 0.8), worksFor(tomas[0]!, belvue[0]!, docs[0]!, 0.6)],
    ],
    [[korvane[1]!, belvue[1]!], []],
    [[tomas[1]!, korvane[2]!, belvue[2]!], [worksFor(tomas[1]!, belvue[2]!, docs[2]!, 0.7)]],
  ];
  graphs.forEach((graph, k) => {
    graph.documents.push(docs[k]!);
    graph.entities.push(...added[k]![0]);
    graph.relations.push(...added[k]![1]);
  });
}

/**
 * Three partitions, each extracted on its own. The first article is in the second partition too, read from another
 * place: the same document id with another source and published date, and its relations restated there with other
 * property values and a lower confidence.
 */
function partitions(): string[] {
  const inputs = corpus();
  const parts = [0, 1, 2].map((k) => inputs.filter((_, i) => i % 3 === k));
  parts[1]!.push({ ...inputs[0]!, source: `elsewhere/${path.basename(inputs[0]!.source)}` });
  const graphs = parts.map((part) => extractGraph(part).graph);
  addTypeFlips(graphs);
  const restated = graphs[1]!;
  const overlap = restated.documents.find((d) => d.source.startsWith('elsewhere/'))!;
  overlap.published = '1999-12-31';
  let changed = 0;
  for (const relation of restated.relations) {
    if (!relation.evidence.every((e) => e.doc === overlap.id)) continue;
    relation.confidence = Math.max(0.01, relation.confidence - 0.1);
    for (const [key, value] of Object.entries(relation.properties)) {
      if (typeof value === 'string') {
        relation.properties[key] = `${value} (restated)`;
        changed += 1;
      }
    }
  }
  expect(changed).toBeGreaterThan(0);
  return graphs.map((graph, k) => {
    const file = path.join(work, `part-${k}.json`);
    fs.writeFileSync(file, JSON.stringify(graph));
    return file;
  });
}

interface Figures {
  sha256: string;
  nodes: number;
  relationships: number;
  /** Entities whose labels are not exactly those of their type. */
  mislabelled: string[];
}

async function figures(database: GraphDatabase): Promise<Figures> {
  const snapshot = await graphSnapshot(database);
  const session = database.readSession();
  try {
    const result = await session.run('MATCH (e:Entity) RETURN e.id AS id, e.type AS type, labels(e) AS labels');
    const mislabelled = result.records
      .filter((r) => {
        const type = r.get('type') as string;
        const labels = [...(r.get('labels') as string[])].sort();
        return !isEntityType(type) || JSON.stringify(labels) !== JSON.stringify([...labelsFor(type)].sort());
      })
      .map((r) => `${r.get('id')} ${(r.get('labels') as string[]).join(':')}`);
    return {
      sha256: createHash('sha256').update(JSON.stringify(snapshot)).digest('hex'),
      nodes: snapshot.nodes.length,
      relationships: snapshot.relationships.length,
      mislabelled,
    };
  } finally {
    await session.close();
  }
}

function permutations<T>(items: T[]): T[][] {
  if (items.length < 2) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const files = partitions();
const byOrder = new Map<string, Figures>();

describe('kg load, partitions one after another', () => {
  let database: GraphDatabase;
  beforeAll(async () => {
    database = await openGraphDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('gives the same checksum in every order, one subtype label per entity', { timeout: 900_000 }, async () => {
    for (const order of permutations([0, 1, 2])) {
      await clearGraph(database);
      for (const k of order) await run(process.execPath, [kg, 'load', '--quiet', files[k]!], { cwd: root });
      byOrder.set(order.join(''), await figures(database));
    }
    const [first, ...rest] = [...byOrder.values()];
    expect(first!.nodes).toBeGreaterThan(100);
    expect(first!.mislabelled).toEqual([]);
    for (const other of rest) expect(other).toEqual(first);
    process.stdout.write(
      `load order: ${[...byOrder].map(([order, f]) => `${order} ${f.sha256.slice(0, 16)} (${f.nodes} nodes, ${f.relationships} relationships)`).join('; ')}\n`,
    );
  });

  it('withholds a relation while a type does not allow it and restores it when the type does, whatever the order', async () => {
    const session = database.readSession();
    try {
      const works = await session.run(
        "MATCH (p:Person)-[r:WORKS_FOR]->(o:Entity) WHERE o.name IN ['Korvane', 'Belvue'] RETURN p.name AS person, o.name AS org, o.type AS type",
      );
      expect(works.records.map((r) => [r.get('person'), r.get('org'), r.get('type')])).toEqual([['Ilse Marrow', 'Korvane', 'Company']]);
      const withheld = await session.run(
        "MATCH (w:WithheldRelation) MATCH (p:Entity {id: w.source}) MATCH (o:Entity {id: w.target}) WHERE o.name IN ['Korvane', 'Belvue'] RETURN p.name AS person, w.relationType AS type, o.name AS org, o.type AS orgType, size(w.evidenceIds) AS statements",
      );
      // Belvue ends a Location: Tomas Reed's WORKS_FOR is kept aside with both its statements, not deleted.
      expect(withheld.records.map((r) => r.toObject())).toEqual([
        { person: 'Tomas Reed', type: 'WORKS_FOR', org: 'Belvue', orgType: 'Location', statements: 2 },
      ]);
    } finally {
      await session.close();
    }
  });

  it('keeps, of a document read from two places, the smaller source and date, whatever came last', async () => {
    const session = database.readSession();
    try {
      const result = await session.run(
        "MATCH (d:Document) WHERE d.published = '1999-12-31' OR d.source STARTS WITH 'elsewhere/' RETURN d.source AS source, d.published AS published",
      );
      expect(result.records.map((r) => [r.get('source'), r.get('published')])).toEqual([[expect.stringMatching(/^elsewhere\//), '1999-12-31']]);
      const restated = await session.run(
        "MATCH (:Entity)-[r]->(:Entity) WHERE any(k IN keys(r) WHERE r[k] IS :: STRING AND r[k] ENDS WITH ' (restated)') RETURN count(r) AS n",
      );
      // "x" < "x (restated)": the original values stand.
      expect(Number(restated.records[0]!.get('n'))).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('refuses an entity id reused for another thing with one line, and changes nothing stored', async () => {
    const before = await figures(database);
    const graph = JSON.parse(fs.readFileSync(files[0]!, 'utf8')) as GraphDocument;
    const person = graph.entities.find((e) => e.type === 'Person')!;
    const forged: GraphDocument = { ...graph, entities: [{ ...person, name: 'Unrelated Widgets Ltd', type: 'Company', aliases: [] }], relations: [] };
    const file = path.join(work, 'forged.json');
    fs.writeFileSync(file, JSON.stringify(forged));
    const failure = await run(process.execPath, [kg, 'load', '--quiet', file], { cwd: root }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure.stderr).toMatch(
      new RegExp(
        `kg load: entity id "${person.id}" is Person .* in the stored graph but Company "Unrelated Widgets Ltd" in .*forged\\.json.*nothing was loaded`,
      ),
    );
    expect(await figures(database)).toEqual(before);
  });
});

describe('kg load --bulk, partitions folded', () => {
  // A server of its own (the bulk import stops and restarts it), on ports beside the shared test server's (+36, +37).
  const basePort = Number(process.env.KG_TEST_NEO4J_BOLT_PORT || 7697);
  const env = {
    KG_NEO4J_HOME: path.join(work, 'neo4j'),
    KG_NEO4J_BOLT_PORT: String(basePort + 36),
    KG_NEO4J_HTTP_PORT: String(basePort + 37),
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '128m',
  };
  const layout = localNeo4jLayout(env);
  const cliEnv = { ...process.env, ...env, NEO4J_URI: '', NEO4J_DATABASE: '' };
  beforeAll(async () => {
    await startLocalServer({ layout });
  }, 240_000);
  afterAll(async () => {
    await stopLocalServer({ layout });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('gives in three orders the checksum kg load gives', { timeout: 900_000 }, async () => {
    expect(byOrder.size).toBe(6);
    const loaded = byOrder.get('012')!;
    const bulk: [string, Figures][] = [];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const database = await openGraphDatabase(localConnectionSettings(layout));
      try {
        await clearGraph(database);
      } finally {
        await database.close();
      }
      await run(process.execPath, [kg, 'load', '--bulk', '--quiet', ...order.map((k) => files[k]!)], { cwd: root, env: cliEnv });
      const database2 = await openGraphDatabase(localConnectionSettings(layout));
      try {
        bulk.push([order.join(''), await figures(database2)]);
      } finally {
        await database2.close();
      }
    }
    process.stdout.write(
      `bulk order: ${bulk.map(([order, f]) => `${order} ${f.sha256.slice(0, 16)} (${f.nodes} nodes, ${f.relationships} relationships)`).join('; ')}\n`,
    );
    for (const [, figure] of bulk) expect(figure).toEqual(loaded);
  });
});
