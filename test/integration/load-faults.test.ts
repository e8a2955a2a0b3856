// Faults during loading, against the real Neo4j: the loader or the server killed with SIGKILL mid-load, two loads of
// overlapping graphs at once, and a server that cannot be reached. Each ends with exactly the graph a clean run gives.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { runningServer, startLocalServer } from '../../src/db/local-neo4j-server.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { clearGraph, openTestDatabase } from './test-database.js';
import { duplicateEntityIds, graphSnapshot, type GraphSnapshot } from './graph-snapshot.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));

function writeGraph(name: string, graph: object): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, JSON.stringify(graph));
  return file;
}

/** What each loader started by loadUntilRelations has written on stderr so far. */
const stderrOf = new WeakMap<import('node:child_process').ChildProcess, () => string>();

/** Starts `kg load` and resolves once it has begun writing relations (half-way through a load). */
function loadUntilRelations(file: string): Promise<import('node:child_process').ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kg, 'load', file, '--batch-size', '40'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    stderrOf.set(child, () => stderr);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/relations \d+\//.test(stderr)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`kg load ended (${code}) before writing relations: ${stderr}`)));
  });
}

function exited(child: import('node:child_process').ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

let database: GraphDatabase;
let cleanSnapshot: GraphSnapshot;
const graph = syntheticGraph({ relations: 3000, seed: 11 });
const graphFile = writeGraph('graph.json', graph);
// Large enough that settling its entities takes a while after its last batch is written.
const settleFile = writeGraph('settle.json', syntheticGraph({ relations: 20_000, seed: 12 }));

beforeAll(async () => {
  database = await openTestDatabase();
  await clearGraph(database);
  await loadGraph(database, graph);
  cleanSnapshot = await graphSnapshot(database);
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearGraph(database);
});

describe('faults while loading', () => {
  it('ends with the clean graph when the loader is killed mid-load and run again', async () => {
    const child = await loadUntilRelations(graphFile);
    child.kill('SIGKILL');
    await exited(child);
    const partial = await graphSnapshot(database);
    expect(partial.relationships.length).toBeLessThan(cleanSnapshot.relationships.length);
    await run(process.execPath, [kg, 'load', graphFile, '--quiet'], { cwd: root });
    expect(await graphSnapshot(database)).toEqual(cleanSnapshot);
  });

  it('ends with the clean graph when Neo4j is killed mid-load, restarted and the load run again', async () => {
    const layout = localNeo4jLayout();
    const server = runningServer(layout);
    expect(server, 'the test server runs from this layout').toBeDefined();
    const child = await loadUntilRelations(graphFile);
    process.kill(server!.pid, 'SIGKILL');
    let code: number | null;
    try {
      code = await exited(child);
    } finally {
      // Whatever the loader did, the later tests need the server back.
      await database.close();
      await startLocalServer({ layout });
      database = await openTestDatabase();
    }
    expect(code).not.toBe(0);
    // It fails at once with what happened and what to do, rather than retrying a dead server for two minutes.
    const said = stderrOf.get(child)!()
      .split('\n')
      .filter((line) => line.startsWith('kg load: lost'));
    expect(said).toEqual([
      expect.stringMatching(/^kg load: lost the connection to Neo4j at .* restart the server \(kg db start\) and run the same kg load again/),
    ]);
    await run(process.execPath, [kg, 'load', graphFile, '--quiet'], { cwd: root });
    expect(await graphSnapshot(database)).toEqual(cleanSnapshot);
  }, 300_000);

  it('fails at once when Neo4j dies while the load settles names and types, rather than retrying until it is back', async () => {
    const layout = localNeo4jLayout();
    const server = runningServer(layout);
    expect(server, 'the test server runs from this layout').toBeDefined();
    // The summary line is printed once every batch is written, as settling the touched entities begins.
    const child = spawn(process.execPath, [kg, 'load', settleFile], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/ → bolt:/.test(stdout)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`kg load ended (${code}) before settling: ${stderr}`)));
    });
    process.kill(server!.pid, 'SIGKILL');
    // Gone before it is started again (a start that still saw its pid would find it running).
    const alive = () => {
      try {
        process.kill(server!.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (alive()) await new Promise((resolve) => setTimeout(resolve, 50));
    // The server is started again at once. A settle that retried a lost connection would find it back and succeed;
    // one that fails at once has ended, with what to do, long before.
    let code: number | null;
    try {
      await database.close();
      [code] = await Promise.all([exited(child), startLocalServer({ layout })]);
    } finally {
      database = await openTestDatabase();
    }
    expect(code).not.toBe(0);
    expect(stderr.split('\n').filter((line) => line.startsWith('kg load: lost'))).toEqual([
      expect.stringMatching(/^kg load: lost the connection to Neo4j at .* restart the server \(kg db start\) and run the same kg load again/),
    ]);
    await run(process.execPath, [kg, 'load', settleFile, '--quiet'], { cwd: root });
    const rerun = await graphSnapshot(database);
    await clearGraph(database);
    await run(process.execPath, [kg, 'load', settleFile, '--quiet'], { cwd: root });
    expect(rerun).toEqual(await graphSnapshot(database));
  }, 300_000);

  it('creates no duplicate entities when two overlapping graphs load at the same time', async () => {
    // Same seed of names, different relations: every entity of the smaller graph is also in the larger one.
    const first = syntheticGraph({ relations: 1500, seed: 21 });
    const second = syntheticGraph({ relations: 1500, seed: 22 });
    const files = [writeGraph('first.json', first), writeGraph('second.json', second)];
    // The same two loads one after the other, through the same command: kg load settles what both state together.
    for (const file of files) await run(process.execPath, [kg, 'load', file, '--quiet', '--batch-size', '50'], { cwd: root });
    const sequential = await graphSnapshot(database);
    await clearGraph(database);
    await Promise.all(files.map((file) => run(process.execPath, [kg, 'load', file, '--quiet', '--batch-size', '50'], { cwd: root })));
    expect(await duplicateEntityIds(database)).toEqual([]);
    expect(await graphSnapshot(database)).toEqual(sequential);
  }, 300_000);

  it('names the URI and the fix when Neo4j cannot be reached', async () => {
    const attempt = (env: NodeJS.ProcessEnv) =>
      run(process.execPath, [kg, 'load', graphFile], { cwd: root, env: { ...process.env, ...env } }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
    const local = await attempt({ NEO4J_URI: '', KG_NEO4J_BOLT_PORT: '9' });
    expect(local.code).toBe(1);
    expect(local.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 .*kg db start/);
    const external = await attempt({ NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(external.code).toBe(1);
    expect(external.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 .*check NEO4J_URI/);
    expect(external.stderr.trim().split('\n')).toHaveLength(1);
  });
});
