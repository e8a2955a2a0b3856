// kg serve's exposure rules against the real (test) Neo4j: loopback by default, no CORS, foreign Host and Origin
// refused, JSON bodies only, size limit, and a read-only Cypher endpoint that leaves the database unchanged.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { graphCounts } from '../../src/neo4j/load-graph.js';
import { MAX_BODY_BYTES, startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import { fixtureGraph, launchBrowser, openViewer, screenshot, viewerFixture, type ViewerFixture } from './browser-harness.js';
import { itemAt } from '../../src/util/checked-index.js';

let database: GraphDatabase;
let server: ViewerServer;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const postQuery = (cypher: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  request('/api/query', { method: 'POST', headers, body: JSON.stringify({ cypher }) });

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture({ browser: false, buildIfMissing: true });
  ({ database, server } = fixture);
});

afterAll(() => fixture?.close());

describe('kg serve exposure', () => {
  it('binds 127.0.0.1 by default and serves the viewer there', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openViewer(page, server.url);
      await screenshot(page, 'viewer-served-on-loopback');
    } finally {
      await browser?.close();
    }
  });

  it('refuses a non-loopback address unless it is asked for explicitly', async () => {
    await expect(startViewerServer({ host: '0.0.0.0', port: 0, database })).rejects.toThrow(/--host/);
  });

  it('refuses requests for another Host or from another Origin, and sends no CORS headers', async () => {
    const ok = await request('/api/status');
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    expect((await request('/api/status', { headers: { Host: 'attacker.example' } })).status).toBe(421);
    const crossSite = await postQuery('MATCH (n) RETURN count(n)', { 'Content-Type': 'application/json', Origin: 'http://attacker.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never sends the Neo4j address or credentials to the browser', async () => {
    const status = await request('/api/status');
    const overview = await request('/api/overview');
    for (const answer of [status, overview]) {
      expect(answer.body).not.toMatch(/bolt:|neo4j:\/\/|password/i);
    }
  });

  it('takes JSON bodies only, up to the size limit', async () => {
    expect((await postQuery('MATCH (n) RETURN count(n)', { 'Content-Type': 'text/plain' })).status).toBe(415);
    const big = await request('/api/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cypher: `RETURN '${'x'.repeat(MAX_BODY_BYTES)}'` }),
    });
    expect(big.status).toBe(413);
  });

  it('runs a read through POST /api/query and refuses CREATE with nothing changed', async () => {
    const read = await postQuery('MATCH (e:Entity) RETURN count(e) AS n');
    expect(read.status).toBe(200);
    const before = await graphCounts(database);
    expect(JSON.parse(read.body).rows[0][0]).toBe(before.entities);
    for (const write of [
      "CREATE (n:Entity {id: 'written-through-the-api'}) RETURN n",
      "MATCH (e:Entity) SET e.name = 'overwritten' RETURN count(e)",
      'MATCH (n) DETACH DELETE n',
      'CREATE INDEX written_index IF NOT EXISTS FOR (n:Entity) ON (n.written)',
    ]) {
      const answer = await postQuery(write);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/read-only/);
    }
    expect(await graphCounts(database)).toEqual(before);
  });

  it('answers a syntax error with the position and a 400, not a crash', async () => {
    const answer = await postQuery('MATCH (e:Entity RETURN e');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error).toMatch(/line 1/);
  });

  it('answers search, entity, relation, expand and ego routes in the viewer shapes', async () => {
    const graph = fixtureGraph();
    const relation = itemAt(graph.relations, 0);
    const entity = graph.entities.find((e) => e.id === relation.source)!;
    const search = JSON.parse((await request(`/api/search?q=${encodeURIComponent(entity.name)}`)).body);
    expect(search.hits.map((h: { id: string }) => h.id)).toContain(entity.id);
    const details = JSON.parse((await request(`/api/entity?id=${encodeURIComponent(entity.id)}`)).body);
    expect(details.entity.name).toBe(entity.name);
    expect(details.relationGroups.flatMap((g: { relations: { id: string }[] }) => g.relations.map((r) => r.id))).toContain(relation.id);
    const evidence = JSON.parse((await request(`/api/relation?id=${encodeURIComponent(relation.id)}&type=${relation.type}`)).body);
    expect(evidence.evidence.length).toBeGreaterThan(0);
    expect(evidence.evidence[0].article.source).toMatch(/^fixtures\//);
    const expand = JSON.parse((await request(`/api/expand?id=${encodeURIComponent(entity.id)}`)).body);
    expect(expand.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([relation.source, relation.target]));
    expect((await request(`/api/ego?id=${encodeURIComponent(entity.id)}&depth=4`)).status).toBe(400);
    expect((await request('/api/entity?id=no-such-entity')).status).toBe(404);
  });
});
