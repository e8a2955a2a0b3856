// Exploration tools in real Chromium against the real (test) Neo4j: the sortable table of what is shown, a persistent
// highlight of the selected entity's neighbours, hiding an entity from the view, pinning and multi-selection (all kept
// in the shareable link).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { cameraAtRest, openViewer, screenshot, viewerState, viewerFixture, type ViewerFixture } from './browser-harness.js';
import { itemAt } from '../../src/util/checked-index.js';

let server: ViewerServer;
let graph: GraphDocument;
let page: Page;
let pageErrors: string[];

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture();
  ({ server, graph, page, pageErrors } = fixture);
});

afterAll(() => fixture?.close());

function hub() {
  const degree = new Map<string, number>();
  for (const r of graph.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return itemAt(
    graph.entities.filter((e) => e.name.length >= 4).sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id)),
    0,
  );
}

/**
 * The shown entities other than `selected` that the camera has on screen, largest first, with where sigma draws them:
 * a node off screen or at the edge cannot be clicked.
 */
async function onScreenBySize(selected: string): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate((excluded) => {
    const hook = (window as any).__kgViewer;
    const sigma = hook.sigma();
    const box = sigma.getContainer().getBoundingClientRect();
    const margin = 20;
    return hook
      .visibleNodes()
      .filter((n: string) => n !== excluded)
      .map((n: string) => {
        const d = sigma.getNodeDisplayData(n);
        const p = sigma.framedGraphToViewport(d);
        return { id: n as string, size: d.size as number, x: box.left + p.x, y: box.top + p.y };
      })
      .filter((t: any) => t.x > box.left + margin && t.x < box.right - margin && t.y > box.top + margin && t.y < box.bottom - margin)
      .sort((a: any, b: any) => b.size - a.size)
      .map(({ id, x, y }: any) => ({ id, x, y }));
  }, selected);
}

