// Two `kg db start` at once on a folder of their own: one starts the server, the other waits for it (the lock in
// run/) and then says it is already running, with the same pid; neither reports a start that did not happen.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { runningServer, stopLocalServer } from '../../src/db/local-neo4j-server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-start-race-'));
// Ports of its own beside the shared test server's (KG_TEST_NEO4J_BOLT_PORT + 38, + 39).
const basePort = Number(process.env.KG_TEST_NEO4J_BOLT_PORT || 7697);
const env = {
  KG_NEO4J_HOME: home,
  KG_NEO4J_BOLT_PORT: String(basePort + 38),
  KG_NEO4J_HTTP_PORT: String(basePort + 39),
  KG_NEO4J_HEAP: '256m',
  KG_NEO4J_PAGECACHE: '64m',
};
const layout = localNeo4jLayout(env);

afterAll(async () => {
  await stopLocalServer({ layout });
  fs.rmSync(home, { recursive: true, force: true });
});

describe('kg db start twice at once', () => {
  it('starts one server; the other start says it is already running, with its pid', { timeout: 600_000 }, async () => {
    const start = () => run(process.execPath, [kg, 'db', 'start'], { cwd: root, env: { ...process.env, ...env, NEO4J_URI: '' } });
    const results = await Promise.all([start(), start()]);
    const lines = results.map((r) => r.stdout.trim());
    const started = lines.filter((line) => /running at bolt:\/\/.*ready in/.test(line));
    const already = lines.filter((line) => /^Neo4j already running at bolt:\/\//.test(line));
    expect(started).toHaveLength(1);
    expect(already).toHaveLength(1);
    const pid = runningServer(layout)?.pid;
    expect(pid).toBeDefined();
    for (const line of lines) expect(line).toContain(`pid ${pid}`);
  });
});
