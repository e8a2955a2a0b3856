// Broken states of the viewer found by using it as a reader would, each pinned by a test in real Chromium against the
// real (test) Neo4j: a blank canvas after the Cypher panel changes the stage's size, exporting a corpus-sized view, Enter
// in search racing the new query, the two ego controls, Cypher paths in the table and as a graph, and a double-click
// read as two clicks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { validateDocument } from '../../src/schema/validate-document.js';
import { inkedPixels, openViewer, screenshot, viewerState, viewerFixture, type ViewerFixture } from './browser-harness.js';
import { itemAt } from '../../src/util/checked-index.js';

let server: ViewerServer;
let graph: GraphDocument;
let page: Page;
let pageErrors: string[];

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture({ page: { acceptDownloads: true } });
  ({ server, graph, page, pageErrors } = fixture);
});

afterAll(() => fixture?.close());

/** Two entities with names unlike each other, so a search for one never lists the other first. */
function twoDistinctEntities() {
  const named = graph.entities.filter((e) => e.name.length >= 5 && /^[A-Za-z]/.test(e.name));
  const first = itemAt(named, 0);
  const second = named.find(
    (e) => itemAt(e.name, 0).toLowerCase() !== itemAt(first.name, 0).toLowerCase() && !e.name.toLowerCase().includes(first.name.toLowerCase().slice(0, 4)),
  );
  if (!second) throw new Error('the fixture graph has no two entities with unlike names');
  return [first, second] as const;
}

async function selectBySearch(name: string, id: string): Promise<void> {
  await page.fill('#search-input', name);
  await page.locator(`#search-list li[data-entity-id="${id}"]`).first().waitFor({ timeout: 10_000 });
  await page.locator(`#search-list li[data-entity-id="${id}"]`).first().click();
  await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, name);
}