describe('exploration tools', () => {
  it('lists the shown entities and relations in sortable tables whose rows select', async () => {
    await openViewer(page, server.url);
    await page.click('#table-toggle');
    const rows = page.locator('#table-panel table[data-table="entities"] tbody tr');
    await rows.first().waitFor();
    const shown = (await viewerState(page)).visibleNodes;
    expect((await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-id')))).sort()).toEqual(shown);
    expect(await page.locator('#table-panel table[data-table="relations"] tbody tr').count()).toBe(
      await page.evaluate(() => (window as any).__kgViewer.visibleEdges().length),
    );
    // Sorted by relations, most first; a click on "name" sorts by name.
    const relationCounts = (await page.locator('#table-panel table[data-table="entities"] tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(relationCounts).toEqual([...relationCounts].sort((a, b) => b - a));
    await page.click('#table-panel table[data-table="entities"] th:nth-child(1) button');
    const names = await page.locator('#table-panel table[data-table="entities"] tbody tr td:nth-child(1)').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const first = await rows.first().getAttribute('data-id');
    await rows.first().click();
    await page.waitForFunction((id) => (window as any).__kgViewer.state().selection?.id === id, first);
    await screenshot(page, 'viewer-table');
    await page.click('#table-toggle');
  });

  it("keeps the selected entity's neighbours highlighted and the rest dimmed until turned off", async () => {
    const entity = hub();
    await openViewer(page, `${server.url}?sel=n:${encodeURIComponent(entity.id)}`);
    await page.click('#neighbours-toggle');
    await page.waitForFunction(() => (window as any).__kgViewer.state().highlightNeighbours);
    const colours = await page.evaluate((id) => {
      const hook = (window as any).__kgViewer;
      const sigma = hook.sigma();
      const g = sigma.getGraph();
      const near = new Set([id, ...g.neighbors(id)]);
      return (hook.visibleNodes() as string[]).map((n) => [near.has(n), sigma.getNodeDisplayData(n).color] as const);
    }, entity.id);
    const dimmed = new Set(colours.filter(([near]) => !near).map(([, c]) => c));
    const lit = new Set(colours.filter(([near]) => near).map(([, c]) => c));
    if (colours.some(([near]) => !near)) expect(dimmed.size).toBe(1);
    for (const c of dimmed) expect(lit.has(c)).toBe(false);
    expect(await page.getAttribute('#neighbours-toggle', 'aria-pressed')).toBe('true');
  });

  it('finds the shortest chain of relations between two entities and highlights it', async () => {
    // Two entities two or more relations apart, by breadth-first search over the document.
    const links = new Map<string, Set<string>>();
    for (const r of graph.relations)
      for (const [a, b] of [
        [r.source, r.target],
        [r.target, r.source],
      ] as const)
        links.set(a, (links.get(a) ?? new Set()).add(b));
    const named = (id: string) => (graph.entities.find((e) => e.id === id)?.name.length ?? 0) >= 4;
    let pair: { from: string; to: string; hops: number } | null = null;
    for (const start of [...links.keys()].filter(named).sort()) {
      const distance = new Map([[start, 0]]);
      let frontier = [start];
      while (frontier.length) {
        const next: string[] = [];
        for (const a of frontier)
          for (const b of links.get(a) ?? [])
            if (!distance.has(b)) {
              distance.set(b, distance.get(a)! + 1);
              next.push(b);
            }
        frontier = next;
      }
      const far = [...distance.entries()].filter(([id, d]) => d >= 2 && named(id)).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
      if (far) {
        pair = { from: start, to: far[0], hops: far[1] };
        break;
      }
    }
    expect(pair).not.toBeNull();
    const { from, to, hops } = pair!;
    const name = (id: string) => graph.entities.find((e) => e.id === id)!.name;
    await openViewer(page, `${server.url}?sel=n:${encodeURIComponent(from)}`);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, name(from));
    await page.click('#path-from');
    await page.fill('#search-input', name(to));
    await page.locator(`#search-list li[data-entity-id="${to}"]`).first().click();
    await page.waitForFunction(() => (window as any).__kgViewer.state().pathNodes.length > 0, null, { timeout: 15_000 });
    const path = (await viewerState(page)).state as unknown as { pathNodes: string[] };
    expect(path.pathNodes.length).toBe(hops + 1);
    expect(path.pathNodes[0]).toBe(from);
    expect(path.pathNodes[hops]).toBe(to);
    for (let i = 0; i < hops; i++) expect(links.get(itemAt(path.pathNodes, i))?.has(itemAt(path.pathNodes, i + 1))).toBe(true);
    expect(await page.textContent('#status')).toMatch(/Shortest path/);
    await screenshot(page, 'viewer-shortest-path');
  });

  it('hides an entity from the view, keeps it hidden in the shared link, and shows it again', async () => {
    const entity = hub();
    await openViewer(page, `${server.url}?sel=n:${encodeURIComponent(entity.id)}`);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);
    await page.click('#hide-node');
    await page.waitForFunction((id) => !(window as any).__kgViewer.visibleNodes().includes(id), entity.id);
    expect((await viewerState(page)).state.selection).toBeNull();
    // The shared link keeps it hidden: the page opened again from it does not show it either.
    await page.waitForFunction(() => new URLSearchParams(location.search).has('hid'));
    await openViewer(page, page.url());
    expect(await page.evaluate(() => (window as any).__kgViewer.state().hiddenNodes)).toEqual([entity.id]);
    expect(await page.evaluate((id) => (window as any).__kgViewer.visibleNodes().includes(id), entity.id)).toBe(false);
    await page.click('#show-hidden-nodes');
    await page.waitForFunction((id) => (window as any).__kgViewer.visibleNodes().includes(id), entity.id);
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('hid'));
    expect(pageErrors).toEqual([]);
  });

  it('pins an entity so the layout moves the others and leaves it in place', async () => {
    const entity = hub();
    await openViewer(page, `${server.url}?autolayout=0&sel=n:${encodeURIComponent(entity.id)}`);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);
    await page.click('#pin-node');
    await page.waitForFunction(() => document.querySelector('#pin-node')?.textContent === 'Unpin');
    expect(await page.evaluate(() => (window as any).__kgViewer.state().pinnedNodes)).toEqual([entity.id]);
    const positions = () =>
      page.evaluate(() => {
        const g = (window as any).__kgViewer.sigma().getGraph();
        return Object.fromEntries(g.mapNodes((n: string, a: { x: number; y: number }) => [n, [a.x, a.y]]));
      }) as Promise<Record<string, [number, number]>>;
    const before = await positions();
    await page.evaluate(() => (window as any).__kgViewer.startLayout(1500));
    const after = await positions();
    expect(after[entity.id]).toEqual(before[entity.id]);
    const moved = Object.keys(before).filter((id) => after[id]?.[0] !== before[id]?.[0] || after[id]?.[1] !== before[id]?.[1]);
    expect(moved.length).toBeGreaterThan(Object.keys(before).length / 2);
    // Unpinned, it moves with the rest.
    await page.click('#pin-node');
    await page.waitForFunction(() => document.querySelector('#pin-node')?.textContent === 'Pin in place');
    await page.evaluate(() => (window as any).__kgViewer.startLayout(1500));
    expect((await positions())[entity.id]).not.toEqual(after[entity.id]);
    expect(pageErrors).toEqual([]);
  });

  it('adds entities to the selection with shift-click and hides or pins them together', async () => {
    const entity = hub();
    await openViewer(page, `${server.url}?autolayout=0&sel=n:${encodeURIComponent(entity.id)}`);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);
    await cameraAtRest(page);
    // The largest shown entity other than the selected one that the camera, focused on the selection, has on screen,
    // clicked where sigma draws it.
    const target = itemAt(await onScreenBySize(entity.id), 0);
    await page.keyboard.down('Shift');
    await page.mouse.click(target.x, target.y);
    await page.keyboard.up('Shift');
    await page.waitForFunction((id) => (window as any).__kgViewer.state().pickedNodes.includes(id), target.id);
    expect((await viewerState(page)).state.selection).toEqual({ kind: 'node', id: entity.id });
    expect(await page.isVisible('#picked-bar')).toBe(true);
    expect(await page.textContent('#picked-count')).toMatch(/^2 selected: /);
    await page.click('#pin-picked');
    expect(await page.evaluate(() => (window as any).__kgViewer.state().pinnedNodes)).toEqual([entity.id, target.id].sort());
    await page.click('#hide-picked');
    await page.waitForFunction((ids) => ids.every((id: string) => !(window as any).__kgViewer.visibleNodes().includes(id)), [entity.id, target.id]);
    expect(await page.isVisible('#picked-bar')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('reopens a shared link with the same pinned entity and multi-selection', async () => {
    const entity = hub();
    await openViewer(page, `${server.url}?autolayout=0&sel=n:${encodeURIComponent(entity.id)}`);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);
    await page.click('#pin-node');
    await page.waitForFunction(() => document.querySelector('#pin-node')?.textContent === 'Unpin');
    await cameraAtRest(page);
    // The two largest shown entities other than the selected one that the camera, focused on the selection, has on
    // screen, shift-clicked where sigma draws them.
    const targets = (await onScreenBySize(entity.id)).slice(0, 2);
    expect(targets).toHaveLength(2);
    await page.keyboard.down('Shift');
    for (const target of targets) {
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction((id) => (window as any).__kgViewer.state().pickedNodes.includes(id), target.id);
      // Sigma takes a second click soon after the first as a double-click (a zoom): wait until it has forgotten the first.
      await page.waitForFunction(() => (window as any).__kgViewer.sigma().getMouseCaptor().clicks === 0);
    }
    await page.keyboard.up('Shift');
    const picked = targets.map((t) => t.id).sort();
    await page.waitForFunction((ids) => (window as any).__kgViewer.state().pickedNodes.join() === ids.join(), picked);
    // The link is written a moment after the change; the page is then opened again from it.
    await page.waitForFunction(
      (ids) => new URLSearchParams(location.search).get('pick')?.split(',').sort().join() === ids.join() && new URLSearchParams(location.search).has('pin'),
      picked,
    );
    await openViewer(page, page.url());
    const state = await page.evaluate(() => (window as any).__kgViewer.state());
    expect([state.pinnedNodes, state.pickedNodes, state.selection]).toEqual([[entity.id], picked, { kind: 'node', id: entity.id }]);
    await page.waitForFunction((n) => document.querySelector('#details-title')?.textContent === n, entity.name);
    expect(await page.textContent('#pin-node')).toBe('Unpin');
    expect(await page.isVisible('#picked-bar')).toBe(true);
    expect(await page.textContent('#picked-count')).toMatch(/^3 selected: /);
    // Pinned for the layout too, not only in the state: it stays where it is while the others move.
    const at = () => page.evaluate((id) => (window as any).__kgViewer.sigma().getGraph().getNodeAttributes(id), entity.id);
    const before = await at();
    await page.evaluate(() => (window as any).__kgViewer.startLayout(1500));
    expect([(await at()).x, (await at()).y]).toEqual([before.x, before.y]);
    expect(pageErrors).toEqual([]);
  });

  /** A misspelt word of the hub's name, and the rarest long word of one relation's evidence that is in no name, misspelt. */
  function misspeltQueries() {
    const misspell = (word: string) => word.slice(0, 2) + word.slice(3);
    const entity = hub();
    const nameWord = itemAt(
      entity.name.split(/\s+/).sort((a, b) => b.length - a.length),
      0,
    );
    const names = graph.entities
      .flatMap((e) => [e.name, ...(e.aliases ?? [])])
      .join(' ')
      .toLowerCase();
    const sentenceOf = (r: GraphDocument['relations'][number]) => {
      const ev = itemAt(r.evidence, 0);
      return ev.text ?? graph.documents.find((d) => d.id === ev.doc)!.text.slice(ev.start, ev.end);
    };
    const sentences = graph.relations.filter((r) => r.evidence.length > 0).map((r) => ({ r, text: sentenceOf(r) }));
    const words = (text: string) => text.toLowerCase().match(/[a-z]{7,}/g) ?? [];
    const spread = new Map<string, number>();
    for (const { text } of sentences) for (const w of new Set(words(text))) spread.set(w, (spread.get(w) ?? 0) + 1);
    const candidates = sentences.flatMap(({ r, text }) =>
      words(text)
        .filter((w) => !names.includes(w))
        .map((w) => ({ r, w, n: spread.get(w)! })),
    );
    const { r, w } = itemAt(
      candidates.sort((a, b) => a.n - b.n || a.w.localeCompare(b.w)),
      0,
    );
    return { entity, name: misspell(nameWord), relation: r, word: w, evidence: misspell(w) };
  }

  async function expectFuzzySearch(): Promise<void> {
    const q = misspeltQueries();
    await page.fill('#search-input', q.name);
    await page.locator(`#search-list li[data-entity-id="${q.entity.id}"]`).waitFor({ timeout: 10_000 });
    await page.fill('#search-input', q.evidence);
    const hit = page.locator(`#search-list li[data-relation-id="${q.relation.id}"]`).first();
    await hit.waitFor({ timeout: 10_000 });
    expect((await hit.textContent())!.toLowerCase()).toContain(q.word);
    await hit.dispatchEvent('mousedown');
    await page.waitForFunction((id) => (window as any).__kgViewer.state().selection?.id === id, q.relation.id);
    expect((await viewerState(page)).state.selection).toEqual({ kind: 'edge', id: q.relation.id });
    expect(pageErrors).toEqual([]);
  }

  it('finds an entity by a misspelt name and a relation by a misspelt word of its evidence sentence (Neo4j fulltext)', async () => {
    await openViewer(page, `${server.url}?autolayout=0`);
    await expectFuzzySearch();
  });

  it('searches names and evidence sentences the same way in a graph document opened from a file', async () => {
    await page.route(
      (url) => url.pathname === '/graphs/fixtures.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph) }),
    );
    await openViewer(page, `${server.url}?autolayout=0&file=/graphs/fixtures.json`);
    expect((await viewerState(page)).sourceKind).toBe('file');
    await expectFuzzySearch();
  });
});
