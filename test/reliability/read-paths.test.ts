// The read-only paths under abuse, against the real test Neo4j: `kg query`, `kg export --query` and the viewer's
// /api/query refuse statements that would end other clients' work, read files or URLs, or leave the database; the
// viewer caps what one answer may hold and how many statements a client runs at once.
import { execFile } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { runReadQuery, StatementKindError } from '../../src/neo4j/run-read-query.js';
import { loadGraph } from '../../src/neo4j/load-graph.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { QUERY_BYTE_LIMIT, QUERY_CONCURRENCY_PER_CLIENT, QueryGate, startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import { clearGraph, openTestDatabase } from '../integration/test-database.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-read-paths-'));
let database: GraphDatabase;
let server: ViewerServer;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [kg, ...args], { cwd: root, maxBuffer: 64 << 20 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

function post(url: string, body: object, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL('/api/query', url);
    const req = http.request(target, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(host ? { Host: host } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  await clearGraph(database);
  await loadGraph(database, syntheticGraph({ relations: 200, seed: 3 }));
  server = await startViewerServer({ port: 0, database, buildIfMissing: true });
});
afterAll(async () => {
  await server?.close();
  await database?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('read-only paths', () => {
  it('kg query refuses SHOW/TERMINATE TRANSACTIONS, LOAD CSV and admin commands without --write, naming the clause', async () => {
    for (const [cypher, clause] of [
      ['SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId', 'SHOW'],
      ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD CSV'],
      ['SHOW USERS', 'SHOW'],
      ['CALL dbms.listConfig() YIELD name RETURN name', 'CALL dbms.listConfig'],
    ]) {
      const result = await cli('query', cypher!);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`uses ${clause}`);
      expect(result.stderr).toContain('read-only unless --write');
    }
  });

  it('kg export --query refuses them too, and writes no file', async () => {
    const out = path.join(work, 'x.json');
    const result = await cli('export', '--format', 'json', '--query', 'SHOW TRANSACTIONS YIELD transactionId RETURN transactionId', '--out', out);
    expect(result.stderr).toContain('uses SHOW');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('kg query and /api/query give integers beyond 2^53 exactly, as text, and smaller ones as numbers', async () => {
    const cypher = 'RETURN 9007199254740993 AS big, -9223372036854775808 AS min, [9223372036854775807] AS list, 42 AS small';
    const shown = await cli('query', '--format', 'json', cypher);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).rows).toEqual([{ big: '9007199254740993', min: '-9223372036854775808', list: ['9223372036854775807'], small: 42 }]);
    const table = await cli('query', cypher);
    expect(table.stdout).toContain('9007199254740993');
    expect(table.stdout).not.toContain('Infinity');
    const answer = await post(server.url, { cypher });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"9007199254740993"');
    expect(answer.body).not.toContain('Infinity');
  });

  it('kg export --query exports an integer property beyond 2^53 exactly', async () => {
    const out = path.join(work, 'big.cypher');
    expect((await cli('query', '--write', "CREATE (:BigNumberProbe {id: 'big-number-probe', n: 9007199254740993, small: 7})")).code).toBe(0);
    try {
      // The Cypher script carries every property of any node (the graph document only entities' own fields).
      const result = await cli('export', '--format', 'cypher', '--query', 'MATCH (n:BigNumberProbe) RETURN n', '--out', out);
      expect(result.code).toBe(0);
      const written = fs.readFileSync(out, 'utf8');
      expect(written).toContain('9007199254740993');
      expect(written).not.toContain('Infinity');
    } finally {
      await cli('query', '--write', 'MATCH (n:BigNumberProbe) DELETE n');
    }
  });

  it('kg query runs a PROFILE of a read', async () => {
    const result = await cli('query', 'PROFILE MATCH (e:Entity) RETURN count(e) AS n');
    expect(result.stderr).toContain('1 row(s)');
    expect(result.code).toBe(0);
  });

  it('/api/query refuses SHOW TRANSACTIONS … TERMINATE with 403', async () => {
    const answer = await post(server.url, { cypher: 'SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error).toContain('uses SHOW');
  });

  it('/api/query stops reading at the byte cap and says the answer was cut', async () => {
    // 600 rows of 20 000 characters: under the row limit, three times over the byte limit.
    const answer = await post(server.url, { cypher: "UNWIND range(1, 600) AS i RETURN i, reduce(s = '', k IN range(1, 2000) | s + '0123456789') AS text" });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { rows: unknown[]; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeLessThan(600);
    expect(answer.body.length).toBeLessThan(2 * QUERY_BYTE_LIMIT);
  });

  it('runReadQuery refuses a statement kind before Neo4j runs it', async () => {
    await expect(runReadQuery(database.driver, undefined, 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', {})).rejects.toBeInstanceOf(StatementKindError);
  });
});

describe('the query gate', () => {
  it('refuses a client past its cap with 429 and lets it in again once one ends', async () => {
    const gate = new QueryGate();
    const releases: (() => void)[] = [];
    const held = Array.from({ length: QUERY_CONCURRENCY_PER_CLIENT }, () => gate.run('a', () => new Promise<void>((resolve) => releases.push(resolve))));
    await expect(gate.run('a', async () => 'ran')).rejects.toMatchObject({ status: 429 });
    expect(await gate.run('b', async () => 'other client')).toBe('other client');
    releases.shift()!();
    await held[0];
    expect(await gate.run('a', async () => 'ran')).toBe('ran');
    releases.forEach((release) => release());
    await Promise.all(held);
  });
});

describe('/api/query under load', () => {
  it('answers a client past its cap with 429 while its first statements run', async () => {
    const slow = "UNWIND range(1, 300) AS i RETURN i, reduce(s = '', k IN range(1, 3000) | s + '0123456789') AS text";
    const answers = await Promise.all(Array.from({ length: QUERY_CONCURRENCY_PER_CLIENT + 2 }, () => post(server.url, { cypher: slow })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(QUERY_CONCURRENCY_PER_CLIENT);
    expect(answers.filter((a) => a.status === 429).every((a) => /too many queries at once/.test(a.body))).toBe(true);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});

describe('kg serve on another loopback address', () => {
  it('answers at its own URL when bound to 127.0.0.2', async () => {
    const other = await startViewerServer({ host: '127.0.0.2', port: 0, database, buildIfMissing: true });
    try {
      const answer = await post(other.url, { cypher: 'RETURN 1 AS one' });
      expect(answer.status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('exits with a clear error when its port is taken, Neo4j up or not', async () => {
    const port = new URL(server.url).port;
    const result = await cli('serve', '--port', port);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
  });
});
