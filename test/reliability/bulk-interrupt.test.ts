// `kg load --bulk` interrupted and raced, against a Neo4j of its own (it stops and restarts its server): Ctrl-C while
// the CSV files are written, Ctrl-C while neo4j-admin imports, SIGKILL while it imports, two bulk loads at once, and a
// server record whose pid now belongs to another process. Each must end in a database that starts, holds either
// nothing or the whole graph, has its constraints and fulltext index, and no CSV file left in import/; and the same
// `kg load --bulk` run again then ends with the graph of a clean bulk load, to the checksum (it loads an empty
// database, and refuses, changing nothing, one that holds the graph).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { runningServer, startLocalServer, stopLocalServer } from '../../src/db/local-neo4j-server.js';
import { localConnectionSettings, openGraphDatabase } from '../../src/neo4j/connection.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { graphSnapshot } from '../integration/graph-snapshot.js';

const execute = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-interrupt-'));
// A port of its own beside the shared test server's (KG_TEST_NEO4J_BOLT_PORT + 33), clear of the fixed ports the
// integration tests' own servers take.
const boltPort = String(Number(process.env.KG_TEST_NEO4J_BOLT_PORT || 7697) + 33);
const env = {
  KG_NEO4J_HOME: home,
  KG_NEO4J_BOLT_PORT: boltPort,
  KG_NEO4J_HTTP_PORT: String(Number(boltPort) - 200),
  KG_NEO4J_HEAP: '512m',
  KG_NEO4J_PAGECACHE: '128m',
};
const layout = localNeo4jLayout(env);
const cliEnv = { ...process.env, ...env, NEO4J_URI: '', NEO4J_DATABASE: '' };
const graph = syntheticGraph({ relations: 20_000, seed: 8 });
const graphFile = path.join(home, 'graph.json');
fs.writeFileSync(graphFile, JSON.stringify(graph));

async function cypher<T>(statement: string): Promise<T> {
  const database = await openGraphDatabase(localConnectionSettings(layout));
  try {
    const session = database.writeSession();
    try {
      return (await session.run(statement)).records[0]?.get(0) as T;
    } finally {
      await session.close();
    }
  } finally {
    await database.close();
  }
}

async function emptyDatabase(): Promise<void> {
  await cypher('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}

/** Starts `kg load --bulk` and resolves with it once its progress says `stage`. */
function bulkUntil(stage: RegExp): Promise<{ child: ChildProcess; stderr: () => string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kg, 'load', '--bulk', graphFile], { cwd: root, env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exit = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
    let resolved = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!resolved && stage.test(stderr)) {
        resolved = true;
        resolve({ child, stderr: () => stderr, exit });
      }
    });
    void exit.then((code) => {
      if (!resolved) reject(new Error(`kg load --bulk ended (${code}) before ${stage}: ${stderr}`));
    });
  });
}

