// How the viewer paces what it draws, in real Chromium against the real (test) Neo4j: the cost of a frame as the viewer
// reads it (which decides whether the camera animates or jumps), and the order in which a corpus graph's first frames
// bring in the names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ViewerServer } from '../../src/server/viewer-server.js';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { GraphDocumentApi } from '../../src/viewer/graph-document-api.js';
import { inkedPixels, openViewer, viewerFixture, type ViewerFixture } from './browser-harness.js';

let server: ViewerServer;
let page: Page;
let pageErrors: string[];

let fixture: ViewerFixture;

beforeAll(async () => {
  fixture = await viewerFixture();
  ({ server, page, pageErrors } = fixture);
});

afterAll(() => fixture?.close());

describe('frame pacing', () => {
  it('a frame drawn at once counts the commit that follows it, so a search after it on a slow page moves the camera at once', async () => {
    await openViewer(page, `${server.url}?autolayout=0`);
    const target = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const g = hook.sigma().getGraph();
      const shown = (hook.visibleNodes() as string[]).filter((n) => (g.getNodeAttribute(n, 'label') as string).length >= 4);
      const id = shown.sort((a, b) => g.degree(b) - g.degree(a))[0];
      return { id, name: g.getNodeAttribute(id, 'label') as string };
    });
    // Every frame sigma draws is followed by an animation frame of 150 ms, as the compositor's commit of a corpus frame
    // waits for a software GPU; the callback comes after the one the viewer's timing asked for in that animation frame.
    // It holds for every render until the camera has been read after Enter, so whatever typing the search draws, the
    // last frame before Enter is slow too. A frame drawn at once, outside an animation frame, as a hover is drawn in
    // its pointer event, comes first.
    await page.evaluate(() => {
      const w = window as any;
      w.__slowCommit = () =>
        requestAnimationFrame(() => {
          const started = performance.now();
          while (performance.now() - started < 150);
        });
      w.__kgViewer.sigma().on('afterRender', w.__slowCommit);
      w.__kgViewer.sigma().refresh();
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    expect(await page.evaluate(() => (window as any).__kgViewer.frameMs())).toBeGreaterThanOrEqual(150);
    await page.fill('#search-input', target.name);
    await page.locator(`#search-list li[data-entity-id="${target.id}"]`).first().waitFor({ timeout: 10_000 });
    for (let i = 0; i < 10 && (await page.getAttribute('#search-list li[aria-selected="true"]', 'data-entity-id')) !== target.id; i++)
      await page.press('#search-input', 'ArrowDown');
    // The camera as it is in the first task after Enter has been handled (the hit is chosen in a promise callback).
    await page.evaluate(() => {
      const w = window as any;
      w.__afterEnter = new Promise((resolve) =>
        document.getElementById('search-input')!.addEventListener(
          'keydown',
          () =>
            setTimeout(() => {
              const camera = w.__kgViewer.sigma().getCamera();
              resolve({ animating: camera.isAnimating(), ratio: camera.ratio, x: camera.x, y: camera.y });
            }, 0),
          { once: true },
        ),
      );
    });
    await page.press('#search-input', 'Enter');
    const camera = await page.evaluate(() => (window as any).__afterEnter);
    await page.evaluate(() => (window as any).__kgViewer.sigma().off('afterRender', (window as any).__slowCommit));
    const drawn = await page.evaluate((id) => (window as any).__kgViewer.sigma().getNodeDisplayData(id), target.id);
    expect(await page.evaluate(() => (window as any).__kgViewer.state().selection)).toEqual({ kind: 'node', id: target.id });
    expect(camera).toEqual({ animating: false, ratio: 0.35, x: drawn.x, y: drawn.y });
  });

  it("a corpus graph's first frame holds the entities alone; the names follow in parts, the largest entities' first, then the relations in parts, the most confident first", async () => {
    const corpus = syntheticGraph({ relations: 1500, seed: 7 });
    await page.route(
      (url) => url.pathname === '/graphs/corpus.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(corpus) }),
    );
    await openViewer(page, `${server.url}?autolayout=0&recordframes=1&file=/graphs/corpus.json`);
    // Until a frame holds every shown relation and name (or the frames described run out).
    await page.waitForFunction(() => {
      const hook = (window as any).__kgViewer;
      const last = hook.firstFrames.at(-1);
      const complete = last && last.relations.length === hook.visibleEdges().length && last.named.length === hook.visibleNodes().length;
      return complete || hook.firstFrames.length >= 16;
    });
    const { frames, confidence, size, edges, nodes } = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      const sigma = hook.sigma();
      const g = sigma.getGraph();
      const edges = hook.visibleEdges() as string[];
      const nodes = hook.visibleNodes() as string[];
      return {
        frames: hook.firstFrames as { relations: string[]; named: string[] }[],
        confidence: Object.fromEntries(edges.map((e) => [e, g.getEdgeAttribute(e, 'confidence') as number])),
        size: Object.fromEntries(nodes.map((n) => [n, sigma.getNodeDisplayData(n).size as number])),
        edges,
        nodes,
      };
    });
    expect(edges.length).toBeGreaterThan(1000);
    const last = frames.at(-1)!;
    expect(new Set(last.relations)).toEqual(new Set(edges));
    expect(new Set(last.named)).toEqual(new Set(nodes));
    expect(frames[0]).toEqual({ relations: [], named: [] });
    const withRelations = frames.filter((f) => f.relations.length > 0);
    const withNames = frames.filter((f) => f.named.length > 0);
    // More than one part of each.
    expect(withRelations[0]!.relations.length).toBeLessThan(edges.length);
    expect(withNames[0]!.named.length).toBeLessThan(nodes.length);
    for (const frame of withRelations) {
      const given = new Set(frame.relations);
      const weakestGiven = Math.min(...frame.relations.map((e) => confidence[e]!));
      for (const e of edges) if (!given.has(e)) expect(confidence[e]).toBeLessThanOrEqual(weakestGiven);
    }
    for (const frame of withRelations) expect(frame.named.length).toBe(nodes.length);
    for (const frame of withNames) {
      const named = new Set(frame.named);
      const smallestNamed = Math.min(...frame.named.map((n) => size[n]!));
      for (const n of nodes) if (!named.has(n)) expect(size[n]).toBeLessThanOrEqual(smallestNamed);
    }
  });

  it("a corpus graph's first relations are drawn with the stage's canvas off the page, a picture of the frame on screen standing in for it, and then on the page", async () => {
    const corpus = syntheticGraph({ relations: 1500, seed: 5 });
    await page.route(
      (url) => url.pathname === '/graphs/corpus.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(corpus) }),
    );
    // Every frame sigma draws, with how many relations it holds, whether the stage's canvas is on the page, and
    // whether a stand-in picture is.
    await page.addInitScript(() => {
      const w = window as any;
      w.__frames = [];
      const watch = setInterval(() => {
        const sigma = w.__kgViewer?.sigma();
        if (!sigma) return;
        clearInterval(watch);
        const container = sigma.getContainer() as HTMLElement;
        const canvas = container.querySelector('canvas.sigma-stage') as HTMLCanvasElement;
        sigma.on('afterRender', () =>
          w.__frames.push({ relations: sigma.getGraph().size, onPage: canvas.isConnected, standIn: Boolean(container.querySelector('canvas.sigma-stand-in')) }),
        );
      }, 1);
    });
    await openViewer(page, `${server.url}?autolayout=0&file=/graphs/corpus.json`);
    await page.waitForFunction(() => (window as any).__kgViewer.sigma().getGraph().size === (window as any).__kgViewer.visibleEdges().length);
    await page.waitForTimeout(300);
    const frames = (await page.evaluate(() => (window as any).__frames)) as { relations: number; onPage: boolean; standIn: boolean }[];
    const withRelations = frames.filter((f) => f.relations > 0);
    expect(withRelations[0]).toMatchObject({ onPage: false, standIn: true });
    expect(withRelations.at(-1)).toMatchObject({ onPage: true, standIn: false });
    // Afterwards the page holds sigma's canvas alone, drawn.
    expect(await page.evaluate(() => document.querySelectorAll('#graph canvas.sigma-stage').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('#graph canvas.sigma-stand-in').length)).toBe(0);
    expect(await inkedPixels(page, '#graph')).toBeGreaterThan(5000);
  });

  it('a corpus overview from Neo4j is drawn by the sigma set up while it was fetched, its programs compiled before it one per task, on its canvas, with none of the warm-up frame left', async () => {
    const overview = await new GraphDocumentApi(syntheticGraph({ relations: 1500, seed: 11 })).overview(2000);
    expect(overview.relations.length).toBeGreaterThan(1000);
    // The answer comes after a second, as a corpus overview does from Neo4j.
    await page.route(
      (url) => url.pathname === '/api/overview',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify(overview) });
      },
    );
    // Counts the WebGL contexts the page creates (sigma creates one per instance), and writes down each program linked
    // in each: its shaders' sources and the task it was linked in.
    await page.addInitScript(() => {
      const w = window as any;
      w.__webglContexts = [];
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        const context = (getContext as any).call(this, kind, ...rest);
        if (kind === 'webgl2' && context) w.__webglContexts.push({ context, canvas: this, links: [] });
        return context;
      } as typeof getContext;
      const proto = WebGL2RenderingContext.prototype;
      const sources = new Map<WebGLShader, string>();
      const attached = new Map<WebGLProgram, string[]>();
      let task: number | null = null;
      let tasks = 0;
      const { shaderSource, attachShader, linkProgram } = proto;
      proto.shaderSource = function (shader, source) {
        sources.set(shader, source);
        shaderSource.call(this, shader, source);
      };
      proto.attachShader = function (program, shader) {
        attached.set(program, [...(attached.get(program) ?? []), sources.get(shader) ?? '']);
        attachShader.call(this, program, shader);
      };
      proto.linkProgram = function (program) {
        // A task is told from the next by a timeout set in it, which runs once it has ended.
        if (task === null) {
          task = ++tasks;
          setTimeout(() => (task = null), 0);
        }
        w.__webglContexts.find((c: { context: unknown }) => c.context === this)?.links.push({ task, sources: (attached.get(program) ?? []).join('\n') });
        linkProgram.call(this, program);
      };
    });
    await openViewer(page, `${server.url}?autolayout=0`);
    await page.unroute((url) => url.pathname === '/api/overview');
    const drawn = await page.evaluate(() => {
      const w = window as any;
      const g = w.__kgViewer.sigma().getGraph();
      return {
        contexts: (w.__webglContexts as unknown[]).length,
        stageCanvases: document.querySelectorAll('#graph canvas.sigma-stage').length,
        order: g.order as number,
        madeUp: (g.nodes() as string[]).filter((n) => !w.__kgViewer.visibleNodes().includes(n)),
        shown: (w.__kgViewer.visibleNodes() as string[]).length,
      };
    });
    // Two contexts: the one sigma's programs were compiled in ahead of sigma, and sigma's.
    expect(drawn).toEqual({ contexts: 2, stageCanvases: 1, order: drawn.shown, madeUp: [], shown: drawn.shown });
    expect(drawn.shown).toBeGreaterThan(500);
    expect(await inkedPixels(page, '#graph')).toBeGreaterThan(5000);

    // Sigma found its programs compiled before it was created, one program per task, out of the page.
    const compiled = await page.evaluate(() => {
      const w = window as any;
      const stage = w.__kgViewer.sigma().getWebGLContext();
      type Link = { task: number; sources: string };
      const contexts = w.__webglContexts as { context: unknown; canvas: HTMLCanvasElement; links: Link[] }[];
      const ahead = contexts.find((c) => c.context !== stage)!;
      const own = contexts.find((c) => c.context === stage)!;
      const tasks = ahead.links.map((l) => l.task);
      return {
        aheadInPage: ahead.canvas.isConnected,
        aheadLinks: ahead.links.length,
        aheadTasks: new Set(tasks).size,
        firstOwnTask: Math.min(...own.links.map((l) => l.task)),
        lastAheadTask: Math.max(...tasks),
        ownNotAhead: own.links.filter((l) => !ahead.links.some((a) => a.sources === l.sources)).length,
        ownLinks: own.links.length,
      };
    });
    expect(compiled.aheadInPage).toBe(false);
    // Every program sigma linked had been linked before, each in a task of its own.
    expect(compiled.ownLinks).toBeGreaterThan(5);
    expect(compiled.ownNotAhead).toBe(0);
    expect(compiled.aheadTasks).toBe(compiled.aheadLinks);
    expect(compiled.lastAheadTask).toBeLessThan(compiled.firstOwnTask);
  });

  it('while the layout moves a corpus graph, sigma draws its most confident relations alone, and the status line says how many wait; all of them once it stops', async () => {
    const corpus = syntheticGraph({ relations: 1500, seed: 9 });
    await page.route(
      (url) => url.pathname === '/graphs/corpus-layout.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(corpus) }),
    );
    await openViewer(page, `${server.url}?file=/graphs/corpus-layout.json`);
    // Until the relations past the first ones wait for the layout.
    await page.waitForFunction(() => {
      const hook = (window as any).__kgViewer;
      return hook.state().layoutRunning && (document.getElementById('status')!.textContent ?? '').includes('once the layout stops');
    });
    const during = await page.evaluate(() => {
      const hook = (window as any).__kgViewer;
      return {
        running: hook.state().layoutRunning as boolean,
        drawn: hook.sigma().getGraph().edges() as string[],
        shown: (hook.visibleEdges() as string[]).length,
        status: document.getElementById('status')!.textContent ?? '',
      };
    });
    expect(during.running).toBe(true);
    expect(during.shown).toBeGreaterThan(1000);
    expect(during.drawn).toHaveLength(400);
    expect(during.status).toContain(`${during.shown - 400} less confident relations are drawn once the layout stops`);

    await page.evaluate(() => (window as any).__kgViewer.stopLayout());
    await page.waitForFunction(() => (window as any).__kgViewer.sigma().getGraph().size === (window as any).__kgViewer.visibleEdges().length);
    // The ones drawn while the layout ran were the most confident: none that waited is more confident.
    const confidence = await page.evaluate(() => {
      const g = (window as any).__kgViewer.sigma().getGraph();
      return Object.fromEntries((g.edges() as string[]).map((e) => [e, g.getEdgeAttribute(e, 'confidence') as number]));
    });
    const drawn = new Set(during.drawn);
    const weakestDrawn = Math.min(...during.drawn.map((e) => confidence[e]!));
    for (const [edge, c] of Object.entries(confidence)) if (!drawn.has(edge)) expect(c).toBeLessThanOrEqual(weakestDrawn);
    expect(await page.evaluate(() => document.getElementById('status')!.textContent)).not.toContain('once the layout stops');
  });

  it('threw nothing', () => {
    expect(pageErrors).toEqual([]);
  });
});
