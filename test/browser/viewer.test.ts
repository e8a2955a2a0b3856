// The viewer in real Chromium against the real (test) Neo4j, with the fixture articles loaded: search and evidence,
// legend filters, URL state, offline files and the read-only Cypher panel.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { GraphDocument, Relation } from '../../src/document/graph-document.js';
import type { GraphDatabase } from '../../src/neo4j/connection.js';
import { graphCounts } from '../../src/neo4j/load-graph.js';
import { startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import { validateDocument } from '../../src/schema/validate-document.js';
import { openViewer, screenshot, viewerState, viewerFixture, type ViewerFixture } from './browser-harness.js';
import { itemAt } from '../../src/util/checked-index.js';

let database: GraphDatabase;
let server: ViewerServer;
let browser: Browser;
let graph: GraphDocument;
let page: Page;

/** A relation whose source entity has a name long enough to search for, with its evidence sentence. */
function pickRelation(): { relation: Relation; sentence: string } {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const relation = graph.relations.find((r) => (byId.get(r.source)?.name.length ?? 0) >= 4 && r.evidence.length > 0)!;
  const evidence = itemAt(relation.evidence, 0);
  const text = graph.documents.find((d) => d.id === evidence.doc)!.text;
  return { relation, sentence: evidence.text ?? text.slice(evidence.start, evidence.end) };
}

function typeOf(id: string): string {
  return graph.entities.find((e) => e.id === id)!.type;
}

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture({ page: false });
  ({ database, server, browser, graph } = fixture);
});

afterAll(() => fixture?.close());

describe('viewer against Neo4j', () => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  });

  it('search → select → the panel shows the evidence sentence with both entities marked', async () => {
    const { relation, sentence } = pickRelation();
    const source = graph.entities.find((e) => e.id === relation.source)!;
    await openViewer(page, server.url);
    await page.fill('#search-input', source.name.slice(0, Math.max(4, source.name.length - 1)));
    const option = page.locator(`#search-list li[data-entity-id="${source.id}"]`);
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    await page.waitForFunction((name) => document.querySelector('#details-title')?.textContent === name, source.name);
    const details = (await page.textContent('#details'))!.replace(/\s+/g, ' ');
    expect(details).toContain(sentence.replace(/\s+/g, ' ').trim());
    const quote = page.locator(`#details [data-relation-id="${relation.id}"] blockquote.evidence`).first();
    expect(await quote.locator('mark.source').count()).toBeGreaterThan(0);
    expect(await quote.locator('mark.target').count()).toBeGreaterThan(0);
    const state = await viewerState(page);
    expect(state.state.selection).toEqual({ kind: 'node', id: source.id });
    await screenshot(page, 'viewer-search-evidence');
  });

  it('hiding an entity type in the legend removes its nodes from view', async () => {
    // Entities without relations shown too, so hiding a type removes exactly its entities.
    await openViewer(page, `${server.url}?isolated=1`);
    const counts = new Map<string, number>();
    for (const e of graph.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    const [type] = itemAt(
      [...counts.entries()].sort((a, b) => b[1] - a[1]),
      0,
    );
    const before = await viewerState(page);
    expect(before.visibleNodes.some((id) => typeOf(id) === type)).toBe(true);
    await page.click(`#legend [data-entity-type="${type}"]`);
    await page.waitForFunction((t) => (window as any).__kgViewer.state().hiddenEntityTypes.includes(t), type);
    const after = await viewerState(page);
    expect(after.visibleNodes.filter((id) => typeOf(id) === type)).toEqual([]);
    expect(after.visibleNodes.length).toBe(before.visibleNodes.length - counts.get(type)!);
    expect(await page.getAttribute(`#legend [data-entity-type="${type}"]`, 'aria-pressed')).toBe('false');
    await screenshot(page, 'viewer-hide-type');
  });

  it('a URL with state reopens the same selection and filters', async () => {
    const { relation } = pickRelation();
    const selected = relation.source;
    const hidden = graph.entities.find((e) => e.type !== typeOf(selected))!.type;
    await openViewer(page, `${server.url}?hide=${hidden}&conf=0.5&sel=n:${encodeURIComponent(selected)}`);
    const first = await viewerState(page);
    expect(first.state.hiddenEntityTypes).toEqual([hidden]);
    expect(first.state.minConfidence).toBe(0.5);
    expect(first.state.selection).toEqual({ kind: 'node', id: selected });
    expect(first.visibleNodes.some((id) => typeOf(id) === hidden)).toBe(false);
    await page.waitForFunction((id) => document.querySelector('#details-title')?.textContent === id, graph.entities.find((e) => e.id === selected)!.name);
    // The app rewrites the URL as the state changes; that link, opened elsewhere, shows the same view.
    await page.waitForFunction(() => location.search.includes('sel='));
    const shared = page.url();
    const second = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(second, shared);
    const reopened = await viewerState(second);
    expect(reopened.state.selection).toEqual(first.state.selection);
    expect(reopened.state.hiddenEntityTypes).toEqual(first.state.hiddenEntityTypes);
    expect(reopened.state.minConfidence).toBe(first.state.minConfidence);
    expect(reopened.visibleNodes).toEqual(first.visibleNodes);
    await screenshot(second, 'viewer-url-state');
    await second.close();
  });

  it('exports the visible subgraph as GEXF, GraphML and a valid graph document', async () => {
    const hidden = itemAt(graph.entities, 0).type;
    await openViewer(page, `${server.url}?hide=${hidden}`);
    const visible = (await viewerState(page)).visibleNodes;
    const exported = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.selectOption('#export-format', format)]);
      return fs.readFileSync(await download.path(), format === 'png' ? null : 'utf8');
    };
    const gexf = String(await exported('gexf'));
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(visible.length);
    const graphml = String(await exported('graphml'));
    expect((graphml.match(/<node /g) ?? []).length).toBe(visible.length);
    const document = JSON.parse(String(await exported('json')));
    expect(validateDocument(document).errors).toEqual([]);
    expect(document.entities.map((e: { id: string }) => e.id).sort()).toEqual(visible);
    expect(document.entities.some((e: { type: string }) => e.type === hidden)).toBe(false);
    const svg = String(await exported('svg'));
    expect(svg).toContain('<svg');
    // Every shown entity as a circle at its place on screen, every shown relation as a line.
    expect((svg.match(/<circle /g) ?? []).length).toBe(visible.length);
    expect((svg.match(/<line /g) ?? []).length).toBe(await page.evaluate(() => (window as any).__kgViewer.visibleEdges().length));
    const circleIds = [...svg.matchAll(/<circle [^>]*data-id="([^"]+)"/g)]
      .map((m) =>
        itemAt(m, 1)
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      )
      .sort();
    expect(circleIds).toEqual(visible);
    const png = (await exported('png')) as Buffer;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The picture holds the drawn graph (coloured pixels on the white ground), not a cleared WebGL buffer.
    const coloured = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 40) count += 1;
      return count;
    }, png.toString('base64'));
    expect(coloured).toBeGreaterThan(100);
    await screenshot(page, 'viewer-export');
  });

  it('the Cypher panel refuses a write and the database is unchanged', async () => {
    const before = await graphCounts(database);
    await openViewer(page, server.url);
    await page.click('#cypher-toggle');
    await page.fill('#cypher-text', "CREATE (n:Entity {id: 'written-by-the-viewer', name: 'x'}) RETURN n");
    await page.click('#cypher-form button[type=submit]');
    await page.waitForFunction(() => (document.querySelector('#cypher-error')?.textContent ?? '') !== '');
    expect(await page.textContent('#cypher-error')).toMatch(/read-only/);
    expect(await graphCounts(database)).toEqual(before);
    // A read still works and its table shows rows.
    await page.fill('#cypher-text', 'MATCH (e:Entity) RETURN e.name AS name ORDER BY name LIMIT 3');
    await page.click('#cypher-form button[type=submit]');
    await page.locator('#cypher-table td').first().waitFor();
    expect(await page.locator('#cypher-table tbody tr').count()).toBe(3);
    await page.fill('#cypher-text', "CREATE (n:Entity {id: 'written-by-the-viewer', name: 'x'}) RETURN n");
    await page.click('#cypher-form button[type=submit]');
    await page.waitForFunction(() => /read-only/.test(document.querySelector('#cypher-error')?.textContent ?? ''));
    await screenshot(page, 'viewer-cypher-refused');
  });
});

