// The project's own Neo4j is reachable by every program on this machine and by every web page a browser on it opens
// (loopback is no boundary for either). Against the real test server: nothing runs without the generated password,
// the HTTP API a page could post to is closed, LOAD CSV fetches no URL, and every transaction has limits.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localNeo4jLayout, passwordFile } from '../../src/db/local-neo4j-layout.js';
import { connectionSettings, type GraphDatabase } from '../../src/neo4j/connection.js';
import { openTestDatabase } from '../integration/test-database.js';

const layout = localNeo4jLayout(process.env);
const uri = connectionSettings().uri;
let database: GraphDatabase;

async function writeWith(auth: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery("CREATE (:LockdownProbe {at: 'no credentials'})");
    return 'written';
  } catch (error) {
    return String((error as { code?: string }).code);
  } finally {
    await driver.close();
  }
}

async function setting(name: string): Promise<string> {
  const session = database.readSession();
  try {
    const result = await session.run('SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value', { name });
    return String(result.records[0]?.get('value'));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe.skipIf(Boolean(process.env.NEO4J_URI))('the local Neo4j is locked down', () => {
  it('keeps its generated password in run/, readable by its owner only', () => {
    const password = fs.readFileSync(passwordFile(layout), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(fs.statSync(passwordFile(layout)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(layout.runDir).mode & 0o077).toBe(0);
  });

  it('refuses a write without credentials, with the default password and with a wrong one', async () => {
    expect(await writeWith(undefined)).toMatch(/Security/);
    expect(await writeWith(neo4j.auth.basic('neo4j', 'neo4j'))).toMatch(/Security/);
    expect(await writeWith(neo4j.auth.basic('neo4j', 'not-the-password'))).toMatch(/Security/);
    const session = database.readSession();
    try {
      expect((await session.run('MATCH (n:LockdownProbe) RETURN count(n) AS n')).records[0]!.get('n')).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('answers no cross-origin HTTP request: the HTTP API is off', async () => {
    const outcome = await fetch(`http://127.0.0.1:${layout.httpPort}/db/neo4j/tx/commit`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ statements: [{ statement: "CREATE (:LockdownProbe {at: 'http'})" }] }),
    }).then(
      (response) => `HTTP ${response.status}`,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(outcome).toBe('ECONNREFUSED');
    expect(await setting('server.http.enabled')).toBe('false');
  });

  it('lets LOAD CSV fetch no URL, even for an authenticated writer', async () => {
    let requests = 0;
    const target = http.createServer((_request, response) => {
      requests += 1;
      response.end('a\n1\n');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', () => resolve()));
    const session = database.writeSession();
    try {
      const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/rows.csv`;
      await expect(session.run('LOAD CSV FROM $url AS row RETURN count(row)', { url })).rejects.toThrow(/blocked|not allowed|blocklist/i);
    } finally {
      await session.close();
      target.close();
    }
    expect(requests).toBe(0);
  });

  it('limits every transaction in time and memory', async () => {
    expect(await setting('db.transaction.timeout')).not.toMatch(/^(0|PT0S)$/);
    expect(await setting('db.memory.transaction.max')).not.toMatch(/^(0|0B)?$/);
    expect(await setting('dbms.security.auth_enabled')).toBe('true');
  });
});
