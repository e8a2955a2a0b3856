// The first view of a corpus, in real Chromium against the real (test) Neo4j: unconnected entities hidden until asked
// for, relation and mention thresholds, node size by mentions, names drawn by density, and a colour legend that always
// matches the colours drawn (communities ranked, the long tail grey), and hovering and clicking relations on a corpus-sized graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/document/graph-document.js';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
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

/** Shown relations per shown entity, read from the page. */
async function shownDegrees(): Promise<Map<string, number>> {
  const { nodes, edges } = await page.evaluate(() => {
    const hook = (window as any).__kgViewer;
    const g = hook.sigma().getGraph();
    return { nodes: hook.visibleNodes() as string[], edges: (hook.visibleEdges() as string[]).map((e) => [g.source(e), g.target(e)]) };
  });
  const degrees = new Map(nodes.map((n) => [n, 0]));
  for (const [a, b] of edges) {
    degrees.set(a, (degrees.get(a) ?? 0) + 1);
    degrees.set(b, (degrees.get(b) ?? 0) + 1);
  }
  return degrees;
}

describe('readable overview', () => {
  it('hides entities without relations until the switch brings them back', async () => {
    const related = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
    const unrelated = graph.entities.filter((e) => !related.has(e.id));
    expect(unrelated.length).toBeGreaterThan(0);
    await openViewer(page, server.url);
    await page.evaluate(() => (window as any).__kgViewer.stopLayout());
    const degrees = await shownDegrees();
    expect([...degrees.values()].every((d) => d > 0)).toBe(true);
    expect(unrelated.some((e) => degrees.has(e.id))).toBe(false);
    // Sigma is handed the shown entities only, and the switch adds the others without moving the shown ones on screen.
    const drawn = () =>
      page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const sigma = (window as any).__kgViewer.sigma();
        return Object.fromEntries(
          (sigma.getGraph().nodes() as string[]).map((n) => {
            const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
            return [n, [Math.round(p.x), Math.round(p.y)]];
          }),
        ) as Record<string, [number, number]>;
      });
    const connected = await drawn();
    expect(Object.keys(connected).sort()).toEqual([...degrees.keys()].sort());
    await page.check('#show-isolated');
    await page.waitForFunction(() => (window as any).__kgViewer.state().showIsolated);
    const all = (await viewerState(page)).visibleNodes;
    expect(all).toEqual(graph.entities.map((e) => e.id).sort());
    const everything = await drawn();
    expect(Object.keys(everything).sort()).toEqual(all);
    for (const [id, at] of Object.entries(connected)) expect(everything[id]).toEqual(at);
    await page.uncheck('#show-isolated');
    expect(Object.keys(await drawn()).sort()).toEqual(Object.keys(connected).sort());
  });

  it('a hidden unconnected entity found by search is drawn while selected, with the camera on it', async () => {
    const related = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
    const lone = graph.entities.find((e) => !related.has(e.id) && e.name.length >= 5)!;
    await openViewer(page, server.url);
    await page.evaluate(() => (window as any).__kgViewer.stopLayout());
    await page.fill('#search-input', lone.name);
    const option = page.locator(`#search-list li[data-entity-id="${lone.id}"]`);
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    await page.waitForFunction((id) => (window as any).__kgViewer.state().selection?.id === id, lone.id);
    await cameraAtRest(page);
    const seen = await page.evaluate((id) => {
      const sigma = (window as any).__kgViewer.sigma();
      const { width, height } = sigma.getDimensions();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id));
      return { drawn: sigma.getGraph().hasNode(id), dx: Math.abs(p.x - width / 2), dy: Math.abs(p.y - height / 2) };
    }, lone.id);
    expect(seen.drawn).toBe(true);
    expect(seen.dx).toBeLessThan(2);
    expect(seen.dy).toBeLessThan(2);
    await page.click('#graph', { position: { x: 5, y: 5 } });
    await page.waitForFunction(() => (window as any).__kgViewer.state().selection === null);
    expect(await page.evaluate((id) => (window as any).__kgViewer.sigma().getGraph().hasNode(id), lone.id)).toBe(false);
  });

  it('a relation threshold keeps only entities with that many shown relations', async () => {
    await openViewer(page, server.url);
    await page.locator('#min-degree').fill('2');
    await page.waitForFunction(() => (window as any).__kgViewer.state().minDegree === 2);
    const degrees = await shownDegrees();
    expect(degrees.size).toBeGreaterThan(0);
    // One pass: an entity that lost neighbours to the threshold may keep fewer, but never none.
    expect([...degrees.values()].every((d) => d >= 1)).toBe(true);
    const full = new Map<string, number>();
    for (const r of graph.relations) {
      full.set(r.source, (full.get(r.source) ?? 0) + 1);
      full.set(r.target, (full.get(r.target) ?? 0) + 1);
    }
    for (const id of degrees.keys()) expect(full.get(id) ?? 0).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(() => location.search.includes('mindeg=2'));
  });

  it('sizes nodes by mentions: the most mentioned shown entity is drawn largest', async () => {
    await openViewer(page, `${server.url}?size=mentions&isolated=1`);
    const sizes = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const sigma = hook.sigma();
      return (hook.visibleNodes() as string[]).map(
        (id) => [id, sigma.getNodeDisplayData(id).size as number, sigma.getGraph().getNodeAttribute(id, 'mentionCount') as number] as const,
      );
    });
    const mostMentioned = itemAt(
      [...sizes].sort((a, b) => b[2] - a[2]),
      0,
    );
    const largest = Math.max(...sizes.map((s) => s[1]));
    expect(mostMentioned[1]).toBe(largest);
    const leastMentioned = itemAt(
      [...sizes].sort((a, b) => a[2] - b[2]),
      0,
    );
    if (leastMentioned[2] < mostMentioned[2]) expect(leastMentioned[1]).toBeLessThan(largest);
  });

  it('draws more names at "many" than at "few"', async () => {
    await openViewer(page, `${server.url}?isolated=1&labels=few`);
    await page.waitForTimeout(300);
    const few = await page.evaluate(() => (window as any).__kgViewer.sigma().getNodeDisplayedLabels().size);
    await page.selectOption('#labels', 'many');
    await page.waitForTimeout(300);
    const many = await page.evaluate(() => (window as any).__kgViewer.sigma().getNodeDisplayedLabels().size);
    expect(many).toBeGreaterThan(few);
  });

  for (const mode of ['community', 'family', 'type'] as const) {
    it(`colours by ${mode} with a legend that lists exactly the colours drawn`, async () => {
      await openViewer(page, server.url);
      await page.selectOption('#color-by', mode);
      if (mode === 'community') await page.waitForFunction(() => (window as any).__kgViewer.communitiesReady, null, { timeout: 20_000 });
      await page.waitForFunction(
        (m) =>
          (document.querySelector('#color-legend-title')?.textContent ?? '')
            .toLowerCase()
            .includes(m === 'type' ? 'entity type' : m === 'family' ? 'relation family' : 'communit'),
        mode,
      );
      const legend = await page
        .locator('#color-legend li')
        .evaluateAll((items) => items.map((li) => [li.getAttribute('data-color'), Number(li.querySelector('.count')?.textContent)] as const));
      const drawn = await page.evaluate(() => {
        const hook = (window as any).__kgViewer;
        const sigma = hook.sigma();
        const counts: Record<string, number> = {};
        for (const id of hook.visibleNodes() as string[]) {
          const c = sigma.getNodeDisplayData(id).color;
          counts[c] = (counts[c] ?? 0) + 1;
        }
        return counts;
      });
      // Every colour on screen is in the legend with the number of entities drawn in it, and nothing else is.
      const listed: Record<string, number> = {};
      for (const [color, n] of legend) if (n > 0) listed[color!] = (listed[color!] ?? 0) + n;
      expect(listed).toEqual(drawn);
      expect(legend.length).toBeLessThanOrEqual(mode === 'community' ? 13 : 30);
      await screenshot(page, `viewer-colour-${mode}`);
    });
  }

  /** A synthetic graph of corpus size (over 1,000 relations), opened as a file with the layout off. */
  async function openCorpus(): Promise<void> {
    const corpus = syntheticGraph({ relations: 1500, seed: 7 });
    await page.route(
      (url) => url.pathname === '/graphs/corpus.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(corpus) }),
    );
    await openViewer(page, `${server.url}?autolayout=0&file=/graphs/corpus.json`);
    // Sigma is given a corpus graph's relations in parts after the first frame: until all of them are drawn.
    await page.waitForFunction(() => {
      const hook = (window as any).__kgViewer;
      return hook.sigma().getGraph().size === hook.visibleEdges().length;
    });
  }

  it("on a corpus-sized graph, hovering an entity lights up its relations and its neighbours' names and leaves the rest as drawn", async () => {
    await openCorpus();
    type Drawn = { nodes: Record<string, { color: string; label: string | undefined }>; edges: Record<string, { color: string; size: number }> };
    const drawn = () =>
      page.evaluate(() => {
        const hook = (window as any).__kgViewer;
        const sigma = hook.sigma();
        const nodes: Record<string, unknown> = {};
        const edges: Record<string, unknown> = {};
        for (const n of hook.visibleNodes()) nodes[n] = { color: sigma.getNodeDisplayData(n).color, label: sigma.getNodeDisplayData(n).labelVisibility };
        for (const e of hook.visibleEdges()) edges[e] = { color: sigma.getEdgeDisplayData(e).color, size: sigma.getEdgeDisplayData(e).size };
        return { nodes, edges };
      }) as Promise<Drawn>;
    const before = await drawn();
    expect(Object.keys(before.edges).length).toBeGreaterThan(1000);
    // The mouse onto the most connected shown entity, where sigma draws it.
    const at = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const sigma = hook.sigma();
      const g = sigma.getGraph();
      const hub = (hook.visibleNodes() as string[]).sort((a, b) => g.degree(b) - g.degree(a))[0];
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(hub));
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => (window as any).__kgViewer.state().hoveredNode !== null);
    const hovered: string = await page.evaluate(() => (window as any).__kgViewer.state().hoveredNode);
    const after = await drawn();
    const incident = new Set<string>(await page.evaluate((id) => (window as any).__kgViewer.sigma().getGraph().edges(id), hovered));
    const neighbours = new Set<string>(await page.evaluate((id) => (window as any).__kgViewer.sigma().getGraph().neighbors(id), hovered));
    const lit = Object.keys(after.edges).filter((e) => incident.has(e));
    expect(lit.length).toBeGreaterThan(0);
    for (const e of lit) expect(after.edges[e]?.size).toBeGreaterThan(before.edges[e]?.size ?? Infinity);
    for (const n of Object.keys(after.nodes)) if (neighbours.has(n)) expect(after.nodes[n]?.label).toBe('visible');
    // Everything else is drawn as before the hover: nothing dimmed, nothing redrawn.
    for (const e of Object.keys(after.edges)) if (!incident.has(e)) expect(after.edges[e]).toEqual(before.edges[e]);
    for (const n of Object.keys(after.nodes)) if (n !== hovered && !neighbours.has(n)) expect(after.nodes[n]).toEqual(before.nodes[n]);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (window as any).__kgViewer.state().hoveredNode === null);
    expect(await drawn()).toEqual(before);
  });

  // Zoomed out, relations have no labels: selecting one switches them on, which re-indexes sigma's items.
  for (const [zoom, ratio] of [
    ['zoomed in', 0.3],
    ['zoomed out', 0.4],
  ] as const)
    it(`on a corpus-sized graph ${zoom}, clicking the line of a relation selects it, and clicking next to it clears the selection`, async () => {
      await openCorpus();
      // Sigma does not pick relations on a corpus graph: the viewer finds the clicked line.
      // The camera is centred on the middle of a relation, zoomed in, so that the point is clear of everything else.
      const target = await page.evaluate((ratio) => {
        const hook = (window as any).__kgViewer;
        const sigma = hook.sigma();
        const g = sigma.getGraph();
        const camera = sigma.getCamera();
        const box = sigma.getContainer().getBoundingClientRect();
        const at = (node: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
        const shownEdges = hook.visibleEdges() as string[];
        const distance = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
          return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
        };
        for (const edge of shownEdges) {
          const [source, target] = g.extremities(edge);
          const from = sigma.getNodeDisplayData(source);
          const to = sigma.getNodeDisplayData(target);
          camera.setState({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2, ratio, angle: 0 });
          const [a, b] = [at(source), at(target)];
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const length = Math.hypot(b.x - a.x, b.y - a.y);
          if (length < 80) continue;
          if ((hook.visibleNodes() as string[]).some((n) => Math.hypot(at(n).x - mid.x, at(n).y - mid.y) < 30)) continue;
          if (shownEdges.some((e) => e !== edge && distance(mid, at(g.source(e)), at(g.target(e))) < 16)) continue;
          // A point 10 px off the line, square to it.
          const off = { x: mid.x - ((b.y - a.y) / length) * 10, y: mid.y + ((b.x - a.x) / length) * 10 };
          return { edge, x: box.left + mid.x, y: box.top + mid.y, offX: box.left + off.x, offY: box.top + off.y };
        }
        return null;
      }, ratio);
      expect(target).not.toBeNull();
      await page.mouse.click(target!.x, target!.y);
      await page.waitForFunction((id) => (window as any).__kgViewer.state().selection?.id === id, target!.edge);
      expect((await viewerState(page)).state.selection).toEqual({ kind: 'edge', id: target!.edge });
      // A second click inside sigma's double-click window (300 ms) is a double-click: it zooms and clicks nothing. The
      // click waits for the window to close, as a user's separate click would.
      await page.waitForFunction(() => (window as any).__kgViewer.sigma().getMouseCaptor().clicks === 0);
      await page.mouse.click(target!.offX, target!.offY);
      await page.waitForFunction(() => (window as any).__kgViewer.state().selection === null);
    });

  it('threw nothing', () => {
    expect(pageErrors).toEqual([]);
  });
});
