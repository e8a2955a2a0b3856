// kg query and kg export against the real Neo4j: every export format read back (graphology for GEXF, GraphML and the
// graph document; the Cypher script replayed; the CSV folder imported with neo4j-admin into a fresh database) gives
// the same graph; read-only queries refuse writes before they run; parameters stay parameters; syntax errors point.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { javaBinary, localNeo4jLayout, renderNeo4jConf } from '../../src/db/local-neo4j-layout.js';
import { startLocalServer, stopLocalServer } from '../../src/db/local-neo4j-server.js';
import { splitCypherScript } from '../../src/export/cypher-script.js';
import { localConnectionSettings, openGraphDatabase, type GraphDatabase } from '../../src/neo4j/connection.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import { validateDocument } from '../../src/schema/validate-document.js';
import { graphSnapshot } from './graph-snapshot.js';
import { clearGraph, openTestDatabase } from './test-database.js';
import { itemAt } from '../../src/util/checked-index.js';

const { MultiDirectedGraph } = graphology;
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const fixtures = path.join(root, 'test', 'fixtures', 'articles');

interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<CliOutcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [kg, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function fixtureGraph(): GraphDocument {
  const inputs = fs
    .readdirSync(fixtures)
    .sort()
    .map((f) => ({ source: f, format: 'txt' as const, content: fs.readFileSync(path.join(fixtures, f), 'utf8') }));
  return extractGraph(inputs).graph;
}

/** A hand-made document: two entities whose names share a word, joined by one fact. */
function namesakesGraph(personName: string): GraphDocument {
  const text = 'Corrin Vale works for Corrin Vale Holdings, the shipping firm.';
  return {
    version: 1,
    documents: [{ id: 'doc:namesakes', source: 'namesakes.txt', text }],
    entities: [
      { id: 'per:corrin-vale', name: personName, type: 'Person', aliases: [], mentions: [{ doc: 'doc:namesakes', start: 0, end: 11 }] },
      {
        id: 'org:corrin-vale-holdings',
        name: 'Corrin Vale Holdings',
        type: 'Company',
        aliases: ['CVH'],
        mentions: [{ doc: 'doc:namesakes', start: 22, end: 42 }],
      },
    ],
    relations: [
      {
        id: 'rel:namesakes-works-for',
        source: 'per:corrin-vale',
        target: 'org:corrin-vale-holdings',
        type: 'WORKS_FOR',
        properties: { role: 'owner' },
        confidence: 1,
        evidence: [{ doc: 'doc:namesakes', start: 0, end: text.length }],
      },
    ],
  };
}

let database: GraphDatabase;
let graph: GraphDocument;
let dir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  graph = fixtureGraph();
  expect(graph.relations.length).toBeGreaterThan(3);
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await clearGraph(database);
  await loadGraph(database, graph);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The quote each relation's evidence points at, and the article it is in. */
function expectedEvidence(relationId: string): { quotes: string[]; articles: string[] } {
  const relation = graph.relations.find((r) => r.id === relationId)!;
  const evidence = [...relation.evidence].sort((a, b) => a.start - b.start);
  return {
    quotes: evidence.map((e) => graph.documents.find((d) => d.id === e.doc)!.text.slice(e.start, e.end)),
    articles: evidence.map((e) => graph.documents.find((d) => d.id === e.doc)!.source),
  };
}

describe('kg export', () => {
  it('writes GEXF, GraphML and a graph document that graphology reads back to the same nodes, edges and attributes', async () => {
    for (const format of ['gexf', 'graphml', 'json']) {
      const outcome = await cli('export', '--format', format, '--all', '--out', path.join(dir, `all.${format}`));
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
    }
    const fromGexf = gexf.parse(MultiDirectedGraph, fs.readFileSync(path.join(dir, 'all.gexf'), 'utf8'));
    const fromGraphml = graphml.parse(MultiDirectedGraph, fs.readFileSync(path.join(dir, 'all.graphml'), 'utf8'));
    const document = JSON.parse(fs.readFileSync(path.join(dir, 'all.json'), 'utf8')) as GraphDocument;
    expect(validateDocument(document)).toEqual({ valid: true, errors: [] });

    // The graph document, as graphology sees it: entities as nodes, relations as edges.
    const fromJson = new MultiDirectedGraph();
    for (const e of document.entities) fromJson.addNode(e.id, { name: e.name, type: e.type, aliases: e.aliases });
    for (const r of document.relations) {
      fromJson.addDirectedEdgeWithKey(r.id, r.source, r.target, {
        type: r.type,
        confidence: r.confidence,
        ...r.properties,
        quotes: r.evidence.map((e) => e.text),
      });
    }

    // Exports carry what the database holds: a load compounds a relation's confidence over its stored evidence.
    const stored = new Map<string, number>();
    const session = database.readSession();
    try {
      for (const record of (await session.run('MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.confidence AS confidence')).records)
        stored.set(record.get('id'), record.get('confidence'));
    } finally {
      await session.close();
    }
    for (const parsed of [fromGexf, fromGraphml, fromJson]) {
      expect(parsed.order).toBe(graph.entities.length);
      expect(parsed.size).toBe(graph.relations.length);
      for (const entity of graph.entities) {
        const attributes = parsed.getNodeAttributes(entity.id);
        expect(attributes.name).toBe(entity.name);
        expect(attributes.type).toBe(entity.type);
        // An entity without aliases has no aliases property in the database, so none in the exports either.
        const aliases = typeof attributes.aliases === 'string' ? JSON.parse(attributes.aliases) : (attributes.aliases ?? []);
        expect([...aliases].sort()).toEqual([...entity.aliases].sort());
      }
      for (const relation of graph.relations) {
        expect(parsed.source(relation.id)).toBe(relation.source);
        expect(parsed.target(relation.id)).toBe(relation.target);
        const attributes = parsed.getEdgeAttributes(relation.id);
        expect(attributes.type).toBe(relation.type);
        expect(attributes.confidence).toBe(stored.get(relation.id));
        for (const [key, value] of Object.entries(relation.properties)) expect(attributes[key]).toBe(value);
        const quotes = typeof attributes.quotes === 'string' ? JSON.parse(attributes.quotes) : attributes.quotes;
        expect(quotes).toEqual(expectedEvidence(relation.id).quotes);
      }
    }
    for (const relation of graph.relations) {
      expect(JSON.parse(fromGexf.getEdgeAttribute(relation.id, 'articles'))).toEqual(expectedEvidence(relation.id).articles);
    }
    // GEXF and GraphML carry the very same attributes (GEXF adds the edge label it shows, the relationship type).
    fromGexf.forEachNode((node, attributes) => expect(fromGraphml.getNodeAttributes(node)).toEqual(attributes));
    fromGexf.forEachEdge((edge, { label, ...attributes }) => {
      expect(label).toBe(attributes.type);
      expect(fromGraphml.getEdgeAttributes(edge)).toEqual(attributes);
    });

    // The graph document loads back into an empty database as the very same graph.
    const before = await graphSnapshot(database);
    await clearGraph(database);
    await loadGraph(database, document);
    expect(await graphSnapshot(database)).toEqual(before);
  });

  it('writes a Cypher script that recreates exactly the exported subgraph in an empty database', async () => {
    const before = await graphSnapshot(database);
    const out = path.join(dir, 'all.cypher');
    expect((await cli('export', '--format', 'cypher', '--all', '--out', out)).code).toBe(0);
    await clearGraph(database);
    expect((await graphSnapshot(database)).nodes).toEqual([]);
    const session = database.writeSession();
    try {
      for (const statement of splitCypherScript(fs.readFileSync(out, 'utf8'))) await session.run(statement);
    } finally {
      await session.close();
    }
    expect(await graphSnapshot(database)).toEqual(before);
  });

  it('writes CSV files that neo4j-admin database import turns into a fresh database holding the same graph', async () => {
    // kg load writes no empty list, but a user may (`SET n.tags = []`), and a CSV cell cannot hold one.
    const seed = database.writeSession();
    try {
      await seed.run('MATCH (n:Entity) WITH n ORDER BY n.id LIMIT 2 SET n.tags = []');
    } finally {
      await seed.close();
    }
    const before = await graphSnapshot(database);
    const out = path.join(dir, 'csv');
    expect((await cli('export', '--format', 'csv', '--all', '--out', out)).code).toBe(0);
    const files = fs.readdirSync(out);
    expect(fs.readFileSync(path.join(out, 'IMPORT.txt'), 'utf8')).toContain("'--array-delimiter=;'");
    const header = fs
      .readFileSync(
        path.join(
          out,
          files.find((f) => f.startsWith('nodes-') && f.includes('Person'))!,
        ),
        'utf8',
      )
      .split('\n')[0];
    expect(header?.split(',')).toEqual(expect.arrayContaining([':ID', ':LABEL', 'aliases:string[]', 'documentCount:long']));

    // A throw-away Neo4j home beside the test server, sharing its jars.
    const home = path.join(dir, 'neo4j-home');
    // Ports beside the shared test server's (+ 27, + 28), clear of the other throw-away servers' ports.
    const basePort = Number(process.env.KG_TEST_NEO4J_BOLT_PORT || 7697);
    const layout = localNeo4jLayout({
      KG_NEO4J_HOME: home,
      KG_NEO4J_BOLT_PORT: String(basePort + 27),
      KG_NEO4J_HTTP_PORT: String(basePort + 28),
      KG_NEO4J_HEAP: '512m',
      KG_NEO4J_PAGECACHE: '64m',
    });
    fs.mkdirSync(layout.confDir, { recursive: true });
    fs.symlinkSync(localNeo4jLayout(process.env).libDir, layout.libDir);
    fs.writeFileSync(path.join(layout.confDir, 'neo4j.conf'), renderNeo4jConf(layout));
    const args = [
      '-Xmx512m',
      '-cp',
      `${layout.libDir}/*`,
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'database',
      'import',
      'full',
      ...files.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${path.join(out, f)}`),
      ...files.filter((f) => f.startsWith('relationships-')).map((f) => `--relationships=${path.join(out, f)}`),
      '--array-delimiter=;',
      '--multiline-fields=true',
      'neo4j',
    ];
    // Run inside the throw-away home: neo4j-admin writes its import.report into the working directory.
    const imported = spawnSync(javaBinary(), args, { cwd: home, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: layout.confDir }, encoding: 'utf8' });
    expect(imported.stderr + imported.stdout).toMatch(/IMPORT DONE/);
    expect(imported.status).toBe(0);

    await startLocalServer({ layout });
    let fresh: GraphDatabase | undefined;
    try {
      fresh = await openGraphDatabase(localConnectionSettings(layout));
      const session = fresh.writeSession();
      try {
        for (const statement of splitCypherScript(fs.readFileSync(path.join(out, 'empty-lists.cypher'), 'utf8'))) await session.run(statement);
      } finally {
        await session.close();
      }
      expect(await graphSnapshot(fresh)).toEqual(before);
    } finally {
      await fresh?.close();
      await stopLocalServer({ layout });
    }
  }, 300_000);

  it('says which entity --entity picked, and exports its neighbourhood with the relations among it', async () => {
    await loadGraph(database, namesakesGraph('Corrin Vale'));
    const out = path.join(dir, 'vale.json');
    const picked = await cli('export', '--format', 'json', '--entity', 'corrin vale', '--out', out);
    expect(picked.code).toBe(0);
    expect(picked.stderr).toContain('→ Corrin Vale (Person, per:corrin-vale)');
    const document = JSON.parse(fs.readFileSync(out, 'utf8')) as GraphDocument;
    expect(document.entities.map((e) => e.id)).toEqual(['org:corrin-vale-holdings', 'per:corrin-vale']);
    expect(document.relations.map((r) => [r.type, r.properties.role, itemAt(r.evidence, 0).text])).toEqual([
      ['WORKS_FOR', 'owner', 'Corrin Vale works for Corrin Vale Holdings, the shipping firm.'],
    ]);
  });

  it('lists the candidates when --entity matches several entities, and writes nothing', async () => {
    await loadGraph(database, namesakesGraph('Corrin Vale'));
    const out = path.join(dir, 'corrin.gexf');
    const ambiguous = await cli('export', '--format', 'gexf', '--entity', 'Corrin', '--out', out);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr.trim().split('\n')).toHaveLength(1);
    expect(ambiguous.stderr).toContain('"Corrin" matches 2 entities');
    expect(ambiguous.stderr).toContain("Corrin Vale (Person, --entity 'per:corrin-vale')");
    expect(ambiguous.stderr).toContain("Corrin Vale Holdings (Company, --entity 'org:corrin-vale-holdings')");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('kg query', () => {
  it('refuses a write statement without --write and changes nothing; runs it with --write', async () => {
    const before = await graphSnapshot(database);
    for (const statement of [
      'MATCH (e:Entity) DETACH DELETE e',
      'CREATE INDEX probe_index FOR (n:Entity) ON (n.type)',
      "MATCH (e:Entity) SET e.name = 'x' RETURN count(e)",
    ]) {
      const refused = await cli('query', statement);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/it was not run — queries are read-only unless --write is given/);
    }
    expect(await graphSnapshot(database)).toEqual(before);
    const written = await cli('query', "CREATE (p:Probe {note: 'written'}) RETURN p.note AS note", '--write', '--format', 'json');
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout).rows).toEqual([{ note: 'written' }]);
    expect((await graphSnapshot(database)).nodes.length).toBe(before.nodes.length + 1);
  });

  it('passes --param values as Cypher parameters, never as text of the statement', async () => {
    const nasty = `O'Hara "Q" }) DETACH DELETE e // $name \\ RETURN 1`;
    await loadGraph(database, namesakesGraph(nasty));
    const before = await graphSnapshot(database);
    const found = await cli(
      'query',
      'MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id, $name AS echoed, $n + 1 AS next LIMIT $n',
      '--param',
      `name=${nasty}`,
      '--param',
      'n=2',
      '--format',
      'json',
    );
    expect(found.stderr).toContain('1 row(s)');
    expect(JSON.parse(found.stdout).rows).toEqual([{ id: 'per:corrin-vale', echoed: nasty, next: 3 }]);
    expect(await graphSnapshot(database)).toEqual(before);
  });

  it('shows where a syntax error is, in the text as written', async () => {
    const failed = await cli('query', 'MATCH (e:Entity)\nRETRUN e.name');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Cypher error at line 2, column 1: Invalid input 'RETRUN'/);
    expect(failed.stderr).toContain('  RETRUN e.name\n  ^');
  });

  it('runs a named query with its parameters and prints the graph in the rows as a graph document', async () => {
    await loadGraph(database, namesakesGraph('Corrin Vale'));
    const table = await cli('query', '--named', 'facts-about', '--param', 'name=CVH');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Corrin Vale\s+\| :WORKS_FOR \| Corrin Vale Holdings/);
    const missing = await cli('query', '--named', 'shortest-path', '--param', 'from=Corrin Vale');
    expect(missing.stderr).toContain('needs --param to=…');
    const asGraph = await cli('query', '--named', 'shortest-path', '--param', 'from=Corrin Vale', '--param', 'to=CVH', '--format', 'graph');
    const document = JSON.parse(asGraph.stdout) as GraphDocument;
    expect(validateDocument(document).valid).toBe(true);
    expect(document.relations.map((r) => r.id)).toEqual(['rel:namesakes-works-for']);
    expect(document.documents.map((d) => d.source)).toEqual(['namesakes.txt']);
  });
});