describe('viewer regressions', () => {
  it('the graph stays drawn when the Cypher panel opens, closes and the window is resized', async () => {
    await openViewer(page, `${server.url}?camera=0,0,1`);
    await page.waitForTimeout(500);
    const drawn = await inkedPixels(page, '#graph');
    expect(drawn).toBeGreaterThan(200);
    await page.click('#cypher-toggle');
    await page.waitForTimeout(400);
    expect(await inkedPixels(page, '#graph')).toBeGreaterThan(drawn * 0.4);
    await page.click('#cypher-toggle');
    await page.waitForTimeout(400);
    expect(await inkedPixels(page, '#graph')).toBeGreaterThan(drawn * 0.4);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.waitForTimeout(400);
    expect(await inkedPixels(page, '#graph')).toBeGreaterThan(drawn * 0.3);
    await screenshot(page, 'viewer-after-resize');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('exports a graph document for a corpus-sized view (more ids than the 64 KiB query body holds)', async () => {
    await openViewer(page, server.url);
    const entityIds = graph.entities.map((e) => e.id);
    const relationIds = graph.relations.map((r) => r.id);
    // The ids of a 3,000-entity overview: the fixtures' own plus ids of the same shape that the graph does not hold.
    for (let i = 0; entityIds.length < 3000; i++) entityIds.push(`${itemAt(graph.entities, i % graph.entities.length).id}-absent-${i}`);
    for (let i = 0; relationIds.length < 6000; i++) relationIds.push(`${itemAt(graph.relations, i % graph.relations.length).id}-absent-${i}`);
    const answer = await page.evaluate(
      async (body) => {
        const response = await fetch('/api/document', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return { status: response.status, bytes: JSON.stringify(body).length, document: await response.json() };
      },
      { entityIds, relationIds },
    );
    expect(answer.bytes).toBeGreaterThan(64 * 1024);
    expect(answer.status).toBe(200);
    expect(validateDocument(answer.document).errors).toEqual([]);
    expect(answer.document.entities.map((e: { id: string }) => e.id).sort()).toEqual(graph.entities.map((e) => e.id).sort());
  });

  it("Enter right after typing a new name selects the new name, not the previous query's hit", async () => {
    const [first, second] = twoDistinctEntities();
    await openViewer(page, server.url);
    await page.fill('#search-input', first.name);
    await page.locator(`#search-list li[data-entity-id="${first.id}"]`).first().waitFor({ timeout: 10_000 });
    await page.fill('#search-input', second.name);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => (window as any).__kgViewer.state().selection !== null, null, { timeout: 10_000 });
    expect((await viewerState(page)).state.selection).toEqual({ kind: 'node', id: second.id });
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, second.name);
  });

  it('the toolbar and the details panel show the same ego depth, whichever is changed', async () => {
    const [entity] = twoDistinctEntities();
    await openViewer(page, server.url);
    // Without a selection there is no centre: the toolbar must not claim an ego mode the view does not have.
    await page.selectOption('#ego-depth', '1');
    expect((await viewerState(page)).state.egoDepth).toBe(0);
    expect(await page.inputValue('#ego-depth')).toBe('0');
    await selectBySearch(entity.name, entity.id);
    await page.selectOption('#ego-depth', '2');
    await page.waitForFunction(() => (window as any).__kgViewer.state().egoDepth === 2);
    expect(await page.inputValue('#details-ego')).toBe('2');
    await page.selectOption('#details-ego', '1');
    await page.waitForFunction(() => (window as any).__kgViewer.state().egoDepth === 1);
    expect(await page.inputValue('#ego-depth')).toBe('1');
    await page.selectOption('#details-ego', '0');
    await page.waitForFunction(() => (window as any).__kgViewer.state().egoDepth === 0);
    expect(await page.inputValue('#ego-depth')).toBe('0');
  });

  it('a shift-double-click on an entity adds it to the multi-selection once, even when the page was too busy to pair the clicks in time', async () => {
    await openViewer(page, `${server.url}?autolayout=0`);
    const target = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const sigma = hook.sigma();
      const box = sigma.getContainer().getBoundingClientRect();
      const { n, d } = hook
        .visibleNodes()
        .map((n: string) => ({ n, d: sigma.getNodeDisplayData(n) }))
        .sort((a: any, b: any) => b.d.size - a.d.size)[0];
      const p = sigma.framedGraphToViewport(d);
      return { id: n as string, x: box.left + p.x, y: box.top + p.y };
    });
    // Sigma pairs two clicks into a double-click with a timer that runs on the page's main thread. While the page waits
    // for the software GPU to finish a frame, that timer can run between the two clicks of a quick double-click; a
    // timeout of 0 and a short pause give the same order of events every time. The browser still counts the second
    // click as the double-click's (event.detail 2).
    await page.evaluate(() => (window as any).__kgViewer.sigma().setSetting('doubleClickTimeout', 0));
    await page.keyboard.down('Shift');
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(50);
    // The double-click's second press and release, at the same place (mouse.click with clickCount 2 would click twice).
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.keyboard.up('Shift');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__kgViewer.state().pickedNodes)).toEqual([target.id]);
    expect(pageErrors).toEqual([]);
  });

  it('Cypher paths read as names and arrows, never whole article texts, and "Show result as graph" keeps every node on the path', async () => {
    await openViewer(page, server.url);
    await page.click('#cypher-toggle');
    await page.fill(
      '#cypher-text',
      'MATCH p = (a:Entity)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b:Entity) WHERE a.id < b.id RETURN p, d ORDER BY a.id, b.id LIMIT 3',
    );
    await page.click('#cypher-form button[type=submit]');
    await page.locator('#cypher-table td').first().waitFor();
    const cells = await page.locator('#cypher-table tbody td').allTextContents();
    expect(cells.length).toBe(6);
    for (const text of cells) {
      expect(text.length).toBeLessThan(400);
      for (const document of graph.documents) expect(text).not.toContain(document.text.slice(0, 200));
    }
    expect(cells[0]).toMatch(/→/);
    expect(cells[0]).toMatch(/←/);
    const result = await page.evaluate(async () => {
      const response = await fetch('/api/query', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          cypher: 'MATCH p = (a:Entity)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b:Entity) WHERE a.id < b.id RETURN p, d ORDER BY a.id, b.id LIMIT 3',
        }),
      });
      return response.json();
    });
    const pathNodes = new Set<string>(result.rows.flatMap((row: any[]) => row[0].nodes.map((n: { id: string }) => n.id)));
    const names = result.rows.map((row: any[]) => String(row[0].nodes[0].properties.name));
    for (const name of names) expect(cells.join(' ')).toContain(name);
    await page.click('#cypher-add');
    await page.waitForFunction((ids) => ids.every((id: string) => (window as any).__kgViewer.nodeIds().includes(id)), [...pathNodes], { timeout: 10_000 });
    const shown = await viewerState(page);
    for (const id of pathNodes) expect(shown.nodeIds).toContain(id);
    await screenshot(page, 'viewer-cypher-path');
    expect(pageErrors).toEqual([]);
  });
});
