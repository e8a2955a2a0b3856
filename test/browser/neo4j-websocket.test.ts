// A web page cannot open Bolt over a WebSocket to the project's own Neo4j. Neo4j 5.26 answers a WebSocket upgrade on
// the Bolt port from any origin and has no setting against it; the project's server requires TLS on Bolt with a
// certificate only the project's clients trust, so in real Chromium a page of another origin gets neither a ws://
// connection (refused as unencrypted) nor a wss:// one (the certificate is not trusted). A browser told to accept any
// certificate, as a user who clicked through the warning would have it, does get the wss:// one: the certificate is
// what stands in the way, and the project's own connection, which trusts it, works.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { connectionSettings, type GraphDatabase } from '../../src/neo4j/connection.js';
import { viewerFixture, type ViewerFixture } from './browser-harness.js';

const boltPort = Number(new URL(connectionSettings().uri).port);
let page: http.Server;
let pageUrl: string;
let browser: Browser;
let database: GraphDatabase;

/** What a WebSocket opened by the page at `pageUrl` does: 'open', 'error' (refused or failed) or 'timeout'. */
async function webSocketFromPage(context: BrowserContext, target: string): Promise<string> {
  const tab = await context.newPage();
  try {
    await tab.goto(pageUrl);
    return await tab.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url);
          const timer = setTimeout(() => resolve('timeout'), 10_000);
          socket.onopen = () => {
            clearTimeout(timer);
            socket.close();
            resolve('open');
          };
          socket.onerror = () => {
            clearTimeout(timer);
            resolve('error');
          };
        }),
      target,
    );
  } finally {
    await tab.close();
  }
}

let fixture: ViewerFixture;

beforeAll(async () => {
  // The test database and a browser; no viewer.
  fixture = await viewerFixture({ viewer: false, page: false });
  ({ database, browser } = fixture);
  // A page of another origin (another port on loopback, as a local dev server or a DNS-rebound site would be).
  page = http.createServer((_request, response) => response.end('<!doctype html><title>another origin</title>'));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', () => resolve()));
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await fixture?.close();
  await new Promise((resolve) => page?.close(resolve));
});

describe.skipIf(Boolean(process.env.NEO4J_URI))("a web page and the project's Neo4j", () => {
  it('cannot open a WebSocket to the Bolt port, neither ws:// nor wss://', async () => {
    const context = await browser.newContext();
    try {
      expect(await webSocketFromPage(context, `ws://127.0.0.1:${boltPort}/`)).toBe('error');
      expect(await webSocketFromPage(context, `wss://127.0.0.1:${boltPort}/`)).toBe('error');
    } finally {
      await context.close();
    }
  });

  it("is kept out by the certificate: a browser that accepted it would connect, as the project's clients do", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    try {
      expect(await webSocketFromPage(context, `wss://127.0.0.1:${boltPort}/`)).toBe('open');
    } finally {
      await context.close();
    }
    const session = database.readSession();
    try {
      expect((await session.run('RETURN 1 AS one')).records[0]?.get('one')).toBe(1);
    } finally {
      await session.close();
    }
  });
});
