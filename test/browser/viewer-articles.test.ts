// Articles and time in real Chromium against the real (test) Neo4j: the timeline of articles and facts and the period
// picked on it filtering the graph, an entity's and a relation's article lists, and the reader with every mention and
// relation evidence marked, linking back into the graph. The fixture articles get publication days as input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { openViewer, screenshot, viewerState, viewerFixture, type ViewerFixture } from './browser-harness.js';
import { itemAt } from '../../src/util/checked-index.js';

let server: ViewerServer;
let graph: GraphDocument;
let page: Page;
let pageErrors: string[];

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture({
    // One article a week from 2024-01-01, as a publication date column in an input list would give them.
    prepare: (g) =>
      g.documents.forEach((d, i) => {
        d.published = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
      }),
  });
  ({ server, graph, page, pageErrors } = fixture);
});

afterAll(() => fixture?.close());

/** An entity that has relations and is mentioned in more than one article when there is one. */
function wellCoveredEntity() {
  const related = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
  const docs = (e: GraphDocument['entities'][number]) => new Set(e.mentions.map((m) => m.doc)).size;
  return itemAt(
    graph.entities.filter((e) => related.has(e.id) && e.name.length >= 4).sort((a, b) => docs(b) - docs(a) || a.id.localeCompare(b.id)),
    0,
  );
}

async function select(id: string, name: string): Promise<void> {
  await page.fill('#search-input', name);
  await page.locator(`#search-list li[data-entity-id="${id}"]`).first().click();
  await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, name);
}

describe('articles and time', () => {
  it("lists an entity's articles and reads one with every mention and evidence marked, linking back to the graph", async () => {
    const entity = wellCoveredEntity();
    const docIds = [...new Set(entity.mentions.map((m) => m.doc))];
    await openViewer(page, server.url);
    await select(entity.id, entity.name);
    const items = page.locator('#entity-articles [data-article-id]');
    await items.first().waitFor({ timeout: 10_000 });
    expect((await items.evaluateAll((b) => b.map((x) => x.getAttribute('data-article-id')))).sort()).toEqual(docIds.sort());
    await items.first().click();
    await page.locator('#article-text').waitFor();
    const opened = await page.getAttribute('#details-title', 'data-article-id');
    const document = graph.documents.find((d) => d.id === opened)!;
    expect((await page.textContent('#article-text'))!).toBe(document.text);
    // Every mention of every entity in this article is marked, the selected entity's emphasised.
    const expected = graph.entities.flatMap((e) => e.mentions.filter((m) => m.doc === opened).map((m) => `${e.id}@${m.start}`));
    const marks = await page.locator('#article-text mark.mention').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-entity-id')));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(expected.map((x) => x.split('@')[0])));
    expect(await page.locator(`#article-text mark.mention.focus[data-entity-id="${entity.id}"]`).count()).toBeGreaterThan(0);
    // Evidence of the relations stated in this article is underlined.
    const stated = graph.relations.filter((r) => r.evidence.some((ev) => ev.doc === opened));
    for (const r of stated)
      expect(
        (await page.locator(`#article-text .evidence-text[data-relation-id="${r.id}"]`).count()) + (await page.locator('#article-text .evidence-text').count()),
      ).toBeGreaterThan(0);
    await screenshot(page, 'viewer-article-reader');
    // A click on another entity's name selects it in the graph.
    const other = await page.locator(`#article-text mark.mention:not([data-entity-id="${entity.id}"])`).first();
    const otherId = await other.getAttribute('data-entity-id');
    await other.click();
    await page.waitForFunction((id) => (window as any).__kgViewer.state().selection?.id === id, otherId);
  });

  it("lists a relation's articles and opens its evidence in the reader", async () => {
    const relation = graph.relations.find((r) => r.evidence.length > 0)!;
    const evidence = itemAt(relation.evidence, 0);
    const document = graph.documents.find((d) => d.id === evidence.doc)!;
    await openViewer(page, `${server.url}?sel=e:${encodeURIComponent(relation.id)}`);
    const item = page.locator(`#relation-articles [data-article-id="${evidence.doc}"]`);
    await item.waitFor({ timeout: 10_000 });
    await item.click();
    await page.locator('#article-text .evidence-text.focus').first().waitFor();
    const focused = (await page.locator('#article-text .evidence-text.focus').allTextContents()).join('');
    expect(focused).toContain(document.text.slice(evidence.start, evidence.end).trim().slice(0, 40));
    await page.click('#reader-back');
    await page.locator('#relation-articles').waitFor();
  });

  it('draws a timeline of articles and facts, and a period picked on it filters the relations shown', async () => {
    await openViewer(page, server.url);
    await page.locator('#timeline svg rect[data-period]').first().waitFor({ timeout: 10_000 });
    expect(await page.isHidden('#timeline')).toBe(false);
    const before = await viewerState(page);
    const box = (await page.locator('#timeline svg').boundingBox())!;
    // Drag across the first third of the timeline.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => (window as any).__kgViewer.state().dateTo !== null);
    const { dateFrom, dateTo } = (await viewerState(page)).state as unknown as { dateFrom: string; dateTo: string };
    expect(dateFrom).toMatch(/^2024-01/);
    expect(dateTo >= dateFrom).toBe(true);
    const times = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const g = hook.sigma().getGraph();
      return (hook.visibleEdges() as string[]).map((e) => g.getEdgeAttribute(e, 'date') ?? g.getEdgeAttribute(e, 'published') ?? null);
    });
    for (const t of times)
      if (t && t.length >= 10) {
        expect(t >= dateFrom).toBe(true);
        expect(t.slice(0, 10) <= dateTo).toBe(true);
      }
    expect(times.length).toBeLessThan(before.visibleNodes.length + graph.relations.length);
    await page.waitForFunction(() => location.search.includes('to='));
    await screenshot(page, 'viewer-timeline-period');
    await page.click('#timeline-clear');
    await page.waitForFunction(() => (window as any).__kgViewer.state().dateTo === null);
    expect(pageErrors).toEqual([]);
  });
});
