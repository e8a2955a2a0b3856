// The project's own Neo4j is reachable by every program on this machine and by every web page a browser on it opens
// (loopback is no boundary for either). Against the real test server: nothing runs without the generated password,
// the HTTP API a page could post to is closed, Bolt requires TLS with the generated certificate (so Bolt over a
// WebSocket, which Neo4j 5.26 serves on the Bolt port and has no other setting to refuse, is refused unencrypted;
// test/browser/neo4j-websocket.test.ts shows Chromium kept out of wss:// too), a WebSocket over TLS from a program that
// skips the certificate check runs nothing without the password, wrong passwords do not lock the project out, LOAD CSV
// fetches no URL, and every transaction has limits.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltCertificateFile, boltPrivateKeyFile, boltTlsDir, localNeo4jLayout, passwordFile } from '../../src/db/local-neo4j-layout.js';
import { connectionSettings, encryptionConfig, type GraphDatabase } from '../../src/neo4j/connection.js';
import { openTestDatabase } from '../integration/test-database.js';

const layout = localNeo4jLayout(process.env);
const { uri, trustedCertificate } = connectionSettings();
let database: GraphDatabase;

async function writeWith(auth: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = neo4j.driver(uri, auth, { ...encryptionConfig(trustedCertificate), connectionTimeout: 5_000 });
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

/** PackStream (Bolt's encoding) of the few values the WebSocket probe sends: short strings, small maps, a struct. */
function packString(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  return Buffer.concat([bytes.length < 16 ? Buffer.from([0x80 | bytes.length]) : Buffer.from([0xd0, bytes.length]), bytes]);
}
function packMap(map: Record<string, string>): Buffer {
  const entries = Object.entries(map);
  return Buffer.concat([Buffer.from([0xa0 | entries.length]), ...entries.flatMap(([k, v]) => [packString(k), packString(v)])]);
}
/** One Bolt message in one chunk, then the end marker. */
function boltMessage(signature: number, ...fields: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  return Buffer.concat([Buffer.from([body.length >> 8, body.length & 0xff]), body, Buffer.from([0, 0])]);
}
/** A masked binary WebSocket frame, as a browser sends it. */
function webSocketFrame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length = payload.length < 126 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([Buffer.from([0x82]), length, mask, Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!))]);
}

/**
 * A WebSocket to the Bolt port with another origin, as a page would open it: upgrades, negotiates Bolt 4.4, says
 * HELLO with `auth` and asks for a CREATE. Plain (ws://), or over TLS without checking the certificate (wss://, as a
 * local program can, and a browser cannot). Resolves with everything the server sent once it closes (or 5 s pass).
 */
function boltOverWebSocket(port: number, auth: Record<string, string>, transport: 'plain' | 'tls'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = transport === 'tls' ? tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }) : net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let upgraded = false;
    const done = () => {
      socket.destroy();
      resolve(received.toString('latin1'));
    };
    const timer = setTimeout(done, 5_000);
    // A refused plain upgrade may end in a reset; whatever came before it is the answer.
    socket.on('error', (error) => (transport === 'plain' ? done() : reject(error)));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received.toString('latin1'));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (upgraded || !received.includes('\r\n\r\n')) return;
      upgraded = true;
      expect(received.toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
      const handshake = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      const hello = boltMessage(0x01, packMap({ user_agent: 'lockdown-probe/1', ...auth }));
      const create = boltMessage(0x10, packString("CREATE (:LockdownProbe {at: 'websocket'})"), packMap({}), packMap({}));
      const pull = boltMessage(0x3f, Buffer.from([0xa1]), packString('n'), Buffer.from([0xff]));
      socket.write(webSocketFrame(handshake));
      socket.write(webSocketFrame(Buffer.concat([hello, create, pull])));
    });
    socket.write(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  });
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

  it('keeps the Bolt TLS key in run/bolt-tls, readable by its owner only, and requires TLS on every Bolt connection', async () => {
    expect(trustedCertificate).toBe(boltCertificateFile(layout));
    expect(fs.statSync(boltPrivateKeyFile(layout)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(boltTlsDir(layout)).mode & 0o077).toBe(0);
    expect(await setting('server.bolt.tls_level')).toBe('REQUIRED');
    const plain = neo4j.driver(uri, neo4j.auth.basic('neo4j', fs.readFileSync(passwordFile(layout), 'utf8').trim()), { connectionTimeout: 5_000 });
    const session = plain.session();
    try {
      // session.run, not executeQuery: no retries, the refusal is the answer.
      await expect(session.run('RETURN 1')).rejects.toThrow(/closed|ServiceUnavailable|Connection was closed/i);
    } finally {
      await session.close();
      await plain.close();
    }
  });

  it('refuses a WebSocket upgrade that is not encrypted', async () => {
    const answer = await boltOverWebSocket(Number(new URL(uri).port), { scheme: 'none' }, 'plain');
    expect(answer).not.toMatch(/^HTTP\/1\.1 101/);
    expect(answer).toBe('');
  });

  it('runs nothing for a WebSocket over TLS from another origin without the password', async () => {
    const port = Number(new URL(uri).port);
    const attempts: Record<string, string>[] = [{ scheme: 'none' }, { scheme: 'basic', principal: 'neo4j', credentials: 'neo4j' }];
    for (const auth of attempts) {
      const answer = await boltOverWebSocket(port, auth, 'tls');
      expect(answer).toMatch(/Neo\.ClientError\.Security\.Unauthorized/);
    }
    const session = database.readSession();
    try {
      expect((await session.run('MATCH (n:LockdownProbe) RETURN count(n) AS n')).records[0]!.get('n')).toBe(0);
    } finally {
      await session.close();
    }
  });

  it("cannot lock the project out: wrong passwords from a page leave the project's own logins working", async () => {
    const port = Number(new URL(uri).port);
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await boltOverWebSocket(port, { scheme: 'basic', principal: 'neo4j', credentials: `guess-${attempt}` }, 'tls')).toMatch(/Unauthorized/);
    const password = fs.readFileSync(passwordFile(layout), 'utf8').trim();
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { ...encryptionConfig(trustedCertificate), connectionTimeout: 5_000 });
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0]?.get('one')).toEqual(neo4j.int(1));
    } finally {
      await driver.close();
    }
    expect(await setting('dbms.security.auth_max_failed_attempts')).toBe('0');
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
