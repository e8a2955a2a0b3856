// `kg db start` when it cannot work: the port is taken, Java is missing, the data folder is locked. Each gives one
// line naming the cause and the fix, and a non-zero exit code.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { localNeo4jLayout } from '../../src/db/local-neo4j-layout.js';
import { stopLocalServer } from '../../src/db/local-neo4j-server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const homes: string[] = [];

function freshHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-db-'));
  homes.push(home);
  return home;
}

async function dbStart(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [kg, 'db', 'start'], { cwd: root, env: { ...process.env, NEO4J_URI: '', ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}

afterAll(async () => {
  for (const home of homes) {
    // Should a refusal regress into a start, the server it started must not outlive the test.
    await stopLocalServer({ layout: localNeo4jLayout({ KG_NEO4J_HOME: home }) });
    fs.rmSync(home, { recursive: true, force: true });
  }
});

describe('kg db start refuses clearly', () => {
  it('names the taken port and the variable that moves it', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const takenPort = String((holder.address() as AddressInfo).port);
    const httpPort = String(await freePort());
    const result = await dbStart({ KG_NEO4J_HOME: freshHome(), KG_NEO4J_BOLT_PORT: takenPort, KG_NEO4J_HTTP_PORT: httpPort }).finally(
      () => new Promise<void>((resolve) => holder.close(() => resolve())),
    );
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toMatch(new RegExp(`port ${takenPort} on 127\\.0\\.0\\.1 is already taken.*KG_NEO4J_BOLT_PORT`));
  });

  it('says Java is missing and how to install it', async () => {
    const result = await dbStart({
      KG_NEO4J_HOME: freshHome(),
      JAVA_HOME: '/nonexistent-java',
      KG_NEO4J_BOLT_PORT: String(await freePort()),
      KG_NEO4J_HTTP_PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toMatch(/Java was not found \(\/nonexistent-java\/bin\/java\).*install it.*JAVA_HOME/);
  });

  it('says the data folder is locked by another process', async () => {
    const home = freshHome();
    const lockFile = path.join(home, 'data', 'databases', 'store_lock');
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    fs.writeFileSync(lockFile, '');
    // Neo4j locks its store with a POSIX record lock (Java FileChannel.tryLock); python's lockf takes the same kind.
    const holder: ChildProcess = spawn(
      'python3',
      ['-c', `import fcntl,sys,time\nf=open(sys.argv[1],'r+')\nfcntl.lockf(f,fcntl.LOCK_EX)\nprint('locked',flush=True)\ntime.sleep(120)`, lockFile],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      const result = await dbStart({ KG_NEO4J_HOME: home, KG_NEO4J_BOLT_PORT: String(await freePort()), KG_NEO4J_HTTP_PORT: String(await freePort()) });
      expect(result.code).toBe(1);
      expect(lastLine(result.stderr)).toMatch(/the data folder .* is locked by another Neo4j process: stop that process/);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 180_000);
});
