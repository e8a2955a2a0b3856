// `kg load --bulk` against a Neo4j of its own (throw-away folder, own ports): the offline import must give exactly the
// graph `kg load` gives, and it must refuse a database that already holds data. It stops and restarts its server, so it
// never uses the shared test server.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { startLocalServer, stopLocalServer } from '../../src/db/local-neo4j-server.js';
import { localConnectionSettings, openGraphDatabase, type GraphDatabase } from '../../src/neo4j/connection.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { clearGraph } from './test-database.js';
import { graphSnapshot } from './graph-snapshot.js';
import { itemAt } from '../../src/util/checked-index.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-test-'));
// Ports of its own beside the shared test server's (KG_TEST_NEO4J_BOLT_PORT + 30, + 31), so runs on other ports
// do not collide.
const basePort = Number(process.env.KG_TEST_NEO4J_BOLT_PORT || 7697);
const env = {
  KG_NEO4J_HOME: home,
  KG_NEO4J_BOLT_PORT: String(basePort + 30),
  KG_NEO4J_HTTP_PORT: String(basePort + 31),
  KG_NEO4J_HEAP: '512m',
  KG_NEO4J_PAGECACHE: '256m',
};
const layout = localNeo4jLayout(env);
const cliEnv = { ...process.env, ...env, NEO4J_URI: '', NEO4J_DATABASE: '' };

function writeGraph(name: string, graph: object): string {
  const file = path.join(home, name);
  fs.writeFileSync(file, JSON.stringify(graph));
  return file;
}

async function withDatabase<T>(work: (database: GraphDatabase) => Promise<T>): Promise<T> {
  const database = await openGraphDatabase(localConnectionSettings(layout));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

// Two overlapping documents (shared entities, names that differ between them, quotes and commas in values) so the
// fold of several files is checked too, not only one file.
const first = syntheticGraph({ relations: 300, seed: 5, relationsPerDocument: 40 });
const second = syntheticGraph({ relations: 200, seed: 6, relationsPerDocument: 40 });
itemAt(first.entities, 0).aliases = ['Second "Name", Ltd', 'Zweiter\nName'];
itemAt(first.entities, 1).mergeReasons = ['same surname'];
const files = [writeGraph('first.json', first), writeGraph('second.json', second)];

beforeAll(async () => {
  await startLocalServer({ layout });
}, 240_000);
afterAll(async () => {
  await stopLocalServer({ layout });
  fs.rmSync(home, { recursive: true, force: true });
});

describe('kg load --bulk', () => {
  it('gives the same graph as kg load of the same documents', async () => {
    const expected = await withDatabase(async (database) => {
      await loadGraph(database, first);
      await loadGraph(database, second);
      const snapshot = await graphSnapshot(database);
      await clearGraph(database);
      return snapshot;
    });
    const result = await run(process.execPath, [kg, 'load', '--bulk', '--quiet', ...files], { cwd: root, env: cliEnv });
    expect(result.stdout).toMatch(/kg load --bulk: 2 file\(s\)/);
    const actual = await withDatabase(graphSnapshot);
    expect(actual.nodes.length).toBe(expected.nodes.length);
    expect(actual.relationships.length).toBe(expected.relationships.length);
    expect(actual).toEqual(expected);
  }, 300_000);

  it('refuses a database that already holds nodes, and leaves it as it was', async () => {
    const before = await withDatabase(graphSnapshot);
    expect(before.nodes.length).toBeGreaterThan(0);
    const failure = await run(process.execPath, [kg, 'load', '--bulk', itemAt(files, 0)], { cwd: root, env: cliEnv }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toMatch(/is not empty.*load without --bulk/);
    expect(await withDatabase(graphSnapshot)).toEqual(before);
  }, 120_000);

  it('refuses a server named by NEO4J_URI', async () => {
    const failure = await run(process.execPath, [kg, 'load', '--bulk', itemAt(files, 0)], {
      cwd: root,
      env: { ...cliEnv, NEO4J_URI: localConnectionSettings(layout).uri },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/NEO4J_URI points at .*only writes the project's own local server/);
  }, 120_000);

  it('gives the same graph as kg load for one file, read once, whose relation properties vary in key and kind', async () => {
    await withDatabase(clearGraph);
    const single = syntheticGraph({ relations: 120, seed: 8, relationsPerDocument: 30 });
    // A number where the other rows hold text, and a key the schema does not list: each needs a header of its own.
    itemAt(single.relations, 0).properties = { ...itemAt(single.relations, 0).properties, verb: 42 };
    itemAt(single.relations, 1).properties = { ...itemAt(single.relations, 1).properties, tone: 'hostile, "sharp"' };
    const file = writeGraph('single.json', single);
    const expected = await withDatabase(async (database) => {
      await loadGraph(database, single);
      const snapshot = await graphSnapshot(database);
      await clearGraph(database);
      return snapshot;
    });
    const result = await run(process.execPath, [kg, 'load', '--bulk', '--quiet', file], { cwd: root, env: cliEnv });
    expect(result.stdout).toMatch(/kg load --bulk: 1 file\(s\): \d+ document\(s\), \d+ entities, 120 relations/);
    expect(await withDatabase(graphSnapshot)).toEqual(expected);
  }, 300_000);

  it('stops on a document that fails validation or is not JSON, with the server running again and the database still empty', async () => {
    await withDatabase(clearGraph);
    const broken = syntheticGraph({ relations: 20, seed: 8, relationsPerDocument: 10 });
    itemAt(broken.relations, 5).source = 'org:nobody';
    const notJson = path.join(home, 'cut-short.json');
    fs.writeFileSync(notJson, JSON.stringify(broken).slice(0, 2000));
    for (const [file, message] of [
      [writeGraph('broken.json', broken), /is not a valid graph document, nothing was loaded: \/?relations\[5\]\.source: no entity with id "org:nobody"/],
      [notJson, /cut-short\.json is not valid JSON \(.*\); give the graph document written by kg extract/],
    ] as const) {
      const failure = await run(process.execPath, [kg, 'load', '--bulk', '--quiet', file], { cwd: root, env: cliEnv }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
      expect(failure?.stderr).toMatch(message);
      expect((await withDatabase(graphSnapshot)).nodes).toHaveLength(0);
    }
  }, 300_000);
});