describe('viewer offline (no Neo4j)', () => {
  let offline: ViewerServer;
  beforeAll(async () => {
    offline = await startViewerServer({ port: 0, database: null });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('opens a graph document from the file picker', async () => {
    const local = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await local.goto(offline.url);
    await local.waitForFunction(() => /No Neo4j/.test(document.querySelector('#status')?.textContent ?? ''));
    await local.setInputFiles('#file-input', { name: 'fixtures.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
    await local.waitForFunction(() => (window as any).__kgViewer.ready);
    const state = await viewerState(local);
    expect(state.sourceKind).toBe('file');
    expect(state.nodeIds).toEqual(graph.entities.map((e) => e.id).sort());
    // Details come from the document itself: the evidence sentence of a relation.
    const { relation, sentence } = pickRelation();
    await local.goto(`${offline.url}?sel=e:${encodeURIComponent(relation.id)}`);
    await local.setInputFiles('#file-input', { name: 'fixtures.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
    await local.waitForFunction(() => Boolean(document.querySelector('#details blockquote.evidence')));
    expect((await local.textContent('#details'))!.replace(/\s+/g, ' ')).toContain(sentence.replace(/\s+/g, ' ').trim());
    await screenshot(local, 'viewer-offline-file');
    await local.close();
  });

  it('opens a graph document named by ?file= without Neo4j', async () => {
    const local = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await local.route(
      (url) => url.pathname === '/graphs/fixtures.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph) }),
    );
    await openViewer(local, `${offline.url}?file=/graphs/fixtures.json`);
    const state = await viewerState(local);
    expect(state.sourceKind).toBe('file');
    expect(state.nodeIds.length).toBe(graph.entities.length);
    await screenshot(local, 'viewer-offline-url');
    await local.close();
  });
});