/** What a usable database answers: nodes, relations, constraints, and whether fulltext search works. */
async function databaseState(): Promise<{ entities: number; relations: number; constraints: number; search: boolean }> {
  const entities = await cypher<number>('MATCH (n:Entity) RETURN count(n)');
  const relations = await cypher<number>('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
  const constraints = await cypher<number>('SHOW CONSTRAINTS YIELD name RETURN count(name)');
  const search = await cypher<number>("CALL db.index.fulltext.queryNodes('entity_names', 'x*') YIELD node RETURN count(node)").then(
    () => true,
    () => false,
  );
  return { entities, relations, constraints, search };
}

/** A checksum over every node and relationship with their properties (graph-snapshot.ts). */
async function checksum(): Promise<string> {
  const database = await openGraphDatabase(localConnectionSettings(layout));
  try {
    return createHash('sha256')
      .update(JSON.stringify(await graphSnapshot(database)))
      .digest('hex');
  } finally {
    await database.close();
  }
}

/** Runs the same `kg load --bulk` to its end; says what it did (loaded, or refused as the database holds nodes). */
async function rerunBulk(): Promise<string> {
  const result = await execute(process.execPath, [kg, 'load', '--bulk', '--quiet', graphFile], { cwd: root, env: cliEnv }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  if (result.code === 0) return 'loaded';
  expect(result.stderr).toMatch(/already holds nodes|not empty/);
  return 'refused: the database holds nodes';
}

/** The table the closing note reports: when interrupted, the state after, the rerun, and its checksum. */
const afterRerun: string[] = [];
let cleanChecksum = '';

function leftoverCsv(): string[] {
  return fs.existsSync(layout.importDir) ? fs.readdirSync(layout.importDir).filter((name) => name.startsWith('bulk-')) : [];
}

beforeAll(async () => {
  await startLocalServer({ layout });
}, 300_000);
afterAll(async () => {
  await stopLocalServer({ layout });
  fs.rmSync(home, { recursive: true, force: true });
});

/** Runs the same bulk load again and checks it ends with the clean load's graph; notes the row of the table. */
async function rerunEqualsClean(when: string, state: { entities: number; relations: number }): Promise<void> {
  const rerun = await rerunBulk();
  const sum = await checksum();
  afterRerun.push(
    `${when} | ${state.entities} entities, ${state.relations} relations | ${rerun}, ${sum.slice(0, 16)} | ${sum === cleanChecksum ? 'yes' : 'NO'}`,
  );
  expect(sum).toBe(cleanChecksum);
}

describe('kg load --bulk interrupted', () => {
  beforeAll(async () => {
    expect(await rerunBulk()).toBe('loaded');
    cleanChecksum = await checksum();
    await emptyDatabase();
  }, 400_000);
  afterAll(() => {
    process.stdout.write(`bulk interrupted, then run again (clean load ${cleanChecksum.slice(0, 16)}):\n${afterRerun.join('\n')}\n`);
  });

  it('Ctrl-C while the CSV files are written: nothing imported, server running, no CSV left; the rerun loads the clean graph', async () => {
    const load = await bulkUntil(/stopping Neo4j for the import/);
    load.child.kill('SIGINT');
    expect(await load.exit).not.toBe(0);
    expect(load.stderr()).toMatch(/interrupted \(SIGINT\) before the import: nothing was imported/);
    expect(runningServer(layout)).toBeDefined();
    expect(leftoverCsv()).toEqual([]);
    const state = await databaseState();
    expect(state.entities).toBe(0);
    await rerunEqualsClean('Ctrl-C while the CSV files are written', state);
    await emptyDatabase();
  }, 500_000);

  it('Ctrl-C while neo4j-admin imports: it waits, and the whole graph is loaded and searchable, the clean graph after the rerun', async () => {
    const load = await bulkUntil(/importing…/);
    load.child.kill('SIGINT');
    await load.exit;
    expect(load.stderr()).toMatch(/waiting for it to finish/);
    const state = await databaseState();
    expect(state).toMatchObject({ entities: graph.entities.length, relations: graph.relations.length, search: true });
    expect(state.constraints).toBeGreaterThan(3);
    expect(leftoverCsv()).toEqual([]);
    await rerunEqualsClean('Ctrl-C while neo4j-admin imports', state);
    await emptyDatabase();
  }, 500_000);

  it('SIGKILL while neo4j-admin imports: the next kg db start explains it and rebuilds the schema; the rerun ends clean', async () => {
    const load = await bulkUntil(/importing…/);
    load.child.kill('SIGKILL');
    await load.exit;
    // The import runs on in its own process group; kg db start waits for nothing and says what happened.
    let started = await execute(process.execPath, [kg, 'db', 'start'], { cwd: root, env: cliEnv }).then(
      (r) => r,
      (e: { stdout: string; stderr: string }) => e,
    );
    for (let i = 0; i < 120 && /still importing/.test(started.stderr); i++) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      started = await execute(process.execPath, [kg, 'db', 'start'], { cwd: root, env: cliEnv }).then(
        (r) => r,
        (e: { stdout: string; stderr: string }) => e,
      );
    }
    expect(started.stderr).toMatch(/interrupted kg load --bulk/);
    const state = await databaseState();
    expect(state.search).toBe(true);
    expect(state.constraints).toBeGreaterThan(3);
    expect([0, graph.entities.length]).toContain(state.entities);
    await rerunEqualsClean('SIGKILL of kg while neo4j-admin imports', state);
    await emptyDatabase();
  }, 800_000);

  it('two at once: the second is refused by name while the first loads the graph', async () => {
    const first = await bulkUntil(/stopping Neo4j for the import/);
    const second = await execute(process.execPath, [kg, 'load', '--bulk', graphFile], { cwd: root, env: cliEnv }).then(
      () => '',
      (e: { stderr: string }) => e.stderr,
    );
    expect(second).toMatch(new RegExp(`another kg process \\(pid ${first.child.pid}\\) is replacing the database`));
    expect(await first.exit).toBe(0);
    expect((await databaseState()).entities).toBe(graph.entities.length);
  }, 400_000);
});

describe('a stale server record', () => {
  it('whose pid is now another process: kg db stop leaves that process alone, kg db start starts the server', async () => {
    await stopLocalServer({ layout });
    const stranger = spawn('sleep', ['300'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(
        layout.stateFile,
        JSON.stringify({ pid: stranger.pid, boltUri: `bolt://127.0.0.1:${boltPort}`, httpPort: 0, version: '5', startedAt: new Date().toISOString() }),
      );
      const stopped = await execute(process.execPath, [kg, 'db', 'stop'], { cwd: root, env: cliEnv });
      expect(stopped.stdout).toContain('Neo4j was not running');
      expect(stranger.exitCode).toBeNull();
      expect(stranger.signalCode).toBeNull();
      fs.writeFileSync(
        layout.stateFile,
        JSON.stringify({ pid: stranger.pid, boltUri: `bolt://127.0.0.1:${boltPort}`, httpPort: 0, version: '5', startedAt: new Date().toISOString() }),
      );
      const started = await execute(process.execPath, [kg, 'db', 'start'], { cwd: root, env: cliEnv });
      expect(started.stdout).toMatch(/running at .* ready in/);
      expect(runningServer(layout)?.pid).not.toBe(stranger.pid);
    } finally {
      stranger.kill();
    }
  }, 300_000);
});
