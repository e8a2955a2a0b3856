// Neo4j going away while the page is open, and coming back, in real Chromium. The viewer server talks to the test
// Neo4j through a TCP relay that the test can shut: while shut, connections are refused exactly as with a stopped
// Neo4j (the relay's port is closed), without stopping the Neo4j the other test files share.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import { GraphDatabase, connectionSettings, createDriver } from '../../src/neo4j/connection.js';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { collectPageErrors, openViewer, screenshot, viewerState, viewerFixture, type ViewerFixture } from './browser-harness.js';

/** A TCP relay to Neo4j's Bolt port on a fixed local port; `shut()` closes the port and cuts every open connection. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async shut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

let relayed: GraphDatabase;
let relay: Relay;
let server: ViewerServer;
let graph: GraphDocument;
let page: Page;

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture({
    // The viewer server reads Neo4j through a relay the tests can cut.
    serverDatabase: async () => {
      const bolt = new URL(connectionSettings().uri.replace(/^bolt/, 'http'));
      relay = new Relay({ host: bolt.hostname, port: Number(bolt.port) });
      await relay.open();
      const settings = { ...connectionSettings(), uri: `bolt://127.0.0.1:${relay.port}` };
      relayed = new GraphDatabase(createDriver(settings), settings);
      return relayed;
    },
  });
  ({ server, graph, page } = fixture);
});

afterAll(async () => {
  await fixture?.close();
  await relay?.shut();
});

const status = async () => (await fetch(new URL('/api/status', server.url))).json();

/**
 * /api/status once it answers `neo4j: up` (the server may reuse an answer for a second) and, when given, a reason that
 * matches: right after the relay shuts, a pooled connection can still be reported as lost before new ones are refused.
 */
async function statusOnce(up: boolean, reason?: RegExp): Promise<{ neo4j: boolean; reason?: string }> {
  const until = Date.now() + 15_000;
  for (;;) {
    const answer = await status();
    if ((answer.neo4j === up && (!reason || reason.test(answer.reason ?? ''))) || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('viewer when Neo4j goes away and comes back', () => {
  it('says so in the status line and /api/status, shows search and ego failures with what to do, throws nothing unhandled, and recovers', async () => {
    const errors = collectPageErrors(page);
    await openViewer(page, server.url);
    expect(await status()).toEqual({ neo4j: true });
    const entity = graph.entities.find((e) => e.name.length >= 5 && graph.relations.some((r) => r.source === e.id || r.target === e.id))!;
    await page.fill('#search-input', entity.name);
    await page.locator(`#search-list li[data-entity-id="${entity.id}"]`).first().click();
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);

    await relay.shut();
    const down = await statusOnce(false, /refused/);
    expect(down.neo4j).toBe(false);
    expect(down.reason).toMatch(/refused/);
    expect(down.reason).toMatch(/kg db start/);
    expect(JSON.stringify(down)).not.toMatch(/bolt:|127\.0\.0\.1|password/);

    // The status line follows the connection, not the last successful load.
    await page.waitForFunction(
      () => {
        const text = document.querySelector('#status')?.textContent ?? '';
        return /Neo4j is not reachable/.test(text) && /refused/.test(text);
      },
      null,
      { timeout: 15_000 },
    );
    expect(await page.textContent('#status')).toMatch(/refused.*kg db start/);
    expect(await page.textContent('#status')).not.toMatch(/Neo4j: \d+ entities/);
    // Search: the failure is shown where the answer was expected, with the reason.
    await page.fill('#search-input', entity.name.slice(0, 4));
    const failure = page.locator('#search-list li.search-error');
    await failure.waitFor({ timeout: 15_000 });
    expect(await failure.textContent()).toMatch(/Search failed: Neo4j refused the connection.*kg db start/);
    // Ego: fetching the neighbourhood fails with a message, not an unhandled rejection.
    await page.selectOption('#ego-depth', '2');
    await page.waitForFunction(() => /Could not fetch the ego network.*refused/.test(document.querySelector('#status')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    expect((await viewerState(page)).ready).toBe(true);
    await screenshot(page, 'viewer-neo4j-gone');

    await relay.open();
    expect(await statusOnce(true)).toEqual({ neo4j: true });
    await page.waitForFunction(() => /reachable again/.test(document.querySelector('#status')?.textContent ?? ''), null, { timeout: 15_000 });
    await page.fill('#search-input', entity.name);
    await page.locator(`#search-list li[data-entity-id="${entity.id}"]`).first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});
